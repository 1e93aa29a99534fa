import MagicString from 'magic-string';
import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';

const RULE = /[\\/]src[\\/]rules[\\/]rules[\\/][^\\/]+\.ts$/;
const SOURCES = /[\\/]src[\\/]rules[\\/]sources\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
const keyName = (property: Node) => {
  const key = property.key as Node | undefined;
  return key?.type === 'Identifier' ? (key.name as string) : key?.type === 'Literal' ? String(key.value) : undefined;
};

function walk(node: Node, visit: (node: Node) => void) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => isNode(child) && walk(child, visit));
    else if (isNode(value)) walk(value, visit);
  }
}

/**
 * The rule catalogue's long texts without their words: each code's `summary` (one line for the
 * docs) and the SOURCES a rule cites (the CLI and docs show them; the editor shows neither).
 * Codes, severities and every message a user reads are kept. Returns null when nothing changed.
 */
export function stripRuleTexts(code: string, id: string): string | null {
  const sources = SOURCES.test(id);
  if (!sources && !RULE.test(id)) return null;
  const out = new MagicString(code);
  walk(parseAst(code) as unknown as Node, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const properties = (node.properties as Node[]).filter((p) => p.type === 'Property');
    const names = properties.map(keyName);
    const isCode = names.includes('code') && names.includes('severity');
    for (const property of properties) {
      const value = property.value as Node;
      const text = value.type === 'Literal' && typeof value.value === 'string';
      if (text && ((isCode && keyName(property) === 'summary') || (sources && value.value !== ''))) out.overwrite(value.start, value.end, '""');
    }
  });
  return out.hasChanged() ? out.toString() : null;
}

/**
 * Vite plugin: the app's bundle drops the rule summaries and sources (~4 KB gzip of the initial
 * JavaScript, issue 15). Node (tests, CLI, `npm run readme`) keeps them; so do diagnostics'
 * codes and messages. test/build/stripRuleTexts.test.ts checks what is kept.
 */
export function stripRuleTextsPlugin(): Plugin {
  return {
    name: 'baton-strip-rule-texts',
    enforce: 'post',
    transform(code, id) {
      const stripped = stripRuleTexts(code, id);
      return stripped === null ? null : { code: stripped, map: null };
    },
  };
}
