import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type CallbackNumber = { ok: true; e164: string } | { ok: false; reason: string };

// Callers say their number: "two oh two, five five five…" reaches the bot as words.
const SPOKEN: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4',
  five: '5', six: '6', seven: '7', eight: '8', nine: '9', plus: '+',
};

function spokenToDigits(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => SPOKEN[word.toLowerCase()] ?? word);
}

/**
 * Reads a callback number from what the user said or typed. With `validate`, libphonenumber-js
 * must find a valid number for its country (`defaultCountry` when it has no + prefix), as the
 * Zendesk Talk callback API wants `requester_phone_number` in E.164; without, any 7–15 digits
 * are taken as they are (prefixed with + when the user wrote one).
 */
export function readCallbackNumber(text: string, defaultCountry: string, validate: boolean): CallbackNumber {
  const said = spokenToDigits(text);
  if (!validate) {
    const digits = said.replace(/[^\d]/g, '');
    if (digits.length < 7 || digits.length > 15) return { ok: false, reason: `"${text}" does not hold 7–15 digits.` };
    return { ok: true, e164: `+${digits}` };
  }
  const country = isSupportedCountry(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(said, country ? { defaultCountry: country, extract: true } : { extract: true });
  if (!parsed) return { ok: false, reason: `"${text}" holds no phone number.` };
  if (!parsed.isValid()) return { ok: false, reason: `${parsed.number} is not a valid number${parsed.country ? ` for ${parsed.country}` : ''}.` };
  return { ok: true, e164: parsed.number };
}
