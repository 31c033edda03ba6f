/**
 * Issue 16, the review page (/review/<source id>) in headless Chromium against the real API and Neo4j loaded with
 * the seeds plus an INVENTED ingested document and its review queue (tests/support/reviewQueue.ts; the pipeline
 * stages are not needed). The document renders with its mentions highlighted, j/k move the selection, and the
 * keyboard decisions reach the graph: `a` creates an entity and a relation with its quote, `m` merges a near miss,
 * `e` edits then accepts, `r` rejects with nothing entering the graph; a refused decision and a missing token are
 * explained in one line. Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH) and the review bundle
 * (dist/review/, built here if missing). Saves screenshots to test-artifacts/review-*.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { startTestApi, type TestApi } from '../support/api';
import { launchChromium } from '../support/browser';
import { QUOTES, REVIEW_CANDIDATES, storeReviewQueue } from '../support/reviewQueue';
import { editorToken, readerToken, testAuth } from '../support/tokens';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
/** The State colour of web/explorer/kinds.ts. */
const STATE_COLOUR = '#0072b2';

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let sourceId: string;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'review', 'index.html'))) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-review.mjs')], { stdio: 'inherit' });
  }
  await mkdir(ARTIFACTS, { recursive: true });
  api = await startTestApi({ seed: true, config: { auth: testAuth() } });
  sourceId = await storeReviewQueue(api.db);
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
    // A refused decision is an HTTP error status the browser logs; the page shows it, and the tests check that.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

afterEach(() => {
  expect(problems).toEqual([]);
});

const item = (candidateId: string) => page.locator(`#queue li[data-id="${candidateId}"]`);
const selectedId = () => page.locator('#queue li[aria-selected="true"]').getAttribute('data-id');
const message = () => page.locator('#action-message');

async function waitForState(candidateId: string, state: string): Promise<void> {
  await page.locator(`#queue li[data-id="${candidateId}"][data-state="${state}"]`).waitFor({ timeout: 15_000 });
}

async function relationCount(): Promise<number> {
  const result = await api.graphql<{ relations: { totalCount: number } }>('{ relations(first: 1) { totalCount } }');
  return result.data?.relations.totalCount ?? -1;
}

async function relationBetween(type: string, from: string, to: string) {
  const result = await api.graphql<{
    relations: {
      nodes: { id: string; status: string; time: { text: string | null } | null; evidence: { quote: string }[] }[];
    };
  }>(
    `query ($type: RelationType!, $from: ID!, $to: ID!) {
      relations(type: [$type], from: $from, to: $to) { nodes { id status time { text } evidence { quote } } }
    }`,
    { type, from, to },
  );
  return result.data?.relations.nodes ?? [];
}

