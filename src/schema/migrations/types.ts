/** A numbered, named step from one document version to the next. Pure: JSON in, JSON out. */
export interface Migration {
  from: number;
  to: number;
  name: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}
