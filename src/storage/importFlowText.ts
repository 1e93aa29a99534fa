import { MAX_FLOW_BYTES, parseFlow, type ParseResult } from '../schema/parseFlow';

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The size refusal every import path shares, so the file picker and paste say the same thing. */
export function sizeIssue(bytes: number, maxBytes: number): ParseResult {
  return {
    ok: false,
    issues: [{ path: '', message: `This file is ${megabytes(bytes)}; Baton imports flows up to ${megabytes(maxBytes)}. Is it really a flow?` }],
  };
}

/** Imported text → parseFlow (migrate, validate), refusing oversized input first with a friendly message. */
export function importFlowText(text: string, { maxBytes = MAX_FLOW_BYTES }: { maxBytes?: number } = {}): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return sizeIssue(bytes, maxBytes);
  if (!text.trim()) return { ok: false, issues: [{ path: '', message: 'The file is empty' }] };
  return parseFlow(text);
}
