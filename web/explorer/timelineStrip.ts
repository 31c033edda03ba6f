/**
 * The timeline strip under the graph: every dated entity in view (events, documents, statistics' periods ...) as a
 * bar over the days its stated time can mean, on a year axis, in as many lanes as it takes for labels not to
 * overlap. Clicking an entry selects the entity.
 */
import { el } from './dom';
import type { ComposedGraph, ViewNode } from './graphModel';
import { timeRange } from './graphModel';
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

interface Entry {
  readonly node: ViewNode;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function entriesOf(graph: ComposedGraph): Entry[] {
  const entries: Entry[] = [];
  for (const node of graph.nodes.values()) {
    const range = timeRange(node.entity.time);
    if (!range) continue;
    const start = Date.parse(range.start);
    const end = Date.parse(range.end) + DAY_MS;
    if (Number.isNaN(start) || Number.isNaN(end)) continue;
    entries.push({ node, start, end, text: node.entity.time?.text ?? `${range.start} – ${range.end}` });
  }
  return entries.sort((a, b) => a.start - b.start || a.end - b.end || a.node.label.localeCompare(b.node.label));
}

function yearTicks(fromYear: number, toYear: number): number[] {
  const span = toYear - fromYear;
  const step = span <= 12 ? 1 : span <= 30 ? 2 : span <= 60 ? 5 : 10;
  const ticks: number[] = [];
  for (let year = Math.ceil(fromYear / step) * step; year <= toYear; year += step) ticks.push(year);
  return ticks;
}

export function renderTimeline(
  strip: HTMLElement,
  graph: ComposedGraph,
  selectedNode: string | null,
  onSelect: (id: string) => void,
): void {
  const entries = entriesOf(graph);
  const heading = el('h2', {
    className: 'timeline-heading',
    text:
      entries.length === 0
        ? 'Timeline: nothing dated in view'
        : `Timeline: ${entries.length} dated ${entries.length === 1 ? 'entity' : 'entities'} in view`,
  });
  if (entries.length === 0) {
    strip.replaceChildren(heading);
    return;
  }

  const fromYear = new Date(Math.min(...entries.map((e) => e.start))).getUTCFullYear();
  const toYear = new Date(Math.max(...entries.map((e) => e.end - DAY_MS))).getUTCFullYear() + 1;
  const domainStart = Date.UTC(fromYear, 0, 1);
  const domainEnd = Date.UTC(toYear, 0, 1);
  const share = (ms: number): number => (ms - domainStart) / (domainEnd - domainStart);

  const track = el('div', { className: 'timeline-track' });
  // Positions are in pixels of the track: the strip less its padding and the body's margins (TRACK_INSET_PX).
  const width = Math.max(strip.clientWidth - TRACK_INSET_PX, 300);
  const axis = el('div', { className: 'timeline-axis' });
  for (const year of yearTicks(fromYear, toYear)) {
    const tick = el('span', { className: 'timeline-tick', text: String(year) });
    tick.style.left = `${share(Date.UTC(year, 0, 1)) * 100}%`;
    axis.append(tick);
  }

  // Each entry: a translucent band over its days, its label starting at the band (or ending at the strip's right
  // edge when there is no room). Greedy lanes: an entry goes into the first lane where it overlaps nothing.
  const laneEnds: number[] = [];
  for (const entry of entries) {
    const barLeft = share(entry.start) * width;
    const barWidth = Math.max((share(entry.end) - share(entry.start)) * width, 4);
    const labelWidth = Math.min(entry.node.label.length * CHAR_PX + LABEL_PAD_PX, MAX_LABEL_PX);
    const labelLeft = Math.max(0, Math.min(barLeft, width - labelWidth));
    const left = Math.min(barLeft, labelLeft);
    const right = Math.max(barLeft + barWidth, labelLeft + labelWidth);
    let lane = laneEnds.findIndex((end) => end <= left);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(right + LANE_GAP_PX);
    } else {
      laneEnds[lane] = right + LANE_GAP_PX;
    }

    const style = kindStyle(entry.node.kind);
    const band = el('span', { className: 'timeline-band' });
    band.style.left = `${barLeft - left}px`;
    band.style.width = `${barWidth}px`;
    band.style.backgroundColor = style.colour;
    const label = el('span', { className: 'timeline-label', text: entry.node.label });
    label.style.left = `${labelLeft - left}px`;
    label.style.maxWidth = `${labelWidth}px`;
    const button = el(
      'button',
      {
        className: entry.node.id === selectedNode ? 'timeline-entry selected' : 'timeline-entry',
        title: `${entry.node.entity.name} · ${style.label} · ${entry.text}`,
        attrs: { type: 'button' },
        dataset: { entityId: entry.node.id },
        on: { click: () => onSelect(entry.node.id) },
      },
      band,
      label,
    );
    button.style.left = `${left}px`;
    button.style.width = `${right - left}px`;
    button.style.top = `${lane * LANE_HEIGHT_PX}px`;
    track.append(button);
  }
  track.style.height = `${laneEnds.length * LANE_HEIGHT_PX}px`;

  strip.replaceChildren(heading, el('div', { className: 'timeline-body' }, axis, track));
}
