/**
 * The first half of an offline import: one streaming pass over a seed folder that validates every item with the
 * same rules as `kg seed` (validateBulkSeeds, SeedIndex) and, as items are accepted, writes the rows the load
 * statements would write (plan.ts: entityRow, factRow, mentionRow, passageRows, sourceRow) as the CSV files
 * `neo4j-admin database import` reads. Nothing is parsed twice. Once the entities are validated, the sources,
 * passages and mentions are spooled on a worker thread (sourceSpool.ts) while this thread does the facts. When
 * anything is wrong the spool folder is removed and SeedValidationError is thrown: the store is never touched.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { FingerprintMap } from '../memory/fingerprintMap';
import { addToReport, type LoadReport } from '../load';
import { entityRow, factRow, statementsNote, statisticFact, type ExternalAliasRow } from '../plan';
import type { SeedEntity, SeedRelationship } from '../rules';
import { RestatementSpool } from './restatements';
import { startSourceSpool, type SourceSpoolRun } from './sourceSpool';
import { ENTITY, FACT, SpoolFile, type EmptyList, type LateFile } from './spoolFile';
import { validateBulkSeeds } from './validate';

export type { EmptyList, LateFile } from './spoolFile';

export interface Spool {
  readonly dir: string;
  readonly nodeFiles: readonly string[];
  readonly relationshipFiles: readonly string[];
  readonly lateFiles: readonly LateFile[];
  readonly emptyLists: readonly EmptyList[];
  /** Statements of facts another source already stated: applied once the store runs (restatements.ts). */
  readonly restatements: { readonly file: string; readonly rows: number } | null;
  /** seeds/external-aliases.yaml: set on the entities once the store runs (load/045-set-external-aliases). */
  readonly externalAliases: readonly ExternalAliasRow[];
  /** What the import writes, per kind and relationship type, as `kg seed` reports a load. */
  readonly report: LoadReport;
  /** Relationships count facts (statistics' MEASURES included), not mentions or passage links. */
  readonly counts: { readonly entities: number; readonly relationships: number; readonly mentions: number };
  readonly summary: string;
}

/**
 * Validates the seed folder and writes it as import CSV files into `dir` (emptied first). Throws
 * SeedValidationError, with `dir` removed, when anything is wrong.
 */
export async function spoolBulkSeeds(seedDir: string, dir: string): Promise<Spool> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entities = SpoolFile.nodes(dir, 'entities', 'Entity', ENTITY);
  const facts = SpoolFile.relationships(
    dir,
    'facts',
    { from: 'Entity', to: 'Entity' },
    [...FACT, 'contentHash'],
    'MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MATCH (a)-[x:$(row.type)]->(b) WHERE x.key = row.key',
  );
  const own = [entities, facts];
  const report: LoadReport = {};
  const created = (group: string): void => addToReport(report, group, 'created');

  let factCount = 0;
  // A fact's first statement goes into the CSV; later sources' statements of it are applied after the import.
  const stated = new FingerprintMap();
  const restatements = new RestatementSpool(path.join(dir, 'restatements.jsonl'));
  const writeFact = async (fact: SeedRelationship): Promise<void> => {
    if (stated.putIfAbsent(fact.key, 0) !== undefined) {
      await restatements.write(fact);
      return;
    }
    factCount += 1;
    const row = factRow(fact);
    const ends = { from: row.from, to: row.to, type: row.type };
    await facts.write(ends, row.props, { ...ends, key: row.key });
    created(row.type);
  };
  const statistics: SeedEntity[] = [];
  const sourceSpool: { run?: SourceSpoolRun } = {};
  try {
    const seeds = await validateBulkSeeds(seedDir, {
      entities: async (list) => {
        for (const entity of list) {
          const row = entityRow(entity);
          await entities.write({ id: row.id, labels: ['Entity', entity.kind] }, row.props, { id: row.id });
          created(entity.kind);
          if (entity.statistic) statistics.push(entity);
        }
      },
      // Sources, passages and mentions need nothing the facts hold: they are spooled beside them.
      entitiesValidated: (named, sources) => {
        sourceSpool.run = startSourceSpool({ dir, entries: sources.entries, named });
      },
      relationships: async (list) => {
        for (const fact of list) await writeFact(fact);
      },
    });
    const dateOf = (id: string): string => seeds.sources.dateOf(id) ?? '';
    for (const entity of statistics) {
      const measures = statisticFact(entity, dateOf);
      if (measures) await writeFact(measures);
    }
    for (const file of own) await file.close();
    await restatements.close();
    // Validation passed, so the entities did and the source spool was started.
    const part = await sourceSpool.run?.done;
    if (!part) throw new Error('the sources were not spooled');
    seeds.sources.confirm(part.digests);
    for (const [group, counts] of Object.entries(part.report)) addToReport(report, group, 'created', counts.created);
    return {
      dir,
      nodeFiles: [...part.nodeFiles, entities.csv.file],
      relationshipFiles: [...part.relationshipFiles, facts.csv.file],
      lateFiles: [...part.lateFiles, ...own.map((f) => f.lateFile()).filter((f) => f.rows > 0)],
      emptyLists: [...part.emptyLists, ...own.flatMap((f) => f.emptyLists())],
      restatements: restatements.rows > 0 ? { file: restatements.file, rows: restatements.rows } : null,
      externalAliases: seeds.externalAliases,
      report,
      counts: { entities: seeds.index.entityCount, relationships: factCount, mentions: part.mentions },
      summary:
        `Seeds valid: ${seeds.sources.size} source(s), ${seeds.index.entityCount} entities, ` +
        `${seeds.index.factCount} relationships${statementsNote(seeds.index.factCount, seeds.index.relationshipCount)}, ${part.mentions} mentions (offline import).`,
    };
  } catch (error) {
    for (const file of own) file.destroy();
    await sourceSpool.run?.cancel();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
