/**
 * Splits text into comparable words: lower case, accents kept, apostrophes removed inside words
 * ("don't" → "dont"), every other punctuation mark and run of whitespace a separator.
 */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