describe('the review page of an ingested document', () => {
  it('shows the document with highlighted mentions and the queue, under a same-origin CSP', async () => {
    const response = await page.goto(`${api.url}/review/${sourceId}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator('body[data-ready="true"]').waitFor();

    expect(await page.locator('.doc-title').innerText()).toBe('Invented review test document');
    expect(await page.locator('#document').innerText()).toContain(QUOTES.indiaAsean);
    // Known entities coloured by kind; candidate entities outlined.
    const india = page.locator('.known-mention[data-entity="india"]');
    expect(await india.count()).toBe(1);
    expect(await india.innerText()).toBe('India');
    expect(await india.evaluate((e) => getComputedStyle(e).getPropertyValue('--kind-colour').trim())).toBe(
      STATE_COLOUR,
    );
    expect(await page.locator('.known-mention[data-entity="sco"]').count()).toBeGreaterThanOrEqual(3);
    const cwcMentions = page.locator(`.candidate-mention[data-candidate="${REVIEW_CANDIDATES.cwc}"]`);
    expect((await cwcMentions.allInnerTexts()).sort()).toEqual([
      'CWC',
      'Caspian Water Council',
      'Caspian Water Council',
    ]);
    expect(await cwcMentions.first().evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('dashed');

    // The queue: entities first, then facts in document order.
    expect(await page.locator('#queue li.candidate').evaluateAll((items) => items.map((i) => i.dataset.id))).toEqual([
      REVIEW_CANDIDATES.cwc,
      REVIEW_CANDIDATES.cstoNearMiss,
      REVIEW_CANDIDATES.indiaAsean,
      REVIEW_CANDIDATES.scoCwc,
      REVIEW_CANDIDATES.syria,
    ]);
    expect(await page.locator('#queue-counts').innerText()).toBe('5 open of 5');
    expect(await item(REVIEW_CANDIDATES.cstoNearMiss).locator('.entity-similar').innerText()).toContain('(csto)');
    expect(await item(REVIEW_CANDIDATES.indiaAsean).locator('.fact-ends').innerText()).toBe(
      'Republic of India → Association of Southeast Asian Nations',
    );
    expect(await item(REVIEW_CANDIDATES.scoCwc).locator('.end-candidate').innerText()).toBe(
      'Caspian Water Council (candidate, open)',
    );
    expect(await item(REVIEW_CANDIDATES.syria).locator('.negative-marker').innerText()).toBe('NEGATIVE');
    expect(await item(REVIEW_CANDIDATES.indiaAsean).locator('.fact-time').innerText()).toBe('since 2018');

    // The first open candidate is selected, its mentions marked in the text.
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.cwc);
    expect(await page.locator('.selected-quote').count()).toBe(3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-queue.png') });
  });

  it('moves the selection with j / k and the arrows, marking the selected quote in the text', async () => {
    await page.keyboard.press('j');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.cstoNearMiss);
    await page.keyboard.press('ArrowDown');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.indiaAsean);
    // One mark per stretch between mention boundaries: together, exactly the quote.
    expect((await page.locator('.selected-quote').allInnerTexts()).join('')).toBe(QUOTES.indiaAsean);
    expect(await page.locator('.selected-quote').first().isVisible()).toBe(true);
    expect(await item(REVIEW_CANDIDATES.indiaAsean).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('k');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.cstoNearMiss);
    await page.keyboard.press('ArrowUp');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.cwc);
    await page.keyboard.press('k');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.cwc);
  });

  it('says an editor token is needed when there is none, and changes nothing', async () => {
    await page.keyboard.press('a');
    expect(await message().innerText()).toContain('An editor token is needed');
    expect(await item(REVIEW_CANDIDATES.cwc).getAttribute('data-state')).toBe('OPEN');
    const entity = await api.graphql<{ entity: unknown }>('{ entity(id: "caspian-water-council") { id } }');
    expect(entity.data?.entity).toBeNull();
  });

  it('shows FORBIDDEN for a reader token inline, and changes nothing', async () => {
    await page.locator('#token').fill(await readerToken());
    await item(REVIEW_CANDIDATES.cwc).click();
    await page.keyboard.press('a');
    await page.locator('#action-message[data-kind="error"]').waitFor();
    expect(await message().innerText()).toMatch(/^Not allowed: /);
    expect(await item(REVIEW_CANDIDATES.cwc).getAttribute('data-state')).toBe('OPEN');
  });

  it('shows the refusal to accept a fact whose candidate end is still open, in one line', async () => {
    await page.locator('#token').fill(await editorToken());
    expect(await page.locator('#token-status').innerText()).toBe('token set');
    await item(REVIEW_CANDIDATES.scoCwc).click();
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.scoCwc);
    await page.keyboard.press('a');
    await page.locator('#action-message[data-kind="error"]').waitFor();
    expect(await message().innerText()).toContain('accept or merge that candidate first');
    expect(await message().evaluate((e) => e.getClientRects().length)).toBe(1);
    expect(await item(REVIEW_CANDIDATES.scoCwc).getAttribute('data-state')).toBe('OPEN');
  });

  it('accepts the entity candidate with a: the entity is created, the selection moves to the next open one', async () => {
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.cwc);
    await page.keyboard.press('a');
    await waitForState(REVIEW_CANDIDATES.cwc, 'ACCEPTED');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.cstoNearMiss);
    expect(await item(REVIEW_CANDIDATES.cwc).locator('.candidate-outcome').innerText()).toContain(
      'entity caspian-water-council',
    );
    // The fact that needed it now names it as accepted.
    expect(await item(REVIEW_CANDIDATES.scoCwc).locator('.end-candidate').innerText()).toContain('accepted');
    const entity = await api.graphql<{ entity: { name: string; kind: string; aliases: string[] } | null }>(
      '{ entity(id: "caspian-water-council") { name kind aliases } }',
    );
    expect(entity.data?.entity).toEqual({ name: 'Caspian Water Council', kind: 'ORGANISATION', aliases: ['CWC'] });
  });

  it('merges the near miss into the existing entity with m', async () => {
    await page.keyboard.press('m');
    const into = page.locator('#merge-into');
    expect(await into.inputValue()).toBe('csto');
    await into.press('Enter');
    await waitForState(REVIEW_CANDIDATES.cstoNearMiss, 'MERGED');
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.indiaAsean);
  });

  it('accepts a fact with a: the relation enters the graph with the quote as its evidence', async () => {
    const before = await relationCount();
    expect(await relationBetween('COOPERATES_WITH', 'india', 'asean')).toEqual([]);
    await page.keyboard.press('a');
    await waitForState(REVIEW_CANDIDATES.indiaAsean, 'ACCEPTED');
    const [relation, ...others] = await relationBetween('COOPERATES_WITH', 'india', 'asean');
    expect(others).toEqual([]);
    expect(relation?.status).toBe('CONTACTS');
    expect(relation?.evidence.map((e) => e.quote)).toEqual([QUOTES.indiaAsean]);
    expect(await relationCount()).toBe(before + 1);
    expect(await message().innerText()).toContain(`relation ${relation?.id ?? '?'}`);
  });

  it('edits a fact then accepts it with e (state EDITED)', async () => {
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.scoCwc);
    await page.keyboard.press('e');
    const dateText = page.locator('#edit-dateText');
    expect(await dateText.inputValue()).toBe('from 2020');
    await page.keyboard.press('Escape');
    expect(await page.locator('#edit-dateText').count()).toBe(0);
    expect(await item(REVIEW_CANDIDATES.scoCwc).getAttribute('data-state')).toBe('OPEN');

    await page.keyboard.press('e');
    await page.locator('#edit-dateText').fill('from September 2020');
    await page.locator('#edit-dateText').press('Enter');
    await waitForState(REVIEW_CANDIDATES.scoCwc, 'EDITED');
    const [relation] = await relationBetween('COOPERATES_WITH', 'sco', 'caspian-water-council');
    expect(relation?.time?.text).toBe('from September 2020');
    expect(relation?.evidence.map((e) => e.quote)).toEqual([QUOTES.scoCwc]);
  });

  it('rejects the negated fact with r and a reason: nothing enters the graph', async () => {
    expect(await selectedId()).toBe(REVIEW_CANDIDATES.syria);
    const before = await relationCount();
    await page.keyboard.press('r');
    await page.locator('#reject-reason').fill('an invented sentence');
    await page.locator('#reject-reason').press('Enter');
    await waitForState(REVIEW_CANDIDATES.syria, 'REJECTED');
    expect(await item(REVIEW_CANDIDATES.syria).locator('.candidate-outcome').innerText()).toContain(
      'reason: an invented sentence',
    );
    expect(await relationCount()).toBe(before);
    expect(await page.locator('#queue-counts').innerText()).toBe('0 open of 5');
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-decided.png') });
  });

  it('filters to the open candidates and shows the keys with ?', async () => {
    await page.locator('#filter').selectOption('open');
    expect(await page.locator('#queue li.candidate:visible').count()).toBe(0);
    await page.locator('#filter').selectOption('all');
    expect(await page.locator('#queue li.candidate:visible').count()).toBe(5);
    await page.locator('#queue li[aria-selected="true"]').focus();
    await page.keyboard.press('?');
    expect(await page.locator('#key-help').isVisible()).toBe(true);
    expect(await page.locator('#key-help').innerText()).toContain('merge an entity candidate');
    await page.keyboard.press('?');
    expect(await page.locator('#key-help').isVisible()).toBe(false);
  });

  it('lists the ingested sources at /review', async () => {
    await page.goto(`${api.url}/review`, { waitUntil: 'load' });
    await page.locator('body[data-ready="true"]').waitFor();
    const link = page.locator('.source-list a');
    expect(await link.allInnerTexts()).toEqual(['Invented review test document']);
    expect(await link.getAttribute('href')).toBe(`/review/${sourceId}`);
  });
});
