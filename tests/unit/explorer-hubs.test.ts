/**
 * Issue 17, "explorer for hubs": how the explorer groups a hub's neighbours into clusters (web/explorer/clusters.ts)
 * and the rows of its relation table (web/explorer/relationRows.ts), on a small hand-made hub composed the way the
 * page composes fetched neighbourhoods.
 */
import {
  clusterHiding,
  clusterLabel,
  clusterNeighbours,
  clusterNodeId,
  isClusterKey,
  statusBreakdown,
} from '../../web/explorer/clusters';
import type { Neighbourhood, NeighbourhoodEdge, NeighbourhoodNode } from '../../web/explorer/graphqlClient';
import { composeGraph } from '../../web/explorer/graphModel';
import { hubPositions, type LabelBox } from '../../web/explorer/hubLayout';
import type { EntityKind } from '../../web/explorer/kinds';
import { pageOf, relationRows, sortRows } from '../../web/explorer/relationRows';
import { EMPTY_VIEW, formatViewState, parseViewState, type ViewState } from '../../web/explorer/viewState';

function node(id: string, kind: EntityKind, name = id): NeighbourhoodNode {
  return {
    id,
    kind,
    entity: { id, kind, name, aliases: [], subtype: null, status: null, description: '', time: null },
  };
}

function edge(type: string, source: string, target: string, status: string, day: string | null = null) {
  const time = day ? { text: day, at: { value: day, start: day, end: day }, from: null, to: null } : null;
  return {
    id: `${type}:${source}:${target}`,
    source,
    target,
    type,
    status,
    relation: { basis: 'STATED', role: null, note: null, assertedOn: '2019-03-20', time, evidence: [] },
  } satisfies NeighbourhoodEdge;
}

/** A hub: 6 cooperation documents (4 signed, 2 being worked out), 5 member states, 2 bodies, 1 meeting. */
function hub(): Neighbourhood {
  const documents = ['unece', 'unesco', 'wto', 'fao', 'asean', 'cis'];
  const states = ['china', 'india', 'russia', 'pakistan', 'kazakhstan'];
  const nodes = [
    node('sco', 'ORGANISATION', 'Shanghai Cooperation Organisation'),
    ...documents.map((id) => node(id, 'ORGANISATION')),
    ...states.map((id) => node(id, 'STATE')),
    node('rats', 'ORGANISATION'),
    node('secretariat', 'ORGANISATION'),
    node('summit', 'EVENT'),
  ];
  const edges = [
    ...documents.map((id, i) =>
      edge('COOPERATION_DOCUMENT_WITH', 'sco', id, i < 4 ? 'SIGNED' : 'BEING_WORKED_OUT', `2015-0${i + 1}-01`),
    ),
    ...states.map((id) => edge('MEMBER_OF', id, 'sco', 'MEMBER')),
    edge('BODY_OF', 'rats', 'sco', 'ACTIVE'),
    edge('BODY_OF', 'secretariat', 'sco', 'ACTIVE'),
    edge('MET_WITH', 'sco', 'summit', 'PLANNED', '2019-06-14'),
    // A relation between two neighbours: drawn only when both ends are.
    edge('COOPERATES_WITH', 'rats', 'cis', 'ACTIVE'),
  ];
  return { truncated: false, nodes, edges };
}

function view(change: Partial<ViewState> = {}): ViewState {
  return { ...EMPTY_VIEW, centre: 'sco', ...change };
}

function composed(state: ViewState, extra: [string, Neighbourhood][] = []) {
  return composeGraph(state, new Map([['sco', hub()], ...extra]));
}

