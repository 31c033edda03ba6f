import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CorpusOptionsError, generateCorpus, type CorpusOptions } from '../../src/bench/generate/corpus';
import { formatNumber } from '../../src/bench/generate/statistics';
import { splitPassages, type Passage } from '../../src/ingest/passages';
import { nameKey } from '../../src/ingest/rules';
import { readSeedFolder } from '../../src/ingest/seedFiles';
import {
  entitySchema,
  relationshipSchema,
  type EntityInput,
  type RelationshipInput,
} from '../../src/ingest/seedSchema';
import { validateSeeds, type ValidationResult } from '../../src/ingest/validate';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/ingest/vocabulary';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'scale-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
async function generate(options: Omit<CorpusOptions, 'outDir'>): Promise<string> {
  folders += 1;
  const outDir = path.join(scratch, `corpus-${folders}`);
  await generateCorpus({ ...options, outDir });
  return outDir;
}

/** Every file of a corpus by its path relative to the folder. */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of ['documents', 'entities', 'facts']) {
    for (const name of readdirSync(path.join(dir, folder)).sort()) {
      files.set(`${folder}/${name}`, readFileSync(path.join(dir, folder, name), 'utf8'));
    }
  }
  return files;
}

interface JsonlCorpus {
  readonly entities: EntityInput[];
  readonly relationships: (RelationshipInput & { factFileSource: string })[];
  /** Passages by source id. */
  readonly passages: Map<string, Passage[]>;
  readonly factFiles: string[][];
}

/** Reads a JSON Lines corpus, checking each line against the seed schemas on the way. */
function readJsonl(dir: string): JsonlCorpus {
  const lines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const entities = readdirSync(path.join(dir, 'entities'))
    .sort()
    .flatMap((name) => lines(path.join(dir, 'entities', name)).map((line) => entitySchema.parse(JSON.parse(line))));
  const factFiles = readdirSync(path.join(dir, 'facts'))
    .sort()
    .map((name) => lines(path.join(dir, 'facts', name)));
  const relationships = factFiles.flatMap(([header = '', ...items]) => {
    const { source } = JSON.parse(header) as { source: string };
    return items.map((line) => ({ ...relationshipSchema.parse(JSON.parse(line)), factFileSource: source }));
  });
  const passages = new Map<string, Passage[]>();
  for (const name of readdirSync(path.join(dir, 'documents')).filter((n) => n.endsWith('.txt'))) {
    const metadataText = readFileSync(path.join(dir, 'documents', name.replace(/\.txt$/, '.yaml')), 'utf8');
    const id = /^id: (.+)$/m.exec(metadataText)?.[1] ?? '';
    passages.set(id, splitPassages(readFileSync(path.join(dir, 'documents', name), 'utf8')));
  }
  return { entities, relationships, passages, factFiles };
}

const MEDIUM = { entities: 2000, relationships: 20000, passages: 1200, seed: 3 } as const;

