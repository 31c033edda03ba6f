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
  /**
   * Why search found it, in brief, when not by its name or an alias ("mentioned in q4.p10", "close spelling");
   * null for a name or alias hit and for a fragment of a name.
   */
  readonly reason: string | null;
}

type SearchReasonKind = 'NAME' | 'ALIAS' | 'DESCRIPTION' | 'PASSAGE' | 'FUZZY' | 'EXTERNAL_ALIAS';

interface SuggestionHit {
  readonly target: Partial<Omit<Suggestion, 'reason'>>;
  readonly reasons: readonly { readonly kind: SearchReasonKind; readonly passage: { localId: string } | null }[];
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

// The suggestions are the API's search over subjects, in its order (issue 17): names, aliases, close spellings,
// external aliases, descriptions and the passages that mention an entity, an exact name first. nameContains adds
// fragments inside a name ("ASE") that whole-word search cannot find, after them.
const SUGGESTIONS = `query ExplorerSuggestions($text: String!, $first: Int!) {
  search(text: $text, includePassages: false, first: $first) {
    target { ... on Entity { id kind name aliases } }
    reasons { kind passage { localId } }
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

/** The strongest reason of a hit, in a few words; null when its name or an alias matched. */
function briefReason(strongest: SuggestionHit['reasons'][number] | undefined): string | null {
  switch (strongest?.kind) {
    case 'PASSAGE':
      return `mentioned in ${strongest.passage?.localId ?? 'a passage'}`;
    case 'DESCRIPTION':
      return 'in its description';
    case 'FUZZY':
      return 'close spelling';
    case 'EXTERNAL_ALIAS':
      return 'external alias, not the source’s word';
    default:
      return null;
  }
}

/**
 * Entities for `text`, ranked as the API's search ranks them (the same order, an exact name first), then the
 * entities with `text` inside a name or alias that search did not find.
 */
export async function fetchSuggestions(text: string, first: number, signal?: AbortSignal): Promise<Suggestion[]> {
  const data = await graphql<{
    search: readonly SuggestionHit[];
    entities: { nodes: readonly Omit<Suggestion, 'reason'>[] };
  }>(SUGGESTIONS, { text, first }, signal);
  const found = new Map<string, Suggestion>();
  for (const { target, reasons } of data.search) {
    const { id, kind, name, aliases } = target;
    if (id && kind && name && aliases) found.set(id, { id, kind, name, aliases, reason: briefReason(reasons[0]) });
  }
  for (const entity of data.entities.nodes)
    if (!found.has(entity.id)) found.set(entity.id, { ...entity, reason: null });
  return [...found.values()].slice(0, first);
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

/** How a timeline entry is known (schema.graphql, `TimelineOccurrence`). */
export type TimelineOccurrence = 'HAPPENED' | 'PLANNED' | 'SOURCE_DATED';

export interface TimelineEntry {
  readonly occurrence: TimelineOccurrence;
  /** `YEAR`, `QUARTER`, `MONTH`, `PART_OF_MONTH`, `DAY`; null when only the source's date places it. */
  readonly precision: string | null;
  readonly start: string;
  readonly end: string;
  readonly time: { readonly text: string | null } | null;
  readonly entity: { readonly id: string };
}

/** The API takes at most this many ids per timeline request. */
const TIMELINE_IDS_PER_REQUEST = 100;

const TIMELINE = `query ExplorerTimeline($entities: [ID!], $asOf: Date) {
  timeline(
    entities: $entities
    asOf: $asOf
    kinds: [STATE, ORGANISATION, EVENT, DOCUMENT, INITIATIVE, PERSON, PLACE, STATISTIC]
    first: ${TIMELINE_IDS_PER_REQUEST}
  ) {
    nodes { occurrence precision start end time { text } entity { id } }
  }
}`;

/**
 * The timeline entries of these entities (those on no timeline are left out), in the API's order; as known on
 * `asOf` when given (only entries a source dated on or before it reports).
 */
export async function fetchTimelineEntries(ids: readonly string[], asOf: string | null): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < ids.length; i += TIMELINE_IDS_PER_REQUEST) {
    const entities = ids.slice(i, i + TIMELINE_IDS_PER_REQUEST);
    const data = await graphql<{ timeline: { nodes: readonly TimelineEntry[] } }>(TIMELINE, { entities, asOf });
    entries.push(...data.timeline.nodes);
  }
  return entries;
}
