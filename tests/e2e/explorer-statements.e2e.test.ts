/**
 * Issue 15 in the explorer: a relation stated by two sources, in headless Chromium against the real API and Neo4j
 * loaded with the seeds and the INVENTED second source (tests/fixtures/second-source, dated 2020-06-15). The side
 * panel lists both statements with their sources and dates, marks the 2020 one current and shows the status
 * history; a contradicted membership shows a NEGATION conflict; an "as of" date redraws the graph as known then
 * and clearing it restores it. Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH) and the explorer
 * bundle (dist/explorer/, built here if missing). Saves screenshots to test-artifacts/explorer-statements-*.png.
 */
import { relationsInView, waitForDrawing } from '../support/explorerDrawing';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { startTestApi, type TestApi } from '../support/api';
import { launchChromium } from '../support/browser';
import { FIRST_SOURCE, SECOND_SOURCE, seedTwoSources } from '../support/secondSource';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
/** Upgraded from "being worked out" (2019) to signed (2020) by the second source. */
const WTO_EDGE = 'COOPERATION_DOCUMENT_WITH:sco:world-tourism-organisation';
/** "Not under consideration" (2019) against "applicant" (2020). */
const AFGHANISTAN_EDGE = 'MEMBER_OF:afghanistan:sco';
const BEFORE_SECOND_SOURCE = '2019-12-31';

interface ExplorerHandle {
  scoExplorer: {
    cy: {
      nodes(): { map<T>(fn: (n: { id(): string; visible(): boolean }) => T): T[] };
      edges(): { map<T>(fn: (e: { id(): string; visible(): boolean }) => T): T[] };
      getElementById(id: string): { empty(): boolean; data(key: string): unknown };
    };
  };
}

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const titles = new Map<string, string>();
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'explorer', 'index.html'))) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-explorer.mjs')], { stdio: 'inherit' });
  }
  await mkdir(ARTIFACTS, { recursive: true });
  api = await startTestApi({ seed: false });
  await seedTwoSources(api.db);
  const sources = await api.graphql<{ sources: { id: string; title: string }[] }>('{ sources { id title } }');
  for (const source of sources.data?.sources ?? []) titles.set(source.id, source.title);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') {
      await route.continue();
    } else {
      problems.push(`blocked ${url}`);
      await route.abort('blockedbyclient');
    }
  });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

afterEach(() => {
  // Nothing left this machine, nothing was thrown, the server refused no query (a refused one is a console error
  // only if the page logs it, so the panel's own error text is checked in the tests).
  expect(problems).toEqual([]);
});

