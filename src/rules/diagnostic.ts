export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about a flow. The same list feeds the canvas badges, the Problems tab,
 * Monaco squiggles and the CLI, so every field is plain data.
 */
export interface Diagnostic {
  /** Stable machine code, e.g. `voice.destination.invalid`. Never reuse a retired code. */
  code: string;
  severity: Severity;
  /** One sentence for people: what is wrong, where, and how to fix it. */
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** JSON pointer into the flow document, e.g. `/nodes/3/data/destination/to`. */
  path?: string;
  /** Which rule module produced it. */
  rule: string;
  /** The provider document or product page the rule encodes. */
  source?: string;
}