describe('clustering a hub', () => {
  it('leaves a centre with few neighbours as it is', () => {
    const clustering = clusterNeighbours(composed(view()), 'sco', ['sco'], null, 20);
    expect(clustering.clusters).toEqual([]);
    expect(clustering.hiddenNodes.size).toBe(0);
  });

  it('groups neighbours by type, direction and kind, largest first; groups of one or two stay drawn', () => {
    const clustering = clusterNeighbours(composed(view()), 'sco', ['sco'], null, 10);
    expect(clustering.clusters.map((c) => [c.key, c.members.length])).toEqual([
      ['COOPERATION_DOCUMENT_WITH:out:ORGANISATION', 6],
      ['MEMBER_OF:in:STATE', 5],
    ]);
    const documents = clustering.clusters[0];
    expect(documents?.statuses).toEqual([
      ['SIGNED', 4],
      ['BEING_WORKED_OUT', 2],
    ]);
    expect(documents?.expanded).toBe(false);
    // The members of closed clusters are not drawn, nor their relations; the bodies and the meeting are.
    expect([...clustering.hiddenNodes].sort()).toEqual(
      ['asean', 'china', 'cis', 'fao', 'india', 'kazakhstan', 'pakistan', 'russia', 'unece', 'unesco', 'wto'].sort(),
    );
    expect(clustering.hiddenNodes.has('rats')).toBe(false);
    expect(clustering.hiddenNodes.has('summit')).toBe(false);
    expect(clustering.hiddenEdges.has('COOPERATES_WITH:rats:cis')).toBe(true);
    expect(clustering.hiddenEdges.has('BODY_OF:rats:sco')).toBe(false);
    expect(clusterHiding(clustering, 'cis')?.key).toBe('COOPERATION_DOCUMENT_WITH:out:ORGANISATION');
    expect(clusterHiding(clustering, 'rats')).toBeNull();
  });

  it('opens one cluster: its members and their relations are drawn, the other cluster stays closed', () => {
    const key = 'COOPERATION_DOCUMENT_WITH:out:ORGANISATION';
    const clustering = clusterNeighbours(composed(view()), 'sco', ['sco'], key, 10);
    expect(clustering.clusters.map((c) => c.expanded)).toEqual([true, false]);
    for (const id of ['unece', 'cis', 'wto']) expect(clustering.hiddenNodes.has(id)).toBe(false);
    expect(clustering.hiddenEdges.has('COOPERATES_WITH:rats:cis')).toBe(false);
    expect(clustering.hiddenEdges.has('COOPERATION_DOCUMENT_WITH:sco:cis')).toBe(false);
    expect(clustering.hiddenNodes.has('china')).toBe(true);
  });

  it('clusters what the filters leave: hiding a status changes the counts', () => {
    const graph = composed(view({ hiddenStatuses: ['BEING_WORKED_OUT'] }));
    const clustering = clusterNeighbours(graph, 'sco', ['sco'], null, 8);
    const documents = clustering.clusters.find((c) => c.key === 'COOPERATION_DOCUMENT_WITH:out:ORGANISATION');
    expect(documents?.members).toEqual(['fao', 'unece', 'unesco', 'wto']);
    expect(documents?.statuses).toEqual([['SIGNED', 4]]);
  });

  it('keeps drawing what an expanded entity reaches, even inside a closed cluster', () => {
    const rats: Neighbourhood = {
      truncated: false,
      nodes: [node('rats', 'ORGANISATION'), node('cis', 'ORGANISATION')],
      edges: [edge('COOPERATES_WITH', 'rats', 'cis', 'ACTIVE')],
    };
    const graph = composed(view({ expanded: ['rats'] }), [['rats', rats]]);
    const clustering = clusterNeighbours(graph, 'sco', ['sco', 'rats'], null, 10);
    expect(clustering.hiddenNodes.has('cis')).toBe(false);
    expect(clustering.hiddenNodes.has('unece')).toBe(true);
  });

  it('labels a cluster with its count and its statuses in words', () => {
    const [documents, states] = clusterNeighbours(composed(view()), 'sco', ['sco'], null, 10).clusters;
    if (!documents || !states) throw new Error('expected two clusters');
    expect(clusterLabel(documents)).toBe('cooperation document with → 6 organisations\n4 signed, 2 being worked out');
    expect(clusterLabel(states)).toBe('5 states → member of\n5 member');
    expect(statusBreakdown([['NOT_UNDER_CONSIDERATION', 1]])).toBe('1 not under consideration');
    const twice = {
      ...states,
      edges: [...states.edges, 'MEMBER_OF:china:sco:observer'],
      statuses: [['MEMBER', 6]] as const,
    };
    expect(clusterLabel(twice)).toBe('5 states → member of\n6 relations: 6 member');
    expect(isClusterKey(documents.key)).toBe(true);
    expect(isClusterKey('MEMBER_OF:sideways:STATE')).toBe(false);
    expect(clusterNodeId(states.key)).toBe('cluster:MEMBER_OF:in:STATE');
  });

  it('keeps the open cluster in the URL, and drops a malformed one', () => {
    const key = 'MEMBER_OF:in:STATE';
    const search = formatViewState(view({ cluster: key }));
    expect(search).toContain(`cluster=${key}`);
    expect(parseViewState(search).cluster).toBe(key);
    expect(parseViewState('?centre=sco&cluster=<script>').cluster).toBeNull();
  });
});

