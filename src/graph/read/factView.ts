/**
 * How a fact reads "as of" a date and whether it holds in a time window: one Cypher fragment, shared by every
 * query that lists relations, and its TypeScript twin for the properties a page returns.
 *
 * As of D ("as known on D"): only statements whose source is dated on or before D count; the fact is the newest of
 * those (graph/statements.ts). A fact none of whose sources is that old is not known on D and is left out.
 *
 * Held in a window: a fact with a stated time holds on the days it covers (an open end open). An undated fact is
 * only known to hold on its source's date; `undated` says what a window does with it: INCLUDE (the default: it
 * comes back, marked `timeKnown: SOURCE_DATE`), ON_SOURCE_DATE (only when the window covers the source's date) or
 * EXCLUDE.
 */
import { deriveFact, statementsOf, type StatementProps } from '../statements';

export type UndatedFacts = 'INCLUDE' | 'EXCLUDE' | 'ON_SOURCE_DATE';

export interface FactView {
  /** "As known on" this day (YYYY-MM-DD); null for the fact's current word. */
  readonly asOf: string | null;
  /** Window `[from, to]` in days; null ends are open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly undated: UndatedFacts;
}

export const CURRENT_VIEW: FactView = { asOf: null, from: null, to: null, undated: 'INCLUDE' };

/** The parameters the fragment reads. */
export function viewParams(view: FactView): Record<string, string | null> {
  return { asOf: view.asOf, windowFrom: view.from, windowTo: view.to, undated: view.undated };
}

/**
 * After `WITH r, <carried>`: keeps the relations known as of `$asOf` that hold in the window, and binds `status`,
 * `basis` and `assertedOn` as of that date for the caller's own filters. A fact with one statement keeps it in its
 * own properties (no statement columns), hence the coalesces.
 */
export function viewFragment(carried: string): string {
  const carry = carried ? `, ${carried}` : '';
  return `
      WITH r${carry}, coalesce(r.statementDates, [r.assertedOn]) AS dates
      WITH r${carry}, CASE WHEN $asOf IS NULL THEN size(dates) - 1
                  ELSE coalesce(last([i IN range(0, size(dates) - 1) WHERE dates[i] <= $asOf]), -1) END AS k, dates
      WHERE k >= 0
      WITH r${carry}, dates[k] AS assertedOn,
           coalesce(r.statementStatuses, [r.status])[k] AS status,
           coalesce(r.statementBases, [coalesce(r.basis, 'stated')])[k] AS basis,
           coalesce(r.statementTimeStarts, [coalesce(r.timeStart, '')])[k] AS timeStart,
           coalesce(r.statementTimeEnds, [coalesce(r.timeEnd, '')])[k] AS timeEnd
      WITH r${carry}, assertedOn, status, basis, timeStart, timeEnd, timeStart = '' AND timeEnd = '' AS undated
      WHERE ($windowFrom IS NULL AND $windowTo IS NULL)
         OR (undated AND $undated = 'INCLUDE')
         OR (undated AND $undated = 'ON_SOURCE_DATE'
             AND ($windowFrom IS NULL OR assertedOn >= $windowFrom) AND ($windowTo IS NULL OR assertedOn <= $windowTo))
         OR (NOT undated
             AND ($windowFrom IS NULL OR (CASE timeEnd WHEN '' THEN '9999-12-31' ELSE timeEnd END) >= $windowFrom)
             AND ($windowTo IS NULL OR (CASE timeStart WHEN '' THEN '0000-01-01' ELSE timeStart END) <= $windowTo))`;
}

/**
 * The lighter fragment for a view with a date and no window (the neighbourhood as of a day): after
 * `WITH r, <carried>`, keeps the relations some statement dated on or before `$asOf` states and binds `status` as
 * of then, reading two lists of the fact instead of the window's seven (the 1M benchmark hub: 434k -> 292k db hits, see
 * docs/BENCHMARKS.md).
 */
export function statusAsOfFragment(carried: string): string {
  const carry = carried ? `, ${carried}` : '';
  return `
      WITH r${carry}, coalesce(r.statementDates, [r.assertedOn]) AS dates
      WITH r${carry}, dates, last([i IN range(0, size(dates) - 1) WHERE dates[i] <= $asOf]) AS k
      WHERE k IS NOT NULL
      WITH r${carry}, coalesce(r.statementStatuses, [r.status])[k] AS status`;
}

/**
 * The fact's properties as of the view's date: derived again from the statements known then (the current word
 * when there is no date, or when every statement is that old).
 */
export function propsAsOf(
  factKey: string,
  props: Readonly<Record<string, unknown>>,
  asOf: string | null,
): Readonly<Record<string, unknown>> {
  if (asOf === null || typeof props.statementsJson !== 'string') return props;
  const statements = statementsOf(factKey, props);
  const known = statements.filter((s) => String(s.props.assertedOn ?? '') <= asOf);
  if (known.length === statements.length) return props;
  const shared: Record<string, StatementProps[string]> = {};
  for (const name of [
    'key',
    'seeded',
    'curated',
    'retired',
    'retiredAt',
    'retiredBy',
    'retiredReason',
    'contentHash',
  ]) {
    const value = props[name];
    if (value !== undefined && value !== null) shared[name] = value as StatementProps[string];
  }
  return { ...deriveFact(shared, known), statementsJson: props.statementsJson };
}
