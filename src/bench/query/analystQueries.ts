/**
 * The analyst queries of the benchmark, each asked of our API (GraphQL over HTTP; its Cypher is replayed as the
 * floor) and of @neo4j/graphql over the type definitions of neo4jGraphqlTypeDefs.ts. Each side's answer is boiled
 * down to the same comparable digest (ids, statuses, counts): a benchmark of different work is meaningless.
 */
import { luceneQuery, searchTerms } from '../../graph/read/search';
import type { CapturedOperation } from './cypherCapture';
import { fulltextFieldOf, relationshipField } from './neo4jGraphqlTypeDefs';
import type { BenchmarkParameters } from './parameters';

export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** What an answer is compared on: plain JSON, built the same way from both sides. */
export type AnswerDigest = Readonly<Record<string, unknown>>;

export type Expressibility = 'generated' | 'cypher-directive' | 'not-expressible';

export type TheirSide =
  | {
      readonly expressibility: 'generated' | 'cypher-directive';
      readonly note: string;
      /** Built once our side's statements are known (the path query reuses their parameters). */
      request(ours: CapturedOperation): GraphqlRequest;
      digest(data: unknown): AnswerDigest;
    }
  | { readonly expressibility: 'not-expressible'; readonly note: string };

export interface AnalystQuery {
  readonly name: string;
  readonly title: string;
  readonly ours: GraphqlRequest;
  oursDigest(data: unknown): AnswerDigest;
  readonly theirs: TheirSide;
}

// Page sizes: large enough that, on the seed graph, every list fits one page (answers compare as whole sets).
export const RELATION_PAGE = 100;
export const NESTED_PAGE = 20;
export const SEARCH_HITS = 10;
export const PATHS = 5;
export const PATH_LENGTH = 3;
export const TIMELINE_PAGE = 100;

// Our API hides retired relations; so must the other side (the property is absent on relations never retired).
const NOT_RETIRED = '{ OR: [{ retired: { eq: null } }, { retired: { eq: false } }] }';
// Ours orders a relation list by lower-cased name, then key; @neo4j/graphql can only sort on stored values.
const BY_NAME_THEN_KEY = '[{ node: { name: ASC } }, { edge: { key: ASC } }]';
const UNORDERED_NOTE =
  'compared as sets: ours sorts by lower-cased name, @neo4j/graphql can sort by the stored name only';

const MEMBERS_IN = relationshipField('MEMBER_OF', 'IN');
const MEMBER_OF_OUT = relationshipField('MEMBER_OF', 'OUT');

interface OurRelation {
  status: string;
  evidence?: { quote: string }[];
  other: { id: string; relations?: OurRelationPage };
}
interface OurRelationPage {
  totalCount: number;
  nodes: OurRelation[];
}
interface TheirEdge {
  properties: { status: string; evidenceQuotes?: string[] | null };
  node: { id: string; [nested: string]: unknown };
}
interface TheirConnection {
  totalCount: number;
  edges: TheirEdge[];
}

const sorted = (values: string[]): string[] => [...values].sort();

function entityById(p: BenchmarkParameters): AnalystQuery {
  interface EntityFields {
    id: string;
    name: string;
    aliases: string[] | null;
    description: string | null;
  }
  const digest = (entity: EntityFields | null | undefined): AnswerDigest => ({
    id: entity?.id ?? null,
    name: entity?.name ?? null,
    aliases: entity?.aliases ?? [],
    description: entity?.description ?? null,
  });
  const fields = 'id name aliases subtype description status';
  return {
    name: 'entityById',
    title: 'Entity by id',
    ours: { query: `query EntityById($id: ID!) { entity(id: $id) { ${fields} } }`, variables: { id: p.hubId } },
    oursDigest: (data) => digest((data as { entity: EntityFields | null }).entity),
    theirs: {
      expressibility: 'generated',
      note: 'the `Entity` interface root field: one subquery per kind (UNION), as the kind is not known',
      request: () => ({
        query: `query EntityById($id: ID!) { entities(where: { id: { eq: $id } }) { ${fields} } }`,
        variables: { id: p.hubId },
      }),
      digest: (data) => digest((data as { entities: EntityFields[] }).entities[0]),
    },
  };
}

export function relationDigest(count: number, rows: { id: string; status: string; quotes: number }[]): AnswerDigest {
  return { count, relations: sorted(rows.map((row) => `${row.id} ${row.status} quotes:${row.quotes}`)) };
}

