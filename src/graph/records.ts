/**
 * The records the read layer returns and resolvers receive (graphql-codegen maps the GraphQL types to them).
 * They are built from Neo4j properties in one place each (`toEntity`, `toRelation`, ...).
 */
import { propsAsOf } from './read/factView';
import { conflictsOf, statementsOf, type ConflictKind, type Statement } from './statements';
import type { DatePrecision } from '../ingest/dates';
import type { EntityKind } from '../ingest/vocabulary';

export interface DateRecord {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly start: string;
  readonly end: string;
}

export interface TimeRecord {
  readonly text: string | null;
  readonly at: DateRecord | null;
  readonly from: DateRecord | null;
  readonly to: DateRecord | null;
  /** First / last day covered, for sorting and windows (null = open). */
  readonly start: string | null;
  readonly end: string | null;
}

export interface EvidenceRecord {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly passageId: string;
  readonly sourceId: string;
}

export interface StatisticRecord {
  readonly value: number;
  readonly bound: string;
  readonly unit: string;
  readonly counts: string;
  readonly subject: string;
  readonly total: number | null;
}

export interface EntityRecord {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly subtype: string | null;
  readonly description: string;
  readonly status: string | null;
  readonly time: TimeRecord | null;
  readonly statistic: StatisticRecord | null;
  readonly evidence: readonly EvidenceRecord[];
}

export interface RelationRecord {
  readonly key: string;
  readonly type: string;
  readonly status: string;
  readonly basis: string;
  readonly role: string | null;
  readonly note: string | null;
  readonly time: TimeRecord | null;
  readonly assertedOn: string;
  readonly fromId: string;
  readonly toId: string;
  readonly evidence: readonly EvidenceRecord[];
  readonly curated: boolean;
  readonly retired: RetirementRecord | null;
  /** The entity whose field returned this relation: gives `other` and `direction`. */
  readonly viewFrom: string | null;
  /** The date the relation was read as of (its status and evidence are the word known then); null for now. */
  readonly asOf: string | null;
  /** The relationship's stored properties, for its statements (read only when asked for: `relationStatements`). */
  readonly stored: Readonly<Record<string, unknown>>;
  /** How its live statements disagree, as stored with the fact (empty when they do not). */
  readonly conflicts: readonly ConflictKind[];
}

/** One statement of a fact, and whether it is the one the fact's status comes from. */
export interface StatementRecord {
  readonly statement: Statement;
  readonly current: boolean;
}

export interface StatusChangeRecord {
  readonly statement: StatementRecord;
  readonly previous: string | null;
}

export interface ConflictSideRecord {
  readonly says: string;
  readonly statements: readonly StatementRecord[];
}

export interface ConflictRecord {
  readonly kind: ConflictKind;
  readonly sides: readonly ConflictSideRecord[];
}

export interface RetirementRecord {
  readonly at: string;
  readonly by: string;
  readonly reason: string;
}

export type ChangeAction =
  | 'ADD_ENTITY'
  | 'UPDATE_ENTITY'
  | 'ADD_RELATION'
  | 'RETIRE_RELATION'
  | 'SET_RELATION_STATUS'
  | 'MERGE_ENTITIES'
  | 'UNDO_MERGE'
  | 'ADD_STATEMENT'
  | 'RETIRE_STATEMENT'
  | 'UNDO_STATEMENT_CHANGE'
  | 'INGEST_DOCUMENT'
  | 'ACCEPT_CANDIDATE'
  | 'REJECT_CANDIDATE'
  | 'MERGE_CANDIDATE';

export interface ChangeRecord {
  readonly id: string;
  readonly action: ChangeAction;
  readonly at: string;
  readonly by: string;
  readonly entityIds: readonly string[];
  readonly relationId: string | null;
  readonly reason: string | null;
  readonly before: string | null;
  readonly after: string | null;
  readonly undoneBy: string | null;
}

export interface MergeRecord {
  readonly entity: EntityRecord;
  readonly change: ChangeRecord;
}

export interface UndoMergeRecord {
  readonly kept: EntityRecord;
  readonly restored: EntityRecord;
  readonly change: ChangeRecord;
}

export interface SourceRecord {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly publisher: string;
  readonly kind: string;
  readonly language: string;
  readonly text: string;
  readonly url: string | null;
  readonly origin: 'SEED' | 'INGESTED';
  readonly version: number;
  readonly previousVersionId: string | null;
  readonly format: 'TEXT' | 'MARKDOWN' | 'HTML' | 'PDF' | null;
  readonly fileHash: string | null;
  readonly ingestedAt: string | null;
  readonly ingestedBy: string | null;
}

const FORMATS = ['TEXT', 'MARKDOWN', 'HTML', 'PDF'] as const;

