import type { JsonCodeAction, JsonCodeActionSource } from './jsonCodeActions';
import { monaco } from './monacoSetup';

let mounted = 0;

/**
 * Offers the flow's quick fixes as Monaco code actions (the light bulb, Ctrl+. and "Quick Fix…"
 * in a squiggle's hover) on the one model of the JSON view. A fix is a command, not a text edit:
 * it runs through the editor store as one undo step, and the text follows the new flow.
 */
export function registerJsonCodeActions(model: monaco.editor.ITextModel, source: JsonCodeActionSource): monaco.IDisposable {
  const commandId = `baton.applyQuickFix.${++mounted}`;
  const command = monaco.editor.registerCommand(commandId, (_accessor: unknown, action: JsonCodeAction) => source.run(action));
  const provider = monaco.languages.registerCodeActionProvider('json', {
    provideCodeActions(target, range, context) {
      if (target !== model) return { actions: [], dispose() {} };
      const start = model.getOffsetAt(range.getStartPosition());
      const end = model.getOffsetAt(range.getEndPosition());
      const actions = source.actionsAt({ start, end }).map((action) => ({
        title: action.title,
        kind: 'quickfix',
        isPreferred: action.isPreferred,
        diagnostics: context.markers.filter((m) => m.message === action.markerMessage),
        command: { id: commandId, title: action.title, arguments: [action] },
      }));
      return { actions, dispose() {} };
    },
  });
  return {
    dispose() {
      provider.dispose();
      command.dispose();
    },
  };
}
