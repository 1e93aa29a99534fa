import * as z from 'zod/mini';

export const HOURS_PORTS = ['open', 'closed', 'holiday'] as const;
export const HOURS_PORT_LABELS: Record<(typeof HOURS_PORTS)[number], string> = {
  open: 'Open',
  closed: 'Closed',
  holiday: 'Holiday',
};

export const hoursCheckDataSchema = z.object({
  calendarId: z._default(z.string().check(z.maxLength(64)), '').check(z.describe('Id of a calendar in the flow settings.')),
});
export type HoursCheckData = z.infer<typeof hoursCheckDataSchema>;
