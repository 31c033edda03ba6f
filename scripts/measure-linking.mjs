// Linking figures on the seed transcript (docs/INGESTION-linking.md). Run after `npm run build`:
//   node scripts/measure-linking.mjs
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { checkSeeds } = require('../dist/src/ingest/seed.js');
const evaluation = require('../dist/src/documents/evaluation/linking.js');
const { normaliseName } = require('../dist/src/documents/link/names.js');
const { similarity } = require('../dist/src/documents/link/fuzzy.js');
const Fuse = require('fuse.js');

const { graph } = checkSeeds();
const words = evaluation.wordCount(graph.sources[0].text);
for (const ner of ['wink', 'compromise', null]) {
  evaluation.evaluateCandidates(graph, { ner }); // warm the model and the JIT
  const known = evaluation.evaluateKnownLinking(graph, { ner });
  const found = evaluation.evaluateCandidates(graph, { ner });
  const per10k = (ms) => ((ms * 10000) / words).toFixed(0);
  console.log(
    `NER ${ner ?? 'none'}: known recall ${known.recall.toFixed(3)} (name mentions ${known.nameRecall.toFixed(3)}), precision ${known.precision.toFixed(3)}, ${known.ms.toFixed(0)} ms (${per10k(known.ms)} ms/10k words)`,
  );
  console.log(
    `  candidates: recall ${found.recall.toFixed(3)} (${found.found}/${found.entities}), precision ${found.precision.toFixed(3)} of ${found.candidates}, ${found.ms.toFixed(0)} ms (${per10k(found.ms)} ms/10k words)`,
  );
  console.log('  by kind', JSON.stringify(found.recallByKind));
}

// Fuzzy libraries: perturbed catalogue names (American spelling, hyphen dropped, leading "the", one typo) must find
// their entity at the top; distractors (other entities' names with a word changed) must not score above the link bar.
const forms = graph.entities
  .filter((e) => e.kind !== 'Statistic')
  .flatMap((e) => [e.name, ...e.aliases].map((name) => ({ id: e.id, key: normaliseName(name) })));
const perturb = (name) => [
  name
    .replace(/isation/g, 'ization')
    .replace(/defence/g, 'defense')
    .replace(/programme/g, 'program'),
  name.replace(/-/g, ' '),
  `the ${name}`,
  name.length > 8 ? name.slice(0, 5) + name.slice(6) : `${name}x`,
];
const queries = graph.entities
  .filter((e) => e.kind !== 'Statistic')
  .flatMap((e) => perturb(e.name).map((q) => ({ id: e.id, q })));
function run(label, best) {
  const started = performance.now();
  let right = 0;
  for (const { id, q } of queries) if (best(q) === id) right += 1;
  const ms = performance.now() - started;
  console.log(
    `fuzzy ${label}: top-1 ${right}/${queries.length} (${(right / queries.length).toFixed(3)}), ${((ms * 1000) / queries.length).toFixed(0)} µs/query`,
  );
}
run('fastest-levenshtein (normalised)', (q) => {
  const key = normaliseName(q);
  let top = null;
  for (const f of forms) {
    const s = similarity(key, f.key);
    if (!top || s > top.s) top = { s, id: f.id };
  }
  return top?.id;
});
const fuse = new Fuse(forms, { keys: ['key'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
run('fuse.js (normalised)', (q) => fuse.search(normaliseName(q), { limit: 1 })[0]?.item.id);
const rawFuse = new Fuse(
  graph.entities.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ id: e.id, key: name }))),
  { keys: ['key'], ignoreLocation: true, threshold: 0.4 },
);
run('fuse.js (raw)', (q) => rawFuse.search(q, { limit: 1 })[0]?.item.id);
