/**
 * Issue 17 in the explorer: the timeline strip keeps what happened apart from what is planned and from what only
 * the source's date places, in headless Chromium against the real API and Neo4j loaded with the seeds, the network
 * cut off. The strip's lanes hold exactly the entries the API's `timeline` gives for the entities in view, a "this
 * year" plan is drawn as a span over its whole year, and unticking "Planned" hides the plans. Needs Debian's
 * chromium (/usr/bin/chromium, or CHROMIUM_PATH) and the explorer bundle (dist/explorer/, built here if missing).
 * Saves a screenshot to test-artifacts/explorer-timeline.png.
 */
import { waitForDrawing } from '../support/explorerDrawing';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { launchChromium, openOfflinePage } from '../support/browser';
import { startTestApi, type TestApi } from '../support/api';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
/** The SCO's neighbourhood holds held events, adopted documents, "this year" plans and undated documents. */
const CENTRE = 'sco';
/** Planned "this year" (2019) in the 20 March 2019 source; in the SCO's neighbourhood. */
const YEAR_PLAN = 'sco-media-forum-2019';
/** Held on 14 March 2019. */
const DAY_EVENT = 'un-sco-drugs-side-event-2019-03-14';

interface ExplorerHandle {
  scoExplorer: { entitiesInView(): string[] };
}

interface ApiEntry {
  occurrence: string;
  precision: string | null;
  entity: { id: string };
}

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'explorer', 'index.html'))) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-explorer.mjs')], { stdio: 'inherit' });
  }
  await mkdir(ARTIFACTS, { recursive: true });
  api = await startTestApi();
  browser = await launchChromium();
  ({ context, page } = await openOfflinePage(browser, problems));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

afterEach(() => {
  expect(problems).toEqual([]);
});

/** What the API's timeline says about these entities, by occurrence. */
async function apiEntries(ids: readonly string[]): Promise<ApiEntry[]> {
  const entries: ApiEntry[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const { data, errors } = await api.graphql<{ timeline: { nodes: ApiEntry[] } }>(
      `query ($entities: [ID!]) {
        timeline(entities: $entities, kinds: [STATE, ORGANISATION, EVENT, DOCUMENT, INITIATIVE, PERSON, PLACE, STATISTIC],
                 first: 100) { nodes { occurrence precision entity { id } } } }`,
      { entities: ids.slice(i, i + 100) },
    );
    expect(errors).toBeUndefined();
    entries.push(...(data?.timeline.nodes ?? []));
  }
  return entries;
}

/** The strip's entries, lane by lane: the lane's occurrence, the entry's id, its own occurrence and precision. */
function stripEntries(): Promise<{ lane: string; id: string; occurrence: string; precision: string }[]> {
  return page.locator('#timeline .timeline-lane .timeline-entry').evaluateAll((buttons) =>
    buttons.map((button) => {
      const element = button as HTMLElement;
      return {
        lane: (element.closest('.timeline-lane') as HTMLElement).dataset.occurrence ?? '',
        id: element.dataset.entityId ?? '',
        occurrence: element.dataset.occurrence ?? '',
        precision: element.dataset.precision ?? '',
      };
    }),
  );
}