export interface PassageRecord {
  readonly id: string;
  readonly localId: string;
  readonly kind: 'section' | 'paragraph';
  readonly section: string;
  readonly ordinal: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sourceId: string;
  readonly sentenceStarts: readonly number[];
  readonly sentenceEnds: readonly number[];
  /** Layout role in an ingested document (heading, question, answer, list-item ...); null for seed passages. */
  readonly role: string | null;
}

export interface MentionSpanRecord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface MentionRecord {
  readonly entityId: string;
  readonly passageId: string;
  readonly spans: readonly MentionSpanRecord[];
  readonly curated: boolean;
}

/** How a timeline entry's place in time is known (schema.graphql, `TimelineOccurrence`). */
export type TimelineOccurrence = 'HAPPENED' | 'PLANNED' | 'SOURCE_DATED';

export interface TimelineEntryRecord {
  readonly entity: EntityRecord;
  readonly occurrence: TimelineOccurrence;
  /** First and last day the entry can mean; the source's date for SOURCE_DATED; a null end is open. */
  readonly start: string | null;
  readonly end: string | null;
  readonly reportedOn: string | null;
}

/** One page of a list, with where it starts, for Relay connections. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
  readonly offset: number;
}

export type RelationPage = Page<RelationRecord>;
export type EntityPage = Page<EntityRecord>;
export type MentionPage = Page<MentionRecord>;
export type TimelinePage = Page<TimelineEntryRecord>;
export type ChangePage = Page<ChangeRecord>;

export type SearchTargetRecord = EntityRecord | PassageRecord;

/** Why a hit was found; the kinds are SearchReasonKind in schema.graphql. */
export type SearchReasonKind =
  'NAME' | 'ALIAS' | 'DESCRIPTION' | 'PASSAGE' | 'FUZZY' | 'EXTERNAL_ALIAS' | 'RELATED_TERM';

export interface SearchReasonRecord {
  readonly kind: SearchReasonKind;
  /** What this reason added to the hit's score. */
  readonly score: number;
  /** The matching text, marked and HTML-escaped. */
  readonly snippet: string;
  /** The passage that mentions the entity (PASSAGE only). */
  readonly passage: PassageRecord | null;
}

export interface SearchHitRecord {
  readonly target: SearchTargetRecord;
  readonly score: number;
  readonly snippet: string;
  /** The strongest reason in one plain-text line; null for a passage hit. */
  readonly reason: string | null;
  /** Strongest first; empty for a passage hit (the passage itself matched). */
  readonly reasons: readonly SearchReasonRecord[];
}

export interface GraphNodeRecord {
  readonly entity: EntityRecord;
  readonly depth: number;
}

export interface GraphRecord {
  readonly nodes: readonly GraphNodeRecord[];
  readonly edges: readonly RelationRecord[];
  readonly truncated: boolean;
}

export interface PathRecord {
  readonly entityIds: readonly string[];
  /** The entities along the path, read with it. */
  readonly entities: readonly EntityRecord[];
  readonly hops: readonly RelationRecord[];
}

export interface RelationTypeRecord {
  readonly type: string;
  readonly description: string;
  readonly fromKinds: readonly EntityKind[];
  readonly toKinds: readonly EntityKind[];
  readonly statuses: readonly string[];
}

type Props = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number) : []);

function dateOf(props: Props, part: 'at' | 'from' | 'to'): DateRecord | null {
  const value = text(props[`${part}Value`]);
  if (value === null) return null;
  return {
    value,
    precision: props[`${part}Precision`] as DatePrecision,
    start: String(props[`${part}Start`]),
    end: String(props[`${part}End`]),
  };
}

export function toTime(props: Props): TimeRecord | null {
  const time = {
    text: text(props.timeText),
    at: dateOf(props, 'at'),
    from: dateOf(props, 'from'),
    to: dateOf(props, 'to'),
    start: text(props.timeStart),
    end: text(props.timeEnd),
  };
  return time.text || time.at || time.from || time.to ? time : null;
}

export function toEvidence(props: Props): EvidenceRecord[] {
  const quotes = strings(props.evidenceQuotes);
  const starts = numbers(props.evidenceStarts);
  const ends = numbers(props.evidenceEnds);
  const passages = strings(props.evidencePassageIds);
  const sources = strings(props.evidenceSourceIds);
  return quotes.map((quote, i) => ({
    quote,
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
    passageId: passages[i] ?? '',
    sourceId: sources[i] ?? '',
  }));
}

