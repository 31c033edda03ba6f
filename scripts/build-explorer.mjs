#!/usr/bin/env node
/**
 * Builds the graph explorer (web/explorer/: TypeScript + cytoscape) into dist/explorer/ with esbuild:
 *
 *   dist/explorer/index.html          the page (served at GET /explore by src/server/explorer.ts)
 *   dist/explorer/assets/*            its content-hashed script and stylesheet
 *
 * Usage: node scripts/build-explorer.mjs [--dev]   (--dev: not minified, with source maps)
 */
import { buildPage } from './build-page.mjs';

await buildPage({ folder: 'explorer', assetsUrl: '/explore/assets/', label: 'Explorer' });