describe('the timeline strip separates planned from happened (issue 17)', () => {
  it('puts each entry in the lane of its occurrence, with the counts the API gives', async () => {
    await page.goto(`${api.url}/explore?centre=${CENTRE}`, { waitUntil: 'load' });
    // The centre is a hub: most of its neighbours sit in closed clusters, yet they are in view, and on the strip.
    await waitForDrawing(page, (ids) => ids.includes(CENTRE));
    await page.locator('#timeline .timeline-lane[data-occurrence="PLANNED"]').waitFor({ state: 'visible' });
    const inView = await page.evaluate(() => (window as unknown as ExplorerHandle).scoExplorer.entitiesInView());
    expect(inView).toContain(YEAR_PLAN);
    const expected = await apiEntries(inView);
    const strip = await stripEntries();

    // Exactly the API's entries, each in its own occurrence's lane.
    expect(strip.map((e) => e.id).sort()).toEqual(expected.map((e) => e.entity.id).sort());
    for (const entry of strip) expect(entry.lane).toBe(entry.occurrence);
    const byId = new Map(expected.map((e) => [e.entity.id, e]));
    for (const entry of strip) expect(entry.occurrence).toBe(byId.get(entry.id)?.occurrence);
    for (const occurrence of ['HAPPENED', 'PLANNED', 'SOURCE_DATED']) {
      const count = expected.filter((e) => e.occurrence === occurrence).length;
      expect(count).toBeGreaterThan(0);
      const lane = page.locator(`#timeline .timeline-lane[data-occurrence="${occurrence}"]`);
      expect(await lane.getAttribute('data-count')).toBe(String(count));
      expect(await lane.locator('.timeline-entry').count()).toBe(count);
    }
    expect(strip.find((e) => e.id === YEAR_PLAN)).toMatchObject({ lane: 'PLANNED', precision: 'YEAR' });
    expect(strip.find((e) => e.id === DAY_EVENT)).toMatchObject({ lane: 'HAPPENED', precision: 'DAY' });

    // The lanes are apart on screen: every planned entry is below every entry that happened.
    const boxes = async (occurrence: string) =>
      page
        .locator(`#timeline .timeline-lane[data-occurrence="${occurrence}"] .timeline-entry`)
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(Math.min(...(await boxes('PLANNED')))).toBeGreaterThan(Math.max(...(await boxes('HAPPENED'))));
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-timeline.png') });
  }, 90_000);

  it('draws a "this year" plan as a span over its year, not as a point in March', async () => {
    const band = page.locator(`#timeline .timeline-entry[data-entity-id="${YEAR_PLAN}"] .timeline-band`);
    const dayBand = page.locator(`#timeline .timeline-entry[data-entity-id="${DAY_EVENT}"] .timeline-band`);
    const ticks = await page.locator('#timeline .timeline-tick').evaluateAll((els) =>
      els.map((e) => ({
        year: Number(e.textContent),
        x: e.getBoundingClientRect().left + e.getBoundingClientRect().width / 2,
      })),
    );
    const x2019 = ticks.find((t) => t.year === 2019)?.x;
    const x2020 = ticks.find((t) => t.year === 2020)?.x;
    if (x2019 === undefined || x2020 === undefined) throw new Error('no 2019 and 2020 ticks on the axis');
    const span = await band.boundingBox();
    const point = await dayBand.boundingBox();
    if (!span || !point) throw new Error('bands not drawn');
    // From 1 January to 31 December 2019, within a couple of pixels; the 14 March event is a narrow mark inside it.
    expect(Math.abs(span.x - x2019)).toBeLessThan(3);
    expect(Math.abs(span.x + span.width - x2020)).toBeLessThan(3);
    expect(point.width).toBeLessThan(span.width / 10);
    expect(await band.getAttribute('class')).toContain('timeline-span');
  });

  it('hides the planned lane when "Planned" is unticked, and shows it again', async () => {
    const planned = page.locator('#timeline .timeline-lane[data-occurrence="PLANNED"]');
    const plannedCount = Number(await planned.getAttribute('data-count'));
    const happenedCount = await page.locator('#timeline .timeline-entry[data-occurrence="HAPPENED"]').count();
    await page.locator('#timeline input[data-occurrence="PLANNED"]').uncheck();
    await planned.waitFor({ state: 'detached' });
    expect(await page.locator('#timeline .timeline-entry[data-occurrence="PLANNED"]').count()).toBe(0);
    expect(await page.locator(`#timeline .timeline-entry[data-entity-id="${YEAR_PLAN}"]`).count()).toBe(0);
    // What happened stays.
    expect(await page.locator('#timeline .timeline-entry[data-occurrence="HAPPENED"]').count()).toBe(happenedCount);
    await page.locator('#timeline input[data-occurrence="PLANNED"]').check();
    await planned.waitFor({ state: 'visible' });
    expect(await page.locator('#timeline .timeline-entry[data-occurrence="PLANNED"]').count()).toBe(plannedCount);
  });
});
