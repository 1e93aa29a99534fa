import { expect } from 'vitest';
import type { EditorStore } from '../../src/editor/createEditorStore';
import type { Command } from '../../src/editor/commands/types';
import type { Flow } from '../../src/schema';
import { flowSchema } from '../../src/schema';

/**
 * Runs a command and checks the history contract: it changed the document into a schema-valid
 * flow, undo restores the document exactly, redo reapplies it exactly. Returns the flow after.
 */
export function expectRoundTrip<A>(store: EditorStore, command: Command<A>, args: A): { before: Flow; after: Flow } {
  const before = store.getState().flow;
  const snapshot = structuredClone(before);
  expect(store.run(command, args), store.getState().notice?.message).toBe(true);
  const after = store.getState().flow;
  expect(after).not.toEqual(snapshot);
  expect(flowSchema.safeParse(after).success).toBe(true);
  const afterSnapshot = structuredClone(after);
  store.undo();
  expect(store.getState().flow).toEqual(snapshot);
  store.redo();
  expect(store.getState().flow).toEqual(afterSnapshot);
  return { before: snapshot, after: afterSnapshot };
}
