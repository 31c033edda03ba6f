#!/usr/bin/env node
/**
 * `npm run bench:search`: how well search finds what a reader means (issue 17), printed as the Markdown tables
 * of docs/SEARCH.md.
 *
 * 1. Quality: for each query, the rank the expected entities reach in `search` (entities only, first 20) and why.
 * 2. Misspellings, two ways: Lucene fuzzy terms in the `entity_names` index (what search uses) and
 *    fastest-levenshtein over every entity's name and aliases held in memory; hits at rank <= 5 and time per query.
 *
 * Runs on the configured graph (NEO4J_URI, or the local Neo4j started for the run), which must hold the seeds
 * (`npm run seed`); the schema is applied first (every statement is IF NOT EXISTS).
 */
import { distance } from 'fastest-levenshtein';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../dist/src/config.js';
import { openGraph } from '../dist/src/graph/open.js';
import { applySchema } from '../dist/src/graph/schema.js';
import { search } from '../dist/src/graph/read/search.js';
import { fuzzyLuceneQuery, maxEdits, searchTerms } from '../dist/src/graph/read/searchText.js';

/** Query, then the entities a reader means by it. */
const QUALITY = [
  [
    'drug trafficking',
    [
      'stat-sco-drug-seizure-share',
      'un-sco-drugs-side-event-2019-03-14',
      'sco',
      'unodc',
      'un-commission-on-narcotic-drugs',
      'sco-anti-narcotics-strategy-2018-2023',
    ],
  ],
  ['anti-drug strategy', ['sco-anti-narcotics-strategy-2018-2023', 'sco-anti-narcotics-action-programme']],
  ['terrorism financing', ['rats', 'sco-counter-terrorism-programme-2019-2021', 'un-office-of-counter-terrorism']],
  ['tourism', ['world-tourism-organisation', 'qingdao-summit-documents', 'world-heritage-list']],
  ['heroin marijuana', ['stat-sco-drug-seizure-share']],
  ['railways', ['sco-railway-agreement', 'stat-sco-railways']],
  ['young people', ['appeal-to-young-people', 'stat-sco-young-people']],
  ['Afghan peace', ['afghan-peace-process', 'afghanistan-high-peace-council']],
  ['Shangai', ['sco']],
  ['Kirgizstan', ['kyrgyzstan']],
  ['Uzbekstan', ['uzbekistan']],
  ['UNWTO', ['world-tourism-organisation']],
  ['EEU', ['eaeu']],
  ['Shanghai Cooperation Organization', ['sco']],
  ['One Belt One Road', ['belt-and-road']],
  ['CSTO', ['csto']],
  ['Qingdao', ['qingdao']],
  ["Afghanistan's", ['afghanistan']],
];

/** A misspelling, then the entity it means. */
const MISSPELLINGS = [
  ['Shangai', 'sco'],
  ['Kirgizstan', 'kyrgyzstan'],
  ['Kirgistan', 'kyrgyzstan'],
  ['Uzbekstan', 'uzbekistan'],
  ['Kazakstan', 'kazakhstan'],
  ['Tadjikistan', 'tajikistan'],
  ['Afganistan', 'afghanistan'],
  ['Pakistn', 'pakistan'],
  ['Tashkient', 'tashkent'],
  ['Bishkec', 'bishkek'],
  ['Quingdao', 'qingdao'],
  ['Moskow', 'moscow'],
  ['Interpoll', 'interpol'],
  ['Taleban', 'taliban'],
  ['Norow', 'vladimir-norov'],
  ['Daudzay', 'mohammad-omar-daudzai'],
  ['Greminger', 'thomas-greminger'],
  ['Chelyabinks', 'chelyabinsk-region'],
  ['Shanghay Cooperation', 'sco'],
  ['Eurasion Economic Union', 'eaeu'],
];

const REPEAT = 5;