describe('the scale generator', () => {
  let medium: JsonlCorpus;
  beforeAll(async () => {
    medium = readJsonl(await generate(MEDIUM));
  });

  it('writes byte-identical files for the same options, and different ones for another seed', async () => {
    const options = { entities: 200, relationships: 1500, passages: 300, seed: 11 };
    const first = filesOf(await generate(options));
    const second = filesOf(await generate(options));
    const otherSeed = filesOf(await generate({ ...options, seed: 12 }));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, text] of first) expect(second.get(file)).toBe(text);
    expect(otherSeed.get('entities/states.jsonl')).not.toBe(first.get('entities/states.jsonl'));
    expect(otherSeed.get('documents/synthetic-news-conference-0001-2010-01-04.txt')).not.toBe(
      first.get('documents/synthetic-news-conference-0001-2010-01-04.txt'),
    );
  });

  it('writes exactly the entities, relationships and paragraphs asked for', () => {
    expect(medium.entities).toHaveLength(MEDIUM.entities);
    expect(medium.relationships).toHaveLength(MEDIUM.relationships);
    const paragraphs = [...medium.passages.values()].flat().filter((p) => p.kind === 'paragraph');
    expect(paragraphs).toHaveLength(MEDIUM.passages);
    expect(medium.passages.size).toBeGreaterThan(1);
    const kinds = new Set(medium.entities.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(
      ['Document', 'Event', 'Initiative', 'Organisation', 'Person', 'Place', 'State', 'Statistic'].sort(),
    );
  });

  it('gives every name and alias to one entity only, and every id once', () => {
    const owners = new Map<string, string>();
    for (const entity of medium.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const owner = owners.get(nameKey(name));
        expect(owner === undefined || owner === entity.id).toBe(true);
        owners.set(nameKey(name), entity.id);
      }
    }
    expect(new Set(medium.entities.map((e) => e.id)).size).toBe(medium.entities.length);
  });

  it('uses every relationship type, negative statuses included, with distinct keys', () => {
    const types = new Set(medium.relationships.map((r) => r.type));
    expect([...types].sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
    const statuses = new Set(medium.relationships.map((r) => r.status));
    for (const negative of ['not-under-consideration', 'refused', 'question-only'])
      expect(statuses).toContain(negative);
    const keys = medium.relationships.map((r) => [r.type, r.from, r.to, r.key].filter(Boolean).join(':'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(medium.relationships.filter((r) => r.date ?? r.period).length).toBeGreaterThan(1000);
  });

  it('skews degrees: a few hubs with very many relationships, most entities with a few', () => {
    const degree = new Map<string, number>();
    for (const { from, to } of medium.relationships) {
      degree.set(from, (degree.get(from) ?? 0) + 1);
      degree.set(to, (degree.get(to) ?? 0) + 1);
    }
    const degrees = medium.entities.map((e) => degree.get(e.id) ?? 0).sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)] ?? 0;
    const top = degrees[degrees.length - 1] ?? 0;
    expect(median).toBeGreaterThan(0);
    expect(top).toBeGreaterThan(50 * median);
  });

  it('cites for every relationship a verbatim sentence of its passage that names both ends', () => {
    const entities = new Map(medium.entities.map((e) => [e.id, e]));
    const namesOf = (id: string): string[] => {
      const entity = entities.get(id);
      if (!entity) return [];
      // A figure is named by its number ("The figure of over 1,250 kilometres also covers ...").
      return entity.kind === 'Statistic' ? [formatNumber(entity.value ?? NaN)] : [entity.name, ...entity.aliases];
    };
    const sentencesBySource = new Map(
      [...medium.passages].map(([sourceId, passages]) => [
        sourceId,
        new Map(
          passages.map((p) => [
            p.localId,
            new Set(p.sentences.map((s) => p.text.slice(s.start - p.start, s.end - p.start))),
          ]),
        ),
      ]),
    );
    // Problems are collected rather than asserted one by one: 20,000 expect() calls would be slow to run.
    const problems: string[] = [];
    for (const relationship of medium.relationships) {
      const at = `${relationship.type}:${relationship.from}:${relationship.to}`;
      if (relationship.evidence.length === 0) problems.push(`${at}: no evidence`);
      for (const evidence of relationship.evidence) {
        if (evidence.source !== relationship.factFileSource) problems.push(`${at}: cites another source`);
        const sentences = sentencesBySource.get(evidence.source ?? '')?.get(evidence.passage);
        if (!sentences?.has(evidence.quote)) problems.push(`${at}: "${evidence.quote}" is no sentence of its passage`);
        for (const end of [relationship.from, relationship.to]) {
          if (!namesOf(end).some((name) => evidence.quote.includes(name))) problems.push(`${at}: quote misses ${end}`);
        }
      }
    }
    for (const statistic of medium.entities.filter((e) => e.kind === 'Statistic')) {
      const [evidence] = statistic.evidence;
      const sentences = sentencesBySource.get(evidence?.source ?? '')?.get(evidence?.passage ?? '');
      if (!evidence || !sentences?.has(evidence.quote)) problems.push(`${statistic.id}: figure not stated verbatim`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('splits JSON Lines files at the limit, each fact file starting with its source header', async () => {
    const options = { entities: 100, relationships: 600, passages: 150, seed: 5 };
    const whole = readJsonl(await generate(options));
    const split = readJsonl(await generate({ ...options, maxItemsPerFile: 40 }));
    expect(split.factFiles.length).toBeGreaterThan(whole.factFiles.length);
    for (const lines of split.factFiles) {
      expect(lines.length).toBeLessThanOrEqual(41);
      expect(Object.keys(JSON.parse(lines[0] ?? '{}') as object)).toEqual(['source']);
    }
    expect(split.relationships).toEqual(whole.relationships);
    expect(split.entities).toEqual(whole.entities);
  });
});

describe('the YAML output', () => {
  const options = { entities: 300, relationships: 2000, passages: 400, seed: 1 } as const;
  let result: ValidationResult;
  beforeAll(async () => {
    result = validateSeeds(readSeedFolder(await generate({ ...options, format: 'yaml' })));
  });

  it('passes the seed validator with no problem', () => {
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    if (!result.ok) return;
    expect(result.graph.entities).toHaveLength(options.entities);
    expect(result.graph.relationships).toHaveLength(options.relationships);
    expect(result.graph.sources).toHaveLength(2);
  });

  it('holds the same corpus as the JSON Lines output of the same options', async () => {
    const jsonl = readJsonl(await generate({ ...options, format: 'jsonl' }));
    if (!result.ok) throw new Error('the YAML corpus is invalid');
    expect(result.graph.entities.map((e) => e.name)).toEqual(jsonl.entities.map((e) => e.name));
    const yamlFacts = result.graph.relationships.map((r) => [r.key, r.status, r.evidence[0]?.quote]);
    const jsonlFacts = jsonl.relationships.map((r) => [
      [r.type, r.from, r.to, r.key].filter(Boolean).join(':'),
      r.status,
      r.evidence[0]?.quote,
    ]);
    expect(yamlFacts).toEqual(jsonlFacts);
  });

  it('is caught by the validator when a quote is no longer in its passage', async () => {
    const dir = await generate({ entities: 40, relationships: 60, passages: 30, format: 'yaml' });
    const factsDir = path.join(dir, 'facts');
    const [factFile = ''] = readdirSync(factsDir);
    const text = readFileSync(path.join(factsDir, factFile), 'utf8');
    writeFileSync(path.join(factsDir, factFile), text.replace(/quote: .*/, 'quote: A sentence nobody said.'));
    const result = validateSeeds(readSeedFolder(dir));
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^not found verbatim in passage lead\.p1/),
    ]);
  });
});

