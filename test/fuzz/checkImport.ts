import { validateFlow } from '../../src/rules/validateFlow';
import { flowSchema } from '../../src/schema/flow';
import { parseFlow, type ParseResult } from '../../src/schema/parseFlow';
import { exportFlowJson } from '../../src/storage/exportFlowJson';
import { importFlowText } from '../../src/storage/importFlowText';

/**
 * What one hostile input did to the importer:
 * - `accepted`: a flow that passes the schema again and that the validator (the Problems tab,
 *   `baton validate`) reads without throwing; `errors` counts what it reports (a duplicate id or
 *   a dangling edge is the validator's to name, on the imported flow, not the importer's);
 * - `refused`: issues, each with a JSON pointer and a message;
 * - `bad-refusal`: refused, but an issue lacks a pointer or a message;
 * - `crashed`: an exception, Object.prototype changed, the input written to, or the open flow changed.
 */
export type ImportOutcome =
  | { kind: 'accepted'; errors: number }
  | { kind: 'refused'; first: string }
  | { kind: 'bad-refusal'; detail: string }
  | { kind: 'crashed'; detail: string };

/** Freezes every object in a value, without recursion (the value may nest 10,000 deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const current = stack.pop();
    if (!current || typeof current !== 'object' || Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
  }
  return value;
}

const POINTER = /^(\/([^~/]|~[01])*)*$/;
const prototypeKeys = () => Reflect.ownKeys(Object.prototype).length;

/** Checks a result's shape: a flow that parses again, or issues with pointers and messages. */
export function judgeResult(result: ParseResult): ImportOutcome {
  if (result.ok) {
    const again = flowSchema.safeParse(result.flow);
    if (!again.success) return { kind: 'crashed', detail: `accepted a flow the schema refuses: ${again.error.issues[0]?.message}` };
    const errors = validateFlow(result.flow).filter((d) => d.severity === 'error').length;
    return { kind: 'accepted', errors };
  }
  if (!Array.isArray(result.issues) || result.issues.length === 0) return { kind: 'bad-refusal', detail: 'refused with no issues' };
  for (const issue of result.issues) {
    if (typeof issue.path !== 'string' || !POINTER.test(issue.path)) return { kind: 'bad-refusal', detail: `no JSON pointer: ${JSON.stringify(issue.path)}` };
    if (typeof issue.message !== 'string' || !issue.message.trim()) return { kind: 'bad-refusal', detail: `no message at ${issue.path}` };
  }
  const [first] = result.issues;
  return { kind: 'refused', first: `${first.path}: ${first.message}` };
}

/**
 * Imports `text` as the app does (importFlowText) or, with `asValue`, the parsed value as
 * IndexedDB and the CLI hand it over (parseFlow on a frozen value, so any write to it throws),
 * while a frozen `openFlow` stands for the flow open in the editor.
 */
export function checkImport(text: string, { asValue = false, openFlow }: { asValue?: boolean; openFlow?: unknown } = {}): ImportOutcome {
  const keysBefore = prototypeKeys();
  const openBefore = openFlow === undefined ? '' : exportFlowJson(openFlow as never);
  let outcome: ImportOutcome;
  try {
    let input: unknown = text;
    if (asValue) {
      try {
        input = deepFreeze(JSON.parse(text));
      } catch {
        input = text; // not JSON: the value path sees the text, as the CLI would after its own parse failed
      }
    }
    outcome = judgeResult(asValue ? parseFlow(input) : importFlowText(text));
  } catch (error) {
    outcome = { kind: 'crashed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  if (prototypeKeys() !== keysBefore || ({} as Record<string, unknown>).polluted !== undefined) {
    return { kind: 'crashed', detail: 'Object.prototype was changed' };
  }
  if (openFlow !== undefined && exportFlowJson(openFlow as never) !== openBefore) return { kind: 'crashed', detail: 'the open flow changed' };
  return outcome;
}
