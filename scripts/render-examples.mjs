#!/usr/bin/env node
/**
 * Runs every query in examples/*.graphql against a running API and writes each query with its real output into
 * README.md between the <!-- EXAMPLES --> and <!-- /EXAMPLES --> markers.
 *
 * Usage: node scripts/render-examples.mjs [http://127.0.0.1:4000/graphql]
 *        node scripts/render-examples.mjs --two-sources [url]   examples/two-sources/*.graphql, rendered between the
 *        <!-- TWO-SOURCE EXAMPLES --> markers, against a graph loaded with `npm run seed:two-sources`
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const twoSources = process.argv.includes('--two-sources');
const url = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:4000/graphql';
const folder = twoSources ? 'examples/two-sources' : 'examples';
const files = readdirSync(path.join(ROOT, folder))
  .filter((f) => f.endsWith('.graphql'))
  .sort();

const sections = [];
for (const file of files) {
  const query = readFileSync(path.join(ROOT, folder, file), 'utf8').trim();
  const title = query.split('\n')[0].replace(/^#\s*/, '');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${file}: ${JSON.stringify(body.errors)}`);
  // Non-breaking spaces of the source are kept in the data; shown here as plain spaces for readability.
  const output = JSON.stringify(body, null, 2).replace(/\\u00a0|\u00a0/g, ' ');
  sections.push(
    `### ${title}\n\n\`${folder}/${file}\`\n\n\`\`\`graphql\n${query}\n\`\`\`\n\n<details><summary>Output</summary>\n\n\`\`\`json\n${output}\n\`\`\`\n\n</details>\n`,
  );
}

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const marker = twoSources ? 'TWO-SOURCE EXAMPLES' : 'EXAMPLES';
const start = readme.indexOf(`<!-- ${marker} -->`);
const end = readme.indexOf(`<!-- /${marker} -->`);
if (start < 0 || end < 0) throw new Error(`README.md lacks the <!-- ${marker} --> ... <!-- /${marker} --> markers`);
const intro = twoSources
  ? `Each query is in \`examples/two-sources/\`; the output below is what the API returned on the seeds plus the invented
second source (\`npm run seed:two-sources\`, then \`node scripts/render-examples.mjs --two-sources\`;
\`tests/integration/examples.test.ts\` checks it is still what the API returns).`
  : `Each query is in \`examples/\`; the output below is what the API returned on the seed graph (rendered by
\`node scripts/render-examples.mjs\` against \`npm start\`; \`tests/integration/examples.test.ts\` checks it is still what
the API returns, full-text scores aside, which depend on the index's history). Paste any of them into GraphiQL.`;
const heading = twoSources ? '### Many sources: example queries' : '## Example queries';
const block = `<!-- ${marker} -->\n${heading}\n\n${intro}\n\n${sections.map((s) => (twoSources ? s.replace(/^### /, '#### ') : s)).join('\n')}\n`;
writeFileSync(path.join(ROOT, 'README.md'), readme.slice(0, start) + block + readme.slice(end));
console.log(`Rendered ${files.length} examples into README.md`);
