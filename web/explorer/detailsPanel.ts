/**
 * The side panel for the selection: an entity (kind, names, status, time, description, where the source mentions
 * it, its relations in view) or a relationship (type, ends, status, basis, time, then every source's word on it:
 * conflicts, status history and each statement with its quotes, see statementsSection.ts; until those are loaded,
 * the quotes the neighbourhood carried, each with a link to the source view that highlights it).
 */
import { el, inPageLink, present } from './dom';
import { evidenceList, type SourceLinks } from './evidenceList';
import type { EntityDetails, RelationStatements, TimeQualifier } from './graphqlClient';
import type { ComposedGraph, ViewEdge, ViewNode } from './graphModel';
import { timeRange } from './graphModel';
import { humanise, kindStyle } from './kinds';
import { statementsSection } from './statementsSection';
import { statusBadge } from './statusBadge';
import type { Selection, SourceQuote } from './viewState';

export interface DetailsActions extends SourceLinks {
  select(selection: Selection): void;
  expand(id: string): void;
  collapse(id: string): void;
  makeCentre(id: string): void;
  /** The shareable URL of the view with `selection` selected. */
  selectionHref(selection: Selection): string;
  relationDescription(type: string): string | undefined;
  setShowRetired(show: boolean): void;
}

/** How the reader reads a relation: as known on a date (or now), retired statements shown or not. */
export interface EdgeReading {
  readonly asOf: string | null;
  readonly showRetired: boolean;
  /** Every source's word on it: undefined while loading, null when it could not be loaded. */
  readonly statements: RelationStatements | null | undefined;
}

export function renderEmptyDetails(panel: HTMLElement, hasGraph: boolean): void {
  panel.replaceChildren(
    el(
      'div',
      { className: 'panel-empty' },
      el('h2', { text: hasGraph ? 'Nothing selected' : 'Explore the graph' }),
      el('p', {
        text: hasGraph
          ? 'Click a node to see it and add its neighbours, or click an edge to see what the source says about it.'
          : 'Search for a state, an organisation, an event or a document (try “CSTO”) and choose it to draw its neighbourhood.',
      }),
    ),
  );
}

function describeTime(time: TimeQualifier | null): string | null {
  const range = timeRange(time);
  if (!time || !range) return time?.text ?? null;
  const days = range.start === range.end ? range.start : `${range.start} – ${range.end}`;
  return time.text ? `${time.text} (${days})` : days;
}

function facts(rows: [string, Node | string | null | undefined][]): HTMLDListElement {
  const list = el('dl', { className: 'facts' });
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    list.append(el('dt', { text: term }), el('dd', {}, value));
  }
  return list;
}

function kindBadge(kind: string): HTMLElement {
  const style = kindStyle(kind);
  const swatch = el('span', { className: 'swatch' });
  swatch.style.backgroundColor = style.colour;
  return el('span', { className: 'kind' }, swatch, style.label);
}

export function renderEdgeDetails(
  panel: HTMLElement,
  edge: ViewEdge,
  graph: ComposedGraph,
  reading: EdgeReading,
  actions: DetailsActions,
): void {
  const from = graph.allNodes.get(edge.source);
  const to = graph.allNodes.get(edge.target);
  const endLink = (node: ViewNode | undefined, id: string): Node | string =>
    node
      ? inPageLink(actions.selectionHref({ kind: 'node', id }), node.entity.name, () =>
          actions.select({ kind: 'node', id }),
        )
      : id;
  const { statements } = reading;
  // Until every source's word is in (or when it cannot be read), the quotes the neighbourhood carried stand in.
  const body =
    statements && statements.id === edge.id
      ? statementsSection(statements, { ...actions, showRetired: reading.showRetired })
      : [
          el('h3', { text: edge.evidence.length === 1 ? 'Evidence' : `Evidence (${edge.evidence.length} quotes)` }),
          evidenceList(edge.evidence, actions),
          el('p', {
            className: 'muted statements-status',
            text:
              statements === undefined
                ? 'Loading what each source says…'
                : 'Could not load what each source says; these are the quotes of its current statement.',
          }),
        ];
  panel.replaceChildren(
    el('p', { className: 'panel-kicker', text: 'Relationship' }),
    el('h2', { className: 'panel-title', text: humanise(edge.type) }),
    el('p', { className: 'relation-description', text: actions.relationDescription(edge.type) ?? '' }),
    facts([
      ['From', endLink(from, edge.source)],
      ['To', endLink(to, edge.target)],
      ['Status', statusBadge(edge.status)],
      ['As of', reading.asOf],
      ['Basis', edge.basis === 'IMPLIED' ? 'implied (by a list or a collective term)' : 'stated'],
      ['Role', edge.role],
      ['When', describeTime(edge.time)],
      ['Asserted on', edge.assertedOn],
      ['Note', edge.note],
    ]),
    ...body,
  );
}

