/**
 * The filters: one checkbox per relationship type and per status among the loaded edges, with how many edges each
 * has. Unticking hides those edges (and the nodes only they reached); the choice is part of the URL.
 */
import { el, present } from './dom';
import { countEdgesBy, type ComposedGraph } from './graphModel';
import { humanise, STATUS_FAMILY_STYLES, statusFamily } from './kinds';
import { lineSample } from './legend';

export interface FilterChange {
  readonly field: 'hiddenTypes' | 'hiddenStatuses';
  readonly value: string;
  readonly hidden: boolean;
}

function checkboxList(
  name: 'type' | 'status',
  counts: [string, number][],
  hidden: ReadonlySet<string>,
  describe: (value: string) => string | undefined,
  onChange: (value: string, hidden: boolean) => void,
): HTMLElement {
  const list = el('ul', { className: 'filter-list' });
  for (const [value, count] of counts) {
    const box = el('input', {
      attrs: { type: 'checkbox', name, value },
      on: { change: () => onChange(value, !box.checked) },
    });
    box.checked = !hidden.has(value);
    const marker = name === 'status' ? lineSample(statusFamily(value)) : null;
    list.append(
      el(
        'li',
        {},
        el(
          'label',
          { title: describe(value) ?? '' },
          box,
          marker,
          el('span', { text: humanise(value) }),
          el('span', { className: 'count', text: String(count) }),
        ),
      ),
    );
  }
  return list;
}

export function renderFilters(
  container: HTMLElement,
  graph: ComposedGraph,
  hiddenTypes: readonly string[],
  hiddenStatuses: readonly string[],
  describeType: (type: string) => string | undefined,
  onChange: (change: FilterChange) => void,
  onShowAll: () => void,
): void {
  const edges = [...graph.allEdges.values()];
  if (edges.length === 0) {
    container.replaceChildren();
    return;
  }
  const anyHidden = hiddenTypes.length > 0 || hiddenStatuses.length > 0;
  // The lists are rebuilt on every change: a keyboard user keeps their place.
  const focused = document.activeElement;
  const refocus =
    focused instanceof HTMLInputElement && container.contains(focused)
      ? `input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`
      : null;
  container.replaceChildren(
    ...present(
      el(
        'fieldset',
        { id: 'filter-statuses' },
        el('legend', { text: 'Status' }),
        checkboxList(
          'status',
          countEdgesBy(edges, 'status'),
          new Set(hiddenStatuses),
          (s) => STATUS_FAMILY_STYLES[statusFamily(s)].label,
          (value, hidden) => onChange({ field: 'hiddenStatuses', value, hidden }),
        ),
      ),
      el(
        'fieldset',
        { id: 'filter-types' },
        el('legend', { text: 'Relationship type' }),
        checkboxList('type', countEdgesBy(edges, 'type'), new Set(hiddenTypes), describeType, (value, hidden) =>
          onChange({ field: 'hiddenTypes', value, hidden }),
        ),
      ),
      anyHidden
        ? el('button', {
            className: 'show-all',
            text: 'Show everything',
            attrs: { type: 'button' },
            on: { click: onShowAll },
          })
        : null,
    ),
  );
  if (refocus) container.querySelector<HTMLInputElement>(refocus)?.focus();
}
