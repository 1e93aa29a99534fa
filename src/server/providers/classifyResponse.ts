import type { SendOutcome } from '../contracts';
import type { RequestPlan } from './requestPlan';

/** How much of a provider's error body goes into the message: enough to read its error code. */
const BODY_EXCERPT = 300;

/**
 * 2xx → sent; 5xx and 429 (rate limited) → retry later; any other status → the request itself is
 * wrong (bad credentials, unknown call, thread not ours) and a retry would meet the same answer.
 * Zendesk's GraphQL answers 200 with an `errors` list, or `success: false`, when the transfer did
 * not happen: that is a failure too, and not one a retry fixes.
 */
export async function classifyResponse(plan: RequestPlan, response: Response): Promise<SendOutcome> {
  const text = await response.text().catch(() => '');
  const where = `${plan.provider} request to ${plan.displayUrl}`;
  const status = response.status;
  if (status >= 200 && status < 300) {
    const graphQlError = plan.provider === 'zendesk' ? zendeskFailure(text) : null;
    if (graphQlError) return { ok: false, retryable: false, status, message: `${where} answered ${status} but ${graphQlError}` };
    return { ok: true, status };
  }
  const retryable = status >= 500 || status === 429;
  const excerpt = text.length > BODY_EXCERPT ? `${text.slice(0, BODY_EXCERPT)}…` : text;
  return { ok: false, retryable, status, message: `${where} answered ${status}${excerpt ? `: ${excerpt}` : ''}` };
}

function zendeskFailure(text: string): string | null {
  let body: { errors?: { message?: string }[]; data?: { transferToDepartment?: { success?: boolean } } };
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (Array.isArray(body?.errors) && body.errors.length > 0) {
    return `reported errors: ${body.errors.map((e) => e?.message ?? 'unknown error').join('; ')}`;
  }
  if (body?.data?.transferToDepartment?.success === false) return 'transferToDepartment returned success: false.';
  return null;
}
