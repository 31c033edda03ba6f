/**
 * The explorer page: one view state (see viewState.ts), kept in the URL, and everything on the page drawn from it.
 * Every interaction makes a new state and hands it to `show`, which loads any neighbourhood it lacks and redraws;
 * loading a shared link, Back and Forward go through the same door.
 */
import { AsOfFilter } from './asOfFilter';
import { renderClusterList } from './clusterList';
import { clusterHiding, clusterNeighbours, NO_CLUSTERING, type Cluster, type Clustering } from './clusters';
import { renderEdgeDetails, renderEmptyDetails, renderNodeDetails, type DetailsActions } from './detailsPanel';
import { download, viewAsJson } from './exportView';
import { renderFilters, type FilterChange } from './filterPanel';
import {
  ApiError,
  fetchEntity,
  fetchNeighbourhood,
  fetchPassage,
  fetchRelationStatements,
  fetchRelationTypes,
  type EntityDetails,
  type Neighbourhood,
  type RelationStatements,
  type SourcePassage,
} from './graphqlClient';
import { composeGraph, neighbourhoodsNeeded, type ComposedGraph, type ViewEdge } from './graphModel';
import { GraphView } from './graphView';
import { renderLegend } from './legend';
import { DEFAULT_SORT, relationRows, type RelationRow, type RelationSort } from './relationRows';
import { renderRelationTable, type TablePlacement } from './relationTable';
import { SearchBox } from './searchBox';
import { renderSource, renderSourceLoading, renderSourceMissing } from './sourceView';
import { renderTimeline } from './timelineStrip';
import { EMPTY_VIEW, formatViewState, parseViewState, type SourceQuote, type ViewState } from './viewState';

declare global {
  interface Window {
    /** For the browser console and the browser tests: the drawing and the current view. */
    scoExplorer?: {
      readonly cy: GraphView['cy'];
      state(): ViewState;
      /** The ids of the relations in view (drawn or inside a closed cluster): the table's rows. */
      relationsInView(): string[];
      /** The ids of the entities in view (drawn or inside a closed cluster): what the timeline strip places. */
      entitiesInView(): string[];
      /** The centre's clusters, when it is a hub (clusters.ts). */
      clusters(): readonly Cluster[];
    };
  }
}

type HistoryMode = 'push' | 'replace' | 'none';

function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The explorer page has no #${id}`);
  return element as T;
}

/** Cache key of what is read as of a date: the date, or "now". */
function asOfKey(asOf: string | null, id: string): string {
  return `${asOf ?? 'now'}|${id}`;
}

/** Where the reader last put the relation table, kept across visits. */
const PLACEMENT_KEY = 'scoExplorer.tablePlacement';
/** The drawing's column from which the table goes beside the drawing by default (a 1920-pixel window has 1296). */
const BESIDE_MIN_WIDTH_PX = 1100;

function initialPlacement(graphArea: HTMLElement): TablePlacement {
  let saved: string | null = null;
  try {
    saved = window.localStorage.getItem(PLACEMENT_KEY);
  } catch {
    // Storage can be switched off; the default then applies.
  }
  if (saved === 'beside' || saved === 'below') return saved;
  return graphArea.clientWidth >= BESIDE_MIN_WIDTH_PX ? 'beside' : 'below';
}

function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

export class ExplorerPage {
  private state: ViewState = EMPTY_VIEW;
  private graph: ComposedGraph = composeGraph(EMPTY_VIEW, new Map());
  private clustering: Clustering = NO_CLUSTERING;
  /** The relation table's order and page: how the reader reads it, not part of the shared view. */
  private tableSort: RelationSort = DEFAULT_SORT;
  private tablePage = 0;
  private tableCentre: string | null = null;
  private readonly graphArea = required<HTMLElement>('graph-area');
  private tablePlacement: TablePlacement = 'below';
  /** Neighbourhoods by as-of date ("now" without one), then entity id, as fetched (depth 1, unfiltered). */
  private readonly neighbourhoods = new Map<string, Map<string, Neighbourhood>>();
  /** Every source's word on a relation, by `asOfKey(asOf, relation id)`; null when it could not be loaded. */
  private readonly relationStatements = new Map<string, RelationStatements | null>();
  private readonly statementLoads = new Set<string>();
  /** Whether the panel shows retired statements (struck through). */
  private showRetired = false;
  private readonly entities = new Map<string, EntityDetails | null>();
  private readonly passages = new Map<string, SourcePassage | null>();
  private readonly relationDescriptions = new Map<string, string>();
  /** The centre and expansions the drawing shows, in order, and the date it is drawn as of. */
  private drawnRoots: string[] = [];
  private drawnAsOf: string | null = null;
  /** Increases with every `show`, so that a slow load never draws over a newer view. */
  private generation = 0;

