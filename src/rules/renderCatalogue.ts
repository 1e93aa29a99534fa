import type { Rule } from './defineRule';
import { QUICK_FIX_SUMMARIES } from './fixes/quickFixSummaries';
import { ruleCatalogue } from './ruleCatalogue';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rule catalogue as Markdown: docs/readme/rules.md is exactly this output, shown on docs/rules.md (tests check both). */
export function renderCatalogue(rules: readonly Rule[] = ruleCatalogue, fixes: Readonly<Record<string, string>> = QUICK_FIX_SUMMARIES): string {
  const lines = [
    '## Validator rules',
    '',
    '`validateFlow(flow)` (src/rules) checks a flow on every edit; `validateDocument(raw)` first parses and migrates raw JSON.',
    'Each finding carries a stable code, a severity, a message saying what, where and how to fix it, the node and/or edge id,',
    'and a JSON pointer (`path`) to the field at fault.',
    '',
    'The Quick fix column says what the one-click repair does where a finding has an obvious one: it is a button under the',
    'problem in the Problems tab and under the inspector field, and a code action (the light bulb, Ctrl+.) on the squiggle in',
    'the JSON tab; each fix is one undo step. The fixes live in `src/editor/fixes/`.',
    '',
    'Channels are followed through the graph from `settings.channels`: a Channel router narrows each port to its channel,',
    'and its `other` port also carries every channel whose own port is unconnected (as the runtime routes them).',
    'The voice helpers the runtime shares (`classifyDestination`, `filterSipHeaders`, `encodeSipHeaders`) live in `src/rules/voice/`.',
    '',
    'This table is generated from `src/rules/ruleCatalogue.ts`; after changing a rule run',
    '`UPDATE_RULES_DOC=1 npx vitest run test/rules/catalogue.test.ts`.',
    '',
    '| Code | Severity | What it means | Rule | Source | Quick fix |',
    '|---|---|---|---|---|---|',
  ];
  for (const rule of rules) {
    for (const c of rule.codes) {
      lines.push(`| \`${c.code}\` | ${c.severity} | ${cell(c.summary)} | ${rule.id} | ${cell(rule.source)} | ${fixes[c.code] ? cell(fixes[c.code]) : '—'} |`);
    }
  }
  return lines.join('\n') + '\n';
}
