/**
 * What in a text looks like protected health information, or null. Heuristic on purpose: it
 * looks for the shapes HIPAA examples use (birth dates, record numbers, SSNs), not for meaning.
 */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:DOB|D\.O\.B\.?|dates? of birth|birth\s?dates?|born on)\b/i, 'a date of birth'],
  // A full date with a 19xx year is a birth date far more often than an appointment.
  [/\b(?:\d{1,2}[/.-]\d{1,2}[/.-]19\d{2}|19\d{2}-\d{2}-\d{2})\b/, 'a date of birth'],
  [/\b(?:MRN|medical record (?:number|no\.?|#))/i, 'a medical record number'],
  [/\b\d{3}-\d{2}-\d{4}\b/, 'a social security number'],
  [/\b(?:SSN|social security (?:number|no\.?|#))/i, 'a social security number'],
];

// One pass over the text for the common case (nothing found); the list then says what it was.
const ANY = new RegExp(PATTERNS.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'i');

export function detectPhi(text: string): string | null {
  if (text === '' || !ANY.test(text)) return null;
  for (const [pattern, what] of PATTERNS) if (pattern.test(text)) return what;
  return null;
}
