/**
 * Layout checks by bounding boxes, for e2e/layout.e2e.ts:
 * - findLayoutFaults(page, scope): every visible, labelled control in `scope` (buttons, inputs,
 *   selects, tabs, links, separators, meters, the canvas's minimap and controls and its nodes) is
 *   neither cut by a container that does not scroll, nor has its text cut inside it, nor overlaps
 *   another one. Returns one sentence per fault, naming both elements by their accessible names.
 * - nodeTextPx(page): the canvas's node body text as drawn, in screen pixels (12 px × zoom).
 * - nodesCutOff(page): nodes the canvas's edge cuts through in the current view.
 */
import type { Page } from 'playwright-core';

export async function findLayoutFaults(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scopeSelector) => {
    const root = document.querySelector(scopeSelector);
    if (!root) return [`No element matches ${scopeSelector}`];
    const CONTROLS =
      'button, input:not([type=hidden]), select, textarea, a[href], [role=tab], [role=separator], meter, .react-flow__minimap, .react-flow__controls, .react-flow__node';
    const nameOf = (el: Element): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      const byLabel = labelledBy ? labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
      const labels = (el as HTMLInputElement).labels;
      const text =
        el.getAttribute('aria-label') ||
        byLabel ||
        (labels && labels.length ? labels[0].textContent : '') ||
        el.textContent ||
        el.getAttribute('title') ||
        el.getAttribute('placeholder') ||
        el.className.toString();
      return `${el.tagName.toLowerCase()} “${(text ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}”`;
    };
    const hidden = (el: Element) => el.closest('.visually-hidden, [hidden], [aria-hidden=true]') !== null || getComputedStyle(el).visibility === 'hidden';
    type Box = { left: number; top: number; right: number; bottom: number };
    const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
    const meet = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });

    const faults: string[] = [];
    const seen: { el: Element; box: Box; name: string }[] = [];
    for (const el of root.querySelectorAll(CONTROLS)) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || hidden(el)) continue;
      const name = nameOf(el);
      let box: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      let scrolledAway = false;
      // Walk up the containers that clip: a scrolling one may hide part of it (scroll to see it);
      // one that does not scroll cuts it for good.
      for (let parent = el.parentElement; parent && !scrolledAway; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const p = parent.getBoundingClientRect();
        const clip = { left: p.left, top: p.top, right: p.right, bottom: p.bottom };
        const visible = meet(box, clip);
        if (area(visible) < area(box) - 1) {
          // Scrolling down a column to reach a control is fine; a control cut at the side is not.
          const cutSideways = visible.left > box.left + 1 || visible.right < box.right - 1;
          const scrolls = /auto|scroll/.test(style.overflowY) && !cutSideways;
          if (!scrolls && !el.classList.contains('react-flow__node')) faults.push(`${name} is cut off by its container (${parent.className || parent.tagName})`);
          if (area(visible) === 0) scrolledAway = true;
          box = visible;
        }
      }
      if (scrolledAway) continue;
      const overflowing = el as HTMLElement;
      const textual = el.matches('button, a[href], [role=tab], input:not([type=checkbox]):not([type=radio]), select');
      if (textual && overflowing.scrollWidth > overflowing.clientWidth + 1 && document.activeElement !== el) {
        faults.push(`${name} shows only part of its text (${overflowing.clientWidth} of ${overflowing.scrollWidth} px)`);
      }
      if (el.matches('textarea') && (overflowing.scrollHeight > overflowing.clientHeight + 1 || overflowing.scrollWidth > overflowing.clientWidth + 1)) {
        faults.push(`${name} shows only part of its text (${overflowing.clientHeight} of ${overflowing.scrollHeight} px high)`);
      }
      for (const other of seen) {
        if (other.el.contains(el) || el.contains(other.el)) continue;
        if (area(meet(box, other.box)) > 4) faults.push(`${name} overlaps ${other.name}`);
      }
      seen.push({ el, box, name });
    }
    return faults;
  }, scope);
}

export async function nodeTextPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    const node = document.querySelector('.react-flow__node');
    if (!viewport || !node) return 0;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return Math.round(parseFloat(getComputedStyle(node.firstElementChild ?? node).fontSize) * zoom * 10) / 10;
  });
}

export async function nodesCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cut: string[] = [];
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const r = node.getBoundingClientRect();
      const inside = r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1;
      const outside = r.right <= canvas.left || r.left >= canvas.right || r.bottom <= canvas.top || r.top >= canvas.bottom;
      if (!inside && !outside) cut.push(node.getAttribute('data-id') ?? '?');
    }
    return cut;
  });
}
