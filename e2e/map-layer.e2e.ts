import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { generateFlow } from '../src/ui/bench/generateFlow';
import { exportFlowJson } from '../src/storage/exportFlowJson';
import { nodeGeometry } from '../src/ui/nodes/nodeGeometry';
import { launchBrowser, openApp, screenshot } from './helpers/browser';
import { viewTransform, waitForViewToSettle } from './helpers/canvas';

// Over 200 nodes, so zooming out draws the map layer instead of DOM nodes.
const N = 300;
const flow = generateFlow(N);
const byId = new Map(flow.nodes.map((node) => [node.id, node]));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** React Flow's viewport (translate and scale of .react-flow__viewport) and the pane's screen box. */
async function view(canvas: Locator) {
  return canvas.locator('.react-flow').evaluate((root) => {
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const r = root.getBoundingClientRect();
    return { x: m.e, y: m.f, zoom: m.a, left: r.left, top: r.top };
  });
}

/** A screen point inside a node's top-left corner (where no later node overlaps it). */
async function pointOn(canvas: Locator, id: string, dx = 20, dy = 12) {
  const v = await view(canvas);
  const at = flow.layout.nodes[id];
  return { x: v.left + v.x + (at.x + dx) * v.zoom, y: v.top + v.y + (at.y + dy) * v.zoom };
}

const description = async (page: Page) => {
  const id = await page.getByRole('img', { name: 'Flow map' }).getAttribute('aria-describedby');
  return page.locator(`[id="${id}"]`).textContent();
};

/** The colours the map painted just left of a node's left edge (its outline), at a few heights. */
async function outlineColors(canvas: Locator, id: string) {
  const height = nodeGeometry(byId.get(id)!).height;
  const points = await Promise.all([0.2, 0.35, 0.5, 0.65, 0.8].map((f) => pointOn(canvas, id, 0, height * f)));
  return canvas.locator('canvas.canvas-map').evaluate((el: HTMLCanvasElement, points) => {
    const r = el.getBoundingClientRect();
    const dpr = el.width / r.width;
    return points.map(({ x, y }) => [...el.getContext('2d')!.getImageData(Math.round((x - r.left - 1.5) * dpr), Math.round((y - r.top) * dpr), 1, 1).data].slice(0, 3));
  }, points);
}
/** Whether any sampled colour is the token's colour (the light theme's value). */
const anyNear = (colors: number[][], hex: string) => {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return colors.some((rgb) => rgb.every((c, i) => Math.abs(c - want[i]) < 40));
};

/** The app with the 300-node flow imported and open on the canvas. */
async function openFlow() {
  const app = await openApp(browser, '/', { viewport: { width: 1400, height: 900 } });
  const { page } = app;
  page.setDefaultTimeout(20_000);
  await page.getByRole('heading', { name: 'Flows' }).waitFor();
  await page.getByLabel('Import flow file').setInputFiles({ name: 'map.baton.json', mimeType: 'application/json', buffer: Buffer.from(exportFlowJson(flow)) });
  const canvas = page.getByRole('region', { name: 'Flow canvas' });
  await canvas.getByRole('group', { name: 'Human requested', exact: true }).waitFor();
  return { app, page, canvas };
}

