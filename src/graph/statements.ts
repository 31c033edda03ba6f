/**
 * One fact, many sources. A fact (type, from, to and key) is asserted by one or more statements, each with its own
 * source, evidence, status, basis, time qualifier and source date. The fact's own properties are DERIVED: the
 * newest live statement's word, never a merge of several.
 *
 * Storage (why not statement nodes): the fact stays one relationship and traversal one hop. A fact stated by a
 * single source keeps that statement in its own properties, exactly as before, so the bulk loader, the offline
 * import, exports and reads that never ask for statements pay nothing. From the second statement on (or once a
 * statement is retired), the relationship also carries the statements: as column properties (`statementDates`,
 * `statementStatuses`, ...) that Cypher filters on for "as of" reads and windows, and as `statementsJson`, the full
 * statements (evidence, time qualifier, note), which only `Relation.statements` reads. Neo4j properties cannot hold
 * maps, hence the JSON; the columns are derived from it and stored in the same write.
 *
 * Order (oldest first, the last live one is the fact's word): the source's date (`assertedOn`); on the same date a
 * curated statement after a seeded one (an analyst's word is the later word); then the source id, then the
 * statement id, both alphabetically, so that the rule never depends on load order.
 */

export type StatementValue = string | number | boolean | readonly string[] | readonly number[] | null;
export type StatementProps = Readonly<Record<string, StatementValue>>;

/** A fact's or entity's evidence: parallel lists, the i-th items of which belong together. */
export const EVIDENCE_FIELDS = [
  'evidenceSourceIds',
  'evidencePassageIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
] as const;

/** Properties of one statement; the same names as a single-statement fact's own (see ingest/plan.ts factProps). */
const STATEMENT_FIELDS = [
  'status',
  'role',
  'basis',
  'note',
  'sourceId',
  'assertedOn',
  'timeText',
  'atValue',
  'atPrecision',
  'atStart',
  'atEnd',
  'fromValue',
  'fromPrecision',
  'fromStart',
  'fromEnd',
  'toValue',
  'toPrecision',
  'toStart',
  'toEnd',
  'timeStart',
  'timeEnd',
  ...EVIDENCE_FIELDS,
] as const;

/** Properties of the relationship that belong to the fact, not to any one statement. */
export const STATEMENT_COLUMNS = [
  'statementIds',
  'statementSourceIds',
  'statementDates',
  'statementStatuses',
  'statementBases',
  'statementTimeStarts',
  'statementTimeEnds',
  'statementsJson',
  'sourceIds',
  'statementCount',
  'conflicts',
] as const;

export interface Statement {
  /** `<fact key>@<source id>` for a source's statement; `<fact key>@curated-<n>` for an analyst's. */
  readonly id: string;
  readonly curated: boolean;
  readonly retiredAt: string | null;
  readonly retiredBy: string | null;
  readonly retiredReason: string | null;
  /** status, basis, sourceId, assertedOn, time and evidence properties (STATEMENT_FIELDS). */
  readonly props: StatementProps;
}

export type ConflictKind = 'NEGATION' | 'STATUS' | 'TIME';

export function statementId(factKey: string, sourceId: string): string {
  return `${factKey}@${sourceId}`;
}

/** A statement from a fact's own properties (what a seed item or a curation write produces). */
export function statementFrom(factKey: string, props: StatementProps, curated: boolean, id?: string): Statement {
  const own: Record<string, StatementValue> = {};
  for (const field of STATEMENT_FIELDS) {
    const value = props[field];
    if (value !== null && value !== undefined) own[field] = value;
  }
  return {
    id: id ?? statementId(factKey, String(props.sourceId ?? '')),
    curated,
    retiredAt: null,
    retiredBy: null,
    retiredReason: null,
    props: own,
  };
}

const text = (value: StatementValue | undefined): string => (typeof value === 'string' ? value : '');

export const isLive = (statement: Statement): boolean => statement.retiredAt === null;

