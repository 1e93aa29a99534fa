// Writes README.md from the parts in docs/readme/, in reading order: users first, then the format
// and rules a runtime integrator needs, then developers. `--check` exits 1 when README.md differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const README_PARTS = [
  'intro', 'editor', 'app', 'simulator', 'json', 'format', 'rules', 'runtime', 'cli',
  'architecture', 'editor-store', 'storage', 'performance', 'development',
];

export function buildReadme() {
  const parts = README_PARTS.map((name) => readFileSync(`${root}docs/readme/${name}.md`, 'utf8').trim());
  const [intro, ...rest] = parts;
  const toc = rest.map((part) => {
    const title = part.match(/^## (.+)$/m)?.[1] ?? '';
    const anchor = title.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
    return `- [${title.replace(/`/g, '')}](#${anchor})`;
  });
  const banner = '<!-- Generated from docs/readme/*.md by `npm run readme`; edit the parts, not this file. -->';
  return [banner, intro, '## Contents\n\n' + toc.join('\n'), ...rest].join('\n\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const next = buildReadme();
  const path = `${root}README.md`;
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== next) {
      console.error('README.md is out of date: run `npm run readme`.');
      process.exit(1);
    }
  } else {
    writeFileSync(path, next);
    console.log(`README.md written from ${README_PARTS.length} parts.`);
  }
}