describe('the map layer of a large flow', () => {
  it('selects by click and by box, zooms in to DOM nodes, and shows the simulator path and coverage', async () => {
    const { app, page, canvas } = await openFlow();

    // Fit view: the whole flow on the map, no DOM node left, every connection counted.
    const map = canvas.getByRole('img', { name: 'Flow map' });
    await canvas.getByRole('button', { name: 'Fit View' }).click();
    await map.waitFor();
    // Only the invisible frame node (aria-hidden) that keeps fit view and the MiniMap whole is left.
    expect(await canvas.locator('[aria-roledescription="node"]:not([aria-hidden="true"])').count()).toBe(0);
    expect(await description(page)).toContain(`${N} nodes and ${flow.edges.length} connections`);
    expect(await description(page)).toContain('Outline tab lists the same nodes');

    // A click on a drawn node selects it: the inspector shows it.
    const target = 'r2n0';
    const p = await pointOn(canvas, target);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => description(page)).toContain('1 node selected');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.getByRole('combobox', { name: 'Check' }).count()).toBe(1);

    // Shift-drag a box from the empty space above the flow into row 1: exactly the nodes it meets
    // are selected, instead of the one clicked before.
    const a = await pointOn(canvas, 'human', -60, -60);
    const b = await pointOn(canvas, 'r0n2', 10, 6);
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const v = await view(canvas);
    const [x0, y0, x1, y1] = [(a.x - v.left - v.x) / v.zoom, (a.y - v.top - v.y) / v.zoom, (b.x - v.left - v.x) / v.zoom, (b.y - v.top - v.y) / v.zoom];
    const expected = flow.nodes.filter((node) => {
      const at = flow.layout.nodes[node.id];
      const { width, height } = nodeGeometry(node);
      return at.x <= x1 && at.x + width >= x0 && at.y <= y1 && at.y + height >= y0;
    });
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(() => description(page)).toContain(`${expected.length} nodes selected`);

    // The simulator's path is drawn on the map: a run that no topic matches walks every row's condition.
    await page.getByRole('tab', { name: 'Simulator', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('I want to talk to a human');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => description(page)).toMatch(/the last run's path: \d+ nodes/);
    await page.mouse.click(v.left + 5, v.top + 5); // clear the selection: its outline would cover the path's
    await expect.poll(async () => anyNear(await outlineColors(canvas, 'r1n0'), '#267a4b')).toBe(true);

    // Coverage: save the run as a test case and run it; the nodes it never reached are marked.
    await page.getByRole('button', { name: 'Save as test case' }).click();
    const form = page.getByRole('form', { name: 'Save as test case' });
    await form.getByRole('textbox', { name: 'Test case name' }).fill('No topic');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await page.getByRole('button', { name: 'Open the Tests tab' }).click();
    await page.getByRole('button', { name: 'Run all', exact: true }).click();
    await expect.poll(() => description(page)).toMatch(/not covered by tests: \d+ nodes/);
    await expect.poll(async () => anyNear(await outlineColors(canvas, 'r1n4'), '#96600f')).toBe(true);

    // Double-click a node on the map: the canvas zooms in on it and its DOM face is back.
    const q = await pointOn(canvas, 'r3n1');
    await page.mouse.dblclick(q.x, q.y);
    const node = canvas.locator('.react-flow__node[data-id="r3n1"]');
    await node.waitFor();
    expect(await map.count()).toBe(0);
    const box = (await node.boundingBox())!;
    const pane = (await canvas.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(40);

    // Back to the whole flow, then zoom in with the wheel over a node: while still under 40 % the
    // map follows (a click there selects that node), and past 40 % the node's DOM face comes back
    // under the pointer, where the map drew it.
    await canvas.getByRole('button', { name: 'Fit View' }).click();
    await map.waitFor();
    const fitted = (await view(canvas)).zoom;
    let w = await pointOn(canvas, 'r5n3');
    await page.mouse.move(w.x, w.y);
    await page.mouse.wheel(0, -100);
    await expect.poll(async () => (await view(canvas)).zoom).toBeGreaterThan(fitted * 1.05);
    expect((await view(canvas)).zoom).toBeLessThan(0.4);
    await waitForViewToSettle(page); // the zoom settles: the map is drawn again at it
    w = await pointOn(canvas, 'r5n3');
    await page.mouse.click(w.x, w.y);
    await expect.poll(() => description(page)).toContain('1 node selected');
    // The selection's outline is drawn at the node's new place (the pointer moves off: hover has its own).
    await page.mouse.move(v.left + 5, v.top + 5);
    await expect.poll(async () => anyNear(await outlineColors(canvas, 'r5n3'), '#5b5bd6')).toBe(true);
    await page.mouse.move(w.x, w.y);
    const face = canvas.locator('.react-flow__node[data-id="r5n3"]');
    for (let i = 0; i < 40 && !(await face.count()); i++) {
      const before = await viewTransform(page);
      await page.mouse.wheel(0, -100);
      await waitForViewToSettle(page, before);
    }
    await face.waitFor();
    expect(await map.count()).toBe(0);
    expect((await view(canvas)).zoom).toBeGreaterThanOrEqual(0.4);
    const faceBox = (await face.boundingBox())!;
    expect(w.x).toBeGreaterThan(faceBox.x);
    expect(w.x).toBeLessThan(faceBox.x + faceBox.width);
    expect(w.y).toBeGreaterThan(faceBox.y);
    expect(w.y).toBeLessThan(faceBox.y + faceBox.height);
    expect(await face.getAttribute('class')).toMatch(/\bselected\b/);

    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });

  it('draws its own minimap on the map: named, showing the view, and a press or drag there pans', async () => {
    const { app, page, canvas } = await openFlow();
    await canvas.getByRole('button', { name: 'Fit View' }).click();
    await canvas.getByRole('img', { name: 'Flow map' }).waitFor();

    // One minimap, by its name; on a large flow it is Baton's (no SVG mask rewritten per frame,
    // no component per node), and a keyboard control.
    const minimap = canvas.getByRole('application', { name: 'Mini map' });
    await expect.poll(() => minimap.count()).toBe(1);
    expect(await minimap.evaluate((el) => el.tagName)).toBe('DIV');
    const picture = minimap.locator('img');
    await picture.waitFor(); // the map's picture of the nodes, drawn when the browser is idle
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // The picture spans the flow's bounds: a screen point on it maps to a flow point.
    const xs = flow.nodes.map((n) => [flow.layout.nodes[n.id].x, flow.layout.nodes[n.id].x + nodeGeometry(n).width]).flat();
    const ys = flow.nodes.map((n) => [flow.layout.nodes[n.id].y, flow.layout.nodes[n.id].y + nodeGeometry(n).height]).flat();
    const bounds = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    const pic = (await picture.boundingBox())!;
    const onMinimap = (fx: number, fy: number) => ({ x: pic.x + ((fx - bounds.x) / bounds.w) * pic.width, y: pic.y + ((fy - bounds.y) / bounds.h) * pic.height });
    /** The flow point at the centre of the canvas. */
    const centre = async () => {
      const v = await view(canvas);
      const box = (await canvas.locator('.react-flow').boundingBox())!;
      return { x: (box.width / 2 - v.x) / v.zoom, y: (box.height / 2 - v.y) / v.zoom };
    };
    // The flow's extent per minimap pixel: how close a press can place the view.
    const tolerance = (bounds.w / pic.width) * 3;

    // Zoom in a little (still on the map), so the view's box is smaller than the flow.
    const fitted = (await view(canvas)).zoom;
    const box = (await canvas.locator('.react-flow').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await view(canvas)).zoom).toBeGreaterThan(fitted * 1.3);
    expect((await view(canvas)).zoom).toBeLessThan(0.4);
    await expect.poll(() => canvas.getByRole('img', { name: 'Flow map' }).count()).toBe(1);

    // A press on the minimap centres the view there.
    const target = { x: bounds.x + bounds.w * 0.25, y: bounds.y + bounds.h * 0.3 };
    const a = onMinimap(target.x, target.y);
    await page.mouse.click(a.x, a.y);
    await expect.poll(async () => Math.hypot((await centre()).x - target.x, (await centre()).y - target.y)).toBeLessThan(tolerance);

    // The view's box on the minimap sits around that point.
    const viewBox = async () => (await minimap.locator('.map-minimap-view').boundingBox())!;
    let r = await viewBox();
    expect(Math.abs(r.x + r.width / 2 - a.x)).toBeLessThan(3);
    expect(Math.abs(r.y + r.height / 2 - a.y)).toBeLessThan(3);

    // A drag follows the pointer.
    const to = { x: bounds.x + bounds.w * 0.7, y: bounds.y + bounds.h * 0.6 };
    const b = onMinimap(to.x, to.y);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => Math.hypot((await centre()).x - to.x, (await centre()).y - to.y)).toBeLessThan(tolerance);
    r = await viewBox();
    expect(Math.abs(r.x + r.width / 2 - b.x)).toBeLessThan(3);
    // Nothing on the map was selected or moved by it.
    expect(await description(page)).not.toContain('selected');
    await screenshot(page, 'map-minimap');

    // By keyboard: Tab order reaches it; an arrow pans a tenth of the view, Enter centres the flow.
    const zoom = (await view(canvas)).zoom;
    await minimap.focus();
    expect(await minimap.evaluate((el) => el === document.activeElement)).toBe(true);
    const before = await centre();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await centre()).x - before.x).toBeCloseTo((box.width * 0.1) / zoom, 0);
    expect((await centre()).y).toBeCloseTo(before.y, 0);
    await expect.poll(() => canvas.getByRole('status').filter({ hasText: /^View at \d+ % across/ }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(async () => Math.hypot((await centre()).x - (bounds.x + bounds.w / 2), (await centre()).y - (bounds.y + bounds.h / 2))).toBeLessThan(1);
    expect((await view(canvas)).zoom).toBeCloseTo(zoom, 5);
    await screenshot(page, 'map-minimap-focus');
    // axe finds nothing on the map and its minimap (roles, names, the focusable application).
    const axe = await new AxeBuilder({ page }).include('.canvas-map').include('.map-minimap').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Zoomed in past the map, the large flow keeps this minimap (React Flow's has a node per node).
    await page.keyboard.press('Shift+0');
    await expect.poll(() => canvas.getByRole('img', { name: 'Flow map' }).count()).toBe(0);
    await expect.poll(() => minimap.count()).toBe(1);
    expect(await canvas.locator('svg.react-flow__minimap').count()).toBe(0);

    // While a run is shown (Simulator) the minimap gives its corner back, as React Flow's does.
    await page.getByRole('tab', { name: 'Simulator', exact: true }).click();
    await expect.poll(() => minimap.isVisible()).toBe(false);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
