/**
 * A browser page bundled at build time into dist/<name>/ (index.html plus content-hashed assets) and served by the
 * API under a same-origin Content-Security-Policy, so it works with no internet. GraphiQL and the explorer are two.
 */
import express, { type Response, type Router } from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

export interface BundledPage {
  /** Folder under dist/ written by the page's build script. */
  readonly distFolder: string;
  /** URL path of the page, e.g. /explore; its assets are served under `${route}/assets`. */
  readonly route: string;
  /** What the 503 says is missing, e.g. "The explorer". */
  readonly title: string;
  readonly contentSecurityPolicy: string;
}

export function bundledPageDirectory(page: BundledPage): string {
  return path.join(PROJECT_ROOT, 'dist', page.distFolder);
}

/** Sends the page, or a one-line 503 when the bundle has not been built. */
export async function sendBundledPage(page: BundledPage, res: Response): Promise<void> {
  let html: string;
  try {
    html = await readFile(path.join(bundledPageDirectory(page), 'index.html'), 'utf8');
  } catch {
    res
      .status(503)
      .type('text/plain')
      .set('Cache-Control', 'no-store')
      .send(`${page.title} is not built: run \`npm run build\` (it writes dist/${page.distFolder}/).\n`);
    return;
  }
  res
    .status(200)
    .type('html')
    .set({
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': page.contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    })
    .send(html);
}

/** GET <route> (the page) and <route>/assets/* (cached for a year: names carry a content hash; 404 otherwise). */
export function bundledPageRouter(page: BundledPage): Router {
  const router = express.Router();
  const assets = `${page.route}/assets`;
  router.use(
    assets,
    express.static(path.join(bundledPageDirectory(page), 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      redirect: false,
    }),
  );
  router.use(assets, (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });
  router.get(page.route, (_req, res, next) => {
    sendBundledPage(page, res).catch(next);
  });
  return router;
}