describe('the explorer, one relation stated by two sources', () => {
  it('lists both statements of the WTO relation, newest first, the 2020 one current, with the history', async () => {
    expect(titles.get(FIRST_SOURCE)).toBeDefined();
    expect(titles.get(SECOND_SOURCE)).toBeDefined();
    await page.goto(`${api.url}/explore?centre=sco&node=sco`, { waitUntil: 'load' });
    // The SCO is a hub: its neighbours are drawn in clusters (issue 17), so the relations are read from the view.
    await waitForDrawing(page, (ids) => ids.includes('sco'));
    expect(await relationsInView(page)).toEqual(expect.arrayContaining([WTO_EDGE, AFGHANISTAN_EDGE]));
    await selectRelationFromPanel(page, WTO_EDGE);

    const panel = page.locator('#details');
    const statements = panel.locator('.statements > .statement');
    await statements.nth(1).waitFor({ state: 'visible' });
    expect(await statements.count()).toBe(2);
    expect(await panel.locator('.statements-heading').innerText()).toBe('Statements (2 from 2 sources)');
    expect(await statements.locator('.source-title').allInnerTexts()).toEqual([
      titles.get(SECOND_SOURCE),
      titles.get(FIRST_SOURCE),
    ]);
    expect(await statements.locator('.source-date').allInnerTexts()).toEqual(['2020-06-15', '2019-03-20']);
    expect(await statements.locator('.statement-facts .status').allInnerTexts()).toEqual([
      'signed',
      'being worked out',
    ]);
    // The current marker is on the 2020 statement, and only there.
    expect(await panel.locator('.current-marker').count()).toBe(1);
    expect(await statements.nth(0).locator('.current-marker').innerText()).toBe('current');
    expect(await statements.nth(0).getAttribute('data-source')).toBe(SECOND_SOURCE);
    // Each statement with its own time and its own quotes, the passage named in full.
    expect(await statements.nth(0).locator('.statement-time').innerText()).toBe('In May 2020');
    expect(await statements.nth(0).locator('.quote').allInnerTexts()).toEqual([
      '“In May 2020 the SCO Secretariat and the World Tourism Organisation signed a memorandum of understanding.”',
    ]);
    expect(await statements.nth(0).locator('.passage-id').allInnerTexts()).toEqual([`${SECOND_SOURCE}#q2.p1`]);
    const firstPassages = await statements.nth(1).locator('.passage-id').allInnerTexts();
    expect(firstPassages.length).toBeGreaterThan(0);
    for (const id of firstPassages) expect(id.startsWith(`${FIRST_SOURCE}#`)).toBe(true);

    expect(await panel.locator('.status-history').innerText()).toBe(
      'being worked out (2019-03-20) → signed (2020-06-15)',
    );
    expect(await panel.locator('.facts').first().innerText()).toMatch(/Status\s+signed/);
    expect(await panel.locator('.conflict').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-statements-two-sources.png') });
  }, 90_000);

  it('shows a NEGATION conflict on the Afghanistan membership, naming both sides and their sources', async () => {
    await page.locator('#details .facts a', { hasText: 'Shanghai Cooperation Organisation' }).first().click();
    await page.waitForURL((url) => url.searchParams.get('node') === 'sco');
    await selectRelationFromPanel(page, AFGHANISTAN_EDGE);

    const conflicts = page.locator('#details .conflict');
    await conflicts.first().waitFor({ state: 'visible' });
    expect(await conflicts.count()).toBe(1);
    expect(await conflicts.first().getAttribute('data-kind')).toBe('NEGATION');
    expect(await conflicts.first().locator('.conflict-badge').innerText()).toMatch(/^conflict: negation$/i);
    const sides = await conflicts.first().locator('.conflict-side').allInnerTexts();
    expect(sides).toHaveLength(2);
    expect(sides.join(' | ')).toContain('applicant');
    expect(sides.join(' | ')).toContain('not under consideration');
    expect(sides.some((side) => side.includes(titles.get(SECOND_SOURCE) ?? '?'))).toBe(true);
    expect(sides.some((side) => side.includes(titles.get(FIRST_SOURCE) ?? '?'))).toBe(true);
    expect(await page.locator('#details .statements > .statement').count()).toBe(2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-statements-conflict.png') });
  }, 90_000);

  it('redraws the graph as of 2019-12-31: the WTO relation is being worked out, with one statement', async () => {
    const now = await neighbourhoodEdges('sco', null);
    const then = await neighbourhoodEdges('sco', BEFORE_SECOND_SOURCE);
    expect(then).toContain(WTO_EDGE);
    expect(then.length).toBeLessThanOrEqual(now.length);

    await page.locator('#details .facts a', { hasText: 'Shanghai Cooperation Organisation' }).first().click();
    await selectRelationFromPanel(page, WTO_EDGE);
    await page.locator('#details .statements > .statement').nth(1).waitFor({ state: 'visible' });
    expect(await relationsInView(page)).toEqual(now);

    await page.locator('#as-of-date').fill(BEFORE_SECOND_SOURCE);
    await page.waitForURL((url) => url.searchParams.get('asOf') === BEFORE_SECOND_SOURCE);
    // The message is written when the drawing is redrawn from the neighbourhood as of the date.
    await waitFor(async () =>
      (await page.locator('#graph-message').innerText()).includes(`as known on ${BEFORE_SECOND_SOURCE}`),
    );
    expect(await relationsInView(page)).toEqual(then);
    expect(await edgeStatus(page, WTO_EDGE)).toBe('BEING_WORKED_OUT');

    const panel = page.locator('#details');
    await waitFor(async () => (await panel.locator('.statements-heading').count()) === 1);
    expect(await panel.locator('.statements-heading').innerText()).toBe('Statement (1 from 1 source)');
    const statements = panel.locator('.statements > .statement');
    expect(await statements.count()).toBe(1);
    expect(await statements.locator('.source-title').innerText()).toBe(titles.get(FIRST_SOURCE));
    expect(await statements.locator('.statement-facts .status').innerText()).toBe('being worked out');
    expect(await statements.locator('.current-marker').count()).toBe(1);
    expect(await panel.locator('.status-history').innerText()).toBe('being worked out (2019-03-20)');
    expect(await panel.locator('.facts').first().innerText()).toMatch(/Status\s+being worked out/);
    expect(await panel.locator('.facts').first().innerText()).toMatch(/As of\s+2019-12-31/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-statements-as-of.png') });

    // The date is part of the shared link: reloading it draws the same view.
    await page.goto(page.url(), { waitUntil: 'load' });
    await waitFor(async () =>
      (await page.locator('#graph-message').innerText()).includes(`as known on ${BEFORE_SECOND_SOURCE}`),
    );
    expect(await relationsInView(page)).toEqual(then);
    expect(await edgeStatus(page, WTO_EDGE)).toBe('BEING_WORKED_OUT');
    expect(await page.locator('#as-of-date').inputValue()).toBe(BEFORE_SECOND_SOURCE);
    await waitFor(async () => (await panel.locator('.statements > .statement').count()) === 1);
  }, 90_000);

  it('clears the date: the graph and the panel come back to everything known', async () => {
    const now = await neighbourhoodEdges('sco', null);
    await page.locator('#as-of-clear').click();
    await page.waitForURL((url) => !url.searchParams.has('asOf') && url.searchParams.get('edge') === WTO_EDGE);
    await waitFor(async () => {
      const message = await page.locator('#graph-message').innerText();
      return message.includes('relations in view') && !message.includes('as known on');
    });
    expect(await relationsInView(page)).toEqual(now);
    expect(await edgeStatus(page, WTO_EDGE)).toBe('SIGNED');
    expect(await page.locator('#as-of-date').inputValue()).toBe('');
    expect(await page.locator('#as-of-clear').isDisabled()).toBe(true);
    const statements = page.locator('#details .statements > .statement');
    await waitFor(async () => (await statements.count()) === 2);
    expect(await statements.locator('.source-date').allInnerTexts()).toEqual(['2020-06-15', '2019-03-20']);
    expect(await page.locator('#details .status-history').innerText()).toBe(
      'being worked out (2019-03-20) → signed (2020-06-15)',
    );
  }, 90_000);
});

/** Clicks the relation's link in the selected entity's "Relations in view" list, as a reader would. */
async function selectRelationFromPanel(page: Page, edgeId: string): Promise<void> {
  const link = page.locator(`#details .relations a[href*="edge=${edgeId}"]`);
  await link.waitFor({ state: 'visible' });
  await link.click();
  await page.waitForURL((url) => url.searchParams.get('edge') === edgeId);
}

/** The edge ids of an entity's neighbourhood as the API gives them, as known on `asOf` when set. */
async function neighbourhoodEdges(id: string, asOf: string | null): Promise<string[]> {
  const result = await api.graphql<{ neighbourhood: { edges: { id: string }[] } }>(
    'query ($id: ID!, $asOf: Date) { neighbourhood(id: $id, limit: 200, asOf: $asOf) { edges { id } } }',
    { id, asOf },
  );
  if (!result.data) throw new Error(`neighbourhood(${id}) failed: ${JSON.stringify(result.errors)}`);
  return result.data.neighbourhood.edges.map((edge) => edge.id).sort();
}

async function waitFor(ready: () => Promise<boolean>, what = 'the page'): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} did not reach the expected state in 20 s`);
    await page.waitForTimeout(100);
  }
}

function edgeStatus(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    (edgeId) => (window as unknown as ExplorerHandle).scoExplorer.cy.getElementById(edgeId).data('status'),
    id,
  );
}
