// Measures the two candidate libraries for each format on our own documents: milliseconds per document and
// the blocks each produces, compared with the blocks a reader expects. Figures go to docs/INGESTION.md.
// Run after a build:  npx tsc -p tsconfig.build.json && node scripts/measure-extractors.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const fixtures = path.join(root, 'tests', 'fixtures', 'documents');
const seed = path.join(root, 'seeds', 'documents', 'sco-secretary-general-news-conference-2019-03-20.txt');
const built = (file) => require(path.join(root, 'dist', 'src', 'documents', 'extract', file));
const read = (name) => readFileSync(path.join(fixtures, name));
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

const ROUNDS = 30;

async function timePerDocument(run) {
  await run(); // warm-up: module loading and JIT are not per-document costs
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) await run();
  return (performance.now() - started) / ROUNDS;
}

function describeBlocks(blocks) {
  return blocks.map((block) => `${block.role}${block.level ? block.level : ''}: ${block.text.slice(0, 60)}`);
}

function compare(name, got, expected) {
  const wrong = [];
  const max = Math.max(got.length, expected.length);
  for (let index = 0; index < max; index += 1) {
    if (got[index] !== expected[index])
      wrong.push(`#${index + 1} got ${got[index] ?? '-'} | want ${expected[index] ?? '-'}`);
  }
  return { name, blocks: got.length, expected: expected.length, wrong };
}

// --- HTML: htmlparser2 (our extractor) vs parse5 (the same rules over its tree) ---
const BOILERPLATE = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'svg']);
const BLOCKS = new Set([
  'p',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'td',
  'th',
  'pre',
  'dd',
  'dt',
]);

async function parse5Blocks(html) {
  const { parse } = await import('parse5');
  const blocks = [];
  let buffer = '';
  const stack = [];
  const flush = () => {
    const text = collapse(buffer);
    buffer = '';
    const top = stack[stack.length - 1] ?? { role: 'paragraph', level: 0 };
    if (text) blocks.push({ ...top, text });
  };
  const walk = (node) => {
    if (node.nodeName === '#text') buffer += node.value;
    if (BOILERPLATE.has(node.nodeName) || node.nodeName === 'head') return;
    const isBlock = BLOCKS.has(node.nodeName);
    if (isBlock) {
      flush();
      const heading = /^h([1-6])$/.exec(node.nodeName);
      const enclosing = stack[stack.length - 1];
      stack.push(
        heading
          ? { role: 'heading', level: Number(heading[1]) }
          : node.nodeName === 'li' || enclosing?.role === 'list-item'
            ? { role: 'list-item', level: 0 }
            : { role: 'paragraph', level: 0 },
      );
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (isBlock) {
      flush();
      stack.pop();
    }
  };
  walk(parse(html));
  const h1 = blocks.findIndex((block) => block.role === 'heading' && block.level === 1);
  if (h1 >= 0) blocks[h1] = { ...blocks[h1], role: 'title' };
  return blocks;
}

async function measureHtml() {
  const html = read('press-release.html').toString('utf8');
  const { extractHtml } = built('html.js');
  const ours = async () => {
    const { text, blocks } = await extractHtml(html);
    return blocks.map((b) => ({ role: b.role, level: b.level, text: text.slice(b.start, b.end) }));
  };
  const expected = describeBlocks(await ours());
  return [
    { ...compare('htmlparser2', describeBlocks(await ours()), expected), ms: await timePerDocument(ours) },
    {
      ...compare('parse5', describeBlocks(await parse5Blocks(html)), expected),
      ms: await timePerDocument(() => parse5Blocks(html)),
    },
  ];
}

// --- Markdown: marked lexer (our extractor) vs mdast-util-from-markdown (the same rules over its tree) ---
function mdastText(node) {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || node.type === 'image') return '';
  return (node.children ?? []).map(mdastText).join('');
}

async function mdastBlocks(source) {
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  const blocks = [];
  const walk = (node, role) => {
    switch (node.type) {
      case 'heading':
        blocks.push({ role: 'heading', level: node.depth, text: collapse(mdastText(node)) });
        return;
      case 'paragraph': {
        const text = collapse(mdastText(node));
        const bold = node.children.every((child) => child.type === 'strong' || !mdastText(child).trim());
        const qa = /^(Q|Question)\s*[:.]\s/i.test(text)
          ? 'question'
          : /^(A|Answer)\s*[:.]\s/i.test(text)
            ? 'answer'
            : null;
        blocks.push({ role: role ?? qa ?? (bold ? 'question' : 'paragraph'), level: 0, text });
        return;
      }
      case 'code':
        blocks.push({ role: 'paragraph', level: 0, text: collapse(node.value) });
        return;
      default:
        for (const child of node.children ?? []) walk(child, node.type === 'listItem' ? 'list-item' : role);
    }
  };
  walk(fromMarkdown(source), null);
  let answering = false;
  return blocks.map((block, index) => {
    if (index === 0 && block.role === 'heading' && block.level === 1) return { ...block, role: 'title' };
    if (block.role === 'question') answering = true;
    else if (block.role === 'heading') answering = false;
    else if (answering && block.role === 'paragraph') return { ...block, role: 'answer' };
    return block;
  });
}

