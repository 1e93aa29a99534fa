// The only module that loads Monaco. It is reached through LazyJsonView's dynamic import, so
// Monaco and its workers land in their own chunks, never in the main bundle.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { addNodeTypeChoices } from '../../editor/jsonSync';
import { FLOW_SCHEMA_ID, toJsonSchema } from '../../schema/toJsonSchema';

/** The one model URI of the JSON view; the flow JSON Schema is bound to it. */
export const FLOW_MODEL_URI = 'inmemory://baton/flow.json';

// Workers are bundled by Vite (`?worker`), so nothing loads from a CDN at run time.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Completion and hover come from the flow's JSON Schema, bound to the model URI. A document
// that names its schema (`"$schema": "../public/baton-flow.schema.json"`) makes Monaco's JSON
// service look it up at that path resolved against the model URI instead, so the same schema is
// also registered under each address a document names. Schema requests stay off (no network).
const schema = addNodeTypeChoices(toJsonSchema());
const schemaUris = new Set([FLOW_SCHEMA_ID]);

function configureSchemas() {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaRequest: 'ignore',
    schemas: [...schemaUris].map((uri) => (uri === FLOW_SCHEMA_ID ? { uri, fileMatch: [FLOW_MODEL_URI], schema } : { uri, schema })),
  });
}
configureSchemas();

/** Registers the flow schema under the address the text's `$schema` names, if new. */
export function bindFlowSchema(text: string): void {
  const ref = /"\$schema"\s*:\s*"([^"]+)"/.exec(text.slice(0, 4096))?.[1];
  if (!ref) return;
  let uri: string;
  try {
    uri = new URL(ref, FLOW_MODEL_URI).href;
  } catch {
    return;
  }
  if (schemaUris.has(uri)) return;
  schemaUris.add(uri);
  configureSchemas();
}

export { monaco };