export function compareStatements(a: Statement, b: Statement): number {
  return (
    text(a.props.assertedOn).localeCompare(text(b.props.assertedOn)) ||
    Number(a.curated) - Number(b.curated) ||
    text(a.props.sourceId).localeCompare(text(b.props.sourceId)) ||
    a.id.localeCompare(b.id)
  );
}

/** A status that says the fact does NOT hold ("not-under-consideration", "refused", "does-not-settle-..."). */
export function isNegativeStatus(status: string): boolean {
  return status === 'refused' || status.startsWith('not-') || status.startsWith('does-not-');
}

function window(statement: Statement): { start: string; end: string } | null {
  const start = text(statement.props.timeStart);
  const end = text(statement.props.timeEnd);
  if (!start && !end) return null;
  return { start: start || '0000-01-01', end: end || '9999-12-31' };
}

/**
 * How live statements disagree: a negative against a positive status (NEGATION); different statuses on the same
 * source date, so neither is the later word (STATUS); stated times that do not overlap (TIME). A later source that
 * changes the status (being worked out, then signed) is history, not a conflict.
 */
export function conflictsOf(statements: readonly Statement[]): ConflictKind[] {
  const live = statements.filter(isLive);
  const kinds: ConflictKind[] = [];
  const statuses = live.map((s) => text(s.props.status));
  if (statuses.some(isNegativeStatus) && statuses.some((s) => !isNegativeStatus(s))) kinds.push('NEGATION');
  const statusOn = new Map<string, string>();
  let sameDay = false;
  for (const s of live) {
    const day = text(s.props.assertedOn);
    const seen = statusOn.get(day);
    if (seen !== undefined && seen !== text(s.props.status)) sameDay = true;
    statusOn.set(day, text(s.props.status));
  }
  if (sameDay) kinds.push('STATUS');
  const windows = live.map(window).filter((w): w is { start: string; end: string } => w !== null);
  if (windows.some((a) => windows.some((b) => a.end < b.start))) kinds.push('TIME');
  return kinds;
}

/** Sides of a conflict: which statements say what (for `conflicts` and the evidence panel). */
export function sidesOf(statements: readonly Statement[], kind: ConflictKind): Statement[][] {
  const live = statements.filter(isLive);
  if (kind === 'NEGATION') {
    const negative = live.filter((s) => isNegativeStatus(text(s.props.status)));
    return [live.filter((s) => !negative.includes(s)), negative];
  }
  const key = (s: Statement): string =>
    kind === 'STATUS' ? text(s.props.status) : `${text(s.props.timeStart)}..${text(s.props.timeEnd)}`;
  const groups = new Map<string, Statement[]>();
  for (const s of live) {
    if (kind === 'TIME' && window(s) === null) continue;
    groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  }
  return [...groups.values()];
}

function uniqueEvidence(live: readonly Statement[]): Record<string, StatementValue> {
  const seen = new Set<string>();
  const columns = { sourceIds: [] as string[], passageIds: [] as string[], quotes: [] as string[] };
  const starts: number[] = [];
  const ends: number[] = [];
  // Newest statement's evidence first: `Relation.evidence` opens with the word that the fact's status is.
  for (const statement of [...live].reverse()) {
    const p = statement.props;
    const quotes = (p.evidenceQuotes ?? []) as readonly string[];
    quotes.forEach((quote, i) => {
      const passageId = ((p.evidencePassageIds ?? []) as readonly string[])[i] ?? '';
      const start = ((p.evidenceStarts ?? []) as readonly number[])[i] ?? 0;
      const id = `${passageId}|${start}|${quote}`;
      if (seen.has(id)) return;
      seen.add(id);
      columns.sourceIds.push(((p.evidenceSourceIds ?? []) as readonly string[])[i] ?? '');
      columns.passageIds.push(passageId);
      columns.quotes.push(quote);
      starts.push(start);
      ends.push(((p.evidenceEnds ?? []) as readonly number[])[i] ?? 0);
    });
  }
  return {
    evidenceSourceIds: columns.sourceIds,
    evidencePassageIds: columns.passageIds,
    evidenceQuotes: columns.quotes,
    evidenceStarts: starts,
    evidenceEnds: ends,
  };
}

