/**
 * The graph explorer (/explore) in a real headless Chromium against the real API and Neo4j, with the network cut
 * off: every request to a host other than 127.0.0.1 is blocked and recorded. A reader types "drug trafficking" and
 * is offered what search over subjects ranks, with why; searches "CSTO" with the
 * keyboard, expands a node by clicking it, hides a status, clicks an edge to read its evidence, follows it to the
 * source, reloads the shared link, and exports the view as JSON and PNG. Needs Debian's chromium (/usr/bin/chromium,
 * or CHROMIUM_PATH) and the explorer bundle (dist/explorer/, built here if missing). Saves screenshots to
 * test-artifacts/explorer-*.png.
 */
import { visibleEdges, visibleNodes, waitForDrawing } from '../support/explorerDrawing';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { launchChromium } from '../support/browser';
import { startTestApi, type TestApi } from '../support/api';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The edges this walk-through relies on (seeds/facts): RATS cooperates with the CSTO; the SCO will meet it. */
const COOPERATION_EDGE = 'COOPERATES_WITH:rats:csto';
const PLANNED_MEETING_EDGE = 'MET_WITH:sco:csto';

/** What the page exposes for the console and for this test (web/explorer/explorerPage.ts). */
interface ExplorerHandle {
  scoExplorer: {
    cy: {
      nodes(selector?: string): CyCollection;
      edges(selector?: string): CyCollection;
      getElementById(id: string): CyElement;
      container(): HTMLElement;
    };
    state(): { centre: string | null; expanded: string[]; hiddenStatuses: string[] };
  };
}
interface CyCollection {
  map<T>(fn: (element: CyElement) => T): T[];
  length: number;
}
interface CyElement {
  id(): string;
  data(key: string): unknown;
  visible(): boolean;
  selected(): boolean;
  position(): { x: number; y: number };
  renderedPosition(): { x: number; y: number };
  renderedMidpoint(): { x: number; y: number };
  isNode(): boolean;
  empty(): boolean;
}

let api: TestApi;
let browser: Browser;

