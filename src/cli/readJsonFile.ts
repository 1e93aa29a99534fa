import type { CliIo } from './io';
import { locateJsonError } from './locateJsonError';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads and parses a JSON file. Failures name the file and, for syntax errors, the line and column. */
export async function readJsonFile(path: string, io: CliIo): Promise<ReadJsonResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    const reason = (code && FS_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, message: `Cannot read ${path}: ${reason}` };
  }
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    text = text.replace(/^\uFEFF/, '');
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // V8's wording without its position or its echo of the text; the place comes from the locator.
    const reason = (error instanceof Error ? error.message : String(error))
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    const at = locateJsonError(text);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    return { ok: false, message: `${path}: Not valid JSON${where}: ${reason}` };
  }
}
