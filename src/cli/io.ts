import { readFile, writeFile } from 'node:fs/promises';

/**
 * Everything a command may touch outside itself. Commands never reach for `process` or `fs`
 * directly, so tests run the whole CLI in-process with a fake io.
 */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, s: string): Promise<void>;
}

/** The real io: the process's streams and the file system (UTF-8). */
export const nodeIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, s) => writeFile(path, s, 'utf8'),
};