/** The entity ids the API's search returns for `text`, in its order. */
async function searchedIds(text: string, first: number): Promise<string[]> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query ($text: String!, $first: Int!) { search(text: $text, includePassages: false, first: $first) { target { ... on Entity { id } } } }',
      variables: { text, first },
    }),
  });
  const body = (await response.json()) as { data: { search: { target: { id: string } }[] } };
  return body.data.search.map((hit) => hit.target.id);
}

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'explorer', 'index.html'))) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-explorer.mjs')], { stdio: 'inherit' });
  }
  api = await startTestApi();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the explorer over HTTP', () => {
  it('serves the page at GET /explore, same-origin only', async () => {
    const res = await fetch(`${api.url}/explore?centre=csto`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = await res.text();
    expect(html).toContain('id="search-input"');
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
  });

  it('serves the assets with long cache headers, and 404 for anything else under /explore/assets', async () => {
    const html = await (await fetch(`${api.url}/explore`)).text();
    const script = /src="(\/explore\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const stylesheet = /href="(\/explore\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    for (const asset of [script, stylesheet]) {
      expect(asset).toBeDefined();
      const res = await fetch(`${api.url}${asset}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toMatch(/max-age=31536000/);
    }
    expect((await fetch(`${api.url}/explore/assets/no-such-file.js`)).status).toBe(404);
  });
});

describe('the explorer in headless Chromium, offline', () => {
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  const failed: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('blob:') || new URL(url).hostname === '127.0.0.1') {
        await route.continue();
      } else {
        blocked.push(url);
        await route.abort('blockedbyclient');
      }
    });
    page = await context.newPage();
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? '?'}`));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  afterEach(() => {
    // Everything came from our server, and nothing was thrown or refused by the CSP (reported as console errors).
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('suggests in the ranking of search over subjects, saying why when not by name (issue 17)', async () => {
    await page.goto(`${api.url}/explore`, { waitUntil: 'load' });
    const input = page.locator('#search-input');
    await input.fill('drug trafficking');
    const options = page.locator('#search-suggestions [role="option"]');
    await options.first().waitFor({ state: 'visible' });
    const shown = await options.evaluateAll((nodes) =>
      nodes.map((node) => ({ id: (node as HTMLElement).dataset.entityId, text: (node as HTMLElement).innerText })),
    );
    // The same entities in the same order as the API's search (the box asks for 8), the statistic first by its name.
    expect(shown.map((s) => s.id)).toEqual(await searchedIds('drug trafficking', 8));
    expect(shown[0]?.id).toBe('stat-sco-drug-seizure-share');
    // The SCO's name has neither word: the paragraph that mentions it and speaks of drug trafficking found it.
    expect(shown.find((s) => s.id === 'sco')?.text).toMatch(/mentioned in q4\.p10/);
    await input.fill('');
  }, 60_000);

  it('finds the CSTO with the keyboard and draws its neighbourhood', async () => {
    await page.goto(`${api.url}/explore`, { waitUntil: 'load' });
    const input = page.locator('#search-input');
    await input.focus();
    await page.keyboard.type('CSTO');

    const option = page.locator('#search-suggestions [role="option"]').first();
    await option.waitFor({ state: 'visible' });
    expect(await option.innerText()).toContain('Collective Security Treaty Organisation');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-search.png') });

    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]centre=csto\b/);
    await waitForDrawing(page, (ids) => ids.includes('rats') && ids.includes('sco'));

    const labels = await nodeLabels(page);
    expect(labels).toMatchObject({ csto: 'CSTO', rats: 'RATS', sco: 'SCO' });
    await expect(visibleEdges(page)).resolves.toEqual(
      expect.arrayContaining([COOPERATION_EDGE, PLANNED_MEETING_EDGE, 'COOPERATION_DOCUMENT_WITH:sco:csto']),
    );
    const details = page.locator('#details');
    expect(await details.locator('.panel-title').innerText()).toBe('Collective Security Treaty Organisation');
    // Where the source names it: "CSTO" twice, its full name once.
    await details.locator('.mentions').waitFor({ state: 'visible' });
    expect(await details.innerText()).toContain('Mentioned in the source (3)');
    expect(await page.locator('#search-suggestions').isHidden()).toBe(true);
    // The legend names every kind, with the colours the graph uses.
    expect(await page.locator('#legend [data-kind]').count()).toBe(8);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-graph.png') });
  }, 60_000);

  it('expands a node when it is clicked, merging its neighbourhood in', async () => {
    const before = await visibleNodes(page);
    await clickElement(page, 'rats');
    await page.waitForURL(/[?&]expand=rats\b/);
    // RATS cooperates with Interpol, the OSCE, ASEAN ...: they join the drawing, CSTO and SCO stay.
    await waitForDrawing(page, (ids) => ids.includes('interpol') && ids.includes('osce'));
    const after = await visibleNodes(page);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.length).toBeGreaterThan(before.length + 5);
    expect(await page.locator('#details .panel-title').innerText()).toBe(
      'Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-expanded.png') });
  }, 60_000);

  it('hides the edges of a status unticked in the filters', async () => {
    const before = await visibleEdges(page);
    expect(before).toContain(PLANNED_MEETING_EDGE);
    await page.locator('#filter-statuses input[value="PLANNED"]').uncheck();
    await page.waitForURL(/[?&]hideStatus=PLANNED\b/);

    const after = await visibleEdges(page);
    expect(after).not.toContain(PLANNED_MEETING_EDGE);
    expect(after.length).toBe(before.length - 1);
    expect(await page.locator('#graph-message').innerText()).toContain('1 hidden by the filters');
  }, 60_000);

  it('shows a clicked edge with its status, basis and evidence quote', async () => {
    const expected = await relationEvidence('rats', COOPERATION_EDGE);
    await clickElement(page, COOPERATION_EDGE);
    await page.waitForURL((url) => url.searchParams.get('edge') === COOPERATION_EDGE);

    const panel = page.locator('#details');
    expect(await panel.locator('.panel-title').innerText()).toBe('cooperates with');
    const facts = await panel.locator('.facts').innerText();
    expect(facts).toMatch(/Status\s+active/);
    expect(facts).toMatch(/Basis\s+stated/);
    expect(facts).toContain('Collective Security Treaty Organisation');
    const quotes = await panel.locator('.evidence .quote').allInnerTexts();
    expect(quotes).toEqual(expected.map((e) => `“${e.quote}”`));
    expect(await isSelected(page, COOPERATION_EDGE)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-evidence.png') });
  }, 60_000);

  it('follows the evidence to the source, with the quote highlighted', async () => {
    const [evidence] = await relationEvidence('rats', COOPERATION_EDGE);
    if (!evidence) throw new Error(`${COOPERATION_EDGE} has no evidence`);
    await page.locator('#details .evidence a.source-link').first().click();
    await page.waitForURL((url) => url.searchParams.get('quote') === `${evidence.start}-${evidence.end}`);
    expect(new URL(page.url()).searchParams.get('passage')).toBe(evidence.passage.id);

    const highlight = page.locator('#details mark.quote-highlight');
    await highlight.waitFor({ state: 'visible' });
    expect(await highlight.innerText()).toBe(evidence.quote);
    expect(await page.locator('#details .source-paragraph.cited').getAttribute('data-passage')).toBe(
      evidence.passage.localId,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-source.png') });
  }, 60_000);

  it('restores the same view from the shared URL', async () => {
    const url = page.url();
    const before = await snapshotView(page);
    const failedBefore = failed.length;
    await page.goto(url, { waitUntil: 'load' });
    // A reload cancels the page's requests still in flight (the selected relation's statements are read in the
    // background): the browser reports those as ERR_ABORTED. They are the navigation's doing, not failures.
    const duringReload = failed.splice(failedBefore);
    failed.push(...duringReload.filter((entry) => !/\/graphql: net::ERR_ABORTED$/.test(entry)));
    await page.locator('#details mark.quote-highlight').waitFor({ state: 'visible' });
    await waitForDrawing(page, (ids) => ids.includes('interpol'));

    const after = await snapshotView(page);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);
    expect(after.selected).toEqual([COOPERATION_EDGE]);
    // The layout replays the same expansions, so everything is where it was.
    expect(after.positions).toEqual(before.positions);
    expect(await page.locator('#filter-statuses input[value="PLANNED"]').isChecked()).toBe(false);
    expect(page.url()).toBe(url);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-reloaded.png') });
  }, 60_000);

  it('exports the view as JSON: nodes, edges and their evidence', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    expect(download.suggestedFilename()).toBe('sco-graph-csto.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      view: { centre: string; expanded: string[]; hiddenStatuses: string[] };
      url: string;
      nodes: { id: string; name: string; kind: string }[];
      edges: { id: string; status: string; evidence: { quote: string; passage: string; start: number }[] }[];
    };
    expect(exported.view).toMatchObject({ centre: 'csto', expanded: ['rats'], hiddenStatuses: ['PLANNED'] });
    expect(exported.url).toBe(page.url());
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(await visibleNodes(page));
    expect(exported.edges.map((e) => e.id).sort()).toEqual(await visibleEdges(page));
    expect(exported.nodes.find((n) => n.id === 'csto')).toMatchObject({
      name: 'Collective Security Treaty Organisation',
      kind: 'ORGANISATION',
    });
    expect(exported.edges.some((e) => e.status === 'PLANNED')).toBe(false);
    for (const edge of exported.edges) expect(edge.evidence.length).toBeGreaterThan(0);
    const [evidence] = await relationEvidence('rats', COOPERATION_EDGE);
    expect(exported.edges.find((e) => e.id === COOPERATION_EDGE)?.evidence[0]).toEqual({
      quote: evidence?.quote,
      passage: evidence?.passage.id,
      start: evidence?.start,
      end: evidence?.end,
    });
  }, 60_000);

  it('exports the drawing as a PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    expect(download.suggestedFilename()).toBe('sco-graph-csto.png');
    const png = await readFile(await download.path());
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(30_000);
    // IHDR: width and height, big-endian, at bytes 16 and 20. The whole graph, at twice the screen resolution.
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
    expect(png.readUInt32BE(20)).toBeGreaterThan(400);
    await download.saveAs(path.join(ARTIFACTS, 'explorer-export.png'));
  }, 60_000);
});