describe('restatements (issue 15)', () => {
  it('a restatement share gives facts several statements, each from another source, and passes validation', async () => {
    const dir = await generate({
      entities: 200,
      relationships: 1_500,
      passages: 800,
      seed: 7,
      format: 'yaml',
      restatementShare: 1 / 3,
    });
    const result = validateSeeds(readSeedFolder(dir));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const bySource = new Map<string, Set<string>>();
    for (const r of result.graph.relationships) {
      const sources = bySource.get(r.key) ?? new Set<string>();
      expect(sources.has(r.sourceId)).toBe(false);
      sources.add(r.sourceId);
      bySource.set(r.key, sources);
    }
    const facts = bySource.size;
    expect(result.graph.relationships).toHaveLength(1_500);
    expect(facts).toBeLessThan(1_300);
    expect([...bySource.values()].some((s) => s.size >= 3)).toBe(true);
  });

  it('without it, the corpus is byte for byte the one generated before restatements existed', async () => {
    const dir = await generate({ entities: 200, relationships: 1_000, passages: 100, seed: 3, format: 'jsonl' });
    const digest = createHash('sha256');
    for (const [name, text] of filesOf(dir)) digest.update(`${name}\n${text}`);
    // Measured on commit ea000a0 (before FactDrawer could restate) with the same options.
    expect(digest.digest('hex')).toBe('99dd0614797f0b3e05691638d61bfd75af0594a6f876922a4e043ebe9a51b77c');
  });
});

describe('the generator options', () => {
  it('refuses too few entities to give every relationship type its endpoint kinds', async () => {
    await expect(generate({ entities: 5, relationships: 10, passages: 10 })).rejects.toThrow(CorpusOptionsError);
  });

  it('never writes over an existing corpus unless asked to replace it', async () => {
    const dir = await generate({ entities: 40, relationships: 50, passages: 20 });
    const again = { outDir: dir, entities: 40, relationships: 50, passages: 20 };
    await expect(generateCorpus(again)).rejects.toThrow(/not empty/);
    await expect(generateCorpus({ ...again, seed: 2, replace: true })).resolves.toMatchObject({ entities: 40 });
  });
});
