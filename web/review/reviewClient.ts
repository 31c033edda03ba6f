/**
 * The review page's only way to the server: POST /graphql on our own origin. Reads go without a token (unless the
 * server closes reads); the three decisions carry the editor's bearer token.
 */
import type { EntityKind } from '../explorer/kinds';

export interface EntityRef {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
}

export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface DocumentMention {
  readonly entity: EntityRef;
  readonly spans: readonly Span[];
}

export interface DocumentParagraph {
  readonly id: string;
  readonly localId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mentions: readonly DocumentMention[];
}

export interface DocumentSection extends DocumentParagraph {
  readonly section: string;
  readonly paragraphs: readonly DocumentParagraph[];
}

export interface ReviewSource {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly publisher: string;
  readonly text: string;
  readonly sections: readonly DocumentSection[];
}

export type CandidateState = 'OPEN' | 'ACCEPTED' | 'EDITED' | 'REJECTED' | 'MERGED';

export interface CandidateEnd {
  readonly id: string;
  readonly entity: EntityRef | null;
  readonly candidate: { readonly id: string; readonly label: string } | null;
}

export interface Candidate {
  readonly id: string;
  readonly kind: 'ENTITY' | 'FACT';
  readonly state: CandidateState;
  readonly label: string;
  readonly score: number;
  readonly reviewedBy: string | null;
  readonly reason: string | null;
  readonly acceptedEntity: { readonly id: string; readonly name: string } | null;
  readonly acceptedRelation: { readonly id: string } | null;
  readonly entity: {
    readonly key: string;
    readonly name: string;
    readonly kind: EntityKind;
    readonly aliases: readonly string[];
    readonly method: string;
    readonly similarTo: EntityRef | null;
    readonly similarity: number | null;
    readonly mentions: readonly (Span & { readonly passage: { readonly id: string } })[];
  } | null;
  readonly fact: {
    readonly type: string;
    readonly status: string;
    readonly negated: boolean;
    readonly from: CandidateEnd;
    readonly to: CandidateEnd;
    readonly time: { readonly text: string | null } | null;
    readonly quote: string;
    readonly start: number;
    readonly end: number;
    readonly rule: string;
    readonly passage: { readonly id: string; readonly localId: string };
  } | null;
}

export interface SourceSummary {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly origin: 'SEED' | 'INGESTED';
  readonly ingestedAt: string | null;
}

/** The editable fields of `CandidateEdit` in schema.graphql. */
export interface CandidateEdit {
  id?: string;
  name?: string;
  kind?: string;
  aliases?: string[];
  description?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
  dateText?: string;
  quote?: string;
}

export interface Decision {
  readonly candidate: Candidate;
  readonly entity: { readonly id: string; readonly name: string } | null;
  readonly relation: { readonly id: string } | null;
}

const PASSAGE_FIELDS = `id localId start end text mentions { entity { id kind name } spans { text start end } }`;

const SOURCE = `query ReviewSource($id: ID!) {
  source(id: $id) {
    id title date publisher text
    sections { section ${PASSAGE_FIELDS} paragraphs { ${PASSAGE_FIELDS} } }
  }
}`;

const CANDIDATE = `fragment ReviewCandidate on Candidate {
  id kind state label score reviewedBy reason
  acceptedEntity { id name }
  acceptedRelation { id }
  entity {
    key name kind aliases method similarity
    similarTo { id kind name }
    mentions { text start end passage { id } }
  }
  fact {
    type status negated quote start end rule
    from { id entity { id kind name } candidate { id label } }
    to { id entity { id kind name } candidate { id label } }
    time { text }
    passage { id localId }
  }
}`;

const CANDIDATES = `query ReviewCandidates($id: ID!, $after: String) {
  source(id: $id) {
    candidates(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ReviewCandidate }
    }
  }
}
${CANDIDATE}`;

const SOURCES = `query ReviewSources { sources { id title date origin ingestedAt } }`;

const DECISION = `candidate { ...ReviewCandidate } entity { id name } relation { id }`;

const ACCEPT = `mutation ReviewAccept($id: ID!, $edit: CandidateEdit) {
  acceptCandidate(id: $id, edit: $edit) { ${DECISION} }
}
${CANDIDATE}`;

const REJECT = `mutation ReviewReject($id: ID!, $reason: String) {
  rejectCandidate(id: $id, reason: $reason) { ${DECISION} }
}
${CANDIDATE}`;

const MERGE = `mutation ReviewMerge($id: ID!, $into: ID!) {
  mergeCandidate(id: $id, into: $into) { ${DECISION} }
}
${CANDIDATE}`;

/** An answer the API refused: its messages, joined into one line. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: { code?: string } }[];
}

async function graphql<T>(query: string, variables: Record<string, unknown>, token: string | null = null): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors && body.errors.length > 0) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors[0]?.extensions?.code ?? null);
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`);
  return body.data;
}

export async function fetchSource(id: string): Promise<ReviewSource | null> {
  return (await graphql<{ source: ReviewSource | null }>(SOURCE, { id })).source;
}

/** Every candidate of the source's queue, in document order, a page of 100 at a time. */
export async function fetchCandidates(sourceId: string): Promise<Candidate[]> {
  const all: Candidate[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      source: {
        candidates: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Candidate[] };
      } | null;
    } = await graphql(CANDIDATES, { id: sourceId, after });
    if (!data.source) return all;
    all.push(...data.source.candidates.nodes);
    const { hasNextPage, endCursor } = data.source.candidates.pageInfo;
    if (!hasNextPage || !endCursor) return all;
    after = endCursor;
  }
}

export async function fetchSources(): Promise<SourceSummary[]> {
  return (await graphql<{ sources: SourceSummary[] }>(SOURCES, {})).sources;
}

export async function acceptCandidate(token: string, id: string, edit: CandidateEdit | null): Promise<Decision> {
  return (await graphql<{ acceptCandidate: Decision }>(ACCEPT, { id, edit }, token)).acceptCandidate;
}

export async function rejectCandidate(token: string, id: string, reason: string | null): Promise<Decision> {
  return (await graphql<{ rejectCandidate: Decision }>(REJECT, { id, reason }, token)).rejectCandidate;
}

export async function mergeCandidate(token: string, id: string, into: string): Promise<Decision> {
  return (await graphql<{ mergeCandidate: Decision }>(MERGE, { id, into }, token)).mergeCandidate;
}
