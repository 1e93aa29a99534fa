import { parse, type ParseError } from 'jsonc-parser';

/**
 * Line and column (1-based) of the first syntax error in strict JSON text. Node 20's JSON.parse
 * often names no position ("Unexpected token ',', … is not valid JSON"), so a tolerant parser
 * that reports offsets finds the place. It recurses per level, so text nested thousands deep
 * overflows the stack: then the place is unknown.
 */
export function locateJsonError(text: string): { line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  if (errors.length === 0) return undefined;
  const before = text.slice(0, errors[0].offset);
  const line = before.split('\n').length;
  return { line, column: errors[0].offset - before.lastIndexOf('\n') };
}
