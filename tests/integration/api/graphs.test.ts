/**
 * Issue 4: drawable neighbourhoods (bounded depth and size, every edge between drawn nodes) and shortest paths
 * with the evidence of every hop, over facts only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApi, type TestApi } from '../../support/api';

const TEXT = readFileSync(
  path.join(__dirname, '../../../seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt'),
  'utf8',
);
const words = (text: string): string => text.replace(/\s+/g, ' ');

interface GraphView {
  truncated: boolean;
  nodes: { id: string; label: string; kind: string; depth: number; entity: { id: string; name: string } }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    status: string;
    relation: { id: string; from: { id: string }; to: { id: string }; evidence: { quote: string }[] };
  }[];
}

const NEIGHBOURHOOD = `
  query ($id: ID!, $depth: Int, $types: [RelationType!], $status: [RelationStatus!], $limit: Int) {
    neighbourhood(id: $id, depth: $depth, types: $types, status: $status, limit: $limit) {
      truncated
      nodes { id label kind depth entity { id name } }
      edges { id source target type status relation { id from { id } to { id } evidence { quote } } }
    }
  }`;

interface HopView {
  id: string;
  type: string;
  status: string;
  direction: string;
  from: { id: string };
  to: { id: string };
  other: { id: string };
  evidence: { quote: string; start: number; end: number; passage: { id: string; start: number; end: number } }[];
}

interface PathView {
  length: number;
  entities: { id: string }[];
  hops: HopView[];
}

const PATHS = `
  query ($from: ID!, $to: ID!, $maxLength: Int, $types: [RelationType!], $first: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, types: $types, first: $first) {
      length
      entities { id }
      hops { id type status direction from { id } to { id } other { id }
             evidence { quote start end passage { id start end } } }
    }
  }`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

async function neighbourhood(variables: Record<string, unknown>): Promise<GraphView> {
  const { data, errors } = await api.graphql<{ neighbourhood: GraphView }>(NEIGHBOURHOOD, variables);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.neighbourhood;
}

async function paths(variables: Record<string, unknown>): Promise<PathView[]> {
  const { data, errors } = await api.graphql<{ paths: PathView[] }>(PATHS, variables);
  expect(errors).toBeUndefined();
  return data?.paths ?? [];
}

/** Every edge joins two drawn nodes, and every node but the centre is reached by an edge from one level closer. */
function expectConsistent(graph: GraphView, centre: string): void {
  const depth = new Map(graph.nodes.map((n) => [n.id, n.depth]));
  expect(depth.size).toBe(graph.nodes.length);
  expect(depth.get(centre)).toBe(0);
  for (const edge of graph.edges) {
    expect(depth.has(edge.source)).toBe(true);
    expect(depth.has(edge.target)).toBe(true);
    expect([edge.relation.from.id, edge.relation.to.id]).toEqual([edge.source, edge.target]);
    expect(edge.relation.evidence.length).toBeGreaterThan(0);
  }
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  for (const node of graph.nodes) {
    expect(node.label).toBe(node.entity.name);
    if (node.id === centre) continue;
    const reachedFrom = graph.edges
      .filter((e) => e.source === node.id || e.target === node.id)
      .map((e) => depth.get(e.source === node.id ? e.target : e.source) ?? -1);
    expect(reachedFrom).toContain(node.depth - 1);
  }
}

