/**
 * The drawing: cytoscape on a canvas. `render` brings the drawing in line with a composed graph (adding, removing
 * and updating elements rather than starting over, so that what the reader has looked at stays where it was), and
 * lays out again only when elements came or went. New nodes start next to the node they hang from, and the layout
 * (cose, not randomised) is deterministic, so replaying the same expansions gives the same picture.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { ComposedGraph } from './graphModel';
import { humanise, kindStyle, STATUS_FAMILY_STYLES, statusFamily } from './kinds';
import type { Selection } from './viewState';

export interface GraphViewEvents {
  onNodeTap(id: string): void;
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
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

/**
 * Every loaded node and edge, those the filters hide marked `filtered` (not drawn): hiding is not removing, so a
 * filter never moves anything, and positions depend only on the centre and the expansions.
 */
function elementsOf(graph: ComposedGraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = [...graph.allNodes.values()].map((node) => {
    const style = kindStyle(node.kind);
    return {
      group: 'nodes',
      data: { id: node.id, label: node.label, colour: style.colour, shape: style.shape, kind: node.kind },
      classes: [
        node.isCentre ? 'centre' : '',
        node.isExpanded ? 'expanded' : '',
        graph.nodes.has(node.id) ? '' : 'filtered',
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
      classes: [edge.basis === 'IMPLIED' ? 'implied' : '', graph.edges.has(edge.id) ? '' : 'filtered'].filter(Boolean),
    };
  });
  return [...nodes, ...edges];
}

export class GraphView {
  readonly cy: Core;
  private layout: cytoscape.Layouts | null = null;

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
    this.cy.on('tap', 'node', (event) => events.onNodeTap((event.target as cytoscape.NodeSingular).id()));
    this.cy.on('tap', 'edge', (event) => events.onEdgeTap((event.target as cytoscape.EdgeSingular).id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
  }

  /** Draws `graph`; `anchor` is the node that new nodes grow from (the one just expanded), if any. */
  render(graph: ComposedGraph, anchor: string | null): void {
    const wanted = elementsOf(graph);
    const wantedIds = new Set(wanted.map((element) => element.data.id as string));
    const cy = this.cy;
    let changed = false;

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

    this.updateEdgeLabels();
    if (changed) this.runLayout();
    else this.markIdle();
  }

  clear(): void {
    this.layout?.stop();
    this.cy.elements().remove();
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
      if (shown.length <= EDGE_LABEL_LIMIT) shown.addClass('labelled');
      else if (ofSelection.length <= EDGE_LABEL_LIMIT) ofSelection.addClass('labelled');
    });
  }

  private runLayout(): void {
    this.layout?.stop();
    this.container.dataset.layout = 'running';
    const layout = this.cy.layout({
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
    this.layout = layout;
    layout.one('layoutstop', () => {
      if (this.layout !== layout) return;
      this.limitZoom();
      this.markIdle();
    });
    layout.run();
  }

  private markIdle(): void {
    this.container.dataset.layout = 'idle';
  }
}