export function renderNodeDetails(
  panel: HTMLElement,
  node: ViewNode,
  graph: ComposedGraph,
  /** Undefined while loading, null when it could not be loaded. */
  details: EntityDetails | null | undefined,
  actions: DetailsActions,
): void {
  const entity = details ?? node.entity;
  const buttons = el('div', { className: 'panel-actions' });
  if (!node.isCentre) {
    buttons.append(
      node.isExpanded
        ? el('button', {
            text: 'Collapse neighbours',
            attrs: { type: 'button' },
            on: { click: () => actions.collapse(node.id) },
          })
        : el('button', {
            text: 'Expand neighbours',
            attrs: { type: 'button' },
            on: { click: () => actions.expand(node.id) },
          }),
      el('button', {
        text: 'Make centre',
        attrs: { type: 'button' },
        on: { click: () => actions.makeCentre(node.id) },
      }),
    );
  }

  const relations = [...graph.edges.values()].filter((edge) => edge.source === node.id || edge.target === node.id);
  const relationList = el('ul', { className: 'relations' });
  for (const edge of relations) {
    const otherId = edge.source === node.id ? edge.target : edge.source;
    const other = graph.allNodes.get(otherId)?.label ?? otherId;
    const arrow = edge.source === edge.target ? '↻' : edge.source === node.id ? '→' : '←';
    relationList.append(
      el(
        'li',
        {},
        inPageLink(
          actions.selectionHref({ kind: 'edge', id: edge.id }),
          `${arrow} ${humanise(edge.type)} ${other}`,
          () => actions.select({ kind: 'edge', id: edge.id }),
        ),
        ' ',
        statusBadge(edge.status),
      ),
    );
  }

  const mentions = details?.mentions;
  const mentionList = el('ul', { className: 'mentions' });
  for (const mention of mentions?.nodes ?? []) {
    const span = mention.spans[0];
    if (!span) continue;
    const quote: SourceQuote = { passageId: mention.passage.id, start: span.start, end: span.end };
    mentionList.append(
      el(
        'li',
        {},
        `“${span.text}” in paragraph ${mention.passage.localId} · `,
        inPageLink(actions.sourceHref(quote), 'Show in the source', () => actions.openSource(quote), 'source-link'),
      ),
    );
  }

  panel.replaceChildren(
    ...present(
      el('p', { className: 'panel-kicker' }, kindBadge(entity.kind), entity.subtype ? ` · ${entity.subtype}` : ''),
      el('h2', { className: 'panel-title', text: entity.name }),
      buttons,
      facts([
        ['Also called', entity.aliases.length > 0 ? entity.aliases.join('; ') : null],
        ['Status', entity.status],
        ['When', describeTime(entity.time)],
        ['Id', el('code', { text: entity.id })],
      ]),
      el('p', { className: 'description', text: entity.description }),
      details?.evidence && details.evidence.length > 0 ? el('h3', { text: 'Evidence' }) : null,
      details?.evidence && details.evidence.length > 0 ? evidenceList(details.evidence, actions) : null,
      el('h3', { text: `Relations in view (${relations.length})` }),
      relations.length > 0 ? relationList : el('p', { className: 'muted', text: 'None with the current filters.' }),
      mentions ? el('h3', { text: `Mentioned in the source (${mentions.totalCount})` }) : null,
      mentions ? mentionList : null,
      details === undefined ? el('p', { className: 'muted', text: 'Loading where the source mentions it…' }) : null,
    ),
  );
}
