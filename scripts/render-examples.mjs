#!/usr/bin/env node
/**
 * Runs every query in examples/*.graphql against a running API and writes each query with its real output into
 * README.md between the <!-- EXAMPLES --> and <!-- /EXAMPLES --> markers.
 *
 * Usage: node scripts/render-examples.mjs [http://127.0.0.1:4000/graphql]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
const files = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.graphql'))
  .sort();

const sections = [];
for (const file of files) {
  const query = readFileSync(path.join(ROOT, 'examples', file), 'utf8').trim();
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
    `### ${title}\n\n\`examples/${file}\`\n\n\`\`\`graphql\n${query}\n\`\`\`\n\n<details><summary>Output</summary>\n\n\`\`\`json\n${output}\n\`\`\`\n\n</details>\n`,
  );
}

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('<!-- EXAMPLES -->');
const end = readme.indexOf('<!-- /EXAMPLES -->');
if (start < 0 || end < 0) throw new Error('README.md lacks the <!-- EXAMPLES --> ... <!-- /EXAMPLES --> markers');
const block = `<!-- EXAMPLES -->\n## Example queries\n\nEach query is in \`examples/\`; the output below is what the API returned on the seed graph (rendered by\n\`node scripts/render-examples.mjs\` against \`npm start\`; \`tests/integration/examples.test.ts\` checks it is still what\nthe API returns, full-text scores aside, which depend on the index's history). Paste any of them into GraphiQL.\n\n${sections.join('\n')}\n`;
writeFileSync(path.join(ROOT, 'README.md'), readme.slice(0, start) + block + readme.slice(end));
console.log(`Rendered ${files.length} examples into README.md`);
