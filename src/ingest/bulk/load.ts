/**
 * The second pass of a bulk load: streams the validated seeds again and writes them in batches, one write
 * transaction a batch, with the same load statements as the one-transaction loader (cypher/load/*.cypher).
 * While Neo4j writes one batch the next is read and built, so parsing and writing overlap. Into a graph with no
 * entities yet (the usual first bulk load) rows are created outright (cypher/load/bulk/2xx-create-*), which
 * spares each fact a search between its two ends.
 *
 * What this trades for bounded memory: a load is no longer all-or-nothing. Invalid seeds still write nothing
 * (the first pass refuses them), and what the seeds no longer state is removed only after every upsert has
 * committed, so a crash part-way never loses data; it can leave the graph part old and part new, and running
 * the same load again completes it (every write is an idempotent MERGE on ids and keys).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cypherFile } from '../../graph/cypherFiles';
import { matchesAny, type GraphDatabase, type NamedQuery } from '../../graph/database';
import { linkSections, tally, type LoadReport } from '../load';
import { FingerprintMap } from '../memory/fingerprintMap';
import { mentionsByPassage } from '../mentions';
import {
  entityRow,
  factRow,
  mentionRow,
  passageRows,
  sourceRow,
  statisticFact,
  type FactRow,
  type MentionRow,
  type PassageRow,
  type Row,
} from '../plan';
import type { SeedProblem } from '../seedFiles';
import type { SeedRelationship, SeedSource } from '../validate';
import { entityItems, factItems } from './items';
import { ProblemList } from './problems';
import { applyRestatements, RestatementSpool } from './restatements';
import type { BulkSeeds } from './validate';

export const DEFAULT_BATCH_SIZE = 5000;

export interface BulkLoadOptions {
  readonly batchSize?: number;
  /** Called after each committed batch: the phase, rows written in it so far, and its total when known. */
  readonly onProgress?: (phase: string, done: number, total: number | null) => void;
}

/** Writes batches of rows with one statement; one batch is written while the next is being filled. */
class BatchWriter<T> {
  private rows: T[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private written = 0;

  constructor(
    private readonly db: GraphDatabase,
    private readonly statement: NamedQuery,
    private readonly size: number,
    private readonly onBatch: (records: readonly { toObject(): object }[], written: number) => void,
  ) {}

  async add(row: T): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.size) await this.send();
  }

  async flush(): Promise<void> {
    if (this.rows.length > 0) await this.send();
    await this.inFlight;
  }

  private async send(): Promise<void> {
    const batch = this.rows;
    this.rows = [];
    await this.inFlight;
    this.inFlight = this.db
      .writeTransaction(this.statement.name, (run) => run(this.statement, { rows: batch }))
      .then((result) => {
        this.written += batch.length;
        this.onBatch(result.records, this.written);
      });
    // An unhandled rejection must not escape before the next add() or flush() awaits it.
    this.inFlight.catch(() => undefined);
  }
}

/** The second pass found a problem the first did not: the files changed while loading. */
function changedWhileLoading(problems: ProblemList): Error {
  const first: SeedProblem | undefined = problems.list().problems[0];
  const where = first ? ` (${first.file}:${first.line}: ${first.field}: ${first.message})` : '';
  return new Error(`the seed files changed while they were being loaded${where}; run the load again`);
}

