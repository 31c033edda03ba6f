/**
 * The timeline strip under the graph: every entity in view that the API's `timeline` places in time, as a band over
 * the days it can mean, on a year axis. Entries are split into lanes by how the API knows them (schema.graphql,
 * `TimelineOccurrence`): what happened, what is planned, and what only the source's date places. A partial date is
 * drawn as a span over all its days and marked by its precision, so a "this year" plan reads as the whole of 2019,
 * never as a March event. Toggles (which are the legend too) hide a lane; clicking an entry selects the entity.
 * With an "as of" date the strip shows what was known on it, as the drawing does: only entries that a source dated
 * on or before it reports, with their occurrence as then known.
 */
import { el } from './dom';
import { fetchTimelineEntries, type TimelineEntry, type TimelineOccurrence } from './graphqlClient';
import type { ComposedGraph, ViewNode } from './graphModel';
import { kindStyle } from './kinds';

const DAY_MS = 86_400_000;
/** Room a label needs per character, and around it (px): enough for the strip's 11px font. */
const CHAR_PX = 6.4;
const LABEL_PAD_PX = 12;
const MAX_LABEL_PX = 220;
const LANE_HEIGHT_PX = 20;
const LANE_GAP_PX = 6;
/** The strip's horizontal padding and the timeline body's margins (explorer.css), which the track does not span. */
const TRACK_INSET_PX = 24 + 40;

const OCCURRENCES: readonly { readonly value: TimelineOccurrence; readonly label: string }[] = [
  { value: 'HAPPENED', label: 'Happened' },
  { value: 'PLANNED', label: 'Planned' },
  { value: 'SOURCE_DATED', label: 'Dated only by the source' },
];

/** Precisions coarser than a day or part of a month: drawn as spans, not points. */
const SPAN_PRECISIONS = new Set(['YEAR', 'QUARTER', 'MONTH']);

interface Entry {
  readonly node: ViewNode;
  readonly api: TimelineEntry;
  readonly start: number;
  readonly end: number;
}

/**
 * What the API said about each entity asked for, by as-of date ("now" without one): its entry, or null when it is on
 * no timeline (as then known).
 */
const knownAsOf = new Map<string, Map<string, TimelineEntry | null>>();

function knownOn(asOf: string | null): Map<string, TimelineEntry | null> {
  const key = asOf ?? 'now';
  let known = knownAsOf.get(key);
  if (!known) {
    known = new Map();
    knownAsOf.set(key, known);
  }
  return known;
}
/** Lanes the reader has switched off. */
const hidden = new Set<TimelineOccurrence>();
/** The latest render, so that an answer arriving late redraws only the view it was asked for. */
let latest: (() => void) | null = null;

async function learn(ids: readonly string[], asOf: string | null): Promise<void> {
  const entries = await fetchTimelineEntries(ids, asOf);
  const known = knownOn(asOf);
  for (const id of ids) known.set(id, null);
  for (const entry of entries) known.set(entry.entity.id, entry);
}

function entriesOf(graph: ComposedGraph, known: ReadonlyMap<string, TimelineEntry | null>): Entry[] {
  const entries: Entry[] = [];
  for (const node of graph.nodes.values()) {
    const api = known.get(node.id);
    if (!api) continue;
    const start = Date.parse(api.start);
    // An open end (9999-12-31) is drawn to the end of the axis below, not to the year 9999.
    const end = api.end === '9999-12-31' ? Number.NaN : Date.parse(api.end) + DAY_MS;
    if (Number.isNaN(start)) continue;
    entries.push({ node, api, start, end: Number.isNaN(end) ? start + DAY_MS : end });
  }
  // Row packing goes left to right.
  return entries.sort((a, b) => a.start - b.start || a.end - b.end || a.node.label.localeCompare(b.node.label));
}

function yearTicks(fromYear: number, toYear: number): number[] {
  const span = toYear - fromYear;
  const step = span <= 12 ? 1 : span <= 30 ? 2 : span <= 60 ? 5 : 10;
  const ticks: number[] = [];
  for (let year = Math.ceil(fromYear / step) * step; year <= toYear; year += step) ticks.push(year);
  return ticks;
}

function precisionWords(entry: TimelineEntry): string {
  if (entry.occurrence === 'SOURCE_DATED') return 'no date stated: the date of the source that reports it';
  return `${(entry.precision ?? 'day').toLowerCase().replace(/_/g, ' ')} precision`;
}

export function renderTimeline(
  strip: HTMLElement,
  graph: ComposedGraph,
  asOf: string | null,
  selectedNode: string | null,
  onSelect: (id: string) => void,
): void {
  const redraw = (): void => renderTimeline(strip, graph, asOf, selectedNode, onSelect);
  latest = redraw;
  const known = knownOn(asOf);
  const missing = [...graph.nodes.keys()].filter((id) => !known.has(id));
  if (missing.length > 0) {
    strip.replaceChildren(el('h2', { className: 'timeline-heading', text: 'Timeline: loading…' }));
    learn(missing, asOf).then(
      () => {
        if (latest === redraw) redraw();
      },
      (error: unknown) => {
        if (latest !== redraw) return;
        const message = error instanceof Error ? error.message : String(error);
        strip.replaceChildren(
          el('h2', { className: 'timeline-heading', text: 'Timeline: could not be loaded' }),
          el('p', { className: 'timeline-error', text: message }),
        );
      },
    );
    return;
  }
  drawTimeline(strip, entriesOf(graph, known), asOf, selectedNode, onSelect, redraw);
}

