import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { previewValue } from './previewValue';

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
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const notReserved = (what: string) =>
  z.refine<string>((key) => !RESERVED_KEYS.has(key), {
    error: (issue) => `${previewValue(issue.input)} is reserved: ${what} are never __proto__, constructor or prototype`,
  });

export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1–64 letters, digits, "_" or "-"'), notReserved('ids'));

/** A conversation variable's name (a `{{name}}` placeholder, a key of a scene's `variables`). */
export const variableNameSchema = z.string().check(z.maxLength(64), notReserved('variable names'));

/** A dot path into an effect (`destination.kind`); no segment may be a prototype key. */
export const matchPathSchema = z.string().check(
  z.refine((path: string) => !path.split('.').some((segment) => RESERVED_KEYS.has(segment)), {
    error: (issue) => `${previewValue(issue.input)} names a reserved key: paths never go through __proto__, constructor or prototype`,
  }),
);

/**
 * A record keyed by the document's own names (node ids in the layout, variables): parsed into an
 * object without a prototype, so looking up a node called `toString` finds nothing rather than
 * Object.prototype.toString. zod drops a `__proto__` key; the importer refuses it before that.
 */
export function keyedRecord<V extends z.ZodMiniType>(keySchema: z.ZodMiniType<string, string>, valueSchema: V) {
  // overwrite, not a transform: the type stays a record, and the JSON Schema export keeps the defaults.
  return z.record(keySchema, valueSchema).check(z.overwrite((record) => Object.assign(Object.create(null), record) as typeof record));
}

/** A point on the canvas; layout never changes behaviour. */
export const positionSchema = z.object({
  // zod 4 numbers refuse Infinity and NaN already (classic's .finite() was a no-op).
  x: z.number(),
  y: z.number(),
});
export type Position = z.infer<typeof positionSchema>;
