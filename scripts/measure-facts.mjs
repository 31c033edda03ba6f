// Fact-proposal figures (docs/INGESTION-facts.md). Run after `npx tsc -p tsconfig.build.json`:
//   node scripts/measure-facts.mjs [--details]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { checkSeeds } = require('../dist/src/ingest/seed.js');
const { extractDocument } = require('../dist/src/documents/extract/index.js');
const { catalogueOf } = require('../dist/src/documents/evaluation/linking.js');
const evaluation = require('../dist/src/documents/evaluation/facts.js');

const details = process.argv.includes('--details');
const { graph } = checkSeeds();
const catalogue = catalogueOf(graph);
const seedFile = 'seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt';
const seed = await extractDocument(readFileSync(seedFile), { fileName: seedFile });
const curated = evaluation.curatedFacts(graph);
evaluation.evaluateFacts(seed, catalogue, evaluation.SEED_DOCUMENT_DATE, curated); // warm the JIT
const figures = evaluation.evaluateFacts(seed, catalogue, evaluation.SEED_DOCUMENT_DATE, curated);

const line = (s) =>
  `R ${s.recall.toFixed(3)} P ${s.precision.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.correct}/${s.expected} expected, ${s.proposed} proposed)`;
console.log(`seed transcript: ${figures.facts} facts, ${figures.words} words`);
console.log(`  type+from+to:        ${line(figures.ends)}`);
console.log(`  type+from+to+status: ${line(figures.status)}`);
console.log(
  `  stated recall ${figures.statedRecall.recall.toFixed(3)} (${figures.statedRecall.found}/${figures.statedRecall.of})`,
);
console.log(
  `  negatives proposed as negative ${figures.negatives.found}/${figures.negatives.of} (${figures.negatives.share.toFixed(3)})`,
);
for (const missed of figures.negatives.missed) console.log(`    missed negative ${missed}`);
console.log(
  `  time ${figures.ms.toFixed(0)} ms per document, ${figures.msPer10kWords.toFixed(0)} ms per 10,000 words (whole pipeline)`,
);
console.log('  by type (ends | status):');
for (const [type, s] of Object.entries(figures.byType))
  console.log(`    ${type.padEnd(26)} ${line(s.ends)} | ${line(s.status)}`);
if (details) {
  for (const k of figures.missed) console.log(`  missed ${k}`);
  for (const k of figures.wrong) console.log(`  wrong  ${k}`);
}

const interviewFile = 'tests/fixtures/documents/interview.md';
const interview = await extractDocument(readFileSync(interviewFile), { fileName: 'interview.md' });
const small = evaluation.evaluateFacts(interview, catalogue, '2019-05-22', evaluation.INTERVIEW_FACTS);
console.log(`interview (invented): ${small.facts} facts`);
console.log(`  type+from+to:        ${line(small.ends)}`);
console.log(`  type+from+to+status: ${line(small.status)}`);
console.log(`  negatives ${small.negatives.found}/${small.negatives.of}`);
for (const k of small.missed) console.log(`  missed ${k}`);
for (const k of small.wrong) console.log(`  wrong  ${k}`);
