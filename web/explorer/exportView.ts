/**
 * Exports of the current view: a PNG of the drawing, and JSON of what is in view (nodes, edges with their evidence,
 * and the view itself: centre, expanded entities, filters and the link that restores it).
 */
import type { ComposedGraph } from './graphModel';
import type { ViewState } from './viewState';

export interface ViewExport {
  readonly format: 'sco-knowledge-graph/explorer-view';
  readonly version: 1;
  readonly url: string;
  readonly view: {
    readonly centre: string | null;
    readonly expanded: readonly string[];
    readonly hiddenTypes: readonly string[];
    readonly hiddenStatuses: readonly string[];
    readonly asOf: string | null;
  };
  readonly nodes: readonly {
    id: string;
    kind: string;
    name: string;
    aliases: readonly string[];
    subtype: string | null;
    status: string | null;
    time: unknown;
  }[];
  readonly edges: readonly {
    id: string;
    source: string;
    target: string;
    type: string;
    status: string;
    basis: string;
    role: string | null;
    time: unknown;
    assertedOn: string;
    evidence: readonly { quote: string; passage: string; start: number; end: number }[];
  }[];
}

export function viewAsJson(graph: ComposedGraph, state: ViewState, url: string): ViewExport {
  return {
    format: 'sco-knowledge-graph/explorer-view',
    version: 1,
    url,
    view: {
      centre: state.centre,
      expanded: state.expanded,
      hiddenTypes: state.hiddenTypes,
      hiddenStatuses: state.hiddenStatuses,
      asOf: state.asOf,
    },
    nodes: [...graph.nodes.values()].map(({ entity }) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
      subtype: entity.subtype,
      status: entity.status,
      time: entity.time,
    })),
    edges: [...graph.edges.values()].map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      status: edge.status,
      basis: edge.basis,
      role: edge.role,
      time: edge.time,
      assertedOn: edge.assertedOn,
      evidence: edge.evidence.map((e) => ({ quote: e.quote, passage: e.passage.id, start: e.start, end: e.end })),
    })),
  };
}

/** Saves `blob` as a file through a temporary blob: link (no server round trip, nothing leaves the page). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