export async function writeBulkSeeds(
  db: GraphDatabase,
  seeds: BulkSeeds,
  options: BulkLoadOptions = {},
): Promise<LoadReport> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report: LoadReport = {};
  const progress = options.onProgress ?? (() => undefined);
  const problems = new ProblemList();
  const sourceIds = [...seeds.sources.keys()];
  const hadSeeds = await matchesAny(db, 'graphHasSeeds', 'MATCH (e:Entity) WHERE e.seeded = true');
  // Into a graph without entities, entities, mentions and facts are created without looking for old ones.
  const fresh = !(await matchesAny(db, 'graphHasEntities', 'MATCH (e:Entity)'));
  const statement = (upsert: string, create: string): NamedQuery => cypherFile(fresh ? create : upsert);

  // Sources and passages are few next to facts: one transaction. Their rows are built a few sources at a time
  // (the shelf reads each text from disk) and dropped once written, rather than every text and passage held
  // through the whole load.
  let passageCount = 0;
  const newSources = !(await matchesAny(db, 'passagesExist', 'MATCH (p:Passage) WHERE p.sourceId IN $sourceIds', {
    sourceIds,
  }));
  await db.writeTransaction('bulk-sources', async (run) => {
    const sourceStatement = cypherFile('load/010-upsert-sources');
    const passageStatement = cypherFile(newSources ? 'load/bulk/200-create-passages' : 'load/020-upsert-passages');
    const keepIds: string[] = [];
    for (const { sources, passages } of sourceGroups(seeds.sources, size)) {
      tally(report, (await run(sourceStatement, { rows: sources })).records, () => 'Source');
      for (let i = 0; i < passages.length; i += size) {
        const rows = passages.slice(i, i + size);
        tally(report, (await run(passageStatement, { rows })).records, () => 'Passage');
      }
      passageCount += passages.length;
      // A paragraph's section is a passage of the same source, so the group holds both.
      if (newSources) {
        await linkSections(run, { passages }, 'load/bulk/205-create-section-links');
      } else {
        await linkSections(run, { passages });
        for (const passage of passages) keepIds.push(passage.id);
      }
    }
    if (newSources) return;
    const removed = await run(cypherFile('load/030-remove-stale-passages'), { sourceIds, keepIds });
    tally(report, removed.records, () => 'Passage', 'removed');
  });
  progress('passages', passageCount, passageCount);

  const entities = new BatchWriter<Row>(
    db,
    statement('load/040-upsert-entities', 'load/bulk/210-create-entities'),
    size,
    (records, done) => {
      tally(report, records, (row) => String(row.kind));
      progress('entities', done, seeds.index.entityCount);
    },
  );
  const dateOf = (id: string): string => seeds.sources.dateOf(id) ?? '';
  const statisticFacts: SeedRelationship[] = [];
  for await (const items of entityItems(seeds.folder, problems)) {
    for (const item of items) {
      const entity = seeds.index.entityOf(item.raw, item.place);
      if (!entity) throw changedWhileLoading(problems);
      await entities.add(entityRow(entity));
      const measures = statisticFact(entity, dateOf);
      if (measures) statisticFacts.push(measures);
    }
  }
  await entities.flush();
  // As `kg seed` does after the entities: an upsert sets every property anew, and external aliases are not
  // entity properties in the seeds (seeds/external-aliases.yaml, a short hand-made list: one transaction).
  await db.writeTransaction('bulk-external-aliases', (run) =>
    run(cypherFile('load/045-set-external-aliases'), { rows: seeds.externalAliases }),
  );

  // Fingerprints, not strings: a reload of a million facts has about two million mentions.
  const mentionKeys = new FingerprintMap();
  const mentions = new BatchWriter<MentionRow>(
    db,
    statement('load/060-upsert-mentions', 'load/bulk/220-create-mentions'),
    size,
    (records, done) => {
      tally(report, records, () => 'MENTIONS');
      progress('mentions', done, null);
    },
  );
  for (const mention of mentionsByPassage(seeds.sources, seeds.named)) {
    // Kept only to find stale mentions, which a graph without earlier seeds cannot have.
    if (hadSeeds) mentionKeys.putIfAbsent(`${mention.passageId}|${mention.entityId}`, 0);
    await mentions.add(mentionRow(mention));
  }
  await mentions.flush();

  const factCount = seeds.index.factCount + statisticFacts.length;
  const facts = new BatchWriter<FactRow>(
    db,
    statement('load/080-upsert-facts', 'load/bulk/230-create-facts'),
    size,
    (records, done) => {
      tally(report, records, (row) => String(row.type));
      progress('relationships', done, factCount);
    },
  );
  // A fact's first statement is written now; a later source's statement of it waits in the spool until every
  // fact is in the graph (restatements.ts). Fingerprints again: a million keys.
  const stated = new FingerprintMap();
  const spoolDir = mkdtempSync(path.join(tmpdir(), 'kg-restatements-'));
  try {
    const restatements = new RestatementSpool(path.join(spoolDir, 'restatements.jsonl'));
    const write = async (fact: SeedRelationship): Promise<void> => {
      if (stated.putIfAbsent(fact.key, 0) === undefined) await facts.add(factRow(fact));
      else await restatements.write(fact);
    };
    try {
      for await (const items of factItems(seeds.folder, seeds.sources, problems)) {
        for (const item of items) {
          const fact = seeds.index.relationshipOf(item.raw, item.source, item.place);
          if (!fact) throw changedWhileLoading(problems);
          await write(fact);
        }
      }
      // A statistic's own MEASURES fact can restate one a fact file states (same statistic and subject).
      for (const fact of statisticFacts) await write(fact);
    } finally {
      await restatements.close();
    }
    await facts.flush();
    if (problems.count > 0) throw changedWhileLoading(problems);
    if (restatements.rows > 0) {
      await applyRestatements(db, restatements.file, size, report, (done) =>
        progress('restatements', done, restatements.rows),
      );
    }
  } finally {
    rmSync(spoolDir, { recursive: true, force: true });
  }

  // A first load into an empty graph has nothing stale to look for.
  if (hadSeeds) {
    const statisticKeys = new Set(statisticFacts.map((fact) => fact.key));
    await removeStale(db, report, size, sourceIds, {
      keepEntity: (id) => seeds.index.hasEntity(id),
      keepMention: (key) => mentionKeys.has(key),
      keepFact: (key) => seeds.index.hasRelationship(key) || statisticKeys.has(key),
    });
  }
  return report;
}

