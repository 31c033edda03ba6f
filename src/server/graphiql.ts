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
import type { Request, Router } from 'express';
import { bundledPageDirectory, bundledPageRouter, sendBundledPage, type BundledPage } from './bundledPage';

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

const GRAPHIQL: BundledPage = {
  distFolder: 'graphiql',
  route: '/graphiql',
  title: 'GraphiQL',
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
};

export const GRAPHIQL_DIR = bundledPageDirectory(GRAPHIQL);

export function graphiqlRouter(): Router {
  const router = bundledPageRouter(GRAPHIQL);
  router.get('/graphql', (req, res, next) => {
    if (!wantsGraphiqlPage(req)) {
      next();
      return;
    }
    res.vary('Accept');
    sendBundledPage(GRAPHIQL, res).catch(next);
  });
  return router;
}
