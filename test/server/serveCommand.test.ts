import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { createFakeIo } from '../cli/fakeIo';

describe('baton serve (command line)', () => {
  it('refuses a flow with validation errors, with the messages baton validate prints, and starts nothing', async () => {
    const served = createFakeIo();
    expect(await main(['serve', 'test/examples/broken/bad-e164.json', '--insecure-dev'], served)).toBe(1);
    const validated = createFakeIo();
    await main(['validate', 'test/examples/broken/bad-e164.json'], validated);
    const errorLines = validated.out.split('\n').filter((l) => l.startsWith('error'));
    expect(errorLines.length).toBeGreaterThan(0);
    for (const line of errorLines) expect(served.err).toContain(line);
    expect(served.err).toContain('bad-e164.json has errors, so it cannot run');
    expect(served.out).toBe('');
  });

  it('explains bad usage: no flow, a bad port, an unreadable file', async () => {
    const none = createFakeIo();
    expect(await main(['serve'], none)).toBe(2);
    expect(none.err).toContain('Give at least one flow file or directory.');
    const port = createFakeIo();
    expect(await main(['serve', 'examples/chat-handover.baton.json', '--port', 'http'], port)).toBe(2);
    expect(port.err).toContain('--port must be a port number');
    const missing = createFakeIo();
    expect(await main(['serve', 'nope.json'], missing)).toBe(2);
    expect(missing.err).toContain('Cannot read nope.json: no such file');
  });

  it('refuses to start without BATON_API_KEY unless --insecure-dev', async () => {
    const saved = process.env.BATON_API_KEY;
    delete process.env.BATON_API_KEY;
    try {
      const io = createFakeIo();
      expect(await main(['serve', 'examples/chat-handover.baton.json', '--data', '/nonexistent/never-created'], io)).toBe(2);
      expect(io.err).toContain('Set BATON_API_KEY');
    } finally {
      if (saved !== undefined) process.env.BATON_API_KEY = saved;
    }
  });

  it('is listed in baton --help', async () => {
    const io = createFakeIo();
    await main(['--help'], io);
    expect(io.out).toMatch(/serve\s+Run flows as a server/);
  });
});
