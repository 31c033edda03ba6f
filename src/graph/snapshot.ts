/**
 * The whole graph as plain data, read out and written back: what `kg export` serialises and `kg import` loads.
 * It covers the model of the README (sources, passages, entities, facts, mentions) and the curation history
 * (`:Change` nodes and their `CHANGED` links to entities) and the review queues of ingested documents
 * (`:Candidate` nodes) with every property as stored. A read refuses a graph
 * holding anything else, so no export silently loses part of a graph; a write happens in ONE transaction and
 * checks that every row it was given became a node or a relationship.
 */
import { RELATIONSHIP_TYPE_NAMES } from '../ingest/vocabulary';
import { cypherFile } from './cypherFiles';
import type { GraphDatabase, TransactionRunner } from './database';

/** What a Neo4j property can hold here: numbers are floats, as the seed loader writes them. */
export type PropertyValue = string | number | boolean | readonly string[] | readonly number[] | readonly boolean[];
export type Properties = Readonly<Record<string, PropertyValue>>;

export interface SourceSnapshot {
  readonly id: string;
  readonly properties: Properties;
}

export interface PassageSnapshot {
  readonly id: string;
  /** The source that HAS_PASSAGE this passage. */
  readonly source: string | null;
  /** The section this paragraph is IN_SECTION of. */
  readonly section: string | null;
  readonly properties: Properties;
}

export interface EntitySnapshot {
  readonly id: string;
  readonly labels: readonly string[];
  readonly properties: Properties;
}

export interface RelationshipSnapshot {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
}

export interface MentionSnapshot {
  readonly passage: string;
  readonly entity: string;
  readonly properties: Properties;
}

/** One curation change (a `:Change` node) and the entities it is linked to by `CHANGED`. */
export interface ChangeSnapshot {
  readonly id: string;
  /** The entities this change has a `CHANGED` link to (sorted); those a later merge deleted are gone. */
  readonly entities: readonly string[];
  readonly properties: Properties;
}

/** One candidate of an ingested document's review queue (a `:Candidate` node; its source is `sourceId`). */
export interface CandidateSnapshot {
  readonly id: string;
  readonly properties: Properties;
}

export interface GraphSnapshot {
  readonly sources: readonly SourceSnapshot[];
  readonly passages: readonly PassageSnapshot[];
  readonly entities: readonly EntitySnapshot[];
  readonly relationships: readonly RelationshipSnapshot[];
  readonly mentions: readonly MentionSnapshot[];
  readonly changes: readonly ChangeSnapshot[];
  readonly candidates: readonly CandidateSnapshot[];
}

export type SnapshotPart = keyof GraphSnapshot;
export const SNAPSHOT_PARTS: readonly SnapshotPart[] = [
  'sources',
  'passages',
  'entities',
  'relationships',
  'mentions',
  'changes',
  'candidates',
];

/** The graph holds nodes or relationships the snapshot model does not cover. */
export class SnapshotCoverageError extends Error {
  override readonly name = 'SnapshotCoverageError';
}

/** An import into a graph that already holds something, without `replace`. */
export class GraphNotEmptyError extends Error {
  override readonly name = 'GraphNotEmptyError';
  constructor(readonly nodes: number) {
    super(`the target graph is not empty (${nodes} nodes)`);
  }
}

type Row = Record<string, unknown>;

