/**
 * Hubs drawn readably (issue 17): when the centre has more neighbours in view than a reader can take in, its
 * neighbours are grouped by relation type, direction and kind ("cooperation document with → 13 organisations:
 * 9 signed, 4 being worked out"), each group drawn as one node until the reader opens it. One group is open at a
 * time; groups of one or two stay open, a cluster of them would hide more than it saves. Pure: the drawing and the
 * page read the result, the tests can compute it without a browser.
 */
import type { ComposedGraph, ViewEdge } from './graphModel';
import { humanise, kindStyle } from './kinds';

/** Above this many neighbours in view, the centre's neighbours are clustered. */
export const HUB_THRESHOLD = 12;
/** Groups smaller than this are drawn as they are. */
export const MIN_CLUSTER_SIZE = 3;

export type Direction = 'out' | 'in';

export interface Cluster {
  /** `TYPE:direction:KIND`, e.g. `COOPERATION_DOCUMENT_WITH:out:ORGANISATION`: stable, and part of the URL. */
  readonly key: string;
  readonly type: string;
  readonly direction: Direction;
  readonly kind: string;
  /** The neighbours in the group, and the centre's relations to them (one per member). */
  readonly members: readonly string[];
  readonly edges: readonly string[];
  /** How many of the group's relations have each status, most frequent first. */
  readonly statuses: readonly (readonly [string, number])[];
  readonly expanded: boolean;
}

export interface Clustering {
  readonly centre: string | null;
  readonly clusters: readonly Cluster[];
  /** Nodes and edges of the composed graph that closed clusters stand in for (not drawn). */
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
}

export const NO_CLUSTERING: Clustering = { centre: null, clusters: [], hiddenNodes: new Set(), hiddenEdges: new Set() };

const CLUSTER_KEY = /^[A-Z][A-Z0-9_]*:(?:in|out):[A-Z]+$/;

export function isClusterKey(value: string): boolean {
  return CLUSTER_KEY.test(value);
}

/** The id of the node that draws a cluster. */
export function clusterNodeId(key: string): string {
  return `cluster:${key}`;
}

const KIND_PLURALS: Readonly<Record<string, string>> = {
  STATE: 'states',
  ORGANISATION: 'organisations',
  EVENT: 'events',
  DOCUMENT: 'documents',
  INITIATIVE: 'initiatives',
  PERSON: 'people',
  PLACE: 'places',
  STATISTIC: 'statistics',
};

export function kindNoun(kind: string, count: number): string {
  if (count === 1) return kindStyle(kind).label.toLowerCase();
  return KIND_PLURALS[kind] ?? `${kindStyle(kind).label.toLowerCase()}s`;
}

/** "9 signed, 4 being worked out" */
export function statusBreakdown(statuses: readonly (readonly [string, number])[]): string {
  return statuses.map(([status, count]) => `${count} ${humanise(status)}`).join(', ');
}

/**
 * What the cluster node says, in two lines: the group ("cooperation document with → 13 organisations", or for
 * relations pointing at the centre "10 states → member of") and its statuses.
 */
export function clusterLabel(
  cluster: Pick<Cluster, 'type' | 'direction' | 'kind' | 'members' | 'edges' | 'statuses'>,
): string {
  const count = cluster.members.length;
  // Two relations of one type to one neighbour (stated with different roles) are counted as relations too.
  const relations = cluster.edges.length === count ? '' : `${cluster.edges.length} relations: `;
  const group = `${count} ${kindNoun(cluster.kind, count)}`;
  const head =
    cluster.direction === 'out' ? `${humanise(cluster.type)} → ${group}` : `${group} → ${humanise(cluster.type)}`;
  return `${head}\n${relations}${statusBreakdown(cluster.statuses)}`;
}

function countStatuses(edges: readonly ViewEdge[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const edge of edges) counts.set(edge.status, (counts.get(edge.status) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Clusters the centre's neighbours in `graph` (what the filters leave) when they are more than `threshold`;
 * `expandedKey` is the one cluster the reader opened. Entities whose neighbourhood is merged in (`roots`) stay
 * drawn, and so do the neighbours they reach: the reader asked for them.
 */
export function clusterNeighbours(
  graph: ComposedGraph,
  centre: string | null,
  roots: readonly string[],
  expandedKey: string | null,
  threshold = HUB_THRESHOLD,
): Clustering {
  if (!centre || !graph.nodes.has(centre)) return NO_CLUSTERING;
  const groups = new Map<string, { type: string; direction: Direction; kind: string; edges: ViewEdge[] }>();
  const neighbours = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (edge.source === edge.target) continue;
    const direction: Direction | null = edge.source === centre ? 'out' : edge.target === centre ? 'in' : null;
    if (!direction) continue;
    const other = graph.nodes.get(direction === 'out' ? edge.target : edge.source);
    if (!other) continue;
    neighbours.add(other.id);
    const key = `${edge.type}:${direction}:${other.kind}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: edge.type, direction, kind: other.kind, edges: [] };
      groups.set(key, group);
    }
    group.edges.push(edge);
  }
  if (neighbours.size <= threshold) return NO_CLUSTERING;

  const clusters: Cluster[] = [];
  for (const [key, group] of groups) {
    if (group.edges.length < MIN_CLUSTER_SIZE) continue;
    const members = group.edges.map((edge) => (group.direction === 'out' ? edge.target : edge.source));
    clusters.push({
      key,
      type: group.type,
      direction: group.direction,
      kind: group.kind,
      members: [...new Set(members)].sort(),
      edges: group.edges.map((edge) => edge.id).sort(),
      statuses: countStatuses(group.edges),
      expanded: key === expandedKey,
    });
  }
  clusters.sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));

  const otherRoots = new Set(roots.filter((root) => root !== centre));
  const reachedByRoot = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (otherRoots.has(edge.source)) reachedByRoot.add(edge.target);
    if (otherRoots.has(edge.target)) reachedByRoot.add(edge.source);
  }
  const hiddenEdges = new Set<string>();
  const inClosedCluster = new Set<string>();
  const shownByGroup = new Set<string>();
  const closedKeys = new Set(clusters.filter((c) => !c.expanded).map((c) => c.key));
  for (const [key, group] of groups) {
    for (const edge of group.edges) {
      const member = group.direction === 'out' ? edge.target : edge.source;
      if (closedKeys.has(key)) {
        hiddenEdges.add(edge.id);
        inClosedCluster.add(member);
      } else {
        shownByGroup.add(member);
      }
    }
  }
  const hiddenNodes = new Set(
    [...inClosedCluster].filter((id) => !shownByGroup.has(id) && !otherRoots.has(id) && !reachedByRoot.has(id)),
  );
  // Relations between neighbours are drawn only when both ends are.
  for (const edge of graph.edges.values()) {
    if (hiddenNodes.has(edge.source) || hiddenNodes.has(edge.target)) hiddenEdges.add(edge.id);
  }
  return { centre, clusters, hiddenNodes, hiddenEdges };
}

/** The cluster `id` (an entity) is drawn in while closed, if any: the one a reader opens to reach it. */
export function clusterHiding(clustering: Clustering, id: string): Cluster | null {
  if (!clustering.hiddenNodes.has(id)) return null;
  return clustering.clusters.find((cluster) => !cluster.expanded && cluster.members.includes(id)) ?? null;
}
