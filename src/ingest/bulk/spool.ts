/**
 * The first half of an offline import: one streaming pass over a seed folder that validates every item with the
 * same rules as `kg seed` (validateBulkSeeds, SeedIndex) and, as items are accepted, writes the rows the load
 * statements would write (plan.ts: entityRow, factRow, mentionRow, passageRows, sourceRow) as the CSV files
 * `neo4j-admin database import` reads. Nothing is parsed twice. Once the entities are validated, the sources,
 * passages and mentions are spooled on a worker thread (sourceSpool.ts) while this thread does the facts. A fact
 * that several sources state is written once, with all its statements: the statements are sorted by fact key on
 * disk (factSort.ts) and merged as the facts are written, after validation. When anything is wrong the spool
 * folder is removed and SeedValidationError is thrown: the store is never touched.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { statementFrom } from '../../graph/statements';
import { addToReport, type LoadReport } from '../load';
import { entityRow, factRow, statementsNote, statisticFact, type ExternalAliasRow, type FactRow } from '../plan';
import type { SeedEntity, SeedRelationship } from '../rules';
import { DEFAULT_RUN_CHARS, FactSort } from './factSort';
import { restated } from './restatements';
import { startSourceSpool, type SourceSpoolRun } from './sourceSpool';
import { ENTITY, FACT, SpoolFile, STATEMENT_COLUMNS, type EmptyList, type LateFile } from './spoolFile';
import { validateBulkSeeds } from './validate';

export type { EmptyList, LateFile } from './spoolFile';

export interface Spool {
  readonly dir: string;
  readonly nodeFiles: readonly string[];
  readonly relationshipFiles: readonly string[];
  readonly lateFiles: readonly LateFile[];
  readonly emptyLists: readonly EmptyList[];
  /**
   * How the facts' statements were merged: statements sorted, runs spilled to disk, and the time of writing the
   * facts from the sorted runs once the seeds were valid (part of the spool's time).
   */
  readonly merge: { readonly statements: number; readonly runs: number; readonly ms: number };
  /** seeds/external-aliases.yaml: set on the entities once the store runs (load/045-set-external-aliases). */
  readonly externalAliases: readonly ExternalAliasRow[];
  /** What the import writes, per kind and relationship type, as `kg seed` reports a load. */
  readonly report: LoadReport;
  /** Relationships count facts (statistics' MEASURES included), not mentions or passage links. */
  readonly counts: { readonly entities: number; readonly relationships: number; readonly mentions: number };
  readonly summary: string;
}

export interface SpoolOptions {
  /** Characters of buffered statements before a sorted run is spilled to disk (factSort.ts). */
  readonly runChars?: number;
}

/**
 * One fact from its statements (rows in the order the seeds gave them): the first statement's row when it is the
 * only one, else the fact derived again from all of them, by the rule of the post-import pass this merge replaces
 * (restatements.ts `restated`: the first statement as the import would have stored it, the later ones added).
 */
export function mergedFact(statements: readonly FactRow[]): FactRow {
  const [first, ...later] = statements;
  if (!first) throw new Error('a fact without statements');
  if (later.length === 0) return first;
  const added = later.map((row) => statementFrom(row.key, row.props, false));
  return { ...first, props: restated(first.key, first.props, added) };
}

/**
 * Validates the seed folder and writes it as import CSV files into `dir` (emptied first). Throws
 * SeedValidationError, with `dir` removed, when anything is wrong.
 */
export async function spoolBulkSeeds(seedDir: string, dir: string, options: SpoolOptions = {}): Promise<Spool> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entities = SpoolFile.nodes(dir, 'entities', 'Entity', ENTITY);
  const findFact =
    'MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MATCH (a)-[x:$(row.type)]->(b) WHERE x.key = row.key';
  const ends = { from: 'Entity', to: 'Entity' };
  const facts = SpoolFile.relationships(dir, 'facts', ends, [...FACT, 'contentHash'], findFact);
  // Facts several sources state: more columns, which the facts of one statement must not get (empty lists).
  const restatedFacts = SpoolFile.relationships(
    dir,
    'restated-facts',
    ends,
    [...FACT, 'contentHash', ...STATEMENT_COLUMNS],
    findFact,
    'statementsJson',
  );
  const own = [entities, facts, restatedFacts];
  const report: LoadReport = {};
  const created = (group: string): void => addToReport(report, group, 'created');

  // Every statement is sorted by fact key; the facts are written once the seeds are valid.
  const sort = new FactSort(path.join(dir, 'fact-runs'), options.runChars ?? DEFAULT_RUN_CHARS);
  const writeFact = (fact: SeedRelationship): Promise<void> => sort.add(factRow(fact));
  let factCount = 0;
  const writeMerged = async (statements: readonly FactRow[]): Promise<void> => {
    const row = mergedFact(statements);
    const file = 'statementsJson' in row.props ? restatedFacts : facts;
    const columns = { from: row.from, to: row.to, type: row.type };
    await file.write(columns, row.props, { ...columns, key: row.key });
    factCount += 1;
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
    // A statistic's own MEASURES fact can restate one a fact file states (same statistic and subject).
    for (const entity of statistics) {
      const measures = statisticFact(entity, dateOf);
      if (measures) await writeFact(measures);
    }
    const merging = performance.now();
    const runs = sort.runs;
    for await (const batch of sort.facts()) {
      for (const statements of batch) await writeMerged(statements);
    }
    const merge = { statements: sort.statements, runs, ms: Math.round(performance.now() - merging) };
    for (const file of own) await file.close();
    // Validation passed, so the entities did and the source spool was started.
    const part = await sourceSpool.run?.done;
    if (!part) throw new Error('the sources were not spooled');
    seeds.sources.confirm(part.digests);
    for (const [group, counts] of Object.entries(part.report)) addToReport(report, group, 'created', counts.created);
    return {
      dir,
      nodeFiles: [...part.nodeFiles, entities.csv.file],
      relationshipFiles: [
        ...part.relationshipFiles,
        ...[facts, restatedFacts].filter((f) => f.csv.rows > 0).map((f) => f.csv.file),
      ],
      lateFiles: [...part.lateFiles, ...own.map((f) => f.lateFile()).filter((f) => f.rows > 0)],
      emptyLists: [...part.emptyLists, ...own.flatMap((f) => f.emptyLists())],
      merge,
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
