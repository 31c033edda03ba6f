#!/usr/bin/env node
/**
 * `npm run bench:ingestion`: the document pipeline measured on the seed transcript treated as a new document,
 * against our own curated seeds as the answer key, plus its time on every invented fixture. Rewrites the part of
 * docs/INGESTION.md between the `bench:ingestion` markers (the rest of the file is written by hand).
 *
 *   (1) with the entity catalogue: recall and precision of linked mentions
 *   (2) with an empty catalogue: recall of the curated entities among candidates, by kind
 *   (3) candidate facts: precision and recall against the curated relationships, by type; negatives kept
 *
 * Runs over dist/ (npm run bench:ingestion builds first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (module) => require(path.join(ROOT, 'dist', 'src', module));
const { checkSeeds } = dist('ingest/seed.js');
const { extractDocument } = dist('documents/extract/index.js');
const { analyseDocument } = dist('documents/analyse.js');
const linking = dist('documents/evaluation/linking.js');
const facts = dist('documents/evaluation/facts.js');

const DOC = path.join(ROOT, 'docs', 'INGESTION.md');
const START = '<!-- bench:ingestion:start (written by npm run bench:ingestion; do not edit by hand) -->';
const END = '<!-- bench:ingestion:end -->';
const SEED_FILE = 'seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt';
const FIXTURES = ['interview.md', 'press-release.html', 'statement.pdf', 'notice.txt'];
const RUNS = 5;

const f3 = (x) => x.toFixed(3);
const ms = (x) => `${x.toFixed(0)} ms`;
const pass = (ok) => (ok ? 'met' : '**not met**');

/** Median of RUNS timed runs after one warm-up. */
async function timed(work) {
  await work();
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { result, ms: times[Math.floor(times.length / 2)] };
}

const { graph } = checkSeeds();
const catalogue = linking.catalogueOf(graph);
const seedBytes = readFileSync(path.join(ROOT, SEED_FILE));
const seedDoc = await extractDocument(seedBytes, { fileName: path.basename(SEED_FILE) });
const words = linking.wordCount(seedDoc.text);

linking.evaluateKnownLinking(graph);
const known = linking.evaluateKnownLinking(graph);
linking.evaluateCandidates(graph);
const candidates = linking.evaluateCandidates(graph);
facts.evaluateFacts(seedDoc, catalogue, facts.SEED_DOCUMENT_DATE, facts.curatedFacts(graph));
const proposed = facts.evaluateFacts(seedDoc, catalogue, facts.SEED_DOCUMENT_DATE, facts.curatedFacts(graph));

const pipeline = [];
for (const [name, file, date] of [
  ['seed transcript (as new)', SEED_FILE, facts.SEED_DOCUMENT_DATE],
  ...FIXTURES.map((f) => [f, `tests/fixtures/documents/${f}`, '2019-05-22']),
]) {
  const bytes = readFileSync(path.join(ROOT, file));
  const { result, ms: total } = await timed(async () => {
    const doc = await extractDocument(bytes, { fileName: path.basename(file) });
    return { doc, analysis: analyseDocument(doc, catalogue, date) };
  });
  const w = linking.wordCount(result.doc.text);
  pipeline.push({
    name,
    bytes: bytes.length,
    words: w,
    passages: result.analysis.passages.length,
    mentions: result.analysis.mentions.filter((m) => m.entityId).length,
    candidates: result.analysis.candidates.length,
    facts: result.analysis.facts.length,
    negative: result.analysis.facts.filter((f) => f.negated).length,
    ms: total,
    per10k: (total * 10000) / Math.max(1, w),
  });
}

