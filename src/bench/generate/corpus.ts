/**
 * `generateCorpus`: a complete synthetic seed folder (documents, entities, facts) of any size, in the model of
 * the real seeds, for load and query benchmarks. The same options always give byte-identical files: one
 * seeded random stream is consumed in a fixed order. Only the cast of entities is held in memory; texts and
 * facts are streamed to disk paragraph by paragraph.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../../ingest/vocabulary';
import { castEntities, MIN_ENTITIES, type EntityItem, type EntityRecord } from './entities';
import { FactDrawer, MAX_ENTITIES, type RelationshipItem } from './facts';
import { MIN_PARAGRAPHS_PER_SOURCE, planCorpusLayout } from './layout';
import { Random } from './random';
import { entityLayout, factLayout, RecordFiles, type SeedFormat } from './seedWriters';
import { writeTranscript, type TranscriptContext } from './transcripts';

export type { SeedFormat } from './seedWriters';

export interface CorpusOptions {
  readonly outDir: string;
  readonly entities: number;
  readonly relationships: number;
  /** Paragraphs (the passages evidence cites) across all sources, title lines included. */
  readonly passages: number;
  readonly seed?: number;
  readonly format?: SeedFormat;
  /** Items per entity or fact file before it is split (a JSON Lines fact file adds its header line). */
  readonly maxItemsPerFile?: number;
  /** Replace documents/, entities/ and facts/ when the folder already holds a corpus. */
  readonly replace?: boolean;
  /** Share of the relationships that restate a recent fact of another source (0: every one a new fact). */
  readonly restatementShare?: number;
}

export interface CorpusSummary {
  readonly outDir: string;
  readonly format: SeedFormat;
  readonly seed: number;
  readonly entitiesByKind: Readonly<Record<EntityKind, number>>;
  readonly entities: number;
  readonly relationships: number;
  readonly passages: number;
  readonly sources: number;
  /** Every file written, relative to outDir, in the order written. */
  readonly files: readonly string[];
  readonly seconds: number;
}

export class CorpusOptionsError extends Error {
  override readonly name = 'CorpusOptionsError';
}

export const DEFAULT_MAX_ITEMS_PER_FILE = 99_999;
const SEED_FOLDERS = ['documents', 'entities', 'facts'] as const;

/** File names of the entity files, as in seeds/entities/. */
const ENTITY_FILE_NAMES: Readonly<Record<EntityKind, string>> = {
  State: 'states',
  Organisation: 'organisations',
  Event: 'events',
  Document: 'documents',
  Initiative: 'initiatives',
  Person: 'people',
  Place: 'places',
  Statistic: 'statistics',
};

function checkOptions(options: CorpusOptions): void {
  const whole = (name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void => {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new CorpusOptionsError(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
    }
  };
  whole('entities', options.entities, MIN_ENTITIES, MAX_ENTITIES);
  whole('relationships', options.relationships, 0);
  whole('passages', options.passages, MIN_PARAGRAPHS_PER_SOURCE);
  whole('seed', options.seed ?? 1, 0, 0xffffffff);
  whole('maxItemsPerFile', options.maxItemsPerFile ?? DEFAULT_MAX_ITEMS_PER_FILE, 1);
  const share = options.restatementShare ?? 0;
  if (!(share >= 0 && share < 1))
    throw new CorpusOptionsError(`restatementShare must be from 0 to below 1, not ${share}`);
}

/** Never mixes two corpora: an existing one is replaced only when asked. */
function prepareFolder(outDir: string, replace: boolean): void {
  for (const folder of SEED_FOLDERS) {
    const dir = path.join(outDir, folder);
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      if (!replace) throw new CorpusOptionsError(`${dir} is not empty; choose another folder, or replace it (--force)`);
      rmSync(dir, { recursive: true });
    }
    mkdirSync(dir, { recursive: true });
  }
}

async function writeEntities(
  records: readonly EntityRecord[],
  dir: string,
  format: SeedFormat,
  maxItems: number,
): Promise<string[]> {
  const files: string[] = [];
  for (const kind of ENTITY_KINDS) {
    const name = ENTITY_FILE_NAMES[kind];
    const comment = `Synthetic ${name} of the scale benchmark corpus (src/bench/generate).`;
    const writer = new RecordFiles<EntityItem>(dir, name, format, entityLayout(format, comment), maxItems);
    for (const record of records) if (record.kind === kind) await writer.add(record.item);
    await writer.close();
    files.push(...writer.files);
  }
  return files;
}

function hub(records: readonly EntityRecord[], kind: EntityKind): EntityRecord {
  const record = records.find((r) => r.kind === kind && r.rank === 0);
  if (!record) throw new Error(`no ${kind} hub`);
  return record;
}

export async function generateCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const started = process.hrtime.bigint();
  checkOptions(options);
  const format = options.format ?? 'jsonl';
  const seed = options.seed ?? 1;
  const maxItems = options.maxItemsPerFile ?? DEFAULT_MAX_ITEMS_PER_FILE;
  const outDir = path.resolve(options.outDir);
  prepareFolder(outDir, options.replace === true);
  const [documentsDir, entitiesDir, factsDir] = SEED_FOLDERS.map((folder) => path.join(outDir, folder)) as [
    string,
    string,
    string,
  ];

  const random = new Random(seed);
  const layout = planCorpusLayout(random, options.passages);
  const records = castEntities(random, options.entities, layout);
  const files = await writeEntities(records, entitiesDir, format, maxItems);

  const context: TranscriptContext = {
    random,
    layout,
    records,
    statistics: records.filter((record) => record.kind === 'Statistic'),
    drawer: new FactDrawer(random, records, options.relationships, options.restatementShare ?? 0),
    relationships: options.relationships,
    hostOrganisation: hub(records, 'Organisation'),
    hostPerson: hub(records, 'Person'),
  };
  let paragraph = 0;
  let relationships = 0;
  for (const source of layout.sources) {
    const facts = new RecordFiles<RelationshipItem>(
      factsDir,
      source.id,
      format,
      factLayout(format, source.id),
      maxItems,
    );
    files.push(...(await writeTranscript(context, source, paragraph, documentsDir, facts)));
    await facts.close();
    files.push(...facts.files);
    relationships += facts.count;
    paragraph += source.paragraphs.filter((p) => p.role === 'lead' || p.role === 'answer').length;
  }

  const entitiesByKind = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, records.filter((record) => record.kind === kind).length]),
  ) as Record<EntityKind, number>;
  return {
    outDir,
    format,
    seed,
    entitiesByKind,
    entities: records.length,
    relationships,
    passages: layout.sources.reduce((sum, source) => sum + source.paragraphs.length, 0),
    sources: layout.sources.length,
    files: files.map((file) => path.relative(outDir, file)),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
