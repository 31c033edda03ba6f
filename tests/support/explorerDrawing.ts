/**
 * What the explorer's browser tests read off the drawing: the visible node and edge ids of its Cytoscape
 * instance (exposed as `window.scoExplorer`), the relations in view, and waiting until the layout has settled on
 * what a test expects.
 */
import type { Page } from 'playwright-core';

interface DrawingHandle {
  scoExplorer: {
    cy: {
      nodes(): { map<T>(fn: (n: { id(): string; visible(): boolean }) => T): T[] };
      edges(): { map<T>(fn: (e: { id(): string; visible(): boolean }) => T): T[] };
    };
    relationsInView(): string[];
  };
}

export function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as DrawingHandle).scoExplorer.cy
      .nodes()
      .map((n) => (n.visible() ? n.id() : ''))
      .filter(Boolean)
      .sort(),
  );
}

export function visibleEdges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as DrawingHandle).scoExplorer.cy
      .edges()
      .map((e) => (e.visible() ? e.id() : ''))
      .filter(Boolean)
      .sort(),
  );
}

/**
 * The relations in view, sorted: those drawn and those a hub's closed clusters stand in for (the rows of the
 * relation table). On a hub, the drawing alone shows fewer.
 */
export function relationsInView(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as DrawingHandle).scoExplorer.relationsInView());
}

/** Waits until the drawing is laid out and its visible node ids satisfy `ready`. */
export async function waitForDrawing(page: Page, ready: (ids: string[]) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const idle = (await page.locator('#graph').getAttribute('data-layout')) === 'idle';
    if (idle && ready(await visibleNodes(page))) return;
    if (Date.now() > deadline) throw new Error(`the drawing did not settle; it shows ${await visibleNodes(page)}`);
    await page.waitForTimeout(100);
  }
}
