import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { createFakeIo } from './fakeIo';

// Issue 11: `baton validate` goes through the same door as the app (the real validator here).
describe('baton validate on files that are not flows', () => {
  it('says package.json is not a Baton flow, not that it has no trigger; exit 1', async () => {
    const io = createFakeIo();
    expect(await main(['validate', 'package.json'], io)).toBe(1);
    expect(io.out).toBe('error  schema.invalid  /format: This file is not a Baton flow: it has no "format": "baton.flow"\n1 error, 0 warnings, 0 info\n');
    expect(io.out).not.toMatch(/trigger/);
  });

  it('refuses a __proto__ key at its pointer and leaves Object.prototype clean', async () => {
    const io = createFakeIo({ 'p.json': '{"format": "baton.flow", "version": 1, "id": "f", "name": "F", "nodes": [], "__proto__": {"polluted": 1}}' });
    expect(await main(['validate', 'p.json', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out)).toEqual([expect.objectContaining({ code: 'schema.invalid', path: '/__proto__', message: '"__proto__" is not allowed as a key anywhere in a flow' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports broken JSON 200,000 levels deep as not valid JSON instead of overflowing the stack', async () => {
    const io = createFakeIo({ 'deep.json': '['.repeat(200_000) });
    expect(await main(['validate', 'deep.json'], io)).toBe(2);
    expect(io.err).toMatch(/^baton validate: deep\.json: Not valid JSON: /);
  });
});
