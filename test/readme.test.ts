import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README.md', () => {
  it('is the docs/readme parts assembled (run `npm run readme` after editing a part)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/buildReadme.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('keeps the two-command quick start and shows only screenshots that exist', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toMatch(/^npm test\b/m);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(3);
    for (const image of images) expect(() => readFileSync(image), image).not.toThrow();
  });
});
