/**
 * Control characters other than newline and tab (C0, DEL, C1) and the bidirectional embedding,
 * override and isolate marks. Printed raw, text from a flow file could drive the terminal: ESC [2J
 * clears the screen, OSC 0 retitles the window, CR overwrites the line, U+202E reverses the
 * order of what follows (Trojan Source, CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `s` with each unsafe character written as a JSON-style `\uXXXX` escape (CR as `\r`), so the
 * text printed is the text, visibly; JSON output stays valid JSON with the same values, since
 * these characters only ever appear inside its strings.
 */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => (c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
