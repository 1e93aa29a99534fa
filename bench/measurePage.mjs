// Browser figures for one page (the app in bench mode, or the bare React Flow page), used by
// bench/run.mjs. Every function takes a playwright-core Page whose window.__bench is ready.

/**
 * Frame times (ms between animation frames) while the view moves every frame for `ms`: 'pan' and
 * 'zoom' (0.25–1.25) around the opening view at zoom 1; 'wholePan' and 'wholeZoom' (±20 %) around
 * the whole flow fitted on screen (rf.fitView), the view a designer reviews a big flow in.
 */
async function framesWhile(page, kind, ms) {
  return page.evaluate(
    async ({ kind, ms }) => {
      const { rf } = window.__bench;
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let base = { x: 40, y: 20, zoom: 1 };
      if (kind.startsWith('whole')) {
        await rf.fitView({ duration: 0 });
        await nextFrame();
        base = rf.getViewport();
      }
      rf.setViewport(base);
      return new Promise((resolve) => {
        const deltas = [];
        const start = performance.now();
        let last = start;
        let frame = 0;
        const tick = (now) => {
          deltas.push(now - last);
          last = now;
          frame++;
          if (kind === 'pan') rf.setViewport({ x: 40 - frame * 8, y: 20 - frame * 3, zoom: 1 });
          else if (kind === 'zoom') rf.setViewport({ x: 40, y: 20, zoom: 0.75 + 0.5 * Math.sin(frame / 30) }); // zoom 0.25–1.25
          else if (kind === 'wholePan') rf.setViewport({ x: base.x - frame * 4, y: base.y - frame * 2, zoom: base.zoom });
          else rf.setViewport({ x: base.x, y: base.y, zoom: base.zoom * (1 + 0.2 * Math.sin(frame / 30)) });
          if (now - start < ms) requestAnimationFrame(tick);
          else resolve(deltas.slice(1));
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(tick);
        });
      });
    },
    { kind, ms },
  );
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { median: at(0.5), p95: at(0.95), mean, count: sorted.length };
}

/** Frame time summary while the view pans or zooms (see framesWhile for the kinds). */
export const measureFrames = async (page, kind, ms = 3000) => summarize(await framesWhile(page, kind, ms));

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
 * A node near the top left of the view (zoom 1, or the whole flow fitted), a screen point on it
 * that no other node covers (nodes are pre-sized, rows overlap at the 60 px pitch: the point sits
 * in the node's top left, which only nodes drawn before it can share) and the ids of the `count`
 * nodes nearest to it. Read from React Flow's node list, not the DOM, so it works whether the page
 * draws nodes as elements or on a map layer.
 */
async function pickNode(page, count, view) {
  await page.evaluate(async (view) => {
    const { rf } = window.__bench;
    if (view === 'whole') await rf.fitView({ duration: 0 });
    else rf.setViewport({ x: 40, y: 20, zoom: 1 });
  }, view);
  await page.waitForTimeout(300);
  return page.evaluate((count) => {
    const { rf } = window.__bench;
    const pane = document.querySelector('.react-flow').getBoundingClientRect();
    const { x: tx, y: ty, zoom } = rf.getViewport();
    const nodes = rf.getNodes().filter((n) => n.type !== 'note');
    const toScreen = (n) => ({ x: pane.left + tx + (n.position.x + 20) * zoom, y: pane.top + ty + (n.position.y + 12) * zoom });
    // Room to the right for the 200 px drag; clear of the toolbar above and the controls below.
    for (const node of nodes) {
      const p = toScreen(node);
      if (p.x < pane.left + 40 || p.y < pane.top + 70 || p.x + 240 > pane.right - 180 || p.y > pane.bottom - 130) continue;
      const near = nodes
        .filter((n) => n !== node)
        .map((n) => [n, Math.hypot(n.position.x - node.position.x, n.position.y - node.position.y)])
        .sort((a, b) => a[1] - b[1])
        .slice(0, count - 1)
        .map(([n]) => n.id);
      return { id: node.id, x: p.x, y: p.y, zoom, start: node.position, group: [node.id, ...near] };
    }
    throw new Error('no draggable node found in the top left of the canvas');
  }, count);
}

/**
 * Frame times while one node (or, with `selected` > 1, a selection of that many) is dragged 200 px
 * to the right with real mouse events (one move per ~frame), at the opening view ('open', zoom 1)
 * or with the whole flow fitted ('whole').
 */
export async function measureDrag(page, selected = 1, view = 'open') {
  const target = await pickNode(page, selected, view);
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
  await page.waitForTimeout(100);
  const moved = await page.evaluate((id) => {
    const node = window.__bench.rf.getNodes().find((n) => n.id === id);
    return node ? node.position.x : null;
  }, target.id);
  await page.evaluate(() => window.__bench.selectNodes([]));
  // The node must really have followed the mouse (snapping may round the 204 px a little).
  const px = moved === null ? null : (moved - target.start.x) * target.zoom;
  if (px === null || px < 150) throw new Error(`dragging node ${target.id} (${view} view) did not move it (${px === null ? 'gone' : `${Math.round(px)} px`})`);
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