describe('neighbourhood', () => {
  it('one hop around Kyrgyzstan: its presidency of the SCO, its membership, the Bishkek summit', async () => {
    const graph = await neighbourhood({ id: 'kyrgyzstan' });
    expectConsistent(graph, 'kyrgyzstan');
    expect(graph.truncated).toBe(false);
    expect(graph.nodes.find((n) => n.id === 'kyrgyzstan')).toMatchObject({ kind: 'STATE', depth: 0 });
    expect(graph.nodes.filter((n) => n.depth === 1).map((n) => n.id)).toEqual(
      expect.arrayContaining(['sco', 'eaeu', 'bishkek-summit-2019']),
    );
    const presidency = graph.edges.find((e) => e.type === 'PRESIDES');
    expect(presidency).toMatchObject({ source: 'kyrgyzstan', target: 'sco', status: 'CURRENT' });
    expect(words(presidency?.relation.evidence[0]?.quote ?? '')).toContain("Kyrgyzstan's presidency");
    expect(graph.nodes.every((n) => n.depth <= 1)).toBe(true);
  });

  it('two and three hops stay within their depth and consistent', async () => {
    for (const depth of [2, 3]) {
      const graph = await neighbourhood({ id: 'peace-mission-2018', depth });
      expectConsistent(graph, 'peace-mission-2018');
      expect(Math.max(...graph.nodes.map((n) => n.depth))).toBe(depth);
    }
    const two = await neighbourhood({ id: 'peace-mission-2018', depth: 2 });
    // Peace Mission 2018 -> held at Chebarkul -> in the Chelyabinsk Region.
    expect(two.nodes.find((n) => n.id === 'chelyabinsk-region')?.depth).toBe(2);
  });

  it('filters by relationship type and status', async () => {
    const graph = await neighbourhood({ id: 'sco', types: ['MEMBER_OF'], status: ['MEMBER'] });
    expectConsistent(graph, 'sco');
    expect(graph.edges.every((e) => e.type === 'MEMBER_OF' && e.status === 'MEMBER')).toBe(true);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      ['sco', 'china', 'russia', 'india', 'pakistan', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan'].sort(),
    );
  });

  it('cuts at the node limit and says so', async () => {
    const graph = await neighbourhood({ id: 'sco', depth: 2, limit: 10 });
    expect(graph.truncated).toBe(true);
    expect(graph.nodes.length).toBeLessThanOrEqual(10);
    expectConsistent(graph, 'sco');
  });

  it.each([
    [{ id: 'sco', depth: 4 }, 'depth'],
    [{ id: 'sco', depth: 0 }, 'depth'],
    [{ id: 'sco', limit: 501 }, 'limit'],
    [{ id: 'sco', limit: 0 }, 'limit'],
    [{ id: 'Not An Id!' }, 'id'],
  ])('rejects %j with BAD_USER_INPUT naming the argument', async (variables, argument) => {
    const { data, errors } = await api.graphql(NEIGHBOURHOOD, variables);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errors?.[0]?.message).not.toMatch(/\n\s+at /);
  });

  it('answers an unknown entity with a coded error, not a crash', async () => {
    const { errors } = await api.graphql(NEIGHBOURHOOD, { id: 'atlantis' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('atlantis');
  });
});

/** Hops chain from the first entity to the last, and each states its fact verbatim in the source. */
function expectEvidencedPath(p: PathView, from: string, to: string): void {
  expect(p.length).toBe(p.hops.length);
  expect(p.entities).toHaveLength(p.length + 1);
  expect(p.entities[0]?.id).toBe(from);
  expect(p.entities[p.length]?.id).toBe(to);
  p.hops.forEach((hop, i) => {
    const here = p.entities[i]?.id;
    const next = p.entities[i + 1]?.id;
    expect(hop.other.id).toBe(next);
    expect(hop.direction === 'OUTGOING' ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id]).toEqual([here, next]);
    expect(hop.evidence.length).toBeGreaterThan(0);
    for (const evidence of hop.evidence) {
      expect(TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      expect(evidence.start).toBeGreaterThanOrEqual(evidence.passage.start);
      expect(evidence.end).toBeLessThanOrEqual(evidence.passage.end);
    }
  });
}

describe('paths', () => {
  it('from a state to a UN office, with evidence on every hop', async () => {
    const found = await paths({ from: 'india', to: 'unodc' });
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.length).toBe(2);
      expectEvidencedPath(p, 'india', 'unodc');
    }
    const viaMembership = await paths({
      from: 'india',
      to: 'unodc',
      types: ['MEMBER_OF', 'COOPERATION_DOCUMENT_WITH'],
    });
    expect(viaMembership).toHaveLength(1);
    const [p] = viaMembership;
    if (!p) throw new Error('no path');
    expect(p.entities.map((e) => e.id)).toEqual(['india', 'sco', 'unodc']);
    expect(p.hops.map((h) => [h.type, h.status, h.direction])).toEqual([
      ['MEMBER_OF', 'MEMBER', 'OUTGOING'],
      ['COOPERATION_DOCUMENT_WITH', 'SIGNED', 'OUTGOING'],
    ]);
    expect(words(p.hops[0]?.evidence.map((e) => e.quote).join(' ') ?? '')).toContain('India and Pakistan');
    expect(words(p.hops[1]?.evidence.map((e) => e.quote).join(' ') ?? '')).toContain('UNODC');
  });

  it('follows facts backwards too: from the UN Commission on Narcotic Drugs to Vladimir Norov', async () => {
    const found = await paths({ from: 'un-commission-on-narcotic-drugs', to: 'vladimir-norov', maxLength: 3 });
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expectEvidencedPath(p, 'un-commission-on-narcotic-drugs', 'vladimir-norov');
    expect(found.some((p) => p.hops.some((h) => h.direction === 'INCOMING'))).toBe(true);
  });

  it('goes through facts only, never through a passage that mentions both ends', async () => {
    // q5.p2 names Moscow and Beijing in one sentence; the facts join them in four hops via the Contact Group.
    const short = await paths({ from: 'beijing', to: 'moscow', maxLength: 3 });
    expect(short).toEqual([]);
    const found = await paths({ from: 'beijing', to: 'moscow', maxLength: 4 });
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expectEvidencedPath(p, 'beijing', 'moscow');
      expect(p.entities.map((e) => e.id)).toContain('sco-afghanistan-contact-group');
    }
  });

  it('returns the same paths in the same order every time', async () => {
    const first = await paths({ from: 'india', to: 'unodc', first: 20 });
    const second = await paths({ from: 'india', to: 'unodc', first: 20 });
    expect(second).toEqual(first);
    expect(new Set(first.map((p) => p.hops.map((h) => h.id).join('>'))).size).toBe(first.length);
  });

  it('answers unknown or identical ends with no path', async () => {
    expect(await paths({ from: 'india', to: 'atlantis' })).toEqual([]);
    expect(await paths({ from: 'india', to: 'india' })).toEqual([]);
  });

  it('rejects paths longer than 4 hops with BAD_USER_INPUT', async () => {
    const { errors } = await api.graphql(PATHS, { from: 'india', to: 'unodc', maxLength: 5 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxLength' });
  });
});
