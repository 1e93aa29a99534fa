export * from './primitives';
export * from './nodes/triggers';
export * from './nodes/actions';
export * from './nodes/handover';
export * from './nodes/hours';
export * from './nodes/fallbacks';
export * from './nodes/waiting';
export * from './nodes/agentContext';
export * from './calendar';
export * from './nodeKinds';
export * from './flow';
export * from './events';
export * from './effects';
export * from './testCase';
export * from './migrateFlow';
export * from './parseFlow';
// Not toJsonSchema: import it from './toJsonSchema'. Re-exported here, it (and zod's JSON Schema
// generator, ~7 KB gzip) would sit in the start-up bundle of every page that imports the schema.
export * from './createNode';
export * from './portsOf';
export { MIGRATIONS } from './migrations';
export * from './nameNode';
export * from './plural';
