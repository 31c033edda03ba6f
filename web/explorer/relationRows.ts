/**
 * The rows of the relation table (issue 17): every relation in view (the same composed graph the drawing draws,
 * so the filters and the "as of" date apply to both), seen from the centre, sortable and cut into pages. Pure, for
 * the unit tests; relationTable.ts draws it.
 */
import type { ComposedGraph, ViewEdge } from './graphModel';
import { timeRange } from './graphModel';
import { humanise } from './kinds';

export type SortKey = 'type' | 'status' | 'date';
export type SortDirection = 'ascending' | 'descending';

export interface RelationSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export const DEFAULT_SORT: RelationSort = { key: 'type', direction: 'ascending' };
export const PAGE_SIZE = 25;

export interface RelationRow {
  readonly edge: ViewEdge;
  /** The end that is not the centre (the target when neither end is the centre). */
  readonly otherId: string;
  readonly otherName: string;
  /** '→' the centre (or the source) points at the other end, '←' the other way, '↻' a relation to itself. */
  readonly arrow: '→' | '←' | '↻';
  /** For relations not touching the centre: the name of their source. */
  readonly fromName: string | null;
  /** The first day the stated time can mean, else null. */
  readonly date: string | null;
}

export function relationRows(graph: ComposedGraph, centre: string | null): RelationRow[] {
  const name = (id: string): string => graph.allNodes.get(id)?.entity.name ?? id;
  return [...graph.edges.values()].map((edge) => {
    const touchesCentre = edge.source === centre || edge.target === centre;
    const otherId = edge.source === centre ? edge.target : touchesCentre ? edge.source : edge.target;
    const arrow = edge.source === edge.target ? '↻' : edge.target === centre ? '←' : '→';
    return {
      edge,
      otherId,
      otherName: name(otherId),
      arrow,
      fromName: touchesCentre ? null : name(edge.source),
      date: timeRange(edge.time)?.start ?? null,
    };
  });
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

/** Rows sorted by `sort`, ties broken by type, then the other entity's name, then id; undated rows last. */
export function sortRows(rows: readonly RelationRow[], sort: RelationSort): RelationRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const tie = (a: RelationRow, b: RelationRow): number =>
    compareText(humanise(a.edge.type), humanise(b.edge.type)) ||
    compareText(a.otherName, b.otherName) ||
    compareText(a.edge.id, b.edge.id);
  return [...rows].sort((a, b) => {
    let primary = 0;
    if (sort.key === 'type') primary = compareText(humanise(a.edge.type), humanise(b.edge.type));
    else if (sort.key === 'status') primary = compareText(humanise(a.edge.status), humanise(b.edge.status));
    else {
      if (a.date === null || b.date === null) {
        if (a.date !== b.date) return a.date === null ? 1 : -1;
      } else {
        primary = compareText(a.date, b.date);
      }
    }
    return sign * primary || tie(a, b);
  });
}

export interface Page<T> {
  readonly rows: readonly T[];
  /** Zero-based, clamped to the pages there are. */
  readonly index: number;
  readonly count: number;
  readonly total: number;
}

export function pageOf<T>(rows: readonly T[], index: number, size = PAGE_SIZE): Page<T> {
  const count = Math.max(1, Math.ceil(rows.length / size));
  const clamped = Math.min(Math.max(0, index), count - 1);
  return { rows: rows.slice(clamped * size, (clamped + 1) * size), index: clamped, count, total: rows.length };
}
