/**
 * Our self-hosted GraphiQL in a real headless Chromium, with the network cut off: every request to a host other
 * than 127.0.0.1 is blocked and recorded, and the page must still load, run the default query and show the
 * server's data. Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH) and the GraphiQL bundle
 * (dist/graphiql/, built here if missing). Saves a screenshot to test-artifacts/graphiql.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { DEFAULT_QUERY } from '../../web/graphiql/defaultQuery';
import { launchChromium } from '../support/browser';
import { startTestApi } from '../support/api';

const SCREENSHOT = path.join(PROJECT_ROOT, 'test-artifacts', 'graphiql.png');
/** What a browser sends when navigating to a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let api: { url: string; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'graphiql', 'index.html'))) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-graphiql.mjs')], { stdio: 'inherit' });
  }
  api = await startTestApi();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('GraphiQL over HTTP', () => {
  it('serves the GraphiQL page at GET /graphiql', async () => {
    const res = await fetch(`${api.url}/graphiql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
  });

  it('serves the GraphiQL page to a browser navigating to GET /graphql', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).toMatch(/src="\/graphiql\/assets\/[^"]+\.js"/);
  });

  it('serves the assets with long cache headers', async () => {
    const html = await (await fetch(`${api.url}/graphiql`)).text();
    const script = /src="(\/graphiql\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await fetch(`${api.url}${script}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect((await fetch(`${api.url}/graphiql/assets/no-such-file.js`)).status).toBe(404);
  });

  it('still answers GraphQL POST requests at /graphql', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('passes GraphQL GET requests at /graphql through to the GraphQL server, even from a browser', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GraphiQL in headless Chromium, offline', () => {
  let context: BrowserContext;
  let page: Page;
  /** Requests to anywhere but 127.0.0.1, all aborted. */
  const blocked: string[] = [];
  const failed: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') {
        await route.continue();
      } else {
        blocked.push(url);
        await route.abort('blockedbyclient');
      }
    });
    page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? '?'}`));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('runs the default query and shows the data from the server', async () => {
    await page.goto(`${api.url}/graphiql`, { waitUntil: 'load' });

    // The default tab holds the worked example.
    const firstOperation = /query\s+(\w+)/.exec(DEFAULT_QUERY)?.[1] ?? '{';
    await waitForText(page, '.graphiql-query-editor .view-lines', firstOperation);

    // Run it, and capture what the server answered.
    const responsePromise = page.waitForResponse(
      (response) => response.request().method() === 'POST' && isDefaultQuery(response.request().postData()),
      { timeout: 30_000 },
    );
    await page.locator('.graphiql-execute-button').click();
    const response = await responsePromise;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();

    // The result pane shows it.
    const expected = firstStringLeaf(body.data);
    expect(expected).toBeDefined(); // the example query finds something
    await waitForText(page, '.graphiql-response .view-lines', '"data"');
    const shown = normalise(await page.locator('.graphiql-response .view-lines').innerText());
    expect(shown).not.toContain('"errors"');
    expect(shown).toContain(normalise(JSON.stringify(expected)));

    // Let the lazily started Monaco workers come up, then take the picture.
    await page.waitForTimeout(1_000);
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // It all came from our server: nothing was blocked, failed or thrown.
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Monaco ran its own web workers (a broken getWorker makes it fall back to the main thread).
    expect(requested.some((url) => /\/graphiql\/assets\/editor\.worker-[^/]+\.js$/.test(url))).toBe(true);
    expect(requested.some((url) => /\/graphiql\/assets\/graphql\.worker-[^/]+\.js$/.test(url))).toBe(true);
  }, 90_000);
});

/** Waits until the element matching `selector` shows `text` (Monaco renders editors' lines as DOM text). */
async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, wanted]) => {
      const element = document.querySelector<HTMLElement>(sel);
      return element !== null && element.innerText.replace(/\u00a0/g, ' ').includes(wanted);
    },
    [selector, text] as const,
    { timeout: 30_000 },
  );
}

/** True for the body of a GraphQL request that runs DEFAULT_QUERY (and not, say, GraphiQL's introspection query). */
function isDefaultQuery(postData: string | null): boolean {
  const firstLine = DEFAULT_QUERY.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  try {
    const { query } = JSON.parse(postData ?? '') as { query?: unknown };
    return typeof query === 'string' && firstLine !== undefined && query.includes(firstLine);
  } catch {
    return false;
  }
}

/** Monaco renders spaces as no-break spaces. */
function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** The first string found depth-first in a JSON value (e.g. the entity's name), to look for in the result pane. */
function firstStringLeaf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) {
      const found = firstStringLeaf(child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
