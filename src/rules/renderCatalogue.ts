import type { Rule } from './defineRule';
import { ruleCatalogue } from './ruleCatalogue';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rule catalogue as Markdown: docs/readme/rules.md is exactly this output (a test checks it). */
export function renderCatalogue(rules: readonly Rule[] = ruleCatalogue): string {
  const lines = [
    '## Validator rules',
    '',
    '`validateFlow(flow)` (src/rules) checks a flow on every edit; `validateDocument(raw)` first parses and migrates raw JSON.',
    'Each finding carries a stable code, a severity, a message saying what, where and how to fix it, the node and/or edge id,',
    'and a JSON pointer (`path`) to the field at fault.',
    '',
    '| Code | Severity | What it means | Rule | Source |',
    '|---|---|---|---|---|',
  ];
  for (const rule of rules) {
    for (const c of rule.codes) {
      lines.push(`| \`${c.code}\` | ${c.severity} | ${cell(c.summary)} | ${rule.id} | ${cell(rule.source)} |`);
    }
  }
  return lines.join('\n') + '\n';
}
