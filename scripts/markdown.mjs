// Markdown helpers for buildReadme.mjs and its test: headings, GitHub anchors and relative links,
// all skipping fenced code blocks and inline code, where `#` and `](` are text.

/** Calls `fn(line)` for each line outside fenced code blocks and returns the lines, changed where fn says. */
function mapProse(markdown, fn) {
  let fence = null;
  return markdown.split('\n').map((line) => {
    const open = line.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && !line.trim().slice(open[1].length).trim()) fence = null;
      return line;
    }
    if (open) {
      fence = open[1];
      return line;
    }
    return fn(line);
  });
}

/** Moves every ATX heading by `delta` levels (−1: `##` becomes `#`), leaving code blocks alone. */
export function shiftHeadings(markdown, delta) {
  return mapProse(markdown, (line) => line.replace(/^(#{1,6})(?= )/, (hashes) => '#'.repeat(Math.min(6, Math.max(1, hashes.length + delta))))).join('\n');
}

/** GitHub's anchor for a heading: lower case, markup and punctuation dropped, spaces become hyphens. */
export function slug(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The headings of a document, `{ level, text }`, in order. */
export function headings(markdown) {
  const found = [];
  mapProse(markdown, (line) => {
    const m = line.match(/^(#{1,6}) +(.+?)\s*#*\s*$/);
    if (m) found.push({ level: m[1].length, text: m[2] });
    return line;
  });
  return found;
}

/** Every anchor GitHub gives the document's headings (a repeated heading gets -1, -2, …). */
export function anchors(markdown) {
  const seen = new Map();
  return headings(markdown).map(({ text }) => {
    const base = slug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  });
}

const INLINE_LINK = /(!?)\[((?:[^\][]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]+)>?(\s+"[^"]*")?\s*\)/g;
const REFERENCE = /^(\s{0,3}\[[^\]]+\]:\s*)<?(\S+?)>?(\s.*)?$/;

/** Replaces each inline code span by spaces of its length, so links inside it are not seen. */
const hideCode = (line) => line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));

/**
 * Calls `rewrite(target)` for the target of every link and image outside code (inline and
 * reference definitions) and returns the document with the targets it returned.
 */
export function mapLinks(markdown, rewrite) {
  return mapProse(markdown, (line) => {
    const ref = hideCode(line).match(REFERENCE);
    if (ref) return line.replace(REFERENCE, (_, head, target, tail = '') => head + rewrite(target) + tail);
    const hidden = hideCode(line);
    let out = '';
    let last = 0;
    for (const m of hidden.matchAll(INLINE_LINK)) {
      const original = line.slice(m.index, m.index + m[0].length);
      const at = original.lastIndexOf(m[3]);
      out += line.slice(last, m.index) + original.slice(0, at) + rewrite(m[3]) + original.slice(at + m[3].length);
      last = m.index + m[0].length;
    }
    return out + line.slice(last);
  }).join('\n');
}

/** The target of every link and image outside code. */
export function links(markdown) {
  const found = [];
  mapLinks(markdown, (target) => {
    found.push(target);
    return target;
  });
  return found;
}

/** True for a target that leaves the repository (a URL or a mail address). */
export const isExternal = (target) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target);
