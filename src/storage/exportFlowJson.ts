import { FLOW_SCHEMA_URL, type Flow } from '../schema/flow';

/** The flow as a pretty-printed file, `$schema` first so editors validate it against the published schema. */
export function exportFlowJson(flow: Flow): string {
  const { $schema: _ignored, ...rest } = flow;
  return `${JSON.stringify({ $schema: FLOW_SCHEMA_URL, ...rest }, null, 2)}\n`;
}