async function rows(db: GraphDatabase, name: string): Promise<Row[]> {
  const result = await db.read(cypherFile(name), { types: RELATIONSHIP_TYPE_NAMES });
  return result.records.map((record) => record.toObject() as Row);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Reads the whole graph, part by part (`onPart` is told as each part is read). Throws SnapshotCoverageError when
 * the graph holds something the snapshot would leave out.
 */
export async function readGraphSnapshot(
  db: GraphDatabase,
  onPart: (part: SnapshotPart, index: number) => void = () => undefined,
): Promise<GraphSnapshot> {
  onPart('sources', 0);
  const sources = (await rows(db, 'export/010-sources')).map((row) => ({
    id: String(row.id),
    properties: row.properties as Properties,
  }));
  onPart('passages', 1);
  const passages = (await rows(db, 'export/020-passages')).map((row) => ({
    id: String(row.id),
    source: text(row.source),
    section: text(row.section),
    properties: row.properties as Properties,
  }));
  onPart('entities', 2);
  const entities = (await rows(db, 'export/030-entities')).map((row) => ({
    id: String(row.id),
    labels: [...(row.labels as string[])].sort(),
    properties: row.properties as Properties,
  }));
  onPart('relationships', 3);
  const relationships = (await rows(db, 'export/040-relationships')).map((row) => ({
    type: String(row.type),
    from: String(row.from),
    to: String(row.to),
    properties: row.properties as Properties,
  }));
  onPart('mentions', 4);
  const mentions = (await rows(db, 'export/050-mentions')).map((row) => ({
    passage: String(row.passage),
    entity: String(row.entity),
    properties: row.properties as Properties,
  }));
  onPart('changes', 5);
  const changes = (await rows(db, 'export/060-changes')).map((row) => ({
    id: String(row.id),
    entities: [...(row.entities as string[])].sort(),
    properties: row.properties as Properties,
  }));
  onPart('candidates', 6);
  const candidates = (await rows(db, 'export/070-candidates')).map((row) => ({
    id: String(row.id),
    properties: row.properties as Properties,
  }));
  const snapshot = { sources, passages, entities, relationships, mentions, changes, candidates };
  await checkCoverage(db, snapshot);
  return snapshot;
}

async function checkCoverage(db: GraphDatabase, snapshot: GraphSnapshot): Promise<void> {
  const [totals] = await rows(db, 'export/090-totals');
  const nodes =
    snapshot.sources.length +
    snapshot.passages.length +
    snapshot.entities.length +
    snapshot.changes.length +
    snapshot.candidates.length;
  const relationships =
    snapshot.passages.filter((p) => p.source !== null).length +
    snapshot.passages.filter((p) => p.section !== null).length +
    snapshot.relationships.length +
    snapshot.mentions.length +
    snapshot.changes.reduce((sum, change) => sum + change.entities.length, 0);
  if (Number(totals?.nodes) === nodes && Number(totals?.relationships) === relationships) return;
  const outside = (await rows(db, 'export/080-outside-model')).map((row) => `${String(row.count)} ${String(row.what)}`);
  throw new SnapshotCoverageError(
    `the graph holds ${String(totals?.nodes)} nodes and ${String(totals?.relationships)} relationships, ` +
      `the export model covers ${nodes} and ${relationships}` +
      (outside.length > 0
        ? `; outside the model: ${outside.join(', ')}`
        : ' (a passage with two sources or sections?)'),
  );
}

export interface WriteSnapshotOptions {
  /** Delete everything in the target graph first (in the same transaction); otherwise it must be empty. */
  readonly replace?: boolean;
  /** Called after each batch with the number of rows written so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly timeoutMs?: number;
}

export interface WriteSnapshotReport {
  /** Nodes deleted by `replace`. */
  readonly deleted: number;
  readonly written: Readonly<Record<SnapshotPart, number>>;
}

const BATCH = 1000;

/** One statement of cypher/import and the rows it UNWINDs, in the order an import runs them. */
export interface ImportStep {
  readonly statement: string;
  readonly part: SnapshotPart | 'sections';
  readonly rows: readonly unknown[];
}

/** The import as statements and rows: `kg import` runs them, the Cypher script export spells them out. */
export function importSteps(snapshot: GraphSnapshot): ImportStep[] {
  const sections = snapshot.passages.flatMap((p) => (p.section === null ? [] : [{ id: p.id, section: p.section }]));
  return [
    { statement: 'import/010-create-sources', part: 'sources', rows: snapshot.sources },
    { statement: 'import/020-create-passages', part: 'passages', rows: snapshot.passages },
    { statement: 'import/025-link-sections', part: 'sections', rows: sections },
    { statement: 'import/030-create-entities', part: 'entities', rows: snapshot.entities },
    { statement: 'import/040-create-mentions', part: 'mentions', rows: snapshot.mentions },
    { statement: 'import/050-create-relationships', part: 'relationships', rows: snapshot.relationships },
    { statement: 'import/060-create-changes', part: 'changes', rows: snapshot.changes },
    { statement: 'import/070-create-candidates', part: 'candidates', rows: snapshot.candidates },
  ];
}

/**
 * Writes a snapshot into the graph in ONE write transaction: everything or nothing. The snapshot must have been
 * checked (labels and relationship types from the vocabulary, references resolved) by the caller. A row whose
 * endpoints are missing would write nothing, so every statement must report as many rows as it was given.
 */
export async function writeGraphSnapshot(
  db: GraphDatabase,
  snapshot: GraphSnapshot,
  options: WriteSnapshotOptions = {},
): Promise<WriteSnapshotReport> {
  const steps = importSteps(snapshot);
  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);

  return db.writeTransaction(
    'import-graph',
    async (run) => {
      // The driver may run this again after a transient failure: progress starts over with it.
      let done = 0;
      const existing = await run(cypherFile('import/000-count-nodes'));
      const nodes = Number(existing.records[0]?.get('nodes') ?? 0);
      if (nodes > 0 && !options.replace) throw new GraphNotEmptyError(nodes);
      const deleted = nodes > 0 ? await count(run, 'import/005-delete-everything', null) : 0;

      const written = {
        sources: 0,
        passages: 0,
        entities: 0,
        relationships: 0,
        mentions: 0,
        changes: 0,
        candidates: 0,
      };
      for (const step of steps) {
        for (let i = 0; i < step.rows.length; i += BATCH) {
          const batch = step.rows.slice(i, i + BATCH);
          const rowsWritten = await count(run, step.statement, batch);
          if (rowsWritten !== batch.length) {
            throw new Error(
              `${step.statement} wrote ${rowsWritten} of ${batch.length} rows; the snapshot is inconsistent`,
            );
          }
          done += batch.length;
          options.onProgress?.(done, total);
        }
        if (step.part !== 'sections') written[step.part] = step.rows.length;
      }
      return { deleted, written };
    },
    options.timeoutMs,
  );
}

async function count(run: TransactionRunner, name: string, batch: readonly unknown[] | null): Promise<number> {
  const result = await run(cypherFile(name), batch === null ? {} : { rows: batch });
  return Number(result.records[0]?.get('count') ?? 0);
}