/**
 * The fact's properties from its statements: the newest live statement's word, the union of live evidence, and
 * (when there is more than one statement, or a retired one) the statement columns. `shared` holds what belongs to
 * the fact itself (key, seeded/curated flags, a fact-level retirement).
 */
export function deriveFact(shared: StatementProps, statements: readonly Statement[]): Record<string, StatementValue> {
  const ordered = [...statements].sort(compareStatements);
  const live = ordered.filter(isLive);
  const word = live[live.length - 1] ?? ordered[ordered.length - 1];
  if (!word) throw new Error(`fact ${String(shared.key)} has no statement`);
  const props: Record<string, StatementValue> = {};
  for (const [name, value] of Object.entries(shared)) {
    if (
      !(STATEMENT_FIELDS as readonly string[]).includes(name) &&
      !(STATEMENT_COLUMNS as readonly string[]).includes(name)
    )
      props[name] = value;
  }
  Object.assign(props, word.props);
  const compact =
    ordered.length === 1 && live.length === 1 && word.id === statementId(String(shared.key), text(word.props.sourceId));
  if (compact) return props;
  Object.assign(props, uniqueEvidence(live));
  // The columns list live statements only, oldest first: an "as of" read takes the last one dated on or before.
  props.statementIds = live.map((s) => s.id);
  props.statementSourceIds = live.map((s) => text(s.props.sourceId));
  props.statementDates = live.map((s) => text(s.props.assertedOn));
  props.statementStatuses = live.map((s) => text(s.props.status));
  props.statementBases = live.map((s) => text(s.props.basis) || 'stated');
  props.statementTimeStarts = live.map((s) => text(s.props.timeStart));
  props.statementTimeEnds = live.map((s) => text(s.props.timeEnd));
  props.statementsJson = JSON.stringify(ordered);
  props.sourceIds = [...new Set(live.map((s) => text(s.props.sourceId)))].sort();
  props.statementCount = live.length;
  props.conflicts = conflictsOf(ordered);
  // In name order: the content hash (of the properties as listed) then does not depend on where `shared` came from.
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
}

/** The statements of a fact as its relationship stores them (oldest first). */
export function statementsOf(factKey: string, props: Readonly<Record<string, unknown>>): Statement[] {
  if (typeof props.statementsJson === 'string') return JSON.parse(props.statementsJson) as Statement[];
  return [statementFrom(factKey, props as StatementProps, props.curated === true)];
}

/** Status changes, oldest first: the first live statement, then each live statement that says another status. */
export function statusChanges(statements: readonly Statement[]): { statement: Statement; previous: string | null }[] {
  const changes: { statement: Statement; previous: string | null }[] = [];
  let current: string | null = null;
  for (const statement of [...statements].sort(compareStatements).filter(isLive)) {
    const status = text(statement.props.status);
    if (status !== current) changes.push({ statement, previous: current });
    current = status;
  }
  return changes;
}

/** The statement a fact's status comes from: the newest live one (the last of the sorted live statements). */
export function currentStatement(statements: readonly Statement[]): Statement | null {
  const live = [...statements].sort(compareStatements).filter(isLive);
  return live[live.length - 1] ?? null;
}

/** What one side of a conflict says, for `ConflictSide.says`. */
export function sideSays(kind: ConflictKind, side: readonly Statement[]): string {
  const first = side[0];
  if (!first) return '';
  if (kind !== 'TIME') return [...new Set(side.map((s) => text(s.props.status)))].join(', ');
  return text(first.props.timeText) || `${text(first.props.timeStart)}..${text(first.props.timeEnd)}`;
}
