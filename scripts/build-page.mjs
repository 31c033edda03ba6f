/**
 * The build of our bundled browser pages (the explorer, the review page) with esbuild: web/<folder>/ into
 * dist/<folder>/index.html plus content-hashed assets. Nothing is loaded from elsewhere: system fonts only,
 * every library bundled in. `--dev` on the calling script: not minified, with source maps.
 */
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles web/<folder>/main.ts and its stylesheet into dist/<folder>/assets/ and fills the page template's
 * %STYLESHEET% and %SCRIPT% with their content-hashed URLs under `assetsUrl`.
 */
export async function buildPage({ folder, assetsUrl, label }) {
  const OUT_DIR = path.join(ROOT, 'dist', folder);
  const ASSETS_DIR = path.join(OUT_DIR, 'assets');
  const ASSETS_URL = assetsUrl;
  const ENTRY = `web/${folder}/main.ts`;
  const TEMPLATE = path.join(ROOT, 'web', folder, 'index.html');
  const dev = process.argv.includes('--dev');

  const started = performance.now();
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(ASSETS_DIR, { recursive: true });

  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outdir: ASSETS_DIR,
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    logLevel: 'warning',
    metafile: true,
  });

  const [scriptFile, scriptInfo] =
    Object.entries(result.metafile.outputs).find(([, info]) => info.entryPoint === ENTRY) ?? [];
  if (!scriptFile || !scriptInfo?.cssBundle) throw new Error(`esbuild produced no script and stylesheet for ${ENTRY}`);
  const assetUrl = (file) => `${ASSETS_URL}${path.relative(ASSETS_DIR, path.join(ROOT, file))}`;

  const template = await readFile(TEMPLATE, 'utf8');
  const html = template
    .replace('%STYLESHEET%', assetUrl(scriptInfo.cssBundle))
    .replace('%SCRIPT%', assetUrl(scriptFile));
  if (/%[A-Z]+%/.test(html))
    throw new Error(`${path.relative(ROOT, TEMPLATE)} has a placeholder this script does not fill`);
  await writeFile(path.join(OUT_DIR, 'index.html'), html);

  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const stylesheetBytes = result.metafile.outputs[scriptInfo.cssBundle]?.bytes ?? 0;
  console.log(
    `${label} built into ${path.relative(ROOT, OUT_DIR)}/ in ${Math.round(performance.now() - started)} ms:` +
      ` script ${kib(scriptInfo.bytes)}, stylesheet ${kib(stylesheetBytes)}`,
  );
}
