import * as z from 'zod/mini';
import { idSchema } from '../primitives';
import { createTaskDataSchema } from './actions';

/**
 * What a designer can do when nobody answers a call: the fallbacks Zendesk offers natively for a
 * Talk line with no agent available (seed: "Sending the user to voicemail, automatically creating a
 * ticket for the abandoned call, offering the user a callback"), built by the bot so they also work
 * for numbers Zendesk does not own. Each is a node kind, wired from a handover's failure ports.
 */

/** Twilio <Record> maxLength: "integer greater than 1", at most 14,400 s (4 h) on most accounts. */
export const RECORD_MAX_LENGTH_LIMIT = 14_400;
/** Twilio transcribes recordings of at most 2 minutes (<Record transcribe>). */
export const TRANSCRIBE_MAX_SECONDS = 120;

export const voicemailDataSchema = z.object({
  prompt: z
    ._default(z.string().check(z.maxLength(1000)), 'Sorry, nobody can take your call right now. Please leave a message after the beep.')
    .check(z.describe('Said before the beep (<Say>). Supports {{variable}} placeholders.')),
  maxLengthSeconds: z
    ._default(z.number().check(z.int(), z.gte(2), z.lte(RECORD_MAX_LENGTH_LIMIT)), 120)
    .check(z.describe('Twilio <Record maxLength>: the recording stops after this many seconds (Twilio allows 2–14,400).')),
  transcribe: z
    ._default(z.boolean(), true)
    .check(z.describe('Ask Twilio for a text transcription (<Record transcribe>); Twilio transcribes recordings of 2 minutes or less.')),
  finishOnKey: z
    ._default(z.string().check(z.regex(/^[0-9#*]{0,12}$/, 'Use digits, # or * only')), '#')
    .check(z.describe('Keys that end the recording (<Record finishOnKey>); empty: only silence or the maximum length ends it.')),
});
export type VoicemailData = z.infer<typeof voicemailDataSchema>;

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export const createTicketDataSchema = z.object({
  subject: z
    ._default(z.string().check(z.maxLength(250)), 'Call not answered: no agent was available')
    .check(z.describe('Ticket subject. Supports {{variable}} placeholders.')),
  body: z
    ._default(z.string().check(z.maxLength(4000)), 'The caller asked for a person and nobody could take the call.')
    .check(z.describe('The ticket\'s first comment (Zendesk comment.body). Supports {{variable}} placeholders.')),
  priority: z._default(z.enum(TICKET_PRIORITIES), 'normal'),
  tags: z
    ._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20)), ['abandoned_call'])
    .check(z.describe('Tags on the ticket, for Zendesk views and triggers.')),
});
export type CreateTicketData = z.infer<typeof createTicketDataSchema>;

/** The variable the confirmed callback number (E.164) is kept in. */
export const CALLBACK_NUMBER_VARIABLE = 'callback_number';

export const OFFER_CALLBACK_PORTS = ['scheduled', 'failed'] as const;
export const OFFER_CALLBACK_PORT_LABELS: Record<(typeof OFFER_CALLBACK_PORTS)[number], string> = {
  scheduled: 'Callback booked',
  failed: 'No number',
};

export const offerCallbackDataSchema = z.object({
  ask: z
    ._default(z.string().check(z.maxLength(1000)), 'Nobody is free right now. What number should we call you back on?')
    .check(z.describe('Asks for the number; the next reply is read as a phone number.')),
  confirm: z
    ._default(z.string().check(z.maxLength(1000)), 'I have {{callback_number}}. Is that right?')
    .check(z.describe('Reads the number back; {{callback_number}} is the number in E.164. A "yes" books the callback, a "no" asks again.')),
  invalid: z
    ._default(z.string().check(z.maxLength(1000)), "Sorry, that doesn't look like a phone number. Please say it with the area code.")
    .check(z.describe('Said when the reply is not a valid number (checked with libphonenumber-js).')),
  done: z
    ._default(z.string().check(z.maxLength(1000)), "Thanks! We'll call you back on {{callback_number}}.")
    .check(z.describe('Said once the callback is booked.')),
  validateNumber: z
    ._default(z.boolean(), true)
    .check(z.describe('Check that the reply is a valid phone number for its country (libphonenumber-js); off, any reply with digits is taken.')),
  defaultCountry: z
    ._default(z.string().check(z.regex(/^[A-Z]{2}$/, 'Use a two-letter country code (ISO 3166-1 alpha-2), e.g. US')), 'US')
    .check(z.describe('Country of numbers said without a + prefix (ISO 3166-1 alpha-2, e.g. US, DE).')),
  maxAttempts: z
    ._default(z.number().check(z.int(), z.gte(1), z.lte(5)), 2)
    .check(z.describe('Replies that are not a number, or a "no" to the read-back, before the No number port.')),
  title: z
    ._default(z.string().check(z.maxLength(200)), 'Call back {{callback_number}}')
    .check(z.describe('Title of the callback task on the contact (Create task). Supports {{variable}} placeholders.')),
  // A staff id (never a prototype key, like every id), or null: the task is nobody's yet.
  assigneeId: z._default(z.nullable(idSchema), null).check(z.describe('Staff member the callback task is assigned to (notified where their settings allow).')),
  dueHours: createTaskDataSchema.shape.dueHours,
  zendeskPhoneNumberId: z
    ._default(z.string().check(z.regex(/^\d{0,20}$/, 'Use the numeric id of the Zendesk Talk number')), '')
    .check(z.describe('Zendesk Talk phone number id: when set, a Zendesk callback request is created too (Talk API).')),
});
export type OfferCallbackData = z.infer<typeof offerCallbackDataSchema>;
