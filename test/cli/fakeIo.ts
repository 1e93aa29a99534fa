import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/io';

export interface FakeIo extends CliIo {
  out: string;
  err: string;
  written: Map<string, string>;
}

/** A CliIo that records output and writes; reads come from `files` first, then the real disk. */
export function createFakeIo(files: Record<string, string> = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    written: new Map(),
    stdout: (s) => void (io.out += s),
    stderr: (s) => void (io.err += s),
    readFile: async (path) => (path in files ? files[path] : readFile(path, 'utf8')),
    writeFile: async (path, s) => void io.written.set(path, s),
  };
  return io;
}
