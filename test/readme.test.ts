import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRONT_PAGE, HAND_WRITTEN, PAGES, buildAll, syncPages } from '../scripts/buildReadme.mjs';
import { anchors, isExternal, links, mapLinks, shiftHeadings, slug } from '../scripts/markdown.mjs';
import { renderCatalogue } from '../src/rules/renderCatalogue';
import { CODES } from '../src/rules/ruleCatalogue';

const generated = [FRONT_PAGE.file, ...PAGES.map((page) => page.file)];

/** Every relative link or image in `file` whose file (or, in a Markdown file, heading anchor) is missing. */
function brokenLinks(file: string, text = readFileSync(file, 'utf8')): string[] {
  const broken: string[] = [];
  for (const target of links(text)) {
    if (isExternal(target)) continue;
    const [path, fragment] = target.split('#');
    const to = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
    if (to !== file && !existsSync(to)) broken.push(`${target} (no file ${to})`);
    else if (fragment && to.endsWith('.md') && !anchors(to === file ? text : readFileSync(to, 'utf8')).includes(fragment)) broken.push(`${target} (no heading #${fragment} in ${to})`);
  }
  return broken;
}

describe('README.md and the docs/ pages', () => {
  it('are the docs/readme parts assembled (run `npm run readme` after editing a part)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/buildReadme.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('keep the front page short, with the two-command quick start and a link to every page', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThan(12 * 1024);
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toMatch(/^npm test\b/m);
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/screenshots\/[^)]+\.png\)/);
    const targets = links(readme);
    for (const page of [...PAGES, ...HAND_WRITTEN]) expect(targets, page.file).toContain(page.file);
    expect(readme).toMatch(/^## Guarantees$/m);
    expect(readme).toMatch(/^## Running flows in production$/m);
  });

  it('point every relative link and image at a file that exists, and every anchor at a heading', () => {
    const broken = Object.fromEntries(generated.map((file) => [file, brokenLinks(file)]).filter(([, list]) => list.length));
    expect(broken).toEqual({});
    const images = generated.flatMap((file) => links(readFileSync(file, 'utf8')).filter((t) => /\.png$/.test(t)));
    expect(images.length).toBeGreaterThan(10);
  });

  it('mark each generated page with its parts and link it back to the README', () => {
    for (const page of PAGES) {
      const text = readFileSync(page.file, 'utf8');
      expect(text.split('\n')[0]).toBe(`<!-- Generated from ${page.parts.map((p) => `docs/readme/${p}.md`).join(', ')} by npm run readme; edit the parts, not this file. -->`);
      expect(links(text)).toContain('../README.md');
      expect(text.match(/^# .+$/gm), `${page.file} has one title`).toHaveLength(1);
    }
  });

  it('show the rule catalogue, rendered from src/rules, on the rules page, and count its codes on the front page', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toContain(shiftHeadings(renderCatalogue(), -1).trim());
    expect(readFileSync('README.md', 'utf8')).toContain(`${CODES.size} diagnostic codes`);
  });

  it('leave the hand-written pages alone', () => {
    for (const page of HAND_WRITTEN) {
      if (existsSync(page.file)) expect(readFileSync(page.file, 'utf8')).not.toMatch(/^<!-- Generated from/);
    }
  });
});

describe('npm run readme', () => {
  it('writes every page but never over a hand-written one, and names generated pages left behind and parts on no page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-readme-')) + '/';
    try {
      mkdirSync(`${dir}docs/readme`, { recursive: true });
      writeFileSync(`${dir}docs/readme/orphan.md`, '## A part nobody placed\n');
      writeFileSync(`${dir}docs/editor.md`, '# Notes kept by hand\n');
      writeFileSync(`${dir}docs/old.md`, '<!-- Generated from docs/readme/old.md by npm run readme -->\n');
      const files = buildAll();
      const problems = [
        'docs/editor.md is hand-written; give the page another name in scripts/buildReadme.mjs.',
        'docs/old.md was generated from a part no page uses any more: delete it.',
        'docs/readme/orphan.md is on no page: add it to PAGES in scripts/buildReadme.mjs.',
      ];
      expect(syncPages(files, { dir })).toEqual(problems);
      expect(readFileSync(`${dir}docs/editor.md`, 'utf8')).toBe('# Notes kept by hand\n');
      expect(readFileSync(`${dir}README.md`, 'utf8')).toBe(files.get('README.md'));
      expect(readFileSync(`${dir}docs/rules.md`, 'utf8')).toBe(files.get('docs/rules.md'));

      writeFileSync(`${dir}docs/rules.md`, files.get('docs/rules.md')!.replace('Validator', 'Old'));
      rmSync(`${dir}docs/cli.md`);
      expect(syncPages(files, { dir, check: true })).toEqual([
        problems[0],
        'docs/rules.md is out of date: run `npm run readme`.',
        'docs/cli.md is missing: run `npm run readme`.',
        ...problems.slice(1),
      ]);
      expect(existsSync(`${dir}docs/cli.md`)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Markdown helpers the generator uses', () => {
  it('make the anchors GitHub makes, numbering repeats', () => {
    expect(slug('`baton validate FLOW.json [--format text|json]`')).toBe('baton-validate-flowjson---format-textjson');
    expect(slug('Storage (`src/storage/`)')).toBe('storage-srcstorage');
    expect(slug('Latest run (2 shared cores, no GPU, 1280 × 800; median of 3, min–max)')).toBe('latest-run-2-shared-cores-no-gpu-1280--800-median-of-3-minmax');
    expect(slug('snake_case stays')).toBe('snake_case-stays');
    expect(anchors('## For developers\n\n```\n# not a heading\n```\n\n### For developers\n')).toEqual(['for-developers', 'for-developers-1']);
  });

  it('move headings and links outside code only', () => {
    const md = '## Title\n\n```bash\n## comment\n[x](docs/a.md)\n```\n\nSee `[y](docs/b.md)` and [z](docs/c.md#top) and ![i](docs/screenshots/i.png "t").\n\n[ref]: docs/d.md\n';
    expect(shiftHeadings(md, -1)).toBe(md.replace('## Title', '# Title'));
    expect(links(md)).toEqual(['docs/c.md#top', 'docs/screenshots/i.png', 'docs/d.md']);
    const moved = mapLinks(md, (t) => t.replace(/^docs\//, ''));
    expect(moved).toContain('[z](c.md#top)');
    expect(moved).toContain('![i](screenshots/i.png "t")');
    expect(moved).toContain('[ref]: d.md');
    expect(moved).toContain('[x](docs/a.md)');
    expect(moved).toContain('`[y](docs/b.md)`');
  });

  it('finds links that go nowhere', () => {
    const page = '# Page\n\n![a](screenshots/editor-light.png) ![b](screenshots/missing.png)\n[c](../README.md#quick-start) [d](../README.md#no-such-heading) [e](#page) [f](#nowhere)\n';
    expect(existsSync('docs/page.md')).toBe(false);
    expect(brokenLinks('docs/page.md', page)).toEqual([
      'screenshots/missing.png (no file docs/screenshots/missing.png)',
      '../README.md#no-such-heading (no heading #no-such-heading in README.md)',
      '#nowhere (no heading #nowhere in docs/page.md)',
    ]);
  });
});
