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
    { code: 'schema.invalid', severity: 'error', summary: 'The document does not match the flow format (unknown node type, wrong field, bad JSON); the path points at the field.' },
  ],
  run() {},
});
