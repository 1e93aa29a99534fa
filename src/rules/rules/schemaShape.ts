import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

/**
 * Catalogue entry for the schema check. validateDocument emits `schema.invalid` from parseFlow's
 * issues before a Flow exists, so there is nothing left to check on a parsed flow.
 */
export const schemaShape = defineRule({
  id: 'schemaShape',
  source: SOURCES.format,
  codes: [
    { code: 'schema.invalid', severity: 'error', summary: 'The document does not match the flow format (wrong or missing field, bad JSON, unknown version); the path points at the field.' },
    { code: 'schema.unknown_node_type', severity: 'error', summary: 'A node\'s `type` is not one of the format\'s node types (a typo, or a file from a newer Baton); the message lists the known types.' },
  ],
  run() {},
});