const FUZZY_ENTITY_HITS = {
  name: 'benchFuzzyEntityNames',
  cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
           RETURN node.id AS id ORDER BY score DESC, node.id LIMIT 10`,
};
const ENTITY_FORMS = {
  name: 'benchEntityForms',
  cypher: `MATCH (e:Entity) RETURN e.id AS id, [e.name] + coalesce(e.aliases, []) AS forms`,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds per call (the median of REPEAT runs) and the last result. */
async function timed(work) {
  const times = [];
  let result;
  for (let i = 0; i < REPEAT; i += 1) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const rankOf = (ids, id) => {
  const at = ids.indexOf(id);
  return at < 0 ? null : at + 1;
};
const shownRank = (rank) => (rank === null ? '–' : String(rank));

async function quality(db) {
  const rows = ['| query | expected entity | rank | why (the hit’s reason) |', '| --- | --- | --- | --- |'];
  let found = 0;
  let total = 0;
  for (const [text, expected] of QUALITY) {
    const hits = await search(db, text, null, false, 20);
    const ids = hits.map((hit) => hit.target.id);
    for (const id of expected) {
      const rank = rankOf(ids, id);
      total += 1;
      if (rank !== null && rank <= 5) found += 1;
      const reason = rank === null ? '' : (hits[rank - 1].reason ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
      rows.push(`| ${text} | ${id} | ${shownRank(rank)} | ${reason} |`);
    }
  }
  return { table: rows.join('\n'), found, total };
}

/** Word-level closeness over the names in memory, with the same bounds as the Lucene query (searchText.ts). */
function levenshteinRanking(forms, text) {
  const terms = searchTerms(text)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length >= 5);
  const scored = [];
  for (const { id, words } of forms) {
    let score = 0;
    for (const term of terms) {
      let best = Infinity;
      for (const word of words) best = Math.min(best, distance(term, word));
      if (best <= maxEdits(term)) score += 1 - best / term.length;
    }
    if (score > 0) scored.push({ id, score, length: words.length });
  }
  scored.sort((a, b) => b.score - a.score || a.length - b.length || a.id.localeCompare(b.id));
  return scored.slice(0, 10).map((s) => s.id);
}

async function misspellings(db) {
  const load = await timed(async () =>
    (await db.read(ENTITY_FORMS)).records.map((r) => ({
      id: r.get('id'),
      words: r
        .get('forms')
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu),
    })),
  );
  const forms = load.result;
  const rows = [
    '| misspelling | means | Lucene fuzzy rank | ms | fastest-levenshtein rank | ms | full `search` rank | ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const totals = { lucene: [0, 0], js: [0, 0], search: [0, 0] };
  for (const [text, id] of MISSPELLINGS) {
    const query = fuzzyLuceneQuery(searchTerms(text));
    const lucene = await timed(async () =>
      query ? (await db.read(FUZZY_ENTITY_HITS, { query })).records.map((r) => r.get('id')) : [],
    );
    const js = await timed(async () => levenshteinRanking(forms, text));
    const full = await timed(async () => (await search(db, text, null, false, 10)).map((hit) => hit.target.id));
    const ranks = [lucene, js, full].map((run) => rankOf(run.result, id));
    [totals.lucene, totals.js, totals.search].forEach((total, i) => {
      if (ranks[i] !== null && ranks[i] <= 5) total[0] += 1;
      total[1] += [lucene, js, full][i].ms;
    });
    rows.push(
      `| ${text} | ${id} | ${shownRank(ranks[0])} | ${lucene.ms.toFixed(1)} | ${shownRank(ranks[1])} | ` +
        `${js.ms.toFixed(2)} | ${shownRank(ranks[2])} | ${full.ms.toFixed(1)} |`,
    );
  }
  const n = MISSPELLINGS.length;
  const line = (name, [hits, ms]) => `- ${name}: ${hits}/${n} at rank ≤ 5, ${(ms / n).toFixed(2)} ms per query`;
  return [
    rows.join('\n'),
    '',
    line('Lucene fuzzy (one round trip to Neo4j each)', totals.lucene),
    line(
      `fastest-levenshtein (in memory, after loading ${forms.length} entities' names once in ${load.ms.toFixed(1)} ms)`,
      totals.js,
    ),
    line('full `search` (every source, as the API runs it)', totals.search),
  ].join('\n');
}

async function main() {
  const graph = await openGraph(loadConfig(), (line) => console.error(line));
  try {
    await applySchema(graph.db);
    const { table, found, total } = await quality(graph.db);
    console.log(`## Search quality\n\n${found}/${total} expected entities in the first five hits.\n\n${table}\n`);
    console.log(`## Misspellings: Lucene fuzzy vs fastest-levenshtein\n\n${await misspellings(graph.db)}`);
    console.log(`\nTimes are medians of ${REPEAT} runs on ${graph.uri}, Node ${process.version}.`);
  } finally {
    await graph.close();
  }
}

await main();
