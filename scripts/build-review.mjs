#!/usr/bin/env node
/**
 * Builds the review page (web/review/: TypeScript, no framework) into dist/review/ with esbuild:
 *
 *   dist/review/index.html     the page (served at GET /review and /review/<source id> by src/server/review.ts)
 *   dist/review/assets/*       its content-hashed script and stylesheet
 *
 * Usage: node scripts/build-review.mjs [--dev]   (--dev: not minified, with source maps)
 */
import { buildPage } from './build-page.mjs';

await buildPage({ folder: 'review', assetsUrl: '/review/assets/', label: 'Review page' });