function drawTimeline(
  strip: HTMLElement,
  all: readonly Entry[],
  asOf: string | null,
  selectedNode: string | null,
  onSelect: (id: string) => void,
  redraw: () => void,
): void {
  const known = asOf ? `, as known on ${asOf}` : '';
  const heading = el('h2', {
    className: 'timeline-heading',
    text:
      all.length === 0
        ? `Timeline: nothing dated in view${known}`
        : `Timeline: ${all.length} dated ${all.length === 1 ? 'entity' : 'entities'} in view${known}`,
    dataset: { asOf: asOf ?? '' },
  });
  if (all.length === 0) {
    strip.replaceChildren(heading);
    return;
  }

  // The toggles are the legend: each shows its lane's style and count, and hides or shows the lane.
  const toggles = el(
    'div',
    { className: 'timeline-toggles', attrs: { role: 'group', 'aria-label': 'Show on the timeline' } },
    ...OCCURRENCES.map(({ value, label }) => {
      const count = all.filter((e) => e.api.occurrence === value).length;
      const input = el('input', {
        attrs: { type: 'checkbox' },
        dataset: { occurrence: value },
        on: {
          change: () => {
            if (input.checked) hidden.delete(value);
            else hidden.add(value);
            redraw();
          },
        },
      });
      input.checked = !hidden.has(value);
      return el(
        'label',
        { className: `timeline-toggle occurrence-${value.toLowerCase()}` },
        input,
        el('span', { className: 'timeline-toggle-swatch' }),
        `${label} (${count})`,
      );
    }),
  );

  const shown = all.filter((e) => !hidden.has(e.api.occurrence));
  const fromYear = new Date(Math.min(...all.map((e) => e.start))).getUTCFullYear();
  const toYear = new Date(Math.max(...all.map((e) => e.end - DAY_MS))).getUTCFullYear() + 1;
  const domainStart = Date.UTC(fromYear, 0, 1);
  const domainEnd = Date.UTC(toYear, 0, 1);
  const share = (ms: number): number => (ms - domainStart) / (domainEnd - domainStart);
  // Positions are in pixels of the track: the strip less its padding and the body's margins (TRACK_INSET_PX).
  const width = Math.max(strip.clientWidth - TRACK_INSET_PX, 300);

  const axis = el('div', { className: 'timeline-axis' });
  for (const year of yearTicks(fromYear, toYear)) {
    const tick = el('span', { className: 'timeline-tick', text: String(year) });
    tick.style.left = `${share(Date.UTC(year, 0, 1)) * 100}%`;
    axis.append(tick);
  }

  const lanes = OCCURRENCES.filter(({ value }) => !hidden.has(value))
    .map(({ value, label }) => {
      const entries = shown.filter((e) => e.api.occurrence === value);
      return entries.length === 0 ? null : lane(value, label, entries, width, share, selectedNode, onSelect);
    })
    .filter((section): section is HTMLElement => section !== null);

  strip.replaceChildren(
    el('div', { className: 'timeline-header' }, heading, toggles),
    el('div', { className: 'timeline-body' }, axis, ...lanes),
  );
}

/** One occurrence's lane: its entries in greedy rows, an entry in the first row where it overlaps nothing. */
function lane(
  occurrence: TimelineOccurrence,
  label: string,
  entries: readonly Entry[],
  width: number,
  share: (ms: number) => number,
  selectedNode: string | null,
  onSelect: (id: string) => void,
): HTMLElement {
  const track = el('div', { className: 'timeline-track' });
  const rowEnds: number[] = [];
  for (const entry of entries) {
    const barLeft = share(entry.start) * width;
    const barWidth = Math.max((share(entry.end) - share(entry.start)) * width, 4);
    const labelWidth = Math.min(entry.node.label.length * CHAR_PX + LABEL_PAD_PX, MAX_LABEL_PX);
    const labelLeft = Math.max(0, Math.min(barLeft, width - labelWidth));
    const left = Math.min(barLeft, labelLeft);
    const right = Math.max(barLeft + barWidth, labelLeft + labelWidth);
    let row = rowEnds.findIndex((end) => end <= left);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(right + LANE_GAP_PX);
    } else {
      rowEnds[row] = right + LANE_GAP_PX;
    }

    const style = kindStyle(entry.node.kind);
    const precision = entry.api.precision ?? 'SOURCE_DATE';
    const band = el('span', {
      className: SPAN_PRECISIONS.has(precision) ? 'timeline-band timeline-span' : 'timeline-band',
    });
    band.style.left = `${barLeft - left}px`;
    band.style.width = `${barWidth}px`;
    band.style.backgroundColor = style.colour;
    const text = el('span', { className: 'timeline-label', text: entry.node.label });
    text.style.left = `${labelLeft - left}px`;
    text.style.maxWidth = `${labelWidth}px`;
    const when = entry.api.time?.text ?? `${entry.api.start} – ${entry.api.end}`;
    const button = el(
      'button',
      {
        className: entry.node.id === selectedNode ? 'timeline-entry selected' : 'timeline-entry',
        title: `${entry.node.entity.name} · ${style.label} · ${label.toLowerCase()} · ${when} (${precisionWords(entry.api)})`,
        attrs: { type: 'button' },
        dataset: { entityId: entry.node.id, occurrence, precision },
        on: { click: () => onSelect(entry.node.id) },
      },
      band,
      text,
    );
    button.style.left = `${left}px`;
    button.style.width = `${right - left}px`;
    button.style.top = `${row * LANE_HEIGHT_PX}px`;
    track.append(button);
  }
  track.style.height = `${rowEnds.length * LANE_HEIGHT_PX}px`;
  return el(
    'section',
    {
      className: `timeline-lane occurrence-${occurrence.toLowerCase()}`,
      attrs: { 'aria-label': `${label}: ${entries.length}` },
      dataset: { occurrence, count: String(entries.length) },
    },
    el('h3', { className: 'timeline-lane-heading', text: `${label} (${entries.length})` }),
    track,
  );
}
