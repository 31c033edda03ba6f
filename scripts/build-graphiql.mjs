#!/usr/bin/env node
/**
 * Builds our self-hosted GraphiQL (graphiql 5 + React 19 + Monaco) into dist/graphiql/ with esbuild:
 *
 *   dist/graphiql/index.html          the page (served at GET /graphiql, and at GET /graphql for browsers)
 *   dist/graphiql/assets/*            content-hashed JS/CSS/fonts and the three Monaco workers
 *
 * Nothing is loaded from a CDN: fonts are inlined in the CSS, and the workers (editor, json, graphql) are
 * bundled here and wired up through globalThis.MonacoEnvironment.getWorker (web/graphiql/setupWorkers.ts).
 *
 * Usage: node scripts/build-graphiql.mjs [--dev]   (--dev: not minified, with source maps)
 */
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'dist', 'graphiql');
const ASSETS_DIR = path.join(OUT_DIR, 'assets');
/** URL path under which the server serves ASSETS_DIR (see src/server/graphiql.ts). */
const ASSETS_URL = '/graphiql/assets/';
const dev = process.argv.includes('--dev');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  logLevel: 'warning',
  metafile: true,
};

/** The name (relative to ASSETS_DIR) of the output that esbuild produced for `entryPoint`. */
function outputFor(metafile, entryPoint, ext) {
  for (const [file, info] of Object.entries(metafile.outputs)) {
    if (info.entryPoint === entryPoint && file.endsWith(ext)) {
      return path.relative(ASSETS_DIR, path.join(ROOT, file));
    }
  }
  throw new Error(`esbuild produced no ${ext} output for ${entryPoint}`);
}

/** The folder of package `name` as Node resolves it from folder `from`. */
function packageDir(name, from) {
  return path.dirname(createRequire(path.join(from, 'noop.js')).resolve(`${name}/package.json`));
}

const started = performance.now();
await rm(OUT_DIR, { recursive: true, force: true });
await mkdir(ASSETS_DIR, { recursive: true });

// 1. Monaco web workers: self-contained classic scripts, from the very monaco-editor and monaco-graphql copies that
//    graphiql's @graphiql/react uses (they are its dependencies, not ours).
const graphiqlReactDir = packageDir('@graphiql/react', packageDir('graphiql', ROOT));
const monacoEditorDir = packageDir('monaco-editor', graphiqlReactDir);
const monacoGraphqlDir = packageDir('monaco-graphql', graphiqlReactDir);
const workerEntries = {
  editor: path.relative(ROOT, path.join(monacoEditorDir, 'esm/vs/editor/editor.worker.js')),
  json: path.relative(ROOT, path.join(monacoEditorDir, 'esm/vs/language/json/json.worker.js')),
  graphql: path.relative(ROOT, path.join(monacoGraphqlDir, 'esm/graphql.worker.js')),
};
const workersResult = await build({
  ...common,
  entryPoints: Object.entries(workerEntries).map(([name, file]) => ({ in: file, out: `${name}.worker` })),
  outdir: ASSETS_DIR,
  entryNames: '[name]-[hash]',
  format: 'iife',
});
const workers = Object.fromEntries(
  Object.entries(workerEntries).map(([name, file]) => [name, outputFor(workersResult.metafile, file, '.js')]),
);

// 2. The page's script and CSS: an ES module (Monaco's language modes are loaded lazily, as chunks).
const clientEntry = 'web/graphiql/client.tsx';
const clientResult = await build({
  ...common,
  entryPoints: [clientEntry],
  outdir: ASSETS_DIR,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: '[name]-[hash]',
  format: 'esm',
  splitting: true,
  jsx: 'automatic',
  define: { ...common.define, __GRAPHIQL_WORKERS__: JSON.stringify(workers) },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
});
const script = outputFor(clientResult.metafile, clientEntry, '.js');
const scriptInfo = clientResult.metafile.outputs[path.relative(ROOT, path.join(ASSETS_DIR, script))];
if (!scriptInfo?.cssBundle) throw new Error(`esbuild produced no CSS bundle for ${clientEntry}`);
const stylesheet = path.relative(ASSETS_DIR, path.join(ROOT, scriptInfo.cssBundle));
// Monaco's lazily imported modules import CSS of their own, which esbuild writes next to their chunks; graphiql's
// stylesheet already holds all of it and nothing links those files, so drop them.
for (const file of Object.keys(clientResult.metafile.outputs)) {
  if (file.endsWith('.css') && file !== scriptInfo.cssBundle) {
    await rm(path.join(ROOT, file));
    delete clientResult.metafile.outputs[file];
  }
}

// 3. The page.
const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>GraphiQL · SCO knowledge graph</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${ASSETS_URL}${stylesheet}" />
    <style>
      html, body { height: 100%; margin: 0; }
      #graphiql { height: 100vh; }
      .graphiql-loading { display: flex; align-items: center; justify-content: center; height: 100%; font-family: system-ui, sans-serif; }
    </style>
  </head>
  <body>
    <div id="graphiql"><div class="graphiql-loading">Loading GraphiQL…</div></div>
    <noscript>GraphiQL needs JavaScript. You can still send GraphQL requests to POST /graphql.</noscript>
    <script type="module" src="${ASSETS_URL}${script}"></script>
  </body>
</html>
`;
await writeFile(path.join(OUT_DIR, 'index.html'), html);

// Summary.
let total = 0;
const outputs = { ...workersResult.metafile.outputs, ...clientResult.metafile.outputs };
for (const info of Object.values(outputs)) total += info.bytes;
const mib = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const ms = Math.round(performance.now() - started);
console.log(
  `GraphiQL built into ${path.relative(ROOT, OUT_DIR)}/ in ${ms} ms: ${Object.keys(outputs).length} files, ${mib(total)}` +
    ` (page script ${mib(scriptInfo.bytes)})`,
);