function organisationMembers(p: BenchmarkParameters): AnalystQuery {
  return {
    name: 'organisationMembers',
    title: 'Members of the hub, with status, time and evidence quote',
    ours: {
      query: `query OrganisationMembers($id: ID!) {
        entity(id: $id) { ... on Organisation { members(first: ${RELATION_PAGE}) {
          totalCount nodes { id status time { text } evidence { quote } other { id name } } } } } }`,
      variables: { id: p.hubId },
    },
    oursDigest: (data) => {
      const page = (data as { entity: { members: OurRelationPage } }).entity.members;
      return relationDigest(
        page.totalCount,
        page.nodes.map((r) => ({ id: r.other.id, status: r.status.toLowerCase(), quotes: r.evidence?.length ?? 0 })),
      );
    },
    theirs: {
      expressibility: 'generated',
      note: `a connection field with edge properties; ${UNORDERED_NOTE}`,
      request: () => ({
        query: `query OrganisationMembers($id: ID!) {
          organisations(where: { id: { eq: $id } }) {
            ${MEMBERS_IN}Connection(first: ${RELATION_PAGE}, where: { edge: ${NOT_RETIRED} }, sort: ${BY_NAME_THEN_KEY}) {
              totalCount edges { properties { key status timeText evidenceQuotes } node { id name } } } } }`,
        variables: { id: p.hubId },
      }),
      digest: (data) => {
        const connection = (data as { organisations: Record<string, TheirConnection>[] }).organisations[0]?.[
          `${MEMBERS_IN}Connection`
        ];
        return relationDigest(
          connection?.totalCount ?? 0,
          (connection?.edges ?? []).map((e) => ({
            id: e.node.id,
            status: e.properties.status.replace(/-/g, '_'),
            quotes: e.properties.evidenceQuotes?.length ?? 0,
          })),
        );
      },
    },
  };
}

/** Per member: its own MEMBER_OF relations (count and targets). */
export function nestedDigest(
  members: { id: string; status: string; nested: { count: number; ids: string[] } | null }[],
  count: number,
): AnswerDigest {
  return {
    count,
    members: sorted(
      members.map(
        (m) => `${m.id} ${m.status} -> ${m.nested ? `${m.nested.count}:${sorted(m.nested.ids).join(',')}` : '-'}`,
      ),
    ),
  };
}

function membersAndTheirMemberships(p: BenchmarkParameters): AnalystQuery {
  const theirNested = `${MEMBER_OF_OUT}Connection(first: ${NESTED_PAGE}, where: { edge: ${NOT_RETIRED} }, sort: ${BY_NAME_THEN_KEY}) {
    totalCount edges { properties { status } node { id } } }`;
  return {
    name: 'membersAndTheirMemberships',
    title: "Two levels: the hub's members and each member's memberships",
    ours: {
      query: `query MembersAndTheirMemberships($id: ID!) {
        entity(id: $id) { ... on Organisation { members(first: ${RELATION_PAGE}) { totalCount nodes { status other {
          id name relations(type: [MEMBER_OF], direction: OUTGOING, first: ${NESTED_PAGE}) {
            totalCount nodes { status other { id } } } } } } } } }`,
      variables: { id: p.hubId },
    },
    oursDigest: (data) => {
      const page = (data as { entity: { members: OurRelationPage } }).entity.members;
      return nestedDigest(
        page.nodes.map((r) => ({
          id: r.other.id,
          status: r.status.toLowerCase(),
          nested: r.other.relations
            ? { count: r.other.relations.totalCount, ids: r.other.relations.nodes.map((n) => n.other.id) }
            : null,
        })),
        page.totalCount,
      );
    },
    theirs: {
      expressibility: 'generated',
      note: `inline fragments on the kinds that can be members; ${UNORDERED_NOTE}`,
      request: () => ({
        query: `query MembersAndTheirMemberships($id: ID!) {
          organisations(where: { id: { eq: $id } }) {
            ${MEMBERS_IN}Connection(first: ${RELATION_PAGE}, where: { edge: ${NOT_RETIRED} }, sort: ${BY_NAME_THEN_KEY}) {
              totalCount edges { properties { status } node { id name
                ... on State { ${theirNested} }
                ... on Organisation { ${theirNested} } } } } } }`,
        variables: { id: p.hubId },
      }),
      digest: (data) => {
        const connection = (data as { organisations: Record<string, TheirConnection>[] }).organisations[0]?.[
          `${MEMBERS_IN}Connection`
        ];
        return nestedDigest(
          (connection?.edges ?? []).map((e) => {
            const nested = e.node[`${MEMBER_OF_OUT}Connection`] as TheirConnection | undefined;
            return {
              id: e.node.id,
              status: e.properties.status.replace(/-/g, '_'),
              nested: nested ? { count: nested.totalCount, ids: nested.edges.map((n) => n.node.id) } : null,
            };
          }),
          connection?.totalCount ?? 0,
        );
      },
    },
  };
}

