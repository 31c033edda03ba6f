/**
 * The review page of ingested documents, bundled at build time by scripts/build-review.mjs into dist/review/ (no
 * CDN, no external fonts). Its browser code is in web/review/; it reads and decides through POST /graphql with the
 * editor's bearer token.
 *
 * - GET /review                   the ingested sources, each linking to its queue
 * - GET /review/:sourceId         one source's text beside its review queue (the page reads the id from its path)
 * - GET /review/assets/...        its content-hashed script and stylesheet (cached for a year)
 */
import type { Router } from 'express';
import { bundledPageDirectory, bundledPageRouter, sendBundledPage, type BundledPage } from './bundledPage';

/** The explorer's policy (src/server/explorer.ts) without blob: images: the page downloads nothing. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const REVIEW: BundledPage = {
  distFolder: 'review',
  route: '/review',
  title: 'The review page',
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
};

export const REVIEW_DIR = bundledPageDirectory(REVIEW);

export function reviewRouter(): Router {
  const router = bundledPageRouter(REVIEW);
  // After the assets: `/review/assets/...` never reaches this route.
  router.get(`${REVIEW.route}/:sourceId`, (_req, res, next) => {
    sendBundledPage(REVIEW, res).catch(next);
  });
  return router;
}