export function toEntity(props: Props): EntityRecord {
  const kind = props.kind as EntityKind;
  return {
    id: String(props.id),
    kind,
    name: String(props.name),
    aliases: strings(props.aliases),
    subtype: text(props.subtype),
    description: String(props.description ?? ''),
    status: text(props.status),
    time: toTime(props),
    statistic:
      kind === 'Statistic'
        ? {
            value: Number(props.value),
            bound: String(props.bound),
            unit: String(props.unit),
            counts: String(props.counts),
            subject: String(props.subject),
            total: props.total === undefined || props.total === null ? null : Number(props.total),
          }
        : null,
    evidence: toEvidence(props),
  };
}

/**
 * Builds a relation from `{ type, from, to, props }` as the relation queries return it, as known on `asOf` when
 * one is given (factView.ts).
 */
export function toRelation(row: Props, viewFrom: string | null = null, asOf: string | null = null): RelationRecord {
  const stored = (row.props ?? {}) as Props;
  const key = String(stored.key ?? `${String(row.type)}:${String(row.from)}:${String(row.to)}`);
  const props = propsAsOf(key, stored, asOf);
  return {
    key,
    type: String(row.type),
    status: String(props.status ?? ''),
    basis: String(props.basis ?? 'stated'),
    role: text(props.role),
    note: text(props.note),
    time: toTime(props),
    assertedOn: String(props.assertedOn ?? ''),
    fromId: String(row.from),
    toId: String(row.to),
    evidence: toEvidence(props),
    curated: props.curated === true,
    retired:
      props.retired === true
        ? {
            at: String(props.retiredAt ?? ''),
            by: String(props.retiredBy ?? ''),
            reason: String(props.retiredReason ?? ''),
          }
        : null,
    viewFrom,
    asOf,
    stored,
    conflicts:
      asOf === null ? (strings(props.conflicts) as ConflictKind[]) : conflictsOf(knownStatements(key, stored, asOf)),
  };
}

function knownStatements(key: string, stored: Props, asOf: string | null): Statement[] {
  const all = statementsOf(key, stored);
  return asOf === null ? all : all.filter((s) => String(s.props.assertedOn ?? '') <= asOf);
}

/** Statements parsed once per relation: `statements`, `statusHistory`, `sourceIds` and `conflicts` all read them. */
const parsedStatements = new WeakMap<RelationRecord, Statement[]>();

/** A relation's statements, oldest first, retired ones included: those known on its `asOf` date when it has one. */
export function relationStatements(relation: RelationRecord): Statement[] {
  let statements = parsedStatements.get(relation);
  if (!statements) {
    statements = knownStatements(relation.key, relation.stored, relation.asOf);
    parsedStatements.set(relation, statements);
  }
  return statements;
}

export function toChange(props: Props): ChangeRecord {
  return {
    id: String(props.id),
    action: String(props.action) as ChangeAction,
    at: String(props.at),
    by: String(props.by),
    entityIds: strings(props.entityIds),
    relationId: text(props.relationId),
    reason: text(props.reason),
    before: text(props.before),
    after: text(props.after),
    undoneBy: text(props.undoneBy),
  };
}

export function toSource(props: Props): SourceRecord {
  return {
    id: String(props.id),
    title: String(props.title),
    date: String(props.date),
    publisher: String(props.publisher),
    kind: String(props.kind),
    language: String(props.language ?? 'en'),
    text: String(props.text),
    url: text(props.url),
    origin: props.ingested === true ? 'INGESTED' : 'SEED',
    version: typeof props.version === 'number' ? props.version : Number(props.version ?? 1),
    previousVersionId: text(props.previousVersion),
    format: FORMATS.find((f) => f === String(props.format ?? '').toUpperCase()) ?? null,
    fileHash: text(props.fileHash),
    ingestedAt: text(props.ingestedAt),
    ingestedBy: text(props.ingestedBy),
  };
}

export function toPassage(props: Props): PassageRecord {
  return {
    id: String(props.id),
    localId: String(props.localId),
    kind: props.kind === 'section' ? 'section' : 'paragraph',
    section: String(props.section),
    ordinal: Number(props.ordinal),
    text: String(props.text),
    start: Number(props.start),
    end: Number(props.end),
    sourceId: String(props.sourceId),
    sentenceStarts: numbers(props.sentenceStarts),
    sentenceEnds: numbers(props.sentenceEnds),
    role: text(props.role),
  };
}

export function toMention(row: Props): MentionRecord {
  const props = (row.props ?? {}) as Props;
  const starts = numbers(props.starts);
  const ends = numbers(props.ends);
  const texts = strings(props.texts);
  return {
    entityId: String(row.entityId),
    passageId: String(row.passageId),
    spans: texts.map((t, i) => ({ text: t, start: starts[i] ?? 0, end: ends[i] ?? 0 })),
    curated: props.curated === true,
  };
}
