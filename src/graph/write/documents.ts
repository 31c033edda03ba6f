/**
 * Writing an ingested document: its Source node (with the file's hash and version), its passages and the
 * mentions of entities the graph knows (the seed loader's own statements), and its review queue of candidates.
 * All in the caller's transaction, so a failure leaves nothing half-written. A version points at the one before
 * it by `previousVersion` and a candidate at its source by `sourceId` (properties, not relationships: the export
 * model carries them as they are).
 */
import { cypherFile } from '../cypherFiles';
import type { TransactionRunner } from '../database';
import { linkSections } from '../../ingest/load';
import type { MentionRow, PassageRow } from '../../ingest/plan';

type Props = Record<string, unknown>;

export interface DocumentRows {
  readonly source: Props;
  readonly passages: readonly PassageRow[];
  readonly mentions: readonly MentionRow[];
  readonly candidates: readonly Props[];
}

const BATCH = 500;

const SOURCE_BY_FILE_HASH = {
  name: 'sourceByFileHash',
  cypher: `MATCH (s:Source {fileHash: $fileHash}) RETURN properties(s) AS props ORDER BY s.version LIMIT 1`,
};

const VERSIONS = {
  name: 'sourceVersions',
  cypher: `
    MATCH (s:Source)
    WHERE s.id = $baseId OR s.versionOf = $baseId
    RETURN s.id AS id, coalesce(s.version, 1) AS version ORDER BY version DESC`,
};

const CREATE_SOURCE = {
  name: 'createIngestedSource',
  cypher: `
    CREATE (s:Source)
    SET s = $props
    RETURN properties(s) AS props`,
};

const CREATE_CANDIDATES = {
  name: 'createCandidates',
  cypher: `
    UNWIND $rows AS row
    CREATE (c:Candidate)
    SET c = row
    RETURN count(*) AS count`,
};

const SET_CANDIDATE = {
  name: 'setCandidate',
  cypher: `MATCH (c:Candidate {id: $id}) SET c += $props RETURN properties(c) AS props`,
};

/** The source an earlier ingestion of the same bytes created, if any. */
export async function sourceWithFileHash(run: TransactionRunner, fileHash: string): Promise<Props | null> {
  const result = await run(SOURCE_BY_FILE_HASH, { fileHash });
  return (result.records[0]?.get('props') as Props | undefined) ?? null;
}

/** The newest version of a document id (the id itself, or a later version of it), if any. */
export async function latestVersion(
  run: TransactionRunner,
  baseId: string,
): Promise<{ id: string; version: number } | null> {
  const result = await run(VERSIONS, { baseId });
  const record = result.records[0];
  return record ? { id: String(record.get('id')), version: Number(record.get('version')) } : null;
}

export async function writeDocument(
  run: TransactionRunner,
  rows: DocumentRows,
  onProgress?: (done: number, total: number) => void,
): Promise<Props> {
  const total = 1 + rows.passages.length + rows.mentions.length + rows.candidates.length;
  let done = 0;
  const step = (n: number): void => {
    done += n;
    onProgress?.(done, total);
  };
  const created = await run(CREATE_SOURCE, { props: rows.source });
  step(1);
  for (let i = 0; i < rows.passages.length; i += BATCH) {
    const batch = rows.passages.slice(i, i + BATCH);
    await run(cypherFile('load/020-upsert-passages'), { rows: batch });
    step(batch.length);
  }
  await linkSections(run, rows);
  for (let i = 0; i < rows.mentions.length; i += BATCH) {
    const batch = rows.mentions.slice(i, i + BATCH);
    await run(cypherFile('load/060-upsert-mentions'), { rows: batch });
    step(batch.length);
  }
  for (let i = 0; i < rows.candidates.length; i += BATCH) {
    const batch = rows.candidates.slice(i, i + BATCH);
    await run(CREATE_CANDIDATES, { rows: batch });
    step(batch.length);
  }
  return created.records[0]?.get('props') as Props;
}

/** Sets review properties of a candidate and returns it as stored. */
export async function updateCandidate(run: TransactionRunner, id: string, props: Props): Promise<Props> {
  const result = await run(SET_CANDIDATE, { id, props });
  return result.records[0]?.get('props') as Props;
}

const ADD_MENTIONS = {
  name: 'addReviewedMentions',
  cypher: `
    UNWIND $rows AS row
    MATCH (p:Passage {id: row.passageId})
    MATCH (e:Entity {id: row.entityId})
    MERGE (p)-[m:MENTIONS]->(e)
    ON CREATE SET m = row.props
    ON MATCH SET m.starts = m.starts + row.props.starts, m.ends = m.ends + row.props.ends,
                 m.texts = m.texts + row.props.texts, m.curated = true
    RETURN count(*) AS count`,
};

/**
 * Mentions of an entity found by review (an accepted or merged candidate's): new MENTIONS edges, or more spans
 * on the edge a passage already has to that entity.
 */
export async function addMentions(run: TransactionRunner, rows: readonly MentionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await run(ADD_MENTIONS, { rows: rows.slice(i, i + BATCH) });
  }
}