interface RelationEvidence {
  quote: string;
  start: number;
  end: number;
  passage: { id: string; localId: string };
}

/** The evidence of relation `id` of entity `entity`, as the API states it. */
async function relationEvidence(entity: string, id: string): Promise<RelationEvidence[]> {
  const result = await api.graphql<{
    entity: { relations: { nodes: { id: string; evidence: RelationEvidence[] }[] } };
  }>(
    `query ($id: ID!) { entity(id: $id) { relations(first: 100) { nodes { id evidence { quote start end passage { id localId } } } } } }`,
    { id: entity },
  );
  const relation = result.data?.entity.relations.nodes.find((r) => r.id === id);
  if (!relation) throw new Error(`the API has no relation ${id} on ${entity}`);
  return relation.evidence;
}

function nodeLabels(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      (window as unknown as ExplorerHandle).scoExplorer.cy.nodes().map((n) => [n.id(), String(n.data('label'))]),
    ),
  );
}

function isSelected(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    (elementId) => (window as unknown as ExplorerHandle).scoExplorer.cy.getElementById(elementId).selected(),
    id,
  );
}

async function snapshotView(
  page: Page,
): Promise<{ nodes: string[]; edges: string[]; selected: string[]; positions: string[] }> {
  return {
    nodes: await visibleNodes(page),
    edges: await visibleEdges(page),
    ...(await page.evaluate(() => {
      const { cy } = (window as unknown as ExplorerHandle).scoExplorer;
      return {
        selected: [...cy.nodes(':selected').map((e) => e.id()), ...cy.edges(':selected').map((e) => e.id())],
        positions: cy
          .nodes()
          .map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`)
          .sort(),
      };
    })),
  };
}

/** Clicks a node (at its centre) or an edge (at its midpoint) with the mouse, where the canvas draws it. */
async function clickElement(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const { cy } = (window as unknown as ExplorerHandle).scoExplorer;
    const element = cy.getElementById(elementId);
    if (element.empty()) return null;
    const at = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  if (!point) throw new Error(`the drawing has no element ${id}`);
  await page.mouse.click(point.x, point.y);
}