const kinds = Object.entries(candidates.recallByKind).sort(([a], [b]) => a.localeCompare(b));
const types = Object.entries(proposed.byType).sort(([a], [b]) => a.localeCompare(b));
const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
const lines = [
  START,
  '',
  `Measured by \`npm run bench:ingestion\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cpus().length} cores,` +
    ` Node ${process.version}. The seed transcript (${words.toLocaleString('en')} words) goes through the same` +
    ' pipeline as any new document (plain-text extraction, passages, linking, fact proposal); the curated seeds are' +
    ' the answer key. The cue rules, the candidate filters and the linking rules for descriptions, pronouns and' +
    ' periods were developed against this same transcript, so these figures are optimistic for unseen documents.',
  '',
  '| Measure | Target | Reached | |',
  '| --- | --- | --- | --- |',
  `| (1) linked mentions, catalogue present: recall | >= 0.98 | ${f3(known.recall)} (${f3(known.nameRecall)} of the mentions names can find) | ${pass(known.recall >= 0.98)} |`,
  `| (1) linked mentions: precision | | ${f3(known.precision)} | |`,
  `| (2) curated entities among candidates, empty catalogue: recall | >= 0.85 | ${f3(candidates.recall)} (${candidates.found}/${candidates.entities}) | ${pass(candidates.recall >= 0.85)} |`,
  `| (2) candidates: precision | | ${f3(candidates.precision)} of ${candidates.candidates} | |`,
  `| (3) candidate facts (type + ends): recall | >= 0.6 | ${f3(proposed.ends.recall)} (${proposed.ends.correct}/${proposed.ends.expected}) | ${pass(proposed.ends.recall >= 0.6)} |`,
  `| (3) candidate facts (type + ends): precision | >= 0.7 | ${f3(proposed.ends.precision)} of ${proposed.ends.proposed} | ${pass(proposed.ends.precision >= 0.7)} |`,
  `| (3) with the status too: recall / precision | | ${f3(proposed.status.recall)} / ${f3(proposed.status.precision)} | |`,
  `| (3) stated facts (basis: stated): recall | | ${f3(proposed.statedRecall.recall)} (${proposed.statedRecall.found}/${proposed.statedRecall.of}) | |`,
  `| (3) curated negative statements proposed as negative | 100% | ${(proposed.negatives.share * 100).toFixed(0)}% (${proposed.negatives.found}/${proposed.negatives.of}) | ${pass(proposed.negatives.share === 1)} |`,
  '',
  '**(2) by kind** (empty catalogue): ' + kinds.map(([kind, k]) => `${kind} ${k.found}/${k.of}`).join(', ') + '.',
  '',
  '**(3) by type** (type + ends; recall = found / curated, precision = right / proposed):',
  '',
  '| Type | Curated | Proposed | Right | Recall | Precision |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...types.map(
    ([type, t]) =>
      `| ${type} | ${t.ends.expected} | ${t.ends.proposed} | ${t.ends.correct} | ${f3(t.ends.recall)} | ${t.ends.proposed ? f3(t.ends.precision) : '-'} |`,
  ),
  '',
  proposed.negatives.missed.length > 0
    ? `Negatives not proposed as negative: ${proposed.negatives.missed.join('; ')}.`
    : 'Every curated negative statement was proposed, as negative.',
  '',
  `**Time** (median of ${RUNS} runs after a warm-up; extraction + passages + linking + facts, no database):`,
  '',
  '| Document | Bytes | Words | Passages | Known mentions | Candidate entities | Candidate facts (negative) | Time | per 10,000 words |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...pipeline.map(
    (p) =>
      `| ${p.name} | ${p.bytes.toLocaleString('en')} | ${p.words.toLocaleString('en')} | ${p.passages} | ${p.mentions} | ${p.candidates} | ${p.facts} (${p.negative}) | ${ms(p.ms)} | ${ms(p.per10k)} |`,
  ),
  '',
  END,
];

const current = readFileSync(DOC, 'utf8');
const section = lines.join('\n');
const next =
  current.includes(START) && current.includes(END)
    ? current.slice(0, current.indexOf(START)) + section + current.slice(current.indexOf(END) + END.length)
    : `${current.trimEnd()}\n\n## Measured: linking, candidates, facts, time\n\n${section}\n`;
// Formatted as `npm run lint` checks it, so a fresh measurement does not fail the lint.
writeFileSync(DOC, await prettier.format(next, { ...(await prettier.resolveConfig(DOC)), filepath: DOC }));
console.log(section);
console.log(`\nWritten to ${path.relative(ROOT, DOC)}.`);
