import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/rules/validateDocument';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const examples = readdirSync(dir).filter((f) => f.endsWith('.baton.json'));

describe('examples', () => {
  it('exist', () => expect(examples.length).toBeGreaterThan(0));

  it.each(examples)('%s validates with no errors and no warnings', (file) => {
    const { flow, diagnostics } = validateDocument(readFileSync(dir + file, 'utf8'));
    expect(flow).not.toBeNull();
    const blocking = diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.path}: ${d.message}`);
    expect(blocking).toEqual([]);
  });
});
