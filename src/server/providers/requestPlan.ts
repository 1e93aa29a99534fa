import type { ProviderRequest } from '../../runtime';

/** One provider request, ready for the wire except for the idempotency header the client adds. */
export interface RequestPlan {
  provider: ProviderRequest['provider'];
  method: 'POST';
  url: string;
  /** The URL with any credential in it masked, for messages and logs. */
  displayUrl: string;
  headers: Record<string, string>;
  body: string;
}

/** Filling failed for want of a setting or a conversation ref: retrying cannot help. */
export type FillResult = { ok: true; plan: RequestPlan } | { ok: false; message: string };

export const missingSetting = (provider: string, envVar: string, what: string): FillResult => ({
  ok: false,
  message: `Cannot send the ${provider} request: ${envVar} is not set (${what}).`,
});

export const missingRef = (provider: string, ref: string, what: string): FillResult => ({
  ok: false,
  message: `Cannot send the ${provider} request: the conversation has no "${ref}" ref (${what}).`,
});
