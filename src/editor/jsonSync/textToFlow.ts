import { parseFlow, type Flow, type ParseIssue } from '../../schema';

export type TextToFlowResult = { ok: true; flow: Flow } | { ok: false; issues: ParseIssue[] };

/** Text typed in the JSON view → flow, through the one way in (parse → migrate → schema). */
export function textToFlow(text: string): TextToFlowResult {
  const result = parseFlow(text);
  return result.ok ? { ok: true, flow: result.flow } : { ok: false, issues: result.issues };
}