  private readonly graphView: GraphView;
  private readonly detailsPanel = required<HTMLElement>('details');
  private readonly filters = required<HTMLElement>('filters');
  private readonly clusterList = required<HTMLElement>('clusters');
  private readonly relationTable = required<HTMLElement>('relation-table');
  private readonly timeline = required<HTMLElement>('timeline');
  private readonly message = required<HTMLElement>('graph-message');
  private readonly actions: DetailsActions;
  private readonly asOfFilter: AsOfFilter;

  constructor() {
    this.graphView = new GraphView(required('graph'), {
      onNodeTap: (id) => this.tapNode(id),
      onClusterTap: (key) => this.update({ cluster: key }, 'replace'),
      onEdgeTap: (id) => this.update({ selection: { kind: 'edge', id }, source: null }, 'replace'),
      onBackgroundTap: () => this.update({ selection: null, source: null }, 'replace'),
    });
    this.actions = {
      select: (selection) => {
        const edge = selection.kind === 'edge' ? this.graph.allEdges.get(selection.id) : undefined;
        const other = edge ? (edge.source === this.state.centre ? edge.target : edge.source) : selection.id;
        this.update({ selection, source: null, ...this.revealing(other) }, 'replace');
      },
      expand: (id) => this.expand(id),
      collapse: (id) => this.update({ expanded: this.state.expanded.filter((e) => e !== id) }, 'push'),
      makeCentre: (id) =>
        this.update({ centre: id, expanded: [], cluster: null, selection: { kind: 'node', id }, source: null }, 'push'),
      openSource: (source) => this.update({ source }, 'push'),
      sourceHref: (source) => this.href({ ...this.state, source }),
      selectionHref: (selection) => this.href({ ...this.state, selection, source: null }),
      relationDescription: (type) => this.relationDescriptions.get(type),
      setShowRetired: (show) => {
        this.showRetired = show;
        this.renderPanel();
      },
    };
    this.asOfFilter = new AsOfFilter(required('as-of'), (asOf) => this.update({ asOf }, 'replace'));
    this.placeTable(initialPlacement(this.graphArea));
    window.scoExplorer = {
      cy: this.graphView.cy,
      state: () => this.state,
      relationsInView: () => [...this.graph.edges.keys()].sort(),
      entitiesInView: () => [...this.graph.nodes.keys()].sort(),
      clusters: () => this.clustering.clusters,
    };
  }

