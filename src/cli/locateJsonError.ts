import { parse, type ParseError } from 'jsonc-parser';

/**
 * Line and column (1-based) of the first syntax error in strict JSON text. Node 20's JSON.parse
 * often names no position ("Unexpected token ',', … is not valid JSON"), so a tolerant parser
 * that reports offsets finds the place.
 */
export function locateJsonError(text: string): { line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return undefined;
  const before = text.slice(0, errors[0].offset);
  const line = before.split('\n').length;
  return { line, column: errors[0].offset - before.lastIndexOf('\n') };
}
