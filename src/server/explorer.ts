/**
 * The graph explorer, bundled at build time by scripts/build-explorer.mjs into dist/explorer/ (no CDN, no external
 * fonts: it works with no internet). Its browser code is in web/explorer/.
 *
 * - GET /explore                  the explorer page (its view state lives in the query string, read by the page)
 * - GET /explore/assets/...       its content-hashed script and stylesheet (cached for a year)
 */
import type { Router } from 'express';
import { bundledPageDirectory, bundledPageRouter, type BundledPage } from './bundledPage';

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

const EXPLORER: BundledPage = {
  distFolder: 'explorer',
  route: '/explore',
  title: 'The explorer',
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
};

export const EXPLORER_DIR = bundledPageDirectory(EXPLORER);

export function explorerRouter(): Router {
  return bundledPageRouter(EXPLORER);
}
