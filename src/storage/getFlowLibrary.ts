import { openBatonDb } from './db';
import { createFlowLibrary, type FlowLibrary } from './flowLibrary';

let shared: FlowLibrary | null = null;

/** The app's one library over the "baton" database, opened on first use. */
export function getFlowLibrary(): FlowLibrary {
  shared ??= createFlowLibrary(openBatonDb());
  return shared;
}
