// Types for markdown.mjs (a plain Node script, so the generator runs without a build step).
export function shiftHeadings(markdown: string, delta: number): string;
export function slug(heading: string): string;
export function headings(markdown: string): { level: number; text: string }[];
export function anchors(markdown: string): string[];
export function mapLinks(markdown: string, rewrite: (target: string) => string): string;
export function links(markdown: string): string[];
export function isExternal(target: string): boolean;
