// Types for buildReadme.mjs (a plain Node script, so `npm run readme` needs no build step).
export interface Page { file: string; title?: string; parts: string[]; about: string }
export const FRONT_PAGE: { file: string; parts: string[] };
export const PAGES: Page[];
export const HAND_WRITTEN: { file: string; title: string; about: string }[];
export function buildAll(): Map<string, string>;
export function syncPages(files: Map<string, string>, options?: { dir?: string; check?: boolean }): string[];
