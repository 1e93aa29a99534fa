interface Props {
  /** What is measured, e.g. "URL-encoded header budget"; the meter's accessible name. */
  label: string;
  size: number;
  limit: number;
  unit?: string;
}

/**
 * A provider limit, measured live: a meter that turns to its "high" colour at 85 % and says
 * "412 / 1024". Used for the SIP headers (1,024 URL-encoded characters) and for the context a
 * handover passes (Messenger metadata 1,000 characters, Zendesk switchboard metadata 4 KB).
 */
export function BudgetMeter({ label, size, limit, unit = 'characters' }: Props) {
  const over = size > limit;
  return (
    <div className="budget">
      <meter
        className={over ? 'is-over' : ''}
        min={0}
        max={limit}
        value={Math.min(size, limit)}
        high={limit * 0.85}
        optimum={0}
        aria-label={label}
        aria-valuetext={`${size} of ${limit} ${unit}`}
      />
      <span className={`budget-text${over ? ' is-over' : ''}`}>
        {size} / {limit}
      </span>
    </div>
  );
}
