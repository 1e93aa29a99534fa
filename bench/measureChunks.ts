import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { single, type Figure } from './figure';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** `index-C1Str5Lm.js` → `index.js`: figures keep their name from build to build. */
const stableName = (file: string) => file.replace(/-[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');

/**
 * Every emitted chunk of a build, raw and gzip (level 9), and the initial JavaScript: what
 * index.html loads before the app starts (its module scripts and modulepreloads). Lazy chunks
 * (Monaco, the JSON view) load later and are listed apart.
 */
export function measureChunks(dist = 'dist'): Figure[] {
  const html = join(dist, 'index.html');
  if (!existsSync(html)) return [];
  const initial = new Set(
    [...readFileSync(html, 'utf8').matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]),
  );
  const figures: Figure[] = [];
  let initialRaw = 0;
  let initialGzip = 0;
  const seen = new Map<string, number>();
  for (const file of readdirSync(join(dist, 'assets')).sort()) {
    if (!/\.(js|css)$/.test(file)) continue;
    const bytes = readFileSync(join(dist, 'assets', file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const isInitial = initial.has(`assets/${file}`);
    if (isInitial) {
      initialRaw += bytes.length;
      initialGzip += gzip;
    }
    const base = stableName(file);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const name = `chunk ${count > 1 ? base.replace(/(\.\w+)$/, `#${count}$1`) : base}`;
    const note = isInitial ? 'initial' : file.endsWith('.css') ? 'stylesheet' : 'lazy';
    figures.push(single(`${name} raw`, 'KB', kb(bytes.length), note), single(`${name} gzip`, 'KB', kb(gzip), note));
  }
  return [single('initial JS raw', 'KB', kb(initialRaw)), single('initial JS gzip', 'KB', kb(initialGzip)), ...figures];
}
