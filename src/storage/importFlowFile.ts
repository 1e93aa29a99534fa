import { MAX_FLOW_BYTES, type ParseResult } from '../schema/parseFlow';
import { importFlowText, sizeIssue } from './importFlowText';
import { readFileAsText } from './readFileAsText';

/** A picked file → parse result; checks the size before reading so a huge file is never loaded. */
export async function importFlowFile(file: Blob, { maxBytes = MAX_FLOW_BYTES }: { maxBytes?: number } = {}): Promise<ParseResult> {
  if (file.size > maxBytes) return sizeIssue(file.size, maxBytes);
  try {
    return importFlowText(await readFileAsText(file), { maxBytes });
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `The file could not be read: ${(error as Error).message}` }] };
  }
}
