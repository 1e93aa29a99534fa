/**
 * Pointer gestures on the flow canvas that hold on a loaded machine (CI runs two browser files on
 * two cores, so a render can come several moves late). Each gesture checks its points first and
 * waits for what React Flow or dnd-kit drew before the next step, never for a fixed time:
 *
 * - dragConnection(page, output, node, 'connect' | 'refuse'): from an output handle to a node's
 *   input; waits for React Flow's connection line, then for the target handle's `connectingto`
 *   class with `valid` (connect) or without it (refuse), or, on a node with no input, for the line
 *   to end under the pointer, before releasing.
 * - dragNodeBy(page, node, dx, dy): drags a node by its header; releases once it is drawn there.
 * - dragBox(page, from, to): Shift+drag selection box; releases once the box reaches `to`.
 * - dragFromPalette(page, item, to): a palette item onto the canvas; releases once dnd-kit's ghost
 *   is under the pointer and the palette has not scrolled under it.
 * - waitForViewToSettle(page, before?): after Fit view, a zoom or a glide.
 *
 * React Flow pans the view by itself while a drag is within 40 px of the canvas edge (calcAutoPan
 * in @xyflow/system), so a point computed before the drag would no longer be on its target: every
 * point a gesture presses, passes or releases on must be at least EDGE_CLEARANCE inside the canvas
 * and on the element it means (not under the minimap, the controls or a panel); a gesture throws
 * naming the point otherwise. Fit the view (and zoom out) first when nodes are near the edge.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** React Flow's auto-pan margin (40 px) and some room for a pointer step past it. */
export const EDGE_CLEARANCE = 60;

const VIEWPORT = '.react-flow__viewport';

export async function centerOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The canvas pane's box on screen (the element React Flow measures auto-pan against). */
async function paneBox(page: Page) {
  const box = await page.getByRole('region', { name: 'Flow canvas' }).locator('.react-flow').boundingBox();
  if (!box) throw new Error('The flow canvas is not on screen');
  return box;
}

/**
 * Throws unless `point` is EDGE_CLEARANCE or more inside the canvas and what the pointer meets
 * there belongs to `target` (when given): a press or drop there reaches it.
 */
export async function expectClearPoint(page: Page, point: Point, what: string, target?: Locator): Promise<void> {
  const pane = await paneBox(page);
  const margins = [point.x - pane.x, pane.x + pane.width - point.x, point.y - pane.y, pane.y + pane.height - point.y];
  if (Math.min(...margins) < EDGE_CLEARANCE) {
    throw new Error(
      `${what} at (${Math.round(point.x)}, ${Math.round(point.y)}) is ${Math.round(Math.min(...margins))} px from the canvas edge ` +
        `(${Math.round(pane.x)}, ${Math.round(pane.y)}, ${Math.round(pane.width)}×${Math.round(pane.height)}); React Flow auto-pans within 40 px: fit or zoom the view first`,
    );
  }
  if (target && !(await target.evaluate((el, p) => el.contains(document.elementFromPoint(p.x, p.y)), point))) {
    const over = await page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.className.toString() ?? 'nothing', point);
    throw new Error(`${what} at (${Math.round(point.x)}, ${Math.round(point.y)}) is covered by "${over}", not ${target}`);
  }
}

/** The view's transform (pan and zoom) as drawn. */
export function viewTransform(page: Page): Promise<string> {
  return page.locator(VIEWPORT).first().evaluate((el) => getComputedStyle(el).transform);
}

/**
 * Waits until the view has changed from `before` (when given: a Fit view or zoom is applied on
 * React Flow's next render) and then holds still for five animation frames (a 250 ms glide moves
 * on every frame until it ends).
 */
export async function waitForViewToSettle(page: Page, before?: string): Promise<void> {
  if (before !== undefined) await expect.poll(() => viewTransform(page), { message: 'the view never moved' }).not.toBe(before);
  await page.locator(VIEWPORT).first().evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = getComputedStyle(el).transform;
        let still = 0;
        const tick = () => {
          const now = getComputedStyle(el).transform;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Fit view from the canvas controls (applied at once, on React Flow's next render: the view may
 * also be fitted already), then `zoomOuts` steps out, each waited for.
 */
export async function fitView(page: Page, zoomOuts = 0): Promise<void> {
  const canvas = page.getByRole('region', { name: 'Flow canvas' });
  await canvas.getByRole('button', { name: 'Fit View' }).click();
  await waitForViewToSettle(page);
  for (let i = 0; i < zoomOuts; i++) {
    const before = await viewTransform(page);
    await canvas.getByRole('button', { name: 'Zoom Out' }).click();
    await waitForViewToSettle(page, before);
  }
}

/** A small first step towards `to`: past React Flow's and dnd-kit's drag thresholds. */
function nudge(from: Point, to: Point, length = 12): Point {
  const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / d) * length, y: from.y + ((to.y - from.y) / d) * length };
}

/** Where the connection line ends on screen (its path's last point). */
function connectionEnd(page: Page): Promise<Point | null> {
  return page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('.react-flow__connectionline path');
    const matrix = path?.getScreenCTM();
    if (!path || !matrix) return null;
    const p = path.getPointAtLength(path.getTotalLength()).matrixTransform(matrix);
    return { x: p.x, y: p.y };
  });
}

/**
 * Drags a connection from an output `handle` to `node`'s input (its target handle, or, on a node
 * without one such as a trigger, its left edge at header height) and releases only once React Flow
 * has drawn the outcome: 'connect' = the input is highlighted as a valid end; 'refuse' = it is
 * highlighted as invalid (or, with no input, the line ends loose under the pointer).
 */
