/**
 * What the many-sources fields cost (issue 15), asked of our API only: @neo4j/graphql has no notion of a fact's
 * statements, "as of" reads or a root query over every fact with our filters, so its side is not expressible.
 * The neighbourhood is asked with and without `asOf`, so that the cost of the date is the difference of two rows.
 */
import type { AnalystQuery, AnswerDigest } from './analystQueries';
import type { BenchmarkParameters } from './parameters';

const NOT_THEIRS = {
  expressibility: 'not-expressible',
  note: 'statements, asOf and the root relations query are ours only',
} as const;
export const PAGE = 100;

interface StatementRow {
  id: string;
  status: string;
  statements?: { source: { id: string } }[];
}

export const rowsDigest = (count: number, rows: StatementRow[]): AnswerDigest => ({
  count,
  relations: rows.map((r) => `${r.id} ${r.status} statements:${r.statements?.length ?? 0}`).sort(),
});

function hubStatements(p: BenchmarkParameters): AnalystQuery {
  return {
    name: 'hubStatements',
    title: "The hub's relations with every statement (source, date, status, quotes)",
    ours: {
      query: `query HubStatements($id: ID!) { entity(id: $id) { relations(first: ${PAGE}) {
        totalCount nodes { id status statements { source { id } assertedOn status evidence { quote } } } } } }`,
      variables: { id: p.hubId },
    },
    oursDigest: (data) => {
      const page = (data as { entity: { relations: { totalCount: number; nodes: StatementRow[] } } }).entity.relations;
      return rowsDigest(page.totalCount, page.nodes);
    },
    theirs: NOT_THEIRS,
  };
}

function neighbourhood(p: BenchmarkParameters, asOf: boolean): AnalystQuery {
  return {
    name: asOf ? 'neighbourhoodAsOf' : 'neighbourhood',
    title: asOf ? `The hub's neighbourhood as known on ${p.windowTo}` : "The hub's neighbourhood (for the asOf row)",
    ours: {
      query: `query Neighbourhood($id: ID!, $asOf: Date) { neighbourhood(id: $id, asOf: $asOf) {
        truncated nodes { id } edges { id status } } }`,
      variables: { id: p.hubId, asOf: asOf ? p.windowTo : null },
    },
    oursDigest: (data) => {
      const graph = (data as { neighbourhood: { nodes: { id: string }[]; edges: StatementRow[] } }).neighbourhood;
      return { nodes: graph.nodes.length, ...rowsDigest(graph.edges.length, graph.edges) };
    },
    theirs: NOT_THEIRS,
  };
}

function impliedFacts(): AnalystQuery {
  return {
    name: 'relationsImplied',
    title: 'Root relations: every fact the sources only imply (first page and total; reads every fact)',
    ours: {
      query: `query ImpliedFacts { relations(basis: [IMPLIED], first: ${PAGE}) { totalCount nodes { id status } } }`,
      variables: {},
    },
    oursDigest: (data) => {
      const page = (data as { relations: { totalCount: number; nodes: StatementRow[] } }).relations;
      return rowsDigest(page.totalCount, page.nodes);
    },
    theirs: NOT_THEIRS,
  };
}

function membersOfHub(p: BenchmarkParameters): AnalystQuery {
  return {
    name: 'relationsToHub',
    title: "Root relations anchored on an end: the hub's members",
    ours: {
      query: `query MembersOfHub($id: ID!) { relations(type: [MEMBER_OF], to: $id, first: ${PAGE}) {
        totalCount nodes { id status } } }`,
      variables: { id: p.hubId },
    },
    oursDigest: (data) => {
      const page = (data as { relations: { totalCount: number; nodes: StatementRow[] } }).relations;
      return rowsDigest(page.totalCount, page.nodes);
    },
    theirs: NOT_THEIRS,
  };
}

export function statementQueries(parameters: BenchmarkParameters): AnalystQuery[] {
  return [
    hubStatements(parameters),
    neighbourhood(parameters, false),
    neighbourhood(parameters, true),
    membersOfHub(parameters),
    impliedFacts(),
  ];
}
