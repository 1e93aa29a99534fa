import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { slimPhoneMetadata, withoutFormats } from '../../build/slimPhoneMetadata';

const require = createRequire(import.meta.url);
const metadataPath = require.resolve('libphonenumber-js/metadata.min.json');
const full = JSON.parse(readFileSync(metadataPath, 'utf8'));
const examples: Record<string, string> = JSON.parse(readFileSync(require.resolve('libphonenumber-js/examples.mobile.json'), 'utf8'));
const slim = withoutFormats(full);

/** What classifyDestination reads from a parsed number, plus isValid as a stricter probe. */
function answers(text: string, metadata: unknown) {
  const parsed = parsePhoneNumberFromString(text, metadata as MetadataJson);
  return parsed ? { country: parsed.country, possible: parsed.isPossible(), valid: parsed.isValid() } : null;
}

/** Deterministic pseudo-random digits (mulberry32), so a failure names the same number every run. */
function digits(seed: number) {
  let a = seed;
  return (length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      out += String(((t ^ (t >>> 14)) >>> 0) % 10);
    }
    return out;
  };
}

describe('slim phone metadata (the app bundle drops libphonenumber display formats)', () => {
  it('gives the same country, possible and valid answers as the full min metadata', () => {
    const numbers: string[] = [];
    for (const [country, national] of Object.entries(examples)) {
      const code = full.countries[country]?.[0];
      if (code) numbers.push(`+${code}${national}`, `+${code}${national.slice(0, -1)}`, `+${code}${national}0`);
    }
    const next = digits(7);
    for (const code of Object.keys(full.country_calling_codes)) for (let length = 4; length <= 15 - code.length; length++) numbers.push(`+${code}${next(length)}`);
    expect(numbers.length).toBeGreaterThan(2500);
    const differing = numbers.filter((n) => JSON.stringify(answers(n, slim)) !== JSON.stringify(answers(n, full)));
    expect(differing).toEqual([]);
    // The comparison is not vacuous: the sample has possible, impossible and valid numbers.
    const results = numbers.map((n) => answers(n, full));
    expect(results.some((r) => r?.possible)).toBe(true);
    expect(results.some((r) => r && !r.possible)).toBe(true);
    expect(results.filter((r) => r?.valid).length).toBeGreaterThan(200);
  });

  it('drops only the formats, and is what the Vite plugin serves for the metadata module', () => {
    expect(Object.keys(slim.countries)).toEqual(Object.keys(full.countries));
    expect(slim.countries.GB.filter((_, i) => i !== 4)).toEqual(full.countries.GB.filter((_: unknown, i: number) => i !== 4));
    expect(gzipSync(JSON.stringify(slim)).length).toBeLessThan(gzipSync(JSON.stringify(full)).length * 0.6);
    const plugin = slimPhoneMetadata();
    const load = plugin.load as (id: string) => string | null;
    expect(load(`${metadataPath}.js`)).toBe(`export default ${JSON.stringify(slim)};`);
    expect(load(require.resolve('libphonenumber-js/metadata.max.json'))).toBeNull();
  });

  it('refuses a metadata version it does not know', () => {
    expect(() => withoutFormats({ ...full, version: 5 })).toThrow('metadata version 5 is not 4');
  });
});