export async function dragConnection(page: Page, handle: Locator, node: Locator, outcome: 'connect' | 'refuse'): Promise<void> {
  const input = node.locator('.react-flow__handle.target');
  const hasInput = (await input.count()) > 0;
  const aim = async (): Promise<Point> => {
    if (hasInput) return centerOf(input);
    const box = await node.boundingBox();
    if (!box) throw new Error(`${node} is not on screen`);
    return { x: box.x + 4, y: box.y + 20 };
  };
  const start = await centerOf(handle);
  let end = await aim();
  await expectClearPoint(page, start, 'The output handle', handle);
  await expectClearPoint(page, end, "The target node's input", hasInput ? input : node);

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const first = nudge(start, end);
  await page.mouse.move(first.x, first.y);
  const line = page.locator('.react-flow__connectionline');
  await line.waitFor();
  end = await aim(); // the view holds still away from the edges; read again all the same
  await page.mouse.move(end.x, end.y, { steps: 8 });
  if (outcome === 'connect') {
    await expect.poll(() => input.getAttribute('class'), { message: `${node}'s input never showed a valid connection` }).toMatch(/\bconnectingto\b.*\bvalid\b|\bvalid\b.*\bconnectingto\b/);
  } else if (hasInput) {
    await expect.poll(() => input.getAttribute('class'), { message: `${node}'s input never showed the connection as its end` }).toMatch(/\bconnectingto\b/);
    expect(await input.getAttribute('class')).not.toMatch(/\bvalid\b/);
  } else {
    await expect.poll(async () => {
      const at = await connectionEnd(page);
      return at ? Math.hypot(at.x - end.x, at.y - end.y) : Infinity;
    }, { message: 'the connection line never reached the pointer' }).toBeLessThan(2);
    expect(await page.locator('.react-flow__handle.valid').count()).toBe(0);
  }
  await page.mouse.up();
  await line.waitFor({ state: 'detached' });
}

/**
 * Drags `node` by a point of its header (`grab`, from its top-left corner) by (dx, dy) screen
 * pixels and releases once the node is drawn there (to the snap grid's 15 flow px).
 */
export async function dragNodeBy(page: Page, node: Locator, dx: number, dy: number, grab: Point = { x: 60, y: 15 }): Promise<void> {
  const box = await node.boundingBox();
  if (!box) throw new Error(`${node} is not on screen`);
  const start = { x: box.x + grab.x, y: box.y + grab.y };
  const end = { x: start.x + dx, y: start.y + dy };
  await expectClearPoint(page, start, 'The node grab point', node);
  await expectClearPoint(page, end, 'The node drop point');
  const zoom = await page.locator(VIEWPORT).first().evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await expect.poll(async () => {
    const now = (await node.boundingBox())!;
    return Math.max(Math.abs(now.x - box.x - dx), Math.abs(now.y - box.y - dy));
  }, { message: `${node} was never drawn at the pointer` }).toBeLessThanOrEqual(15 * zoom + 1);
  await page.mouse.up();
}

/** Shift+drag from `from` to `to` on empty canvas; releases once the selection box reaches `to`. */
export async function dragBox(page: Page, from: Point, to: Point): Promise<void> {
  await expectClearPoint(page, from, 'The selection box corner', page.locator('.react-flow__pane'));
  await expectClearPoint(page, to, 'The selection box end');
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  const box = page.locator('.react-flow__selection');
  await expect.poll(async () => {
    const b = await box.boundingBox();
    return b ? Math.max(Math.abs(b.x - Math.min(from.x, to.x)), Math.abs(b.x + b.width - Math.max(from.x, to.x)), Math.abs(b.y + b.height - Math.max(from.y, to.y))) : Infinity;
  }, { message: 'the selection box never reached the pointer' }).toBeLessThan(2);
  await page.mouse.up();
  await page.keyboard.up('Shift');
}

/**
 * Drags a palette `item` onto the canvas at `to` (dnd-kit: a 5 px activation distance) and
 * releases once the drag ghost is drawn at the pointer. The palette list must not scroll under the
 * drag (dnd-kit scrolls it while the pointer is near its top or bottom fifth, and the drop would
 * then land off the pointer): the item is scrolled to the list's middle first.
 */
export async function dragFromPalette(page: Page, item: Locator, to: Point): Promise<void> {
  await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const scrollTop = () => item.evaluate((el) => {
    let s = 0;
    for (let p = el.parentElement; p; p = p.parentElement) s += p.scrollTop;
    return s;
  });
  await expectClearPoint(page, to, 'The drop point', page.locator('.react-flow__pane'));
  const start = await centerOf(item);
  const scrolled = await scrollTop();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const first = nudge(start, to);
  await page.mouse.move(first.x, first.y, { steps: 3 });
  const ghost = page.locator('.palette-ghost');
  await ghost.waitFor();
  const g0 = (await ghost.boundingBox())!;
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await expect.poll(async () => {
    const g = await ghost.boundingBox();
    return g ? Math.max(Math.abs(g.x - g0.x - (to.x - first.x)), Math.abs(g.y - g0.y - (to.y - first.y))) : Infinity;
  }, { message: 'the drag ghost never reached the pointer' }).toBeLessThan(2);
  expect(await scrollTop(), 'the palette scrolled under the drag').toBe(scrolled);
  await page.mouse.up();
  await ghost.waitFor({ state: 'detached' });
}
