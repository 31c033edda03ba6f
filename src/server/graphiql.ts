/**
 * Our self-hosted GraphiQL, bundled at build time by scripts/build-graphiql.mjs into dist/graphiql/ (no CDN, no
 * external fonts: it works with no internet).
 *
 * - GET /graphiql                 the GraphiQL page
 * - GET /graphiql/assets/...      its content-hashed scripts, styles and Monaco workers (cached for a year)
 * - GET /graphql                  the page too, for a browser navigating there (Accept prefers text/html and no
 *                                 GraphQL-over-GET parameters); every other request falls through to Apollo.
 *
 * Mount it before Apollo's middleware.
 */
import express, { type Request, type Response, type Router } from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

export const GRAPHIQL_DIR = path.join(PROJECT_ROOT, 'dist', 'graphiql');
const INDEX_HTML = path.join(GRAPHIQL_DIR, 'index.html');
const ASSETS_DIR = path.join(GRAPHIQL_DIR, 'assets');

/** Query parameters of a GraphQL-over-HTTP GET request: their presence means "execute", not "show the IDE". */
const GRAPHQL_GET_PARAMS = ['query', 'operationName', 'variables', 'extensions'];

/**
 * Keeps the page to our own origin: a browser-enforced guarantee that nothing is fetched from elsewhere.
 * Monaco sets inline styles, and fonts and icons are inlined as data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** True when the request is a browser navigation that wants a page rather than a GraphQL response. */
function wantsGraphiqlPage(req: Request): boolean {
  const query: unknown = req.query;
  if (query && typeof query === 'object' && GRAPHQL_GET_PARAMS.some((name) => name in query)) return false;
  // A browser sends e.g. "text/html,application/xhtml+xml,...,*/*;q=0.8"; GraphQL clients send JSON types or */*.
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

async function sendPage(res: Response): Promise<void> {
  let html: string;
  try {
    html = await readFile(INDEX_HTML, 'utf8');
  } catch {
    res
      .status(503)
      .type('text/plain')
      .set('Cache-Control', 'no-store')
      .send('GraphiQL is not built: run `npm run build` (it writes dist/graphiql/).\n');
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

export function graphiqlRouter(): Router {
  const router = express.Router();

  router.use(
    '/graphiql/assets',
    express.static(ASSETS_DIR, {
      // File names carry a content hash, so they never change.
      immutable: true,
      maxAge: '365d',
      index: false,
      redirect: false,
    }),
  );
  router.use('/graphiql/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });

  router.get('/graphiql', (_req, res, next) => {
    sendPage(res).catch(next);
  });

  router.get('/graphql', (req, res, next) => {
    if (!wantsGraphiqlPage(req)) {
      next();
      return;
    }
    res.vary('Accept');
    sendPage(res).catch(next);
  });

  return router;
}
