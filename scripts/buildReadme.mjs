// Writes README.md (the front page) and the reference pages under docs/ from the parts in
// docs/readme/. Parts are written with links from the repository root (docs/screenshots/x.png,
// docs/rules.md#…); each page gets them rewritten from where it lives. `--check` exits 1 when any
// file differs, is missing, or is a generated page no part produces any more.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchors, headings, isExternal, mapLinks, shiftHeadings, slug } from './markdown.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The front page: intro.md, with guarantees.md at its `<!-- guarantees -->` line, the page list at
 * `<!-- pages -->`, and its "N diagnostic codes" counted from the catalogue in rules.md.
 */
export const FRONT_PAGE = { file: 'README.md', parts: ['intro', 'guarantees'] };

/**
 * The reference pages, in reading order: users first, then the format and rules a runtime
 * integrator needs, then developers. A page of one part takes the part's heading as its title.
 */
export const PAGES = [
  { file: 'docs/editor.md', title: 'The editor, the JSON tab and working with flows', parts: ['editor', 'json', 'app'],
    about: 'the canvas, the keyboard, the JSON tab, saving, history, import and export' },
  { file: 'docs/simulator.md', parts: ['simulator'],
    about: 'rehearsing a conversation, breakpoints, test cases and the Tests tab' },
  { file: 'docs/flow-format.md', parts: ['format'],
    about: 'the flow JSON: document, nodes, edges, test cases, what is refused, versions and the JSON Schema' },
  { file: 'docs/rules.md', parts: ['rules'],
    about: 'every diagnostic code, its severity, what it means and its source (generated from the rules)' },
  { file: 'docs/runtime.md', parts: ['runtime'],
    about: 'the engine: input events, effects, provider requests and semantics' },
  { file: 'docs/cli.md', parts: ['cli'],
    about: '`baton validate`, `run`, `test` and `schema`, exit codes and CI' },
  { file: 'docs/storage.md', parts: ['storage'],
    about: 'IndexedDB, the crash journal, failing storage and the database schema' },
  { file: 'docs/performance.md', parts: ['performance'],
    about: 'the latest bench figures and what changed because of them' },
  { file: 'docs/architecture.md', title: 'Architecture and development', parts: ['architecture', 'editor-store', 'development'],
    about: 'the layers, the editor store and its commands, and the npm scripts' },
];

/** Hand-written pages the front page lists too; the generator never writes them. */
export const HAND_WRITTEN = [
  { file: 'docs/server.md', title: 'Running flows in production', about: '`baton serve`, its API, database, timers and outbox' },
  { file: 'docs/server-providers.md', title: 'Server providers and their webhooks', about: 'provider settings, webhook addresses and signatures' },
];

const GENERATED = /^<!-- Generated from docs\/readme\//;
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const part = (name) => read(`docs/readme/${name}.md`).trim();
const titleOf = (markdown) => headings(markdown)[0]?.text ?? '';
const pageTitle = (page) => page.title ?? titleOf(part(page.parts[0]));
const banner = (parts) => `<!-- Generated from ${parts.map((p) => `docs/readme/${p}.md`).join(', ')} by npm run readme; edit the parts, not this file. -->`;

/** Which page holds each heading anchor, to send a bare `#anchor` from a part to the page it landed on. */
function anchorIndex(pages) {
  const index = new Map();
  for (const [file, text] of pages) for (const anchor of anchors(text)) if (!index.has(anchor)) index.set(anchor, file);
  return index;
}

/** Rewrites a part's root-relative targets (and bare anchors on other pages) for the page at `file`. */
function relink(markdown, file, index) {
  const here = dirname(file);
  const own = new Set(anchors(markdown));
  return mapLinks(markdown, (target) => {
    if (isExternal(target)) return target;
    const [path, fragment] = target.split('#');
    const to = path || (own.has(fragment) ? file : index.get(fragment)) || file;
    if (to === file) return path ? `#${fragment}` : target;
    const relative = posix.relative(here, to) || posix.basename(to);
    return fragment === undefined ? relative : `${relative}#${fragment}`;
  });
}

function referencePage(page) {
  const texts = page.parts.map(part);
  if (texts.length === 1) return shiftHeadings(texts[0], -1);
  const contents = texts.map((text) => `- [${titleOf(text)}](#${slug(titleOf(text))})`);
  return [`# ${page.title}`, contents.join('\n'), ...texts].join('\n\n');
}

function frontPage() {
  const list = [...PAGES.map((p) => ({ ...p, title: pageTitle(p) })), ...HAND_WRITTEN]
    .map((p) => `- [${p.title}](${p.file}): ${p.about}.`)
    .join('\n');
  const codes = part('rules').match(/^\| `[^`]+` \| /gm)?.length ?? 0;
  return part('intro')
    .replace(/\d+(?= diagnostic codes)/, String(codes))
    .replace(/^<!-- guarantees -->$/m, () => part('guarantees'))
    .replace(/^<!-- pages -->$/m, () => list);
}

/** Every file this script writes, path → text. */
export function buildAll() {
  const drafts = new Map([
    [FRONT_PAGE.file, frontPage()],
    ...PAGES.map((page) => [page.file, referencePage(page)]),
  ]);
  const index = anchorIndex(drafts);
  const out = new Map();
  for (const [file, text] of drafts) {
    const parts = file === FRONT_PAGE.file ? FRONT_PAGE.parts : PAGES.find((p) => p.file === file).parts;
    const back = file === FRONT_PAGE.file ? [] : ['[← Baton README](../README.md)'];
    out.set(file, [banner(parts), ...back, relink(text, file, index)].join('\n\n') + '\n');
  }
  return out;
}

/**
 * Writes `files` under `dir` (or, with `check`, only compares), never over a hand-written page,
 * and returns what is wrong: pages out of date or missing, hand-written pages in the way,
 * generated pages under docs/ that no entry of PAGES produces any more, and parts on no page.
 */
export function syncPages(files, { dir = root, check = false } = {}) {
  const problems = [];
  for (const [file, text] of files) {
    const exists = existsSync(`${dir}${file}`);
    const current = exists ? readFileSync(`${dir}${file}`, 'utf8') : null;
    if (exists && file !== FRONT_PAGE.file && !GENERATED.test(current)) {
      problems.push(`${file} is hand-written; give the page another name in scripts/buildReadme.mjs.`);
    } else if (current !== text) {
      if (check) problems.push(`${file} is ${exists ? 'out of date' : 'missing'}: run \`npm run readme\`.`);
      else writeFileSync(`${dir}${file}`, text);
    }
  }
  const stale = readdirSync(`${dir}docs`)
    .filter((name) => name.endsWith('.md') && !files.has(`docs/${name}`))
    .filter((name) => GENERATED.test(readFileSync(`${dir}docs/${name}`, 'utf8')));
  for (const name of stale) problems.push(`docs/${name} was generated from a part no page uses any more: delete it.`);
  const used = new Set([FRONT_PAGE, ...PAGES].flatMap((page) => page.parts));
  const parts = existsSync(`${dir}docs/readme`) ? readdirSync(`${dir}docs/readme`).filter((name) => name.endsWith('.md')) : [];
  for (const name of parts) if (!used.has(name.slice(0, -3))) problems.push(`docs/readme/${name} is on no page: add it to PAGES in scripts/buildReadme.mjs.`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const problems = syncPages(buildAll(), { check });
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  if (!check) console.log(`README.md and ${PAGES.length} pages under docs/ written from docs/readme/.`);
}
