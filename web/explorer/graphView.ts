/**
 * The drawing: cytoscape on a canvas. `render` brings the drawing in line with a composed graph (adding, removing
 * and updating elements rather than starting over, so that what the reader has looked at stays where it was), and
 * lays out again only when elements came or went. New nodes start next to the node they hang from, and the layout
 * (cose, not randomised) is deterministic, so replaying the same expansions gives the same picture. A hub's closed
 * clusters (clusters.ts) are drawn as one node each, their members kept but not drawn; after the layout, nodes whose
 * labels still touch are pushed apart, so that every label can be read at the zoom the drawing opens with.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { clusterLabel, clusterNodeId, NO_CLUSTERING, type Clustering } from './clusters';
import type { ComposedGraph } from './graphModel';
import { hubPositions, type LabelBox } from './hubLayout';
import { humanise, kindStyle, STATUS_FAMILY_STYLES, statusFamily } from './kinds';
import type { Selection } from './viewState';

export interface GraphViewEvents {
  onNodeTap(id: string): void;
  /** A cluster node was tapped: its key (clusters.ts). */
  onClusterTap(key: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

/** Small graphs are not blown up to fill the window: fitting stops at this zoom. */
const MAX_FIT_ZOOM = 1.3;

/**
 * Above this many edges, edge labels show only for the selected edge and the edges of the selected node (when they
 * are not too many themselves): more labels than this cannot be read.
 */
const EDGE_LABEL_LIMIT = 30;

function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 26,
        height: 26,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
        'font-size': 11,
        color: '#1d2329',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2329', 'border-style': 'double' } },
    {
      selector: 'node.centre',
      style: {
        width: 40,
        height: 40,
        'font-size': 13,
        'font-weight': 'bold',
        'border-width': 3,
        'border-color': '#1d2329',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'line-style': 'data(line)' as never,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
        'font-size': 9,
        color: '#3d4751',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'loop-direction': '-45deg',
        'loop-sweep': '-60deg',
      },
    },
    { selector: 'edge.implied', style: { opacity: 0.65 } },
    { selector: 'edge.labelled', style: { label: 'data(label)' } },
    {
      selector: 'node:selected',
      style: { 'border-color': '#ffbf00', 'border-width': 4, 'border-style': 'solid', 'overlay-opacity': 0 },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 4,
        label: 'data(label)',
        'font-size': 11,
        'font-weight': 'bold',
        color: '#1d2329',
        'overlay-opacity': 0,
        'underlay-color': '#ffbf00',
        'underlay-opacity': 0.55,
        'underlay-padding': 4,
      },
    },
    {
      selector: 'node.cluster',
      style: {
        width: 34,
        height: 34,
        'border-width': 3,
        'border-style': 'double',
        'border-color': '#1d2329',
        'text-max-width': '170px',
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.cluster-edge',
      style: { width: 3, 'line-color': '#8a949e', 'target-arrow-color': '#8a949e', 'line-style': 'solid' },
    },
    { selector: '.filtered, .clustered', style: { display: 'none' } },
  ];
}

/**
 * Every loaded node and edge, those the filters hide marked `filtered` (not drawn): hiding is not removing, so a
 * filter never moves anything, and positions depend only on the centre and the expansions.
 */
