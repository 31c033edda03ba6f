/**
 * The explorer's only way to the server: POST /graphql on our own origin, one typed function per query the page
 * runs. The documents ask for exactly what the page draws, so one request per neighbourhood carries every edge's
 * evidence (the side panel and the JSON export need no further round trip).
 */
import type { EntityKind } from './kinds';

export interface DateValue {
  readonly value: string;
  readonly start: string;
  readonly end: string;
}

export interface TimeQualifier {
  readonly text: string | null;
  readonly at: DateValue | null;
  readonly from: DateValue | null;
  readonly to: DateValue | null;
}

export interface EvidenceQuote {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly passage: { readonly id: string; readonly localId: string };
}

export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly subtype: string | null;
  readonly status: string | null;
  readonly description: string;
  readonly time: TimeQualifier | null;
}

export interface NeighbourhoodNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly entity: EntitySummary;
}

export interface NeighbourhoodEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly status: string;
  readonly relation: {
    readonly basis: 'STATED' | 'IMPLIED';
    readonly role: string | null;
    readonly note: string | null;
    readonly assertedOn: string;
    readonly time: TimeQualifier | null;
    readonly evidence: readonly EvidenceQuote[];
  };
}

export interface Neighbourhood {
  readonly truncated: boolean;
  readonly nodes: readonly NeighbourhoodNode[];
  readonly edges: readonly NeighbourhoodEdge[];
}

export type TimeKnown = 'STATED' | 'SOURCE_DATE';

/** One source's word on a relation (see `Statement` in schema.graphql). */
export interface RelationStatement {
  readonly id: string;
  readonly source: { readonly id: string; readonly title: string; readonly date: string };
  readonly assertedOn: string;
  readonly status: string;
  readonly basis: 'STATED' | 'IMPLIED';
  readonly time: { readonly text: string | null } | null;
  readonly timeKnown: TimeKnown;
  readonly note: string | null;
  readonly evidence: readonly (EvidenceQuote & { readonly source: { readonly id: string } })[];
  readonly curated: boolean;
  readonly retired: { readonly at: string; readonly by: string; readonly reason: string } | null;
  readonly current: boolean;
}

export interface StatusChange {
  readonly status: string;
  readonly previous: string | null;
  readonly on: string;
  readonly statement: { readonly id: string };
}

export interface RelationConflict {
  readonly kind: 'NEGATION' | 'STATUS' | 'TIME';
  readonly sides: readonly {
    readonly says: string;
    readonly statements: readonly { readonly id: string; readonly source: { readonly id: string } }[];
  }[];
}

/** Every source's word on one relation, as known on `asOf` when set. */
export interface RelationStatements {
  readonly id: string;
  readonly status: string;
  readonly asOf: string | null;
  readonly timeKnown: TimeKnown;
  readonly sourceIds: readonly string[];
  readonly statements: readonly RelationStatement[];
  readonly statusHistory: readonly StatusChange[];
  readonly conflicts: readonly RelationConflict[];
}

