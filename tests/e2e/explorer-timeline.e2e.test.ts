/**
 * Issue 17 in the explorer: the timeline strip keeps what happened apart from what is planned and from what only
 * the source's date places, in headless Chromium against the real API and Neo4j loaded with the seeds, the network
 * cut off. The strip's lanes hold exactly the entries the API's `timeline` gives for the entities in view, a "this
 * year" plan is drawn as a span over its whole year, unticking "Planned" hides the plans, and with an "as of" date the
 * strip asks for and shows what was known on it (before the only source's date, nothing). Needs Debian's
 * chromium (/usr/bin/chromium, or CHROMIUM_PATH) and the explorer bundle (dist/explorer/, built here if missing).
 * Saves a screenshot to test-artifacts/explorer-timeline.png.
 */
import { waitForDrawing } from '../support/explorerDrawing';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
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
/** The date of the seeds' only source, and the day before it, when no source had said anything yet. */
const SOURCE_DATE = '2019-03-20';
const BEFORE_SOURCE = '2019-03-19';

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

/** What the API's timeline says about these entities, by occurrence; as known on `asOf` when given. */
async function apiEntries(ids: readonly string[], asOf: string | null = null): Promise<ApiEntry[]> {
  const entries: ApiEntry[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const { data, errors } = await api.graphql<{ timeline: { nodes: ApiEntry[] } }>(
      `query ($entities: [ID!], $asOf: Date) {
        timeline(entities: $entities, asOf: $asOf,
                 kinds: [STATE, ORGANISATION, EVENT, DOCUMENT, INITIATIVE, PERSON, PLACE, STATISTIC],
                 first: 100) { nodes { occurrence precision entity { id } } } }`,
      { entities: ids.slice(i, i + 100), asOf },
    );
    expect(errors).toBeUndefined();
    entries.push(...(data?.timeline.nodes ?? []));
  }
  return entries;
}

/**
 * The `asOf` variable of every timeline request the page sends from now on (null for none), until `stop` is called.
 * Only the strip asks for `ExplorerTimeline`.
 */
function recordTimelineRequests(): { asOfs: (string | null)[]; stop(): void } {
  const asOfs: (string | null)[] = [];
  const listener = (request: Request): void => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
    const body = request.postDataJSON() as { query?: string; variables?: { asOf?: string | null } } | null;
    if (body?.query?.includes('ExplorerTimeline')) asOfs.push(body.variables?.asOf ?? null);
  };
  page.on('request', listener);
  return { asOfs, stop: () => page.off('request', listener) };
}

/** The entities in view, as the page gives them. */
function entitiesInView(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as ExplorerHandle).scoExplorer.entitiesInView());
}

/** Sets the page's "as of" date as a reader does, and waits until the strip is drawn as of it. */
async function setAsOf(date: string): Promise<void> {
  await page.locator('#as-of-date').fill(date);
  await page.locator('#as-of-date').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('asOf') === date);
  await page.locator(`#timeline .timeline-heading[data-as-of="${date}"]`).waitFor({ state: 'visible' });
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
    const inView = await entitiesInView();
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

  it('reads the strip as known on the "as of" date: asked for with it, empty before the only source', async () => {
    // Centred on an event that is dated now: it stays in view on any date, so the strip has it to place or not.
    await page.goto(`${api.url}/explore?centre=${DAY_EVENT}`, { waitUntil: 'load' });
    await waitForDrawing(page, (ids) => ids.includes(DAY_EVENT));
    await page.locator(`#timeline .timeline-entry[data-entity-id="${DAY_EVENT}"]`).waitFor({ state: 'visible' });
    const heading = page.locator('#timeline .timeline-heading');
    const entries = page.locator('#timeline .timeline-entry');
    // Without a date: everything the source says, and the heading names no date.
    const nowCount = await entries.count();
    expect(nowCount).toBe((await apiEntries(await entitiesInView())).length);
    expect(await heading.getAttribute('data-as-of')).toBe('');
    expect(await heading.textContent()).not.toContain('as known on');

    // The day before the source: the strip asks for the entities in view as of that day, and nothing was known.
    const before = recordTimelineRequests();
    await setAsOf(BEFORE_SOURCE);
    before.stop();
    expect(await page.locator('#as-of-date').inputValue()).toBe(BEFORE_SOURCE);
    expect(before.asOfs.length).toBeGreaterThan(0);
    expect(before.asOfs).toEqual(before.asOfs.map(() => BEFORE_SOURCE));
    // The event is still in view and dated now; as known then, it was on no timeline.
    const inViewBefore = await entitiesInView();
    expect(inViewBefore).toContain(DAY_EVENT);
    expect((await apiEntries(inViewBefore)).map((e) => e.entity.id)).toContain(DAY_EVENT);
    expect(await apiEntries(inViewBefore, BEFORE_SOURCE)).toEqual([]);
    expect(await heading.textContent()).toBe(`Timeline: nothing dated in view, as known on ${BEFORE_SOURCE}`);
    expect(await entries.count()).toBe(0);
    expect(await page.locator('#timeline .timeline-lane').count()).toBe(0);

    // On the source's date: asked for as of it, and the strip holds exactly the API's entries as then known.
    const onDate = recordTimelineRequests();
    await setAsOf(SOURCE_DATE);
    onDate.stop();
    expect(onDate.asOfs.length).toBeGreaterThan(0);
    expect(onDate.asOfs).toEqual(onDate.asOfs.map(() => SOURCE_DATE));
    const expected = await apiEntries(await entitiesInView(), SOURCE_DATE);
    expect(expected.length).toBeGreaterThan(0);
    const strip = await stripEntries();
    expect(strip.map((e) => e.id).sort()).toEqual(expected.map((e) => e.entity.id).sort());
    expect(await heading.textContent()).toBe(
      `Timeline: ${expected.length} dated ${expected.length === 1 ? 'entity' : 'entities'} in view, as known on ${SOURCE_DATE}`,
    );

    // Cleared: back to everything, from what the strip already knew (it keeps what it learnt per date).
    const cleared = recordTimelineRequests();
    await page.locator('#as-of-clear').click();
    await page.waitForURL((url) => !url.searchParams.has('asOf'));
    await page.locator('#timeline .timeline-heading[data-as-of=""]').waitFor({ state: 'visible' });
    cleared.stop();
    expect(cleared.asOfs).toEqual([]);
    expect(await heading.textContent()).not.toContain('as known on');
    expect(await entries.count()).toBe(nowCount);
  }, 90_000);
});
