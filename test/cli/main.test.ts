import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { createFakeIo } from './fakeIo';

describe('baton (command registry)', () => {
  it('lists every command with its summary on --help and exits 0', async () => {
    const io = createFakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: baton COMMAND/);
    expect(io.out).toMatch(/^ {2}validate +Check a flow file/m);
    expect(io.out).toMatch(/^ {2}schema +Print or write the flow format as JSON Schema/m);
    expect(io.err).toBe('');
  });

  it('prints help on stderr and exits 2 when no command is given', async () => {
    const io = createFakeIo();
    expect(await main([], io)).toBe(2);
    expect(io.err).toContain('Commands:');
    expect(io.out).toBe('');
  });

  it('refuses an unknown command with exit 2 and the list of commands', async () => {
    const io = createFakeIo();
    expect(await main(['frobnicate', 'x.json'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "frobnicate"/);
    expect(io.err).toMatch(/^ {2}validate /m);
  });

  it('does not treat prototype keys as commands', async () => {
    const io = createFakeIo();
    expect(await main(['constructor'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "constructor"/);
  });

  it('shows a command\'s usage with "help CMD" and with "CMD --help"', async () => {
    const viaHelp = createFakeIo();
    expect(await main(['help', 'validate'], viaHelp)).toBe(0);
    expect(viaHelp.out).toMatch(/^Usage: baton validate FLOW\.json/);
    const viaFlag = createFakeIo();
    expect(await main(['schema', '--help'], viaFlag)).toBe(0);
    expect(viaFlag.out).toMatch(/^Usage: baton schema \[--out FILE\]/);
  });

  it('exits 2 for "help" of an unknown command', async () => {
    const io = createFakeIo();
    expect(await main(['help', 'nope'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "nope"/);
  });
});
