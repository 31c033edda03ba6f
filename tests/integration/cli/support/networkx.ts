/**
 * Loads an exported file with networkx (Python) when it is installed, and reports what a graph analyst would
 * look at first: node and edge counts and the attributes of a few nodes and edges.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const networkxAvailable: boolean =
  spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

export interface NetworkxView {
  readonly graphType: string;
  readonly nodes: number;
  readonly edges: number;
  readonly node: Record<string, unknown>;
  /** The attributes of every edge between the two entities asked for. */
  readonly edgesBetween: Record<string, unknown>[];
}

const SCRIPT = `
import json, sys
import networkx as nx
kind, path, node, source, target = sys.argv[1:6]
graph = nx.read_graphml(path) if kind == 'graphml' else nx.read_gexf(path)
between = graph.get_edge_data(source, target) or {}
edges = list(between.values()) if graph.is_multigraph() else [between]
print(json.dumps({
  'graphType': type(graph).__name__,
  'nodes': graph.number_of_nodes(),
  'edges': graph.number_of_edges(),
  'node': graph.nodes[node],
  'edgesBetween': edges,
}))
`;

export function loadWithNetworkx(
  kind: 'graphml' | 'gexf',
  file: string,
  node: string,
  edge: { from: string; to: string },
): NetworkxView {
  const output = execFileSync('python3', ['-c', SCRIPT, kind, file, node, edge.from, edge.to], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(output) as NetworkxView;
}
