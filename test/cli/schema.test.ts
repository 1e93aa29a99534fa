import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { toJsonSchema } from '../../src/schema/toJsonSchema';
import { createFakeIo } from './fakeIo';

describe('baton schema', () => {
  it('prints the JSON Schema of flow format v1', async () => {
    const io = createFakeIo();
    expect(await main(['schema'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual(toJsonSchema());
  });

  it('matches the committed public/baton-flow.schema.json (run `npm run schema` after changing src/schema)', async () => {
    const io = createFakeIo();
    await main(['schema'], io);
    const committed = await readFile('public/baton-flow.schema.json', 'utf8');
    expect(committed).toBe(io.out);
  });

  it('writes the schema to --out and reports it on stderr', async () => {
    const io = createFakeIo();
    expect(await main(['schema', '--out', 'tmp/schema.json'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(JSON.parse(io.written.get('tmp/schema.json') ?? '')).toEqual(toJsonSchema());
    expect(io.err).toBe('Wrote tmp/schema.json\n');
  });

  it('rejects an unknown option with exit 2 and the usage', async () => {
    const io = createFakeIo();
    expect(await main(['schema', '--pretty'], io)).toBe(2);
    expect(io.err).toMatch(/Unknown option '--pretty'/);
    expect(io.err).toContain('Usage: baton schema');
  });

  it('exits 2 with the path when the file cannot be written', async () => {
    const io = createFakeIo();
    io.writeFile = async () => {
      throw new Error('EACCES: permission denied');
    };
    expect(await main(['schema', '-o', '/root/x.json'], io)).toBe(2);
    expect(io.err).toMatch(/Cannot write \/root\/x\.json: EACCES/);
  });
});
