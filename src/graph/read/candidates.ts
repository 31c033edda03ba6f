/**
 * The review queue as stored: `(:Candidate)` nodes of an ingested source, apart from entities and facts (no
 * `Entity` label, no relationship between entities), so no fact read can return one before it is accepted.
 * A candidate keeps what ingestion proposed as JSON (`proposal`) and the review's outcome as properties.
 */
import type { EntityKind, RelationshipType } from '../../ingest/vocabulary';
import type { CandidateTime } from '../../documents/types';
import type { GraphDatabase, TransactionRunner } from '../database';
import type { Page } from '../records';
import type { PageRequest } from './pagination';

export const CANDIDATE_STATES = ['OPEN', 'ACCEPTED', 'EDITED', 'REJECTED', 'MERGED'] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];
export type CandidateKind = 'ENTITY' | 'FACT';

export interface CandidateMentionRecord {
  readonly passageId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CandidateEntityRecord {
  readonly key: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  readonly method: string;
  readonly similarTo: { readonly entityId: string; readonly score: number } | null;
  readonly mentions: readonly CandidateMentionRecord[];
}

/** An end of a proposed fact: a known entity, or a candidate entity of the same source (by its candidate id). */
export type CandidateEndRecord =
  | { readonly entityId: string; readonly candidateId?: undefined }
  | { readonly candidateId: string; readonly key: string; readonly entityId?: undefined };

export interface CandidateFactRecord {
  readonly type: RelationshipType;
  readonly from: CandidateEndRecord;
  readonly to: CandidateEndRecord;
  readonly status: string;
  readonly negated: boolean;
  readonly time: CandidateTime | null;
  readonly passageId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

export interface CandidateRecord {
  readonly id: string;
  readonly sourceId: string;
  readonly kind: CandidateKind;
  readonly state: CandidateState;
  readonly ordinal: number;
  readonly label: string;
  readonly score: number;
  readonly entity: CandidateEntityRecord | null;
  readonly fact: CandidateFactRecord | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly reason: string | null;
  readonly acceptedEntityId: string | null;
  readonly acceptedRelationId: string | null;
}

export type CandidatePage = Page<CandidateRecord>;

type Props = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toCandidate(props: Props): CandidateRecord {
  const kind: CandidateKind = props.kind === 'FACT' ? 'FACT' : 'ENTITY';
  const proposal = JSON.parse(String(props.proposal)) as unknown;
  return {
    id: String(props.id),
    sourceId: String(props.sourceId),
    kind,
    state: CANDIDATE_STATES.find((s) => s === props.state) ?? 'OPEN',
    ordinal: Number(props.ordinal ?? 0),
    label: String(props.label),
    score: Number(props.score ?? 0),
    entity: kind === 'ENTITY' ? (proposal as CandidateEntityRecord) : null,
    fact: kind === 'FACT' ? (proposal as CandidateFactRecord) : null,
    reviewedBy: text(props.reviewedBy),
    reviewedAt: text(props.reviewedAt),
    reason: text(props.reason),
    acceptedEntityId: text(props.acceptedEntityId),
    acceptedRelationId: text(props.acceptedRelationId),
  };
}

const CANDIDATES_OF_SOURCE = {
  name: 'candidatesOfSource',
  cypher: `
    MATCH (c:Candidate {sourceId: $sourceId})
    WHERE ($states IS NULL OR c.state IN $states) AND ($kind IS NULL OR c.kind = $kind)
    WITH c ORDER BY c.ordinal
    WITH collect(c) AS found
    RETURN size(found) AS total, [c IN found[$offset..$offset + $first] | properties(c)] AS page`,
};

const CANDIDATES_BY_IDS = {
  name: 'candidatesByIds',
  cypher: `UNWIND $ids AS id MATCH (c:Candidate {id: id}) RETURN properties(c) AS props`,
};

export async function candidatesOfSource(
  db: GraphDatabase,
  sourceId: string,
  filter: { readonly states: readonly CandidateState[] | null; readonly kind: CandidateKind | null },
  page: PageRequest,
): Promise<CandidatePage> {
  const result = await db.read(CANDIDATES_OF_SOURCE, {
    sourceId,
    states: filter.states && filter.states.length > 0 ? filter.states : null,
    kind: filter.kind,
    offset: page.offset,
    first: page.first,
  });
  const record = result.records[0];
  const found = (record?.get('page') as Props[] | undefined) ?? [];
  return { totalCount: Number(record?.get('total') ?? 0), items: found.map(toCandidate), offset: page.offset };
}

export async function candidatesByIds(
  db: GraphDatabase,
  ids: readonly string[],
): Promise<Map<string, CandidateRecord>> {
  const result = await db.read(CANDIDATES_BY_IDS, { ids });
  return new Map(
    result.records.map((r) => {
      const candidate = toCandidate(r.get('props') as Props);
      return [candidate.id, candidate];
    }),
  );
}

/** Candidates by id inside a write transaction (the review reads what it is about to change). */
export async function readCandidates(run: TransactionRunner, ids: readonly string[]): Promise<Map<string, Props>> {
  const result = await run(CANDIDATES_BY_IDS, { ids });
  return new Map(
    result.records.map((r) => {
      const props = r.get('props') as Props;
      return [String(props.id), props];
    }),
  );
}