function elementsOf(graph: ComposedGraph, clustering: Clustering): ElementDefinition[] {
  const nodes: ElementDefinition[] = [...graph.allNodes.values()].map((node) => {
    const style = kindStyle(node.kind);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        name: node.entity.name,
        colour: style.colour,
        shape: style.shape,
        kind: node.kind,
      },
      classes: [
        node.isCentre ? 'centre' : '',
        node.isExpanded ? 'expanded' : '',
        graph.nodes.has(node.id) ? '' : 'filtered',
        clustering.hiddenNodes.has(node.id) ? 'clustered' : '',
      ].filter(Boolean),
    };
  });
  const edges: ElementDefinition[] = [...graph.allEdges.values()].map((edge) => {
    const family = STATUS_FAMILY_STYLES[statusFamily(edge.status)];
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: `${humanise(edge.type)} · ${humanise(edge.status)}`,
        colour: family.colour,
        line: family.line,
        type: edge.type,
        status: edge.status,
      },
      classes: [
        edge.basis === 'IMPLIED' ? 'implied' : '',
        graph.edges.has(edge.id) ? '' : 'filtered',
        clustering.hiddenEdges.has(edge.id) ? 'clustered' : '',
      ].filter(Boolean),
    };
  });
  const clusters: ElementDefinition[] = [];
  const centre = clustering.centre;
  for (const cluster of clustering.clusters) {
    if (cluster.expanded || !centre) continue;
    const id = clusterNodeId(cluster.key);
    const style = kindStyle(cluster.kind);
    clusters.push(
      {
        group: 'nodes',
        data: { id, label: clusterLabel(cluster), colour: style.colour, shape: style.shape, cluster: cluster.key },
        classes: ['cluster'],
      },
      {
        group: 'edges',
        data: {
          id: `${id}:edge`,
          source: cluster.direction === 'out' ? centre : id,
          target: cluster.direction === 'out' ? id : centre,
          label: '',
        },
        classes: ['cluster-edge'],
      },
    );
  }
  return [...nodes, ...edges, ...clusters];
}

export class GraphView {
  readonly cy: Core;
  private layout: cytoscape.Layouts | null = null;
  private clusterSignature = '';
  /** A hub laid out in rows: its lines cross the rows, so only the selection's are labelled. */
  private hubMode = false;
  private clustering: Clustering = NO_CLUSTERING;