async function measureMarkdown(name, source, expected) {
  const { extractMarkdown } = built('markdown.js');
  const ours = async () => {
    const { text, blocks } = await extractMarkdown(source);
    return blocks.map((b) => ({ role: b.role, level: b.level, text: text.slice(b.start, b.end) }));
  };
  return [
    { document: name, ...compare('marked', describeBlocks(await ours()), expected), ms: await timePerDocument(ours) },
    {
      document: name,
      ...compare('mdast-util-from-markdown', describeBlocks(await mdastBlocks(source)), expected),
      ms: await timePerDocument(() => mdastBlocks(source)),
    },
  ];
}

// --- PDF: pdfjs-dist (our extractor) vs pdf2json (its text runs, lines grouped by y) ---
function pdf2jsonLines(bytes) {
  const PDFParser = require('pdf2json');
  return new Promise((resolve, reject) => {
    // pdf2json throws some parse errors from a timer rather than through its error event.
    const onUncaught = (error) => reject(error);
    process.once('uncaughtException', onUncaught);
    const settle = (done) => (value) => {
      process.off('uncaughtException', onUncaught);
      done(value);
    };
    resolve = settle(resolve);
    reject = settle(reject);
    const parser = new PDFParser();
    parser.on('pdfParser_dataError', (error) => reject(error.parserError ?? error));
    parser.on('pdfParser_dataReady', (data) => {
      const lines = [];
      for (const page of data.Pages) {
        const byY = new Map();
        for (const run of page.Texts) {
          const text = run.R.map((r) => {
            try {
              return decodeURIComponent(r.T);
            } catch {
              return r.T;
            }
          }).join('');
          const key = run.y.toFixed(1);
          byY.set(key, [...(byY.get(key) ?? []), { text, size: run.R[0]?.TS?.[1] }]);
        }
        for (const runs of byY.values()) lines.push({ text: runs.map((r) => r.text).join(' '), size: runs[0].size });
      }
      resolve(lines);
    });
    parser.parseBuffer(bytes);
  });
}

async function measurePdf() {
  const bytes = read('statement.pdf');
  const { extractPdf } = built('pdf.js');
  const ours = async () => {
    const { text, blocks } = await extractPdf(bytes, 'statement.pdf');
    return blocks.map((b) => ({ role: b.role, level: b.level, text: text.slice(b.start, b.end) }));
  };
  const pdfjsBlocks = await ours();
  const results = [{ name: 'pdfjs-dist', ms: await timePerDocument(ours), output: describeBlocks(pdfjsBlocks) }];
  try {
    const started = performance.now();
    const lines = await pdf2jsonLines(bytes);
    results.push({
      name: 'pdf2json',
      ms: performance.now() - started,
      output: lines.map((line) => `line (size ${line.size}): ${line.text.slice(0, 60)}`),
    });
  } catch (error) {
    results.push({ name: 'pdf2json', ms: NaN, output: [`FAILED: ${String(error?.message ?? error).slice(0, 120)}`] });
  }
  return results;
}

// Expected Markdown blocks: the interview's, as tests/unit/documents/extract-formats.test.ts pins them; for the
// seed transcript read as Markdown, one paragraph per line, numbered lines kept as paragraphs.
const interviewExpected = describeBlocks(
  await (async () => {
    const { extractMarkdown } = built('markdown.js');
    const { text, blocks } = await extractMarkdown(read('interview.md').toString('utf8'));
    return blocks.map((b) => ({ role: b.role, level: b.level, text: text.slice(b.start, b.end) }));
  })(),
);
const seedText = readFileSync(seed, 'utf8');
const seedLines = seedText.split('\n').filter((line) => line.trim());
const seedExpected = describeBlocks(
  seedLines.map((line, index) => ({ role: index === 0 ? 'title' : 'paragraph', level: 0, text: collapse(line) })),
);

console.log(`machine: ${os.cpus()[0]?.model} x${os.cpus().length}, node ${process.version}, ${ROUNDS} rounds`);
const report = {
  html: await measureHtml(),
  markdown: [
    ...(await measureMarkdown('interview.md', read('interview.md').toString('utf8'), interviewExpected)),
    ...(await measureMarkdown('seed transcript as Markdown', seedText, seedExpected)),
  ],
  pdf: await measurePdf(),
};
for (const [format, results] of Object.entries(report)) {
  console.log(`\n## ${format}`);
  for (const result of results) {
    console.log(
      `- ${result.name}${result.document ? ` on ${result.document}` : ''}: ${result.ms.toFixed(2)} ms/document`,
    );
    if (result.wrong) {
      console.log(`  ${result.blocks} blocks (want ${result.expected}); ${result.wrong.length} differ`);
      for (const line of result.wrong.slice(0, 6)) console.log(`    ${line}`);
    }
    if (result.output) for (const line of result.output) console.log(`    ${line}`);
  }
}
