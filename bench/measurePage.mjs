// Browser figures for one page (the app in bench mode, or the bare React Flow page), used by
// bench/run.mjs. Every function takes a playwright-core Page whose window.__bench is ready.

/** Frame times (ms between animation frames) while `step(frame)` runs in each frame for `ms`. */
async function framesWhile(page, kind, ms) {
  return page.evaluate(
    ({ kind, ms }) =>
      new Promise((resolve) => {
        const { rf } = window.__bench;
        const deltas = [];
        const start = performance.now();
        let last = start;
        let frame = 0;
        const tick = (now) => {
          deltas.push(now - last);
          last = now;
          frame++;
          if (kind === 'pan') rf.setViewport({ x: 40 - frame * 8, y: 20 - frame * 3, zoom: 1 });
          else rf.setViewport({ x: 40, y: 20, zoom: 0.75 + 0.5 * Math.sin(frame / 30) }); // zoom 0.25–1.25
          if (now - start < ms) requestAnimationFrame(tick);
          else resolve(deltas.slice(1));
        };
        rf.setViewport({ x: 40, y: 20, zoom: 1 });
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(tick);
        });
      }),
    { kind, ms },
  );
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), count: sorted.length };
}

export const measurePan = async (page) => summarize(await framesWhile(page, 'pan', 3000));
export const measureZoom = async (page) => summarize(await framesWhile(page, 'zoom', 3000));

/** Starts recording frame times in the page; the returned function stops and returns them. */
async function recordFrames(page) {
  await page.evaluate(() => {
    const rec = { deltas: [], stop: false };
    window.__frames = rec;
    let last = performance.now();
    const tick = (now) => {
      rec.deltas.push(now - last);
      last = now;
      if (!rec.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    page.evaluate(() => {
      window.__frames.stop = true;
      return window.__frames.deltas.slice(1);
    });
}

/**
 * A node near the top left of the canvas at zoom 1, with a point on it that is really on top
 * (generated rows overlap at a 60 px pitch), and the ids of the `count` nodes nearest to it.
 */
async function pickNode(page, count) {
  await page.evaluate(() => window.__bench.rf.setViewport({ x: 40, y: 20, zoom: 1 }));
  await page.waitForTimeout(200);
  return page.evaluate((count) => {
    const pane = document.querySelector('.react-flow').getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((el) => ({ el, r: el.getBoundingClientRect() }));
    // Room to the right for the 200 px drag; clear of the toolbar above and the controls below.
    const inside = nodes.filter(({ r }) => r.left >= pane.left + 20 && r.top >= pane.top + 60 && r.right + 220 <= pane.right && r.bottom <= pane.bottom - 60);
    for (const { el, r } of inside) {
      const x = r.left + Math.min(60, r.width / 2);
      const y = r.top + 12;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
      const id = el.dataset.id;
      const near = nodes
        .filter((n) => n.el !== el)
        .sort((a, b) => Math.hypot(a.r.left - r.left, a.r.top - r.top) - Math.hypot(b.r.left - r.left, b.r.top - r.top))
        .slice(0, count - 1)
        .map((n) => n.el.dataset.id);
      return { id, x, y, left: r.left, group: [id, ...near] };
    }
    throw new Error('no draggable node found in the top left of the canvas');
  }, count);
}

/**
 * Median frame time while one node (or, with `selected` > 1, a selection of that many) is dragged
 * 200 px to the right with real mouse events (one move per ~frame).
 */
export async function measureDrag(page, selected = 1) {
  const target = await pickNode(page, selected);
  await page.evaluate((ids) => window.__bench.selectNodes(ids), selected > 1 ? target.group : []);
  await page.waitForTimeout(200);
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  await page.mouse.move(target.x + 4, target.y + 2, { steps: 2 });
  const stop = await recordFrames(page);
  for (let i = 1; i <= 50; i++) {
    await page.mouse.move(target.x + 4 + i * 4, target.y + 2);
    await page.waitForTimeout(16);
  }
  const deltas = await stop();
  await page.mouse.up();
  const left = await page.evaluate((id) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect().left, target.id);
  await page.evaluate(() => window.__bench.selectNodes([]));
  // The node must really have followed the mouse (snapping may round the 204 px a little).
  if (left === undefined || left - target.left < 150) throw new Error(`dragging node ${target.id} did not move it (${left === undefined ? 'gone' : `${Math.round(left - target.left)} px`})`);
  return summarize(deltas);
}

/**
 * Baton only: keystroke in the inspector's Message field → the node's text updated on the canvas
 * and a frame painted. The median of `keys` keystrokes.
 */
export async function measureTyping(page, keys = 10) {
  // Centre a Message node at zoom 1 (the mapper names nodes by kind: "Message" or "Message: title").
  const id = await page.evaluate(() => {
    const { rf } = window.__bench;
    const node = rf.getNodes().find((n) => n.ariaLabel?.startsWith('Message'));
    if (!node) return null;
    rf.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: 1 });
    return node.id;
  });
  if (!id) throw new Error('no Message node in the flow to type into');
  await page.waitForTimeout(200);
  await page.evaluate((id) => window.__bench.selectNodes([id]), id);
  const field = page.getByRole('textbox', { name: 'Message', exact: true });
  await field.click();
  await page.keyboard.press('End');
  const samples = [];
  for (let i = 0; i < keys; i++) {
    await page.evaluate((id) => {
      window.__typing = new Promise((resolve) => {
        let t0 = 0;
        document.addEventListener('keydown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
        const el = document.querySelector(`.react-flow__node[data-id="${id}"]`);
        const before = el.textContent;
        const observer = new MutationObserver(() => {
          if (el.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(el, { subtree: true, childList: true, characterData: true });
      });
    }, id);
    await page.keyboard.press('x');
    samples.push(await page.evaluate(() => window.__typing));
  }
  return summarize(samples);
}

/** Live JS heap after a forced garbage collection, in MB (CDP). */
export async function measureHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1048576;
}

/**
 * From zoom 1 to the whole flow on screen: rf.fitView() → two frames painted. The bare page
 * renders every node at all times; Baton mounts the off-screen nodes here, so this is what
 * seeing all of a large flow costs it.
 */
export async function measureFitAll(page) {
  await page.evaluate(() => window.__bench.rf.setViewport({ x: 40, y: 20, zoom: 1 }));
  await page.waitForTimeout(300);
  const ms = await page.evaluate(async () => {
    const start = performance.now();
    await window.__bench.rf.fitView({ duration: 0 });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  });
  await page.evaluate(() => window.__bench.rf.setViewport({ x: 40, y: 20, zoom: 1 }));
  await page.waitForTimeout(300);
  return ms;
}
