import type { ZendeskDestination } from '../../schema';

/** Placeholder for the id of the conversation's first message, filled by the deployed runtime. */
export const FIRST_MESSAGE_ID_PLACEHOLDER = '{{first_message_id}}';
/** Metadata key Zendesk's agent workspace reads as the first message to show the agent (else the last 10). */
export const FIRST_MESSAGE_ID_KEY = 'first_message_id';
/** Sunshine Conversations passControl: "The metadata is limited to 4KB in size." */
export const SWITCHBOARD_METADATA_LIMIT = 4096;

/**
 * The passControl metadata object as it will be sent: entries in order, blank keys left out, a
 * repeated key's last value kept, and the history choice (`whole_conversation` → first_message_id)
 * winning over a typed first_message_id. `fill` fills {{variables}} (the runtime's interpolate);
 * the validator measures the text as written. Shared by the runtime and the validator so the size
 * they see is the same.
 */
export function switchboardMetadataOf(dest: ZendeskDestination, fill: (text: string) => string = (t) => t): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const { key, value } of dest.switchboardMetadata) {
    if (key.trim()) metadata[key.trim()] = fill(value);
  }
  if (dest.history === 'whole_conversation') metadata[FIRST_MESSAGE_ID_KEY] = fill(FIRST_MESSAGE_ID_PLACEHOLDER);
  return metadata;
}

/** UTF-8 bytes of the metadata as JSON: what Sunshine Conversations measures against its 4 KB. */
export function switchboardMetadataSize(metadata: Record<string, string>): number {
  return new TextEncoder().encode(JSON.stringify(metadata)).length;
}