  constructor(
    private readonly container: HTMLElement,
    events: GraphViewEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    // The container changes size with the window (and the panels): keep cytoscape's idea of it, and so its
    // mapping of clicks to elements, current.
    new ResizeObserver(() => this.cy.resize()).observe(container);
    this.cy.on('tap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      const cluster = node.data('cluster') as string | undefined;
      if (cluster) events.onClusterTap(cluster);
      else events.onNodeTap(node.id());
    });
    // Labels are shortened; the full name shows on hover.
    this.cy.on('mouseover', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      container.title = String(node.data('name') ?? node.data('label') ?? '');
    });
    this.cy.on('mouseout', 'node', () => container.removeAttribute('title'));
    this.cy.on('tap', 'edge', (event) => events.onEdgeTap((event.target as cytoscape.EdgeSingular).id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
  }

  /** Draws `graph`; `anchor` is the node that new nodes grow from (the one just expanded), if any. */
  render(graph: ComposedGraph, anchor: string | null, clustering: Clustering = NO_CLUSTERING): void {
    const wanted = elementsOf(graph, clustering);
    const wantedIds = new Set(wanted.map((element) => element.data.id as string));
    const cy = this.cy;
    const drawnClusters = this.drawnClusters(clustering);
    let changed = drawnClusters !== this.clusterSignature;
    this.clusterSignature = drawnClusters;
    const before = this.clusteredPositions();
    this.clustering = clustering;

    cy.batch(() => {
      const gone = cy.elements().filter((element) => !wantedIds.has(element.id()));
      if (gone.nonempty()) {
        gone.remove();
        changed = true;
      }
      const added: ElementDefinition[] = [];
      for (const definition of wanted) {
        const existing = cy.getElementById(definition.data.id as string);
        if (existing.nonempty()) {
          existing.data(definition.data);
          existing.classes(definition.classes as string[]);
          const from = before.get(definition.data.id as string);
          // A member coming out of its cluster starts where the cluster was.
          if (from && !existing.hasClass('clustered')) existing.position({ ...from });
        } else {
          added.push(definition);
        }
      }
      if (added.length > 0) {
        changed = true;
        this.placeNewNodes(added, anchor);
        cy.add(added);
      }
    });

    // A hub on its own is drawn in rows around its centre; once the reader expands other entities, by force.
    const hub = clustering.clusters.length > 0 && ![...graph.allNodes.values()].some((node) => node.isExpanded);
    this.hubMode = hub;
    this.updateEdgeLabels();
    if (changed) this.runLayout(hub ? clustering.centre : null);
    else this.markIdle();
  }

  clear(): void {
    this.layout?.stop();
    this.cy.elements().remove();
    this.clusterSignature = '';
    this.clustering = NO_CLUSTERING;
  }

  /** What the clustering shows and hides: when it changes, the drawing is laid out again. */
  private drawnClusters(clustering: Clustering): string {
    const open = clustering.clusters.filter((c) => c.expanded).map((c) => c.key);
    return `${[...clustering.hiddenNodes].sort().join(',')}|${open.join(',')}`;
  }

  /** Where each hidden member would come out: at its closed cluster's node, on a small spiral. */
  private clusteredPositions(): Map<string, cytoscape.Position> {
    const positions = new Map<string, cytoscape.Position>();
    for (const cluster of this.clustering.clusters) {
      const clusterNode = this.cy.getElementById(clusterNodeId(cluster.key));
      if (clusterNode.empty()) continue;
      const at = clusterNode.position();
      cluster.members.forEach((member, index) => {
        const angle = index * 2.399963;
        const radius = 40 + 20 * Math.sqrt(index);
        if (!positions.has(member)) {
          positions.set(member, { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
        }
      });
    }
    return positions;
  }

  select(selection: Selection | null): void {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (selection) this.cy.getElementById(selection.id).select();
    });
    this.updateEdgeLabels();
  }

  /** The current view as a PNG, the whole graph at twice the screen resolution on white. */
  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  fit(): void {
    this.cy.fit(undefined, 40);
    this.limitZoom();
  }

  private limitZoom(): void {
    if (this.cy.zoom() <= MAX_FIT_ZOOM) return;
    this.cy.zoom(MAX_FIT_ZOOM);
    this.cy.center();
  }

  /**
   * Seeds new nodes on a golden-angle spiral around the node they hang from (the anchor, placed in the middle of the
   * drawing when it is new itself), or around a neighbour already drawn: a deterministic start for the layout.
   */
  private placeNewNodes(added: ElementDefinition[], anchor: string | null): void {
    const cy = this.cy;
    const box = cy.nodes().nonempty() ? cy.nodes().boundingBox() : { x1: 0, x2: 0, y1: 0, y2: 0 };
    const middle = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const drawnAt = (id: string): cytoscape.Position | null => {
      const node = cy.getElementById(id);
      return node.nonempty() ? node.position() : null;
    };
    const anchorAt = anchor ? (drawnAt(anchor) ?? middle) : null;
    let index = 0;
    for (const definition of added) {
      if (definition.group !== 'nodes') continue;
      const id = definition.data.id as string;
      if (id === anchor && anchorAt) {
        definition.position = { ...anchorAt };
        continue;
      }
      const origin = anchorAt ?? this.drawnNeighbourOf(id, added) ?? middle;
      const angle = index * 2.399963; // the golden angle: evenly spread, whatever the count
      const radius = 80 + 28 * Math.sqrt(index);
      definition.position = { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
      index += 1;
    }
  }

  private drawnNeighbourOf(id: string, added: ElementDefinition[]): cytoscape.Position | null {
    for (const definition of added) {
      if (definition.group !== 'edges') continue;
      const { source, target } = definition.data as { source: string; target: string };
      const other = source === id ? target : target === id ? source : null;
      const node = other ? this.cy.getElementById(other) : null;
      if (node?.nonempty()) return node.position();
    }
    return null;
  }

  private updateEdgeLabels(): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.edges().removeClass('labelled');
      const shown = cy.edges().not('.filtered');
      const ofSelection = cy.nodes(':selected').connectedEdges().not('.filtered');
      if (shown.length <= EDGE_LABEL_LIMIT && !this.hubMode) shown.addClass('labelled');
      else if (ofSelection.length <= EDGE_LABEL_LIMIT) ofSelection.addClass('labelled');
    });
  }

  private runLayout(hubCentre: string | null): void {
    this.layout?.stop();
    this.container.dataset.layout = 'running';
    // The panels around the drawing may have just changed size: lay out for the container as it is now.
    this.cy.resize();
    const drawn = this.cy.elements().not('.clustered');
    const layout = hubCentre ? this.hubLayout(drawn, hubCentre) : this.forceLayout(drawn);
    this.layout = layout;
    layout.one('layoutstop', () => {
      if (this.layout !== layout) return;
      const shown = this.cy.elements().not('.filtered, .clustered');
      separateLabels(shown.nodes());
      this.cy.fit(shown, 30);
      this.limitZoom();
      this.markIdle();
    });
    layout.run();
  }

  private hubLayout(drawn: cytoscape.CollectionReturnValue, centreId: string): cytoscape.Layouts {
    const boxOf = (node: cytoscape.NodeSingular): LabelBox => {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      const at = node.position();
      return { id: node.id(), width: box.w, height: box.h, offsetX: at.x - box.x1, offsetY: at.y - box.y1 };
    };
    const nodes = drawn.nodes().not('.filtered');
    const centre = nodes.getElementById(centreId);
    // Clusters first, largest first (the order clusters.ts gives), then the neighbours drawn as they are, by kind.
    // A collection of nodes only: its elements are nodes.
    const list = (collection: cytoscape.NodeCollection): cytoscape.NodeSingular[] =>
      collection.toArray() as cytoscape.NodeSingular[];
    const clusters = list(nodes.filter('.cluster'));
    const rest = list(nodes.not('.cluster').not(centre)).sort(
      (a, b) =>
        String(a.data('kind')).localeCompare(String(b.data('kind'))) ||
        String(a.data('label')).localeCompare(String(b.data('label'))),
    );
    const positions = hubPositions(
      boxOf(centre),
      [...clusters, ...rest].map(boxOf),
      this.cy.width() / Math.max(this.cy.height(), 1),
    );
    return drawn.layout({
      name: 'preset',
      animate: false,
      fit: false,
      positions: Object.fromEntries(positions),
    } satisfies cytoscape.PresetLayoutOptions);
  }

  private forceLayout(drawn: cytoscape.CollectionReturnValue): cytoscape.Layouts {
    return drawn.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 900_000,
      nodeOverlap: 20,
      edgeElasticity: () => 80,
      gravity: 0.6,
      numIter: 1500,
      componentSpacing: 80,
    } satisfies cytoscape.CoseLayoutOptions);
  }

  private markIdle(): void {
    this.container.dataset.layout = 'idle';
  }
}