function fulltextSearch(p: BenchmarkParameters): AnalystQuery {
  const field = fulltextFieldOf('Organisation');
  return {
    name: 'fulltextSearch',
    title: `Full-text search of organisations ("${p.searchText}")`,
    ours: {
      query: `query Search($text: String!) {
        search(text: $text, kinds: [ORGANISATION], includePassages: false, first: ${SEARCH_HITS}, matchBy: [NAME, ALIAS]) {
          score target { ... on Organisation { id } } } }`,
      variables: { text: p.searchText },
    },
    oursDigest: (data) => ({
      ids: (data as { search: { target: { id: string } }[] }).search.map((hit) => hit.target.id),
    }),
    theirs: {
      expressibility: 'generated',
      note:
        '@fulltext on each node type over our `entity_names` index; the client sends the Lucene query our API builds. ' +
        'Ours searches names and aliases only (matchBy: [NAME, ALIAS]), the same index: search over subjects ' +
        '(descriptions, close spellings, external aliases, mentioning passages, ranked together) has no counterpart, ' +
        'nor has our search across all kinds at once (@fulltext cannot sit on an interface)',
      request: () => ({
        query: `query Search($phrase: String!) {
          ${field}(phrase: $phrase, first: ${SEARCH_HITS}, sort: [{ score: DESC }, { node: { id: ASC } }]) {
            edges { score node { id } } } }`,
        variables: { phrase: luceneQuery(searchTerms(p.searchText)) },
      }),
      digest: (data) => ({
        ids: (data as Record<string, { edges: { node: { id: string } }[] }>)[field]?.edges.map((e) => e.node.id) ?? [],
      }),
    },
  };
}

function searchAcrossKinds(p: BenchmarkParameters): AnalystQuery {
  return {
    name: 'searchAcrossKinds',
    title: `Full-text search of every kind and of passages, ranked together ("${p.searchText}")`,
    ours: {
      query: `query SearchEverything($text: String!) {
        search(text: $text, first: ${SEARCH_HITS}) { score snippet target { __typename ... on Entity { id } ... on Passage { id } } } }`,
      variables: { text: p.searchText },
    },
    oursDigest: (data) => ({
      hits: (data as { search: { target: { id: string } }[] }).search.map((hit) => hit.target.id),
    }),
    theirs: {
      expressibility: 'not-expressible',
      note:
        '@fulltext sits on node types, not on an interface: one field per kind plus one for passages, each ranked ' +
        'on its own; one ranking across them (and highlighted snippets) would be client code',
    },
  };
}

