import type { ConversationService, ConversationSummary, ProviderRefKind } from '../contracts';

type CreateInput = Parameters<ConversationService['create']>[0];

/**
 * The conversation a provider ref (a Messenger PSID) belongs to, started with `input` when there is
 * none. Two first messages at once both find none and both start one: the ref is unique in the
 * database, so one start wins and the other fails with `ref_taken` (its transaction rolled back,
 * nothing left behind); that one then joins the winner's conversation, committed by then.
 */
export async function startOrJoin(service: ConversationService, kind: ProviderRefKind, value: string, input: CreateInput): Promise<ConversationSummary> {
  const existing = await service.findByRef(kind, value);
  if (existing) return existing;
  try {
    return await service.create({ ...input, refs: { ...input.refs, [kind]: value } });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ref_taken') throw error;
    const winner = await service.findByRef(kind, value);
    if (!winner) throw error;
    return winner;
  }
}
