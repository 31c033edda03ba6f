/**
 * The graph explorer, bundled at build time by scripts/build-explorer.mjs into dist/explorer/ (no CDN, no external
 * fonts: it works with no internet). Its browser code is in web/explorer/.
 *
 * - GET /explore                  the explorer page (its view state lives in the query string, read by the page)
 * - GET /explore/assets/...       its content-hashed script and stylesheet (cached for a year)
 */
import express, { type Response, type Router } from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

export const EXPLORER_DIR = path.join(PROJECT_ROOT, 'dist', 'explorer');
const INDEX_HTML = path.join(EXPLORER_DIR, 'index.html');
const ASSETS_DIR = path.join(EXPLORER_DIR, 'assets');

/**
 * Keeps the page to our own origin: a browser-enforced guarantee that nothing is fetched from elsewhere. Exports
 * are downloaded through blob: URLs; cytoscape draws on canvases and styles its elements from script (CSSOM), which
 * needs no 'unsafe-inline'.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

async function sendPage(res: Response): Promise<void> {
  let html: string;
  try {
    html = await readFile(INDEX_HTML, 'utf8');
  } catch {
    res
      .status(503)
      .type('text/plain')
      .set('Cache-Control', 'no-store')
      .send('The explorer is not built: run `npm run build` (it writes dist/explorer/).\n');
    return;
  }
  res
    .status(200)
    .type('html')
    .set({
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    })
    .send(html);
}

export function explorerRouter(): Router {
  const router = express.Router();

  router.use(
    '/explore/assets',
    express.static(ASSETS_DIR, {
      // File names carry a content hash, so they never change.
      immutable: true,
      maxAge: '365d',
      index: false,
      redirect: false,
    }),
  );
  router.use('/explore/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });

  router.get('/explore', (_req, res, next) => {
    sendPage(res).catch(next);
  });

  return router;
}