function pathsBetween(p: BenchmarkParameters): AnalystQuery {
  const digest = (paths: { ids: string[]; names: string[]; hops: string[]; quotes: number }[]): AnswerDigest => ({
    paths: paths.map((p) => `${p.ids.join('>')} (${p.names.join(' > ')}) via ${p.hops.join(',')} quotes:${p.quotes}`),
  });
  return {
    name: 'pathsBetween',
    title: `Shortest paths between two entities ${p.pathHops} hops apart`,
    ours: {
      query: `query Paths($from: ID!, $to: ID!) {
        paths(from: $from, to: $to, maxLength: ${PATH_LENGTH}, first: ${PATHS}) {
          length entities { id name } hops { id type status evidence { quote } } } }`,
      variables: { from: p.pathFromId, to: p.pathToId },
    },
    oursDigest: (data) =>
      digest(
        (
          data as {
            paths: { entities: { id: string; name: string }[]; hops: { id: string; evidence: unknown[] }[] }[];
          }
        ).paths.map((path) => ({
          ids: path.entities.map((e) => e.id),
          names: path.entities.map((e) => e.name),
          hops: path.hops.map((h) => h.id),
          quotes: path.hops.reduce((sum, h) => sum + h.evidence.length, 0),
        })),
      ),
    theirs: {
      expressibility: 'cypher-directive',
      note:
        'not expressible with the generated API (no shortest-path or variable-length traversal): a `@cypher` root ' +
        'field running our own path Cypher, so this row measures the library around the same statement',
      request: (ours) => {
        const statement = ours.statements.find((s) => s.name.startsWith('shortestPaths_'));
        if (!statement) throw new Error('our paths operation sent no shortestPaths statement');
        return {
          query: `query Paths($from: ID!, $to: ID!, $first: Int!, $weakStatuses: [String!]!, $structuralTypes: [String!]!) {
            shortestPaths(from: $from, to: $to, first: $first, weakStatuses: $weakStatuses, structuralTypes: $structuralTypes) {
              ids names hops { key type status evidenceQuotes } } }`,
          variables: {
            from: p.pathFromId,
            to: p.pathToId,
            first: PATHS,
            weakStatuses: statement.params.weakStatuses,
            structuralTypes: statement.params.structuralTypes,
          },
        };
      },
      digest: (data) =>
        digest(
          (
            data as {
              shortestPaths: { ids: string[]; names: string[]; hops: { key: string; evidenceQuotes: string[] }[] }[];
            }
          ).shortestPaths.map((path) => ({
            ids: path.ids,
            names: path.names,
            hops: path.hops.map((h) => h.key),
            quotes: path.hops.reduce((sum, h) => sum + h.evidenceQuotes.length, 0),
          })),
        ),
    },
  };
}

function timelineWindow(p: BenchmarkParameters): AnalystQuery {
  const digest = (count: number, ids: string[]): AnswerDigest => ({ count, ids: sorted(ids) });
  return {
    name: 'timelineWindow',
    title: `Events between ${p.windowFrom} and ${p.windowTo}`,
    ours: {
      query: `query Timeline($from: PartialDate!, $to: PartialDate!) {
        timeline(from: $from, to: $to, kinds: [EVENT], occurrence: [HAPPENED, PLANNED], first: ${TIMELINE_PAGE}) {
          totalCount nodes { entity { id name } time { text } } } }`,
      variables: { from: p.windowFrom, to: p.windowTo },
    },
    oursDigest: (data) => {
      const page = (data as { timeline: { totalCount: number; nodes: { entity: { id: string } }[] } }).timeline;
      return digest(
        page.totalCount,
        page.nodes.map((n) => n.entity.id),
      );
    },
    theirs: {
      expressibility: 'generated',
      note:
        'string range filters (opt-in feature) over the days an event covers, sorted by the last day then the ' +
        'first (ours sorts by the last day an event can mean: the same page unless an event has an end but no ' +
        'start, which @neo4j/graphql cannot place as ours does, having no sort on an expression); compared as a ' +
        'set. Ours asks for events with a stated date only (HAPPENED, PLANNED), not the undated ones it places ' +
        'on their source date',
      request: () => ({
        query: `query Timeline($from: String!, $to: String!) {
          eventsConnection(
            first: ${TIMELINE_PAGE}
            where: { AND: [
              { OR: [{ NOT: { timeStart: { eq: null } } }, { NOT: { timeEnd: { eq: null } } }] }
              { OR: [{ timeEnd: { eq: null } }, { timeEnd: { gte: $from } }] }
              { OR: [{ timeStart: { eq: null } }, { timeStart: { lte: $to } }] }
            ] }
            sort: [{ timeEnd: ASC }, { timeStart: DESC }, { id: ASC }]
          ) { totalCount edges { node { id name timeText } } } }`,
        variables: { from: p.windowFrom, to: p.windowTo },
      }),
      digest: (data) => {
        const connection = (data as { eventsConnection: { totalCount: number; edges: { node: { id: string } }[] } })
          .eventsConnection;
        return digest(
          connection.totalCount,
          connection.edges.map((e) => e.node.id),
        );
      },
    },
  };
}

export function analystQueries(parameters: BenchmarkParameters): AnalystQuery[] {
  return [
    entityById(parameters),
    organisationMembers(parameters),
    membersAndTheirMemberships(parameters),
    fulltextSearch(parameters),
    searchAcrossKinds(parameters),
    pathsBetween(parameters),
    timelineWindow(parameters),
  ];
}