describe('the relation table rows', () => {
  const graph = composed(view());
  const rows = relationRows(graph, 'sco');

  it('has one row per relation in view, seen from the centre', () => {
    expect(rows).toHaveLength(graph.edges.size);
    const member = rows.find((row) => row.edge.id === 'MEMBER_OF:china:sco');
    expect(member).toMatchObject({ otherId: 'china', arrow: '←', fromName: null });
    const between = rows.find((row) => row.edge.id === 'COOPERATES_WITH:rats:cis');
    expect(between).toMatchObject({ otherId: 'cis', arrow: '→', fromName: 'rats' });
  });

  it('sorts by type, status or date either way, undated relations last', () => {
    const byDate = sortRows(rows, { key: 'date', direction: 'ascending' }).map((row) => row.date);
    expect(byDate.slice(0, 7)).toEqual([
      '2015-01-01',
      '2015-02-01',
      '2015-03-01',
      '2015-04-01',
      '2015-05-01',
      '2015-06-01',
      '2019-06-14',
    ]);
    expect(byDate.slice(7).every((date) => date === null)).toBe(true);
    expect(sortRows(rows, { key: 'date', direction: 'descending' })[0]?.date).toBe('2019-06-14');
    const statuses = sortRows(rows, { key: 'status', direction: 'ascending' }).map((row) => row.edge.status);
    expect(statuses[0]).toBe('ACTIVE');
    expect(statuses[statuses.length - 1]).toBe('SIGNED');
    const types = sortRows(rows, { key: 'type', direction: 'descending' }).map((row) => row.edge.type);
    expect(types[0]).toBe('MET_WITH');
  });

  it('cuts the rows into pages, clamping a page past the end', () => {
    expect(pageOf(rows, 0, 5)).toMatchObject({ index: 0, count: 3, total: 15 });
    expect(pageOf(rows, 2, 5).rows).toHaveLength(5);
    expect(pageOf(rows, 9, 5).index).toBe(2);
    expect(pageOf([], 0, 5)).toMatchObject({ index: 0, count: 1, total: 0 });
  });
});

describe('the hub layout', () => {
  // Boxes as cytoscape measures them: the node above its label, the position at the node's middle.
  const box = (id: string, width: number, height: number): LabelBox => ({
    id,
    width,
    height,
    offsetX: width / 2,
    offsetY: 13,
  });
  const centre = box('sco', 60, 60);
  const others = Array.from({ length: 30 }, (_, i) => box(`n${i}`, 40 + ((i * 37) % 130), 30 + ((i * 11) % 40)));

  it('gives every box its own room: no two overlap', () => {
    const positions = hubPositions(centre, others, 1.8);
    const placed = [centre, ...others].map((b) => {
      const at = positions.get(b.id);
      if (!at) throw new Error(`${b.id} has no position`);
      return {
        id: b.id,
        x1: at.x - b.offsetX,
        y1: at.y - b.offsetY,
        x2: at.x - b.offsetX + b.width,
        y2: at.y - b.offsetY + b.height,
      };
    });
    const overlapping: string[] = [];
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(`${a.id}×${b.id}`);
      }
    }
    expect(overlapping).toEqual([]);
  });

  it('puts the centre in the middle, the rows about as wide as asked', () => {
    const positions = hubPositions(centre, others, 2);
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeGreaterThan(1.2);
    const at = positions.get('sco');
    const middleY = (Math.max(...ys) + Math.min(...ys)) / 2;
    expect(Math.abs((at?.y ?? Infinity) - middleY)).toBeLessThan(height / 4);
    expect(Math.abs(at?.x ?? Infinity)).toBeLessThan(width / 4);
  });
});
