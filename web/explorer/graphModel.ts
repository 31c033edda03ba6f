/**
 * The graph in view: the union of the neighbourhoods of the centre and of every expanded entity, then the filters.
 * Neighbourhoods are kept as fetched, so collapsing an entity or clearing a filter needs no request.
 */
import type { EntitySummary, EvidenceQuote, Neighbourhood, TimeQualifier } from './graphqlClient';
import type { EntityKind } from './kinds';
import type { ViewState } from './viewState';

export interface ViewNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly entity: EntitySummary;
  /** What the graph writes on the node: an acronym when the source uses one, else the (shortened) name. */
  readonly label: string;
  readonly isCentre: boolean;
  readonly isExpanded: boolean;
}

export interface ViewEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly status: string;
  readonly basis: 'STATED' | 'IMPLIED';
  readonly role: string | null;
  readonly note: string | null;
  readonly assertedOn: string;
  readonly time: TimeQualifier | null;
  readonly evidence: readonly EvidenceQuote[];
}

export interface ComposedGraph {
  /** Every node and edge of the loaded neighbourhoods, filters aside. */
  readonly allNodes: ReadonlyMap<string, ViewNode>;
  readonly allEdges: ReadonlyMap<string, ViewEdge>;
  /** What the filters leave: the edges that pass, their ends, and the centre and expanded entities. */
  readonly nodes: ReadonlyMap<string, ViewNode>;
  readonly edges: ReadonlyMap<string, ViewEdge>;
  /** True when the server cut some neighbourhood short. */
  readonly truncated: boolean;
}

const MAX_LABEL = 42;
const SHORT_ALIAS = /^[\p{Lu}][\p{L}\p{N}-]{1,11}$/u;

export function nodeLabel(entity: Pick<EntitySummary, 'name' | 'aliases'>): string {
  const acronym = entity.aliases
    .filter((alias) => SHORT_ALIAS.test(alias) && alias.length < entity.name.length)
    .sort((a, b) => a.length - b.length)[0];
  if (acronym) return acronym;
  if (entity.name.length <= MAX_LABEL) return entity.name;
  const cut = entity.name.slice(0, MAX_LABEL);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LABEL - 10)).replace(/[\s,;:]+$/, '')}…`;
}

/** The entities whose neighbourhood a view needs, centre first. */
export function neighbourhoodsNeeded(state: ViewState): string[] {
  return state.centre ? [state.centre, ...state.expanded] : [];
}

export function composeGraph(state: ViewState, loaded: ReadonlyMap<string, Neighbourhood>): ComposedGraph {
  const roots = neighbourhoodsNeeded(state);
  const expanded = new Set(state.expanded);
  const allNodes = new Map<string, ViewNode>();
  const allEdges = new Map<string, ViewEdge>();
  let truncated = false;

  for (const root of roots) {
    const graph = loaded.get(root);
    if (!graph) continue;
    truncated ||= graph.truncated;
    for (const node of graph.nodes) {
      if (allNodes.has(node.id)) continue;
      allNodes.set(node.id, {
        id: node.id,
        kind: node.kind,
        entity: node.entity,
        label: nodeLabel(node.entity),
        isCentre: node.id === state.centre,
        isExpanded: expanded.has(node.id),
      });
    }
    for (const edge of graph.edges) {
      if (allEdges.has(edge.id)) continue;
      allEdges.set(edge.id, {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        status: edge.status,
        basis: edge.relation.basis,
        role: edge.relation.role,
        note: edge.relation.note,
        assertedOn: edge.relation.assertedOn,
        time: edge.relation.time,
        evidence: edge.relation.evidence,
      });
    }
  }

  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenStatuses = new Set(state.hiddenStatuses);
  const edges = new Map<string, ViewEdge>();
  const nodes = new Map<string, ViewNode>();
  for (const root of roots) {
    const node = allNodes.get(root);
    if (node) nodes.set(root, node);
  }
  for (const edge of allEdges.values()) {
    if (hiddenTypes.has(edge.type) || hiddenStatuses.has(edge.status)) continue;
    const source = allNodes.get(edge.source);
    const target = allNodes.get(edge.target);
    if (!source || !target) continue;
    edges.set(edge.id, edge);
    nodes.set(source.id, source);
    nodes.set(target.id, target);
  }
  return { allNodes, allEdges, nodes, edges, truncated };
}

/** How many edges of each value of `key` are loaded, most frequent first (for the filter lists). */
export function countEdgesBy(edges: Iterable<ViewEdge>, key: 'type' | 'status'): [string, number][] {
  const counts = new Map<string, number>();
  for (const edge of edges) counts.set(edge[key], (counts.get(edge[key]) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The days a stated time can mean, widest reading: a point's range, or a period's open or closed ends. */
export function timeRange(time: TimeQualifier | null): { start: string; end: string } | null {
  if (!time) return null;
  const first = time.at ?? time.from ?? time.to;
  const last = time.at ?? time.to ?? time.from;
  if (!first || !last) return null;
  return { start: first.start, end: last.end };
}
