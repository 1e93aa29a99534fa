// Shared test setup. Node-environment tests (schema, rules, runtime, editor, cli) skip the DOM part.
// jsdom cannot lay out; React Flow needs sizes, a ResizeObserver that reports them, and DOMMatrixReadOnly.
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // findBy*/waitFor give lazy panels 5 s (not 1 s): two test files share the two cores.
  configure({ asyncUtilTimeout: 5000 });

  class ResizeObserverShim {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const rect = target.getBoundingClientRect();
      this.callback([{ target, contentRect: rect } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = ResizeObserverShim as unknown as typeof ResizeObserver;

  class DOMMatrixReadOnlyShim {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale !== undefined ? Number(scale) : 1;
    }
  }
  (globalThis as unknown as { DOMMatrixReadOnly: unknown }).DOMMatrixReadOnly = DOMMatrixReadOnlyShim;

  // The canvas gets a laptop-sized viewport, so flows open at the zoom a designer sees (nodes draw
  // their full face at 40 % and above, see useCompactNodes); everything else is sized by its style.
  const CANVAS = { width: 1280, height: 800 };
  const isCanvas = (el: HTMLElement) => el.classList.contains('react-flow__renderer');
  // The Outline is a windowed list (@tanstack/react-virtual reads its client size): a bottom panel's
  // worth of rows, about 14 at 28 px.
  const OUTLINE = { width: 800, height: 400 };
  const isOutline = (el: HTMLElement) => el.classList.contains('outline');
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { get() { return isCanvas(this) ? CANVAS.height : parseFloat(this.style.height) || 1; } },
    offsetWidth: { get() { return isCanvas(this) ? CANVAS.width : parseFloat(this.style.width) || 1; } },
    clientHeight: { get() { return isOutline(this) ? OUTLINE.height : 0; } },
    clientWidth: { get() { return isOutline(this) ? OUTLINE.width : 0; } },
  });
  (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
}
