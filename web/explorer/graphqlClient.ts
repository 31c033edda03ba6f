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

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $depth: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: 200) {
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

// Full-text search ranks whole words and prefixes; nameContains also finds a fragment inside a name ("ASE").
const SUGGESTIONS = `query ExplorerSuggestions($text: String!, $first: Int!) {
  search(text: $text, includePassages: false, first: $first) {
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

export async function fetchNeighbourhood(id: string, depth = 1): Promise<Neighbourhood> {
  const data = await graphql<{ neighbourhood: Neighbourhood }>(NEIGHBOURHOOD, { id, depth });
  return data.neighbourhood;
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