/**
 * The source and passage rows of the sources, whole sources at a time, in groups of at least `size` passage rows
 * but the last.
 */
function* sourceGroups(
  sources: Iterable<SeedSource>,
  size: number,
): Generator<{ sources: Row[]; passages: PassageRow[] }> {
  let group: { sources: Row[]; passages: PassageRow[] } = { sources: [], passages: [] };
  for (const source of sources) {
    group.sources.push(sourceRow(source));
    for (const row of passageRows(source)) group.passages.push(row);
    if (group.passages.length >= size) {
      yield group;
      group = { sources: [], passages: [] };
    }
  }
  if (group.sources.length > 0) yield group;
}

interface Keep {
  readonly keepEntity: (id: string) => boolean;
  readonly keepMention: (key: string) => boolean;
  readonly keepFact: (key: string) => boolean;
}

/**
 * Removes what the graph holds for the loaded sources and the seeds no longer state: the graph's ids and keys
 * are streamed and compared with the seeds' in memory (a `NOT IN $million-keys` parameter would not scale).
 */
async function removeStale(
  db: GraphDatabase,
  report: LoadReport,
  size: number,
  sourceIds: readonly string[],
  keep: Keep,
): Promise<void> {
  const staleEntities: string[] = [];
  for await (const { id } of db.stream<{ id: string }>(cypherFile('load/bulk/110-seeded-entity-ids'))) {
    if (!keep.keepEntity(id)) staleEntities.push(id);
  }
  for (let i = 0; i < staleEntities.length; i += size) {
    const ids = staleEntities.slice(i, i + size);
    await db.writeTransaction('bulk-remove-entities', async (run) => {
      tally(
        report,
        (await run(cypherFile('load/bulk/120-remove-entities'), { ids })).records,
        (row) => String(row.kind),
        'removed',
      );
    });
  }
  const staleRelationships = async (
    statement: string,
    kept: (key: string) => boolean,
    group: (row: Record<string, unknown>) => string,
  ): Promise<void> => {
    const refs: string[] = [];
    for await (const row of db.stream<{ key: string; ref: string }>(cypherFile(statement), { sourceIds })) {
      if (!kept(row.key)) refs.push(row.ref);
    }
    for (let i = 0; i < refs.length; i += size) {
      const batch = refs.slice(i, i + size);
      await db.writeTransaction('bulk-remove-relationships', async (run) => {
        tally(
          report,
          (await run(cypherFile('load/bulk/150-remove-relationships'), { refs: batch })).records,
          group,
          'removed',
        );
      });
    }
  };
  await staleRelationships('load/bulk/130-source-mention-keys', keep.keepMention, () => 'MENTIONS');
  await staleRelationships('load/bulk/140-source-fact-keys', keep.keepFact, (row) => String(row.type));
}