export interface Suggestion {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Mention {
  readonly passage: { readonly id: string; readonly localId: string };
  readonly spans: readonly { readonly text: string; readonly start: number; readonly end: number }[];
}

export interface EntityDetails extends EntitySummary {
  readonly mentions: { readonly totalCount: number; readonly nodes: readonly Mention[] };
  /** Statistics only: the quotes that state the figure. */
  readonly evidence?: readonly EvidenceQuote[];
}

export interface SourcePassage {
  readonly id: string;
  readonly localId: string;
  readonly kind: 'SECTION' | 'PARAGRAPH';
  readonly section: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly source: { readonly id: string; readonly title: string; readonly date: string; readonly publisher: string };
  readonly parent: { readonly localId: string; readonly paragraphs: readonly SourceParagraph[] } | null;
}

export interface SourceParagraph {
  readonly id: string;
  readonly localId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface RelationTypeInfo {
  readonly type: string;
  readonly description: string;
}

const TIME = `fragment ExplorerTime on TimeQualifier {
  text
  at { value start end }
  from { value start end }
  to { value start end }
}`;

const ENTITY_SUMMARY = `fragment ExplorerEntitySummary on Entity {
  id kind name aliases subtype status description
  time { ...ExplorerTime }
}`;

const EVIDENCE = `fragment ExplorerEvidence on Evidence {
  quote start end
  passage { id localId }
}`;

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $depth: Int!, $asOf: Date) {
  neighbourhood(id: $id, depth: $depth, limit: 200, asOf: $asOf) {
    truncated
    nodes { id kind entity { ...ExplorerEntitySummary } }
    edges {
      id source target type status
      relation {
        basis role note assertedOn
        time { ...ExplorerTime }
        evidence { ...ExplorerEvidence }
      }
    }
  }
}
${ENTITY_SUMMARY}
${TIME}
${EVIDENCE}`;

/*
 * A relation's statements are read when it is selected, not with the neighbourhood: 200 edges with every
 * statement's quotes would cost about 20,000 (the whole limit, see docs/LIMITS.md); one relation costs a few hundred.
 * The root `relations` has no id filter, so this asks for the relations of the type between the two ends (several
 * only when they differ by key) and the caller keeps the one with the id.
 */
const RELATION_STATEMENTS = `query ExplorerRelationStatements($type: RelationType!, $from: ID!, $to: ID!, $asOf: Date) {
  relations(type: [$type], from: $from, to: $to, asOf: $asOf, first: 10) {
    nodes {
      id status asOf timeKnown sourceIds
      statements(includeRetired: true) {
        id assertedOn status basis timeKnown note curated current
        source { id title date }
        time { text }
        evidence { ...ExplorerEvidence source { id } }
        retired { at by reason }
      }
      statusHistory { status previous on statement { id } }
      conflicts { kind sides { says statements { id source { id } } } }
    }
  }
}
${EVIDENCE}`;

// Full-text search ranks whole words and prefixes; nameContains also finds a fragment inside a name ("ASE").
// Suggestions are names: a close spelling or an external alias ("UNWTO") suggests a name, a passage does not.
const SUGGESTIONS = `query ExplorerSuggestions($text: String!, $first: Int!) {
  search(text: $text, includePassages: false, first: $first, matchBy: [NAME, ALIAS, FUZZY, EXTERNAL_ALIAS]) {
    target { ... on Entity { id kind name aliases } }
  }
  entities(filter: { nameContains: $text }, first: $first) {
    nodes { id kind name aliases }
  }
}`;

const ENTITY = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    ...ExplorerEntitySummary
    mentions(first: 8) { totalCount nodes { passage { id localId } spans { text start end } } }
    ... on Statistic { evidence { ...ExplorerEvidence } }
  }
}
${ENTITY_SUMMARY}
${TIME}
${EVIDENCE}`;

const PASSAGE = `query ExplorerPassage($id: ID!) {
  passage(id: $id) {
    id localId kind section text start end
    source { id title date publisher }
    parent { localId paragraphs { id localId text start end } }
  }
}`;

const RELATION_TYPES = `query ExplorerRelationTypes { relationTypes { type description } }`;

export class ApiError extends Error {
  override readonly name = 'ApiError';
}

async function graphql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T | null; errors?: readonly { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors && body.errors.length > 0) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`);
  return body.data;
}

/** The neighbourhood of `id`, as known on `asOf` (a YYYY-MM-DD date) when set. */
export async function fetchNeighbourhood(id: string, asOf: string | null, depth = 1): Promise<Neighbourhood> {
  const data = await graphql<{ neighbourhood: Neighbourhood }>(NEIGHBOURHOOD, { id, depth, asOf });
  return data.neighbourhood;
}

/** The statements, status history and conflicts of one relation (null when there is none by that id). */
export async function fetchRelationStatements(
  relation: { readonly id: string; readonly type: string; readonly source: string; readonly target: string },
  asOf: string | null,
): Promise<RelationStatements | null> {
  const data = await graphql<{ relations: { nodes: readonly RelationStatements[] } }>(RELATION_STATEMENTS, {
    type: relation.type,
    from: relation.source,
    to: relation.target,
    asOf,
  });
  return data.relations.nodes.find((node) => node.id === relation.id) ?? null;
}

/** Entities whose name or alias matches `text`: full-text hits first (best ranked), then substring matches. */
export async function fetchSuggestions(text: string, first: number, signal?: AbortSignal): Promise<Suggestion[]> {
  const data = await graphql<{
    search: readonly { target: Partial<Suggestion> }[];
    entities: { nodes: readonly Suggestion[] };
  }>(SUGGESTIONS, { text, first }, signal);
  const found = new Map<string, Suggestion>();
  for (const { target } of data.search) {
    if (target.id && target.kind && target.name && target.aliases) found.set(target.id, target as Suggestion);
  }
  for (const entity of data.entities.nodes) if (!found.has(entity.id)) found.set(entity.id, entity);
  return rankSuggestions([...found.values()], text).slice(0, first);
}

/** Exact name or alias matches first ("CSTO" before "CSTO Secretariat"), then names starting with the text. */
function rankSuggestions(suggestions: Suggestion[], text: string): Suggestion[] {
  const wanted = text.trim().toLowerCase();
  const rank = (s: Suggestion): number => {
    const names = [s.name, ...s.aliases].map((name) => name.toLowerCase());
    if (names.includes(wanted)) return 0;
    if (names.some((name) => name.startsWith(wanted))) return 1;
    return 2;
  };
  return suggestions
    .map((suggestion, index) => ({ suggestion, index, rank: rank(suggestion) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ suggestion }) => suggestion);
}

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await graphql<{ entity: EntityDetails | null }>(ENTITY, { id });
  return data.entity;
}

export async function fetchPassage(id: string): Promise<SourcePassage | null> {
  const data = await graphql<{ passage: SourcePassage | null }>(PASSAGE, { id });
  return data.passage;
}

export async function fetchRelationTypes(): Promise<RelationTypeInfo[]> {
  const data = await graphql<{ relationTypes: RelationTypeInfo[] }>(RELATION_TYPES, {});
  return data.relationTypes;
}