  async start(): Promise<void> {
    renderLegend(required('legend'));
    new SearchBox(
      required<HTMLInputElement>('search-input'),
      required<HTMLUListElement>('search-suggestions'),
      required('search-status'),
      (suggestion) =>
        this.update(
          {
            centre: suggestion.id,
            expanded: [],
            cluster: null,
            selection: { kind: 'node', id: suggestion.id },
            source: null,
          },
          'push',
        ),
    );
    required('fit').addEventListener('click', () => this.graphView.fit());
    required('copy-link').addEventListener('click', () => void this.copyLink());
    required('export-png').addEventListener('click', () => void this.exportPng());
    required('export-json').addEventListener('click', () => this.exportJson());
    window.addEventListener('popstate', () => void this.show(parseViewState(window.location.search), 'none'));
    let resizeTimer: number | undefined;
    window.addEventListener('resize', () => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => this.renderTimeline(), 150);
    });

    fetchRelationTypes()
      .then((types) => {
        for (const { type, description } of types) this.relationDescriptions.set(type, description);
        this.renderFilters();
        if (this.state.selection?.kind === 'edge' && !this.state.source) this.renderPanel();
      })
      .catch(() => undefined); // descriptions are tooltips: the page works without them

    await this.show(parseViewState(window.location.search), 'replace');
  }

  private href(state: ViewState): string {
    return `${window.location.pathname}${formatViewState(state)}`;
  }

  private update(change: Partial<ViewState>, history: HistoryMode): void {
    void this.show({ ...this.state, ...change }, history);
  }

  private tapNode(id: string): void {
    if (id === this.state.centre || this.state.expanded.includes(id)) {
      this.update({ selection: { kind: 'node', id }, source: null }, 'replace');
    } else {
      this.expand(id);
    }
  }

  private expand(id: string): void {
    this.update(
      {
        expanded: [...this.state.expanded.filter((e) => e !== id), id],
        selection: { kind: 'node', id },
        source: null,
      },
      'push',
    );
  }

  /** The neighbourhoods fetched as of `asOf` (or now), by entity id. */
  private neighbourhoodsAsOf(asOf: string | null): Map<string, Neighbourhood> {
    const key = asOf ?? 'now';
    let loaded = this.neighbourhoods.get(key);
    if (!loaded) {
      loaded = new Map();
      this.neighbourhoods.set(key, loaded);
    }
    return loaded;
  }

  /** Makes `next` the view: URL, neighbourhoods, drawing, panels. */
  async show(next: ViewState, history: HistoryMode): Promise<void> {
    const generation = ++this.generation;
    this.state = next;
    this.writeUrl(history);
    this.asOfFilter.show(next.asOf);

    const neighbourhoods = this.neighbourhoodsAsOf(next.asOf);
    const missing = neighbourhoodsNeeded(next).filter((id) => !neighbourhoods.has(id));
    if (missing.length > 0) {
      this.setMessage(`Loading ${missing.join(', ')}…`, 'loading');
      const failures: string[] = [];
      await Promise.all(
        missing.map(async (id) => {
          try {
            neighbourhoods.set(id, await fetchNeighbourhood(id, next.asOf));
          } catch (error) {
            failures.push(messageOf(error));
          }
        }),
      );
      if (generation !== this.generation) return;
      if (failures.length > 0) {
        // Keep what could be loaded; say what could not.
        const loaded = (id: string): boolean => neighbourhoods.has(id);
        const centre = next.centre && loaded(next.centre) ? next.centre : null;
        this.state = centre ? { ...next, expanded: next.expanded.filter(loaded) } : { ...EMPTY_VIEW, asOf: next.asOf };
        this.writeUrl('replace');
        this.draw();
        this.setMessage(`Could not load: ${failures.join('; ')}`, 'error');
        return;
      }
    }
    if (generation !== this.generation) return;
    this.draw();
  }

  private writeUrl(history: HistoryMode): void {
    const url = this.href(this.state);
    if (history === 'push' && url !== `${window.location.pathname}${window.location.search}`) {
      window.history.pushState(null, '', url);
    } else if (history !== 'none') {
      window.history.replaceState(null, '', url);
    }
  }

  /**
   * Draws the view. The drawing grows one expansion at a time, as a reader builds it, whether the expansions come
   * from clicks or from a shared link: the same link then gives the same picture. Anything else (a new centre, a
   * collapse, another as-of date) redraws from the centre.
   */
  private draw(): void {
    const roots = neighbourhoodsNeeded(this.state);
    const neighbourhoods = this.neighbourhoodsAsOf(this.state.asOf);
    // A selected node is drawn bigger, which the layout would notice: lay out with nothing selected.
    this.graphView.select(null);
    const extendsDrawing =
      this.drawnAsOf === this.state.asOf &&
      this.drawnRoots.length <= roots.length &&
      this.drawnRoots.every((root, i) => roots[i] === root);
    if (!extendsDrawing) {
      this.graphView.clear();
      this.drawnRoots = [];
    }
    this.graph = composeGraph(this.state, neighbourhoods);
    this.clustering = clusterNeighbours(this.graph, this.state.centre, roots, this.state.cluster);
    if (this.state.centre !== this.tableCentre) {
      this.tableCentre = this.state.centre;
      this.tablePage = 0;
    }
    // The table and the cluster list first: the drawing is laid out for the room they leave it.
    this.renderClusters();
    this.renderTable();
    for (let step = this.drawnRoots.length + 1; step < roots.length; step += 1) {
      const partial = { ...this.state, expanded: roots.slice(1, step) };
      const graph = composeGraph(partial, neighbourhoods);
      const clustering = clusterNeighbours(graph, partial.centre, roots.slice(0, step), partial.cluster);
      this.graphView.render(graph, roots[step - 1] ?? null, clustering);
    }
    this.graphView.render(this.graph, roots[roots.length - 1] ?? null, this.clustering);
    this.drawnRoots = roots;
    this.drawnAsOf = this.state.asOf;
    this.graphView.select(this.state.selection);
    this.renderFilters();
    this.renderTimeline();
    this.renderPanel();
    const { nodes, edges, allEdges, truncated } = this.graph;
    const hidden = allEdges.size - edges.size;
    if (!this.state.centre) {
      this.setMessage('Search for an entity to start.', 'hint');
    } else {
      this.setMessage(
        `${nodes.size} entities, ${edges.size} relations in view` +
          (hidden > 0 ? ` (${hidden} hidden by the filters)` : '') +
          (this.state.asOf ? `, as known on ${this.state.asOf}` : '') +
          (this.clustering.clusters.length > 0
            ? `; ${this.clustering.hiddenNodes.size} neighbours grouped in ${this.clustering.clusters.filter((c) => !c.expanded).length} closed clusters`
            : '') +
          (truncated ? '. Some neighbourhoods were cut short at 200 entities.' : '.'),
        'info',
      );
    }
    const centre = this.state.centre ? this.graph.allNodes.get(this.state.centre) : undefined;
    document.title = centre ? `${centre.entity.name} · SCO graph explorer` : 'SCO graph explorer';
  }

  private setMessage(text: string, kind: 'loading' | 'error' | 'info' | 'hint'): void {
    this.message.textContent = text;
    this.message.dataset.kind = kind;
  }

  private renderFilters(): void {
    renderFilters(
      this.filters,
      this.graph,
      this.state.hiddenTypes,
      this.state.hiddenStatuses,
      (type) => this.relationDescriptions.get(type),
      (change) => this.changeFilter(change),
      () => this.update({ hiddenTypes: [], hiddenStatuses: [] }, 'replace'),
    );
  }

  private renderClusters(): void {
    renderClusterList(this.clusterList, this.clustering, (key, open) =>
      this.update({ cluster: open ? key : null }, 'replace'),
    );
  }

  private renderTable(): void {
    const selection = this.state.selection;
    renderRelationTable(
      this.relationTable,
      {
        rows: relationRows(this.graph, this.state.centre),
        sort: this.tableSort,
        page: this.tablePage,
        selectedEdge: selection?.kind === 'edge' ? selection.id : null,
        placement: this.tablePlacement,
      },
      {
        sort: (sort) => {
          this.tableSort = sort;
          this.tablePage = 0;
          this.renderTable();
        },
        page: (index) => {
          this.tablePage = index;
          this.renderTable();
        },
        choose: (row) => this.chooseRow(row),
        place: (placement) => {
          this.placeTable(placement);
          try {
            window.localStorage.setItem(PLACEMENT_KEY, placement);
          } catch {
            // Not kept across visits then; the page still moves the table.
          }
          // The drawing has another shape now: lay it out again from the centre, for the room it has.
          this.graphView.clear();
          this.drawnRoots = [];
          this.draw();
        },
      },
    );
  }

  private placeTable(placement: TablePlacement): void {
    this.tablePlacement = placement;
    this.graphArea.dataset.table = placement;
  }

  /**
   * A table row chosen: the relation is selected (its evidence in the side panel) and its other end brought into
   * view, opening the cluster it is drawn in when that is closed.
   */
  private chooseRow(row: RelationRow): void {
    const selection = { kind: 'edge', id: row.edge.id } as const;
    const change = { selection, source: null, ...this.revealing(row.otherId) };
    void this.show({ ...this.state, ...change }, 'replace').then(() => {
      const node = this.graphView.cy.getElementById(row.otherId);
      if (node.nonempty() && node.visible()) this.graphView.cy.animate({ center: { eles: node }, duration: 300 });
    });
  }

  /** The view change that draws entity `id` when a closed cluster hides it: that cluster opened. */
  private revealing(id: string): Partial<ViewState> {
    const hiding = clusterHiding(this.clustering, id);
    return hiding ? { cluster: hiding.key } : {};
  }

  private changeFilter({ field, value, hidden }: FilterChange): void {
    const rest = this.state[field].filter((v) => v !== value);
    this.update({ [field]: hidden ? [...rest, value] : rest }, 'replace');
  }

  private renderTimeline(): void {
    const selected = this.state.selection?.kind === 'node' ? this.state.selection.id : null;
    renderTimeline(this.timeline, this.graph, this.state.asOf, selected, (id) => {
      this.update({ selection: { kind: 'node', id }, source: null }, 'replace');
      const node = this.graphView.cy.getElementById(id);
      if (node.nonempty()) this.graphView.cy.animate({ center: { eles: node }, duration: 300 });
    });
  }

  private renderPanel(): void {
    const { selection, source } = this.state;
    if (source) {
      void this.renderSourcePanel(source);
      return;
    }
    if (selection?.kind === 'edge') {
      const edge = this.graph.allEdges.get(selection.id);
      if (edge) {
        const { asOf } = this.state;
        const key = asOfKey(asOf, edge.id);
        const reading = { asOf, showRetired: this.showRetired, statements: this.relationStatements.get(key) };
        renderEdgeDetails(this.detailsPanel, edge, this.graph, reading, this.actions);
        if (!this.relationStatements.has(key)) void this.loadStatements(edge, asOf);
        return;
      }
    }
    if (selection?.kind === 'node') {
      const node = this.graph.allNodes.get(selection.id);
      if (node) {
        renderNodeDetails(this.detailsPanel, node, this.graph, this.entities.get(node.id), this.actions);
        if (!this.entities.has(node.id)) void this.loadEntity(node.id);
        return;
      }
    }
    renderEmptyDetails(this.detailsPanel, this.graph.allNodes.size > 0);
  }

  private async loadEntity(id: string): Promise<void> {
    try {
      this.entities.set(id, await fetchEntity(id));
    } catch {
      this.entities.set(id, null);
    }
    const { selection, source } = this.state;
    if (!source && selection?.kind === 'node' && selection.id === id) this.renderPanel();
  }

  private async loadStatements(edge: ViewEdge, asOf: string | null): Promise<void> {
    const key = asOfKey(asOf, edge.id);
    if (this.statementLoads.has(key)) return;
    this.statementLoads.add(key);
    try {
      this.relationStatements.set(key, await fetchRelationStatements(edge, asOf));
    } catch {
      this.relationStatements.set(key, null);
    } finally {
      this.statementLoads.delete(key);
    }
    const { selection, source } = this.state;
    if (!source && selection?.kind === 'edge' && selection.id === edge.id && this.state.asOf === asOf) {
      this.renderPanel();
    }
  }

  private async renderSourcePanel(quote: SourceQuote): Promise<void> {
    const back = (): void => this.update({ source: null }, 'push');
    let passage = this.passages.get(quote.passageId);
    if (passage === undefined) {
      renderSourceLoading(this.detailsPanel, back);
      try {
        passage = await fetchPassage(quote.passageId);
      } catch {
        passage = null;
      }
      this.passages.set(quote.passageId, passage);
    }
    const current = this.state.source;
    if (
      !current ||
      current.passageId !== quote.passageId ||
      current.start !== quote.start ||
      current.end !== quote.end
    ) {
      return; // the reader moved on while it loaded
    }
    if (passage) renderSource(this.detailsPanel, passage, quote, back);
    else renderSourceMissing(this.detailsPanel, quote, back);
  }

  private async copyLink(): Promise<void> {
    const button = required<HTMLButtonElement>('copy-link');
    try {
      await navigator.clipboard.writeText(window.location.href);
      button.textContent = 'Link copied';
    } catch {
      window.prompt('Copy this link:', window.location.href);
    }
    window.setTimeout(() => (button.textContent = 'Copy link'), 2000);
  }

  private fileName(ext: string): string {
    return `sco-graph-${this.state.centre ?? 'empty'}.${ext}`;
  }

  private async exportPng(): Promise<void> {
    if (this.graph.nodes.size === 0) return;
    download(await this.graphView.png(), this.fileName('png'));
  }

  private exportJson(): void {
    if (this.graph.nodes.size === 0) return;
    const json = JSON.stringify(viewAsJson(this.graph, this.state, window.location.href), null, 2);
    download(new Blob([json], { type: 'application/json' }), this.fileName('json'));
  }
}