/** Room kept between two nodes' label boxes (model px). */
const LABEL_GAP = 6;
const SEPARATION_ROUNDS = 300;

/**
 * Pushes apart nodes whose boxes (node and label) overlap, along the axis where they overlap least, half each way,
 * until none do (or the rounds run out). The layout spaces nodes but does not promise this; readers need it.
 * Deterministic: the same drawing gives the same positions.
 */
export function separateLabels(nodes: cytoscape.NodeCollection): void {
  const list = nodes.toArray();
  for (let round = 0; round < SEPARATION_ROUNDS; round += 1) {
    let moved = false;
    const boxes = list.map((node) => node.boundingBox({ includeLabels: true, includeOverlays: false }));
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        const first = list[i];
        const second = list[j];
        if (!a || !b || !first || !second) continue;
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + LABEL_GAP;
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + LABEL_GAP;
        if (dx <= 0 || dy <= 0) continue;
        const p = first.position();
        const q = second.position();
        if (dx < dy) {
          const sign = p.x < q.x || (p.x === q.x && i < j) ? -1 : 1;
          first.position({ x: p.x + (sign * dx) / 2, y: p.y });
          second.position({ x: q.x - (sign * dx) / 2, y: q.y });
        } else {
          const sign = p.y < q.y || (p.y === q.y && i < j) ? -1 : 1;
          first.position({ x: p.x, y: p.y + (sign * dy) / 2 });
          second.position({ x: q.x, y: q.y - (sign * dy) / 2 });
        }
        boxes[i] = first.boundingBox({ includeLabels: true, includeOverlays: false });
        boxes[j] = second.boundingBox({ includeLabels: true, includeOverlays: false });
        moved = true;
      }
    }
    if (!moved) return;
  }
}
