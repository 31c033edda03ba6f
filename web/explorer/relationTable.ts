/**
 * The relation table beside or under the drawing (issue 17): the relations in view, a page at a time, sortable by
 * type, status and date by their column headers. A button in its head moves it beside or under the drawing. Choosing a row (click, or Enter on the focused row) selects the relation
 * and shows its evidence in the side panel; the page opens the cluster it is drawn in. The same composed graph as
 * the drawing, so the filters and the "as of" date apply to both.
 */
import { el } from './dom';
import { humanise } from './kinds';
import { PAGE_SIZE, pageOf, sortRows, type RelationRow, type RelationSort, type SortKey } from './relationRows';
import { statusBadge } from './statusBadge';

/** Where the table sits: beside the drawing (wide windows) or under it. */
export type TablePlacement = 'beside' | 'below';

export interface RelationTableView {
  readonly rows: readonly RelationRow[];
  readonly sort: RelationSort;
  readonly page: number;
  readonly selectedEdge: string | null;
  readonly placement: TablePlacement;
}

export interface RelationTableEvents {
  sort(sort: RelationSort): void;
  page(index: number): void;
  choose(row: RelationRow): void;
  place(placement: TablePlacement): void;
}

const COLUMNS: readonly { readonly title: string; readonly key: SortKey | null }[] = [
  { title: 'Relation', key: 'type' },
  { title: 'Other entity', key: null },
  { title: 'Status', key: 'status' },
  { title: 'Date', key: 'date' },
  { title: 'Evidence', key: null },
];

function header(column: (typeof COLUMNS)[number], sort: RelationSort, events: RelationTableEvents): HTMLElement {
  const { key } = column;
  if (!key) return el('th', { attrs: { scope: 'col' }, text: column.title });
  const active = sort.key === key;
  const next: RelationSort = {
    key,
    direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
  };
  return el(
    'th',
    { attrs: { scope: 'col', 'aria-sort': active ? sort.direction : 'none' }, dataset: { sort: key } },
    el('button', {
      className: 'sort-button',
      text: `${column.title}${active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}`,
      attrs: { type: 'button', title: `Sort by ${column.title.toLowerCase()}` },
      on: { click: () => events.sort(next) },
    }),
  );
}

function rowElement(row: RelationRow, selected: boolean, events: RelationTableEvents): HTMLElement {
  const { edge } = row;
  const other = row.fromName ? `${row.fromName} → ${row.otherName}` : row.otherName;
  const tr = el(
    'tr',
    {
      className: selected ? 'selected' : '',
      attrs: { tabindex: '0', 'aria-selected': String(selected) },
      dataset: { edge: edge.id, other: row.otherId },
      on: {
        click: () => events.choose(row),
        keydown: (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            events.choose(row);
          }
        },
      },
    },
    el('td', { className: 'relation-type', text: `${row.fromName ? '' : `${row.arrow} `}${humanise(edge.type)}` }),
    el('td', { className: 'relation-other', text: other }),
    el('td', { className: 'relation-status' }, statusBadge(edge.status)),
    el('td', { className: 'relation-date', text: row.date ?? '—' }),
    el('td', { className: 'relation-evidence', text: String(edge.evidence.length) }),
  );
  return tr;
}

function placementButton(placement: TablePlacement, events: RelationTableEvents): HTMLElement {
  const other: TablePlacement = placement === 'beside' ? 'below' : 'beside';
  return el('button', {
    className: 'relation-table-placement',
    text: other === 'beside' ? 'Table beside ⇥' : 'Table below ⤓',
    attrs: {
      type: 'button',
      title: other === 'beside' ? 'Show the table beside the drawing' : 'Show the table under the drawing',
    },
    dataset: { placement: other },
    on: { click: () => events.place(other) },
  });
}

export function renderRelationTable(
  container: HTMLElement,
  view: RelationTableView,
  events: RelationTableEvents,
): void {
  if (view.rows.length === 0) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const page = pageOf(sortRows(view.rows, view.sort), view.page);
  const first = page.index * PAGE_SIZE + 1;
  const last = page.index * PAGE_SIZE + page.rows.length;
  const focusedEdge =
    document.activeElement instanceof HTMLTableRowElement && container.contains(document.activeElement)
      ? (document.activeElement.dataset.edge ?? null)
      : null;
  const body = el('tbody');
  for (const row of page.rows) body.append(rowElement(row, row.edge.id === view.selectedEdge, events));
  container.replaceChildren(
    el(
      'div',
      { className: 'relation-table-head' },
      el('h2', { text: `Relations in view (${page.total})` }),
      el('p', {
        className: 'relation-page-status',
        text: `${first}–${last} of ${page.total} · page ${page.index + 1} of ${page.count}`,
        attrs: { 'aria-live': 'polite' },
      }),
      el('button', {
        className: 'relation-page-previous',
        text: '‹ Previous',
        attrs: { type: 'button', ...(page.index === 0 ? { disabled: '' } : {}) },
        on: { click: () => events.page(page.index - 1) },
      }),
      el('button', {
        className: 'relation-page-next',
        text: 'Next ›',
        attrs: { type: 'button', ...(page.index >= page.count - 1 ? { disabled: '' } : {}) },
        on: { click: () => events.page(page.index + 1) },
      }),
      placementButton(view.placement, events),
    ),
    el(
      'div',
      { className: 'relation-table-scroll' },
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...COLUMNS.map((column) => header(column, view.sort, events)))),
        body,
      ),
    ),
  );
  if (focusedEdge) container.querySelector<HTMLElement>(`tr[data-edge="${CSS.escape(focusedEdge)}"]`)?.focus();
}
