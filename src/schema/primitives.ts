import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini (~11 KB gzip against classic zod's ~26 in the start-up bundle, issue 7) ships without
// messages: set the English ones classic zod gives, so import errors keep saying what and where.
// The setting is global and read when parsing; every schema module loads this file first.
z.config(en());

/** Channels a conversation can arrive on. `web_voice` is a browser (Voice SDK) call, `phone_voice` a PSTN/SIP call. */
export const CHANNELS = ['web_chat', 'web_voice', 'phone_voice', 'messenger', 'zendesk', 'other'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

export const CHANNEL_LABELS: Record<Channel, string> = {
  web_chat: 'Web chat',
  web_voice: 'Browser voice',
  phone_voice: 'Phone voice',
  messenger: 'Messenger',
  zendesk: 'Zendesk',
  other: 'Other',
};

// Amazon Connect's lesson: identifiers are unique and never prototype keys, so a document can be
// indexed by id in plain objects without surprises.
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

export const idSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1–64 letters, digits, "_" or "-"'),
    z.refine((id) => !RESERVED_IDS.has(id), { message: 'This id is reserved' }),
  );

/** A point on the canvas; layout never changes behaviour. */
export const positionSchema = z.object({
  // zod 4 numbers refuse Infinity and NaN already (classic's .finite() was a no-op).
  x: z.number(),
  y: z.number(),
});
export type Position = z.infer<typeof positionSchema>;
