/**
 * The rules an entity or a relationship must meet, whether it comes from a seed file (validate.ts) or from an
 * analyst through the API (src/curation/): field shapes (seedSchema.ts), verbatim quotes, partial dates, the
 * vocabulary's kinds, endpoints and statuses. Each rule reports a problem at a field path through `report`; the
 * seed validator turns it into `file:line: field: message`, the API into BAD_USER_INPUT naming the field.
 */
import type { z } from 'zod';
import { isPartialDate, parsePartialDate, type PartialDate } from './dates';
import type { EntityInput, RelationshipInput } from './seedSchema';
import type { FieldPath } from './seedFiles';
import {
  ENTITY_STATUSES,
  isRelationshipType,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
} from './vocabulary';

export type Report = (at: FieldPath, message: string) => void;

export interface ResolvedEvidence {
  readonly sourceId: string;
  readonly passageId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export interface TimeSpec {
  readonly text: string | null;
  readonly at: PartialDate | null;
  readonly from: PartialDate | null;
  readonly to: PartialDate | null;
}

export interface StatisticFields {
  readonly value: number;
  readonly bound: string;
  readonly unit: string;
  readonly counts: string;
  readonly subject: string;
  readonly total: number | null;
}

export interface SeedEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly subtype: string | null;
  readonly description: string;
  readonly status: string | null;
  readonly time: TimeSpec | null;
  readonly mentions: readonly ResolvedEvidence[];
  readonly evidence: readonly ResolvedEvidence[];
  readonly statistic: StatisticFields | null;
}

export interface SeedRelationship {
  readonly key: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly status: string;
  readonly role: string | null;
  readonly basis: string;
  readonly note: string | null;
  readonly time: TimeSpec | null;
  readonly sourceId: string;
  readonly assertedOn: string;
  readonly evidence: readonly ResolvedEvidence[];
}

/** A source's text and its passages: from the seed folder, or read back from Neo4j. */
export interface SourceText {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly passages: readonly { readonly localId: string; readonly start: number; readonly text: string }[];
}

/**
 * Sources by id, as the rules look them up: a Map, or the bulk loader's shelf (bulk/sourceShelf.ts), which reads
 * a source's text from disk when it is asked for and keeps only the last few.
 */
export interface SourceLookup {
  readonly size: number;
  keys(): Iterable<string>;
  get(id: string): SourceText | undefined;
}

/** Runs a zod schema of seedSchema.ts and reports its issues at their field paths. */
export function checkShape<T extends z.ZodType>(
  schema: T,
  value: unknown,
  at: FieldPath,
  report: Report,
): z.output<T> | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as z.output<T>;
  for (const issue of parsed.error.issues) {
    const where = [...at, ...(issue.path as (string | number)[])];
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (unknownKeys.length > 0) {
      for (const key of unknownKeys) report([...where, key], 'unknown field (see seeds/README.md)');
    } else {
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
      report(where, message.replace(/^Invalid input: /, ''));
    }
  }
  return null;
}

/**
 * Finds a quote in a passage letter for letter; only the kind of white space may differ (the transcripts use
 * non-breaking spaces that nobody can type or see).
 */
export function findQuote(
  text: string,
  quote: string,
  regularSpacing = !IRREGULAR_SPACING.test(text),
): { offset: number; length: number } | null {
  const words = quote.trim().split(/\s+/);
  // Where the passage spaces its words with single plain spaces, the pattern below can only match the words
  // joined by one space: a plain search finds the same place, without compiling a pattern per quote (the
  // bulk loader checks a million quotes).
  if (regularSpacing) {
    const joined = words.join(' ');
    const offset = text.indexOf(joined);
    return offset >= 0 ? { offset, length: joined.length } : null;
  }
  const pattern = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const match = new RegExp(pattern, 'u').exec(text);
  return match ? { offset: match.index, length: match[0].length } : null;
}

/** White space other than single plain spaces: non-breaking or repeated spaces, tabs, line breaks. */
const IRREGULAR_SPACING = /[^\S ]| {2}/;
const spacingOfPassages = new WeakMap<object, boolean>();

/** Whether a passage's text is spaced with single plain spaces only, worked out once per passage. */
function regularlySpaced(passage: { readonly text: string }): boolean {
  let regular = spacingOfPassages.get(passage);
  if (regular === undefined) {
    regular = !IRREGULAR_SPACING.test(passage.text);
    spacingOfPassages.set(passage, regular);
  }
  return regular;
}

/** Normalised form used to compare names and aliases: case, punctuation and spacing do not count. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The names an entity claims (its name and every alias), each with the field that claims it. */
export function nameClaims(input: Pick<EntityInput, 'name' | 'aliases'>, at: FieldPath): [string, FieldPath][] {
  return [
    [input.name, [...at, 'name']],
    ...input.aliases.map((alias, i): [string, FieldPath] => [alias, [...at, 'aliases', i]]),
  ];
}

/** A relationship's identity: `TYPE:from:to[:key]`. */
export function relationshipKey(type: string, from: string, to: string, key?: string | null): string {
  return [type, from, to, key].filter(Boolean).join(':');
}

const passageIndexes = new WeakMap<SourceText, Map<string, SourceText['passages'][number]>>();

/** A source's passages by id, built once per source: a bulk load resolves a million citations. */
function passagesById(source: SourceText): Map<string, SourceText['passages'][number]> {
  let index = passageIndexes.get(source);
  if (!index) {
    index = new Map(source.passages.map((p) => [p.localId, p]));
    passageIndexes.set(source, index);
  }
  return index;
}

/**
 * A slice as a string of its own. V8 keeps a slice of a long string as a pointer into it, so one kept quote would
 * keep its whole source text alive: the bulk loader keeps entities' evidence (statistics cite theirs) for the whole
 * load while it reads the texts a few at a time, and at 1M that pinned every text (about 75 MB).
 */
function detached(slice: string): string {
  // Concatenating makes a new string that slice() flattens first: the result points into that copy instead.
  return (' ' + slice).slice(1);
}

/** Searching every source for a quote is for a seed folder of a few documents, not a bulk load of thousands. */
const MAX_SOURCES_SEARCHED = 16;

/**
 * The one source whose passage holds the quote, for evidence that leaves out its source: a seed file written when
 * the folder had one document keeps loading when a second document arrives. Null when none or several hold it.
 */
function onlySourceWith(item: { passage: string; quote: string }, sources: SourceLookup): string | null {
  if (sources.size > MAX_SOURCES_SEARCHED) return null;
  const holders = [...sources.keys()].filter((id) => {
    const source = sources.get(id);
    const passage = source ? passagesById(source).get(item.passage) : undefined;
    return passage !== undefined && findQuote(passage.text, item.quote, regularlySpaced(passage)) !== null;
  });
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

/** Resolves `{ source?, passage, quote }` items to offsets in their source, reporting what cannot be found. */
export function resolveEvidence(
  items: readonly { source?: string | undefined; passage: string; quote: string }[],
  defaultSource: string | null,
  sources: SourceLookup,
  at: FieldPath,
  report: Report,
): ResolvedEvidence[] {
  const resolved: ResolvedEvidence[] = [];
  items.forEach((item, index) => {
    const where = [...at, index];
    const sourceId = item.source ?? defaultSource ?? onlySourceWith(item, sources);
    if (sourceId === null) {
      report([...where, 'source'], 'is required when the passage and quote are in several sources, or in none');
      return;
    }
    const source = sources.get(sourceId);
    if (!source) {
      report([...where, 'source'], `unknown source "${sourceId}"`);
      return;
    }
    const passage = passagesById(source).get(item.passage);
    if (!passage) {
      report(
        [...where, 'passage'],
        `source "${sourceId}" has no passage "${item.passage}" (npm run seed -- --passages lists them)`,
      );
      return;
    }
    const found = findQuote(passage.text, item.quote, regularlySpaced(passage));
    if (!found) {
      report([...where, 'quote'], `not found verbatim in passage ${item.passage}: "${item.quote}"`);
      return;
    }
    const start = passage.start + found.offset;
    const end = start + found.length;
    // The stored quote is the source's own text (its non-breaking spaces included), so offsets slice to it.
    resolved.push({
      sourceId,
      passageId: `${sourceId}#${passage.localId}`,
      quote: detached(source.text.slice(start, end)),
      start,
      end,
    });
  });
  return resolved;
}

/** Parses `date`, `period` and `dateText` into a time qualifier, reporting bad dates and reversed periods. */
export function readTime(
  input: {
    date?: string | undefined;
    period?: { from?: string | undefined; to?: string | undefined } | undefined;
    dateText?: string | undefined;
  },
  at: FieldPath,
  report: Report,
): TimeSpec | null {
  const parse = (value: string | undefined, field: FieldPath): PartialDate | null => {
    if (value === undefined) return null;
    const parsed = parsePartialDate(value);
    if (isPartialDate(parsed)) return parsed;
    report([...at, ...field], parsed.error);
    return null;
  };
  const time: TimeSpec = {
    text: input.dateText ?? null,
    at: parse(input.date, ['date']),
    from: parse(input.period?.from, ['period', 'from']),
    to: parse(input.period?.to, ['period', 'to']),
  };
  if (time.from && time.to && time.from.start > time.to.end) {
    report([...at, 'period'], `starts (${time.from.value}) after it ends (${time.to.value})`);
  }
  return time.text || time.at || time.from || time.to ? time : null;
}

/**
 * Checks an entity against the vocabulary (its status, a statistic's fields) and resolves its evidence. The
 * statistic's subject is returned for the caller to check exists.
 */
export function buildEntity(
  input: EntityInput,
  sources: SourceLookup,
  defaultSource: string | null,
  at: FieldPath,
  report: Report,
): { entity: SeedEntity; subject: string | null } {
  const allowed = ENTITY_STATUSES[input.kind];
  if (input.status !== undefined && !allowed.includes(input.status)) {
    report(
      [...at, 'status'],
      allowed.length ? `must be one of ${allowed.join(', ')} for a ${input.kind}` : `a ${input.kind} has no status`,
    );
  }
  const statisticFields = ['value', 'bound', 'unit', 'counts', 'subject'] as const;
  let statistic: StatisticFields | null = null;
  if (input.kind === 'Statistic') {
    for (const field of statisticFields) {
      if (input[field] === undefined) report([...at, field], 'is required for a Statistic');
    }
    if (input.evidence.length === 0) report([...at, 'evidence'], 'a Statistic needs at least one { passage, quote }');
    if (input.value !== undefined && input.bound && input.unit && input.counts && input.subject) {
      statistic = {
        value: input.value,
        bound: input.bound,
        unit: input.unit,
        counts: input.counts,
        subject: input.subject,
        total: input.total ?? null,
      };
    }
  } else {
    for (const field of [...statisticFields, 'total'] as const) {
      if (input[field] !== undefined) report([...at, field], `only a Statistic has "${field}"`);
    }
  }
  const entity: SeedEntity = {
    id: input.id,
    kind: input.kind,
    name: input.name,
    aliases: input.aliases,
    subtype: input.subtype ?? null,
    description: input.description,
    status: input.status ?? null,
    time: readTime(input, at, report),
    mentions: resolveEvidence(input.mentions, defaultSource, sources, [...at, 'mentions'], report),
    evidence: resolveEvidence(input.evidence, defaultSource, sources, [...at, 'evidence'], report),
    statistic,
  };
  return { entity, subject: input.kind === 'Statistic' ? (input.subject ?? null) : null };
}

/** Checks a relationship against the vocabulary (type, endpoint kinds, status) and resolves its evidence. */
export function buildRelationship(
  input: RelationshipInput,
  source: SourceText,
  sources: SourceLookup,
  kindOf: (entityId: string) => EntityKind | undefined,
  at: FieldPath,
  report: Report,
): SeedRelationship | null {
  if (!isRelationshipType(input.type)) {
    report([...at, 'type'], `unknown relationship type "${input.type}" (see src/ingest/vocabulary.ts)`);
    return null;
  }
  const spec = RELATIONSHIP_TYPES[input.type];
  let endpointsOk = true;
  for (const end of ['from', 'to'] as const) {
    const kind = kindOf(input[end]);
    const kinds: readonly EntityKind[] = spec[end];
    if (!kind) {
      report([...at, end], `unknown entity "${input[end]}"`);
      endpointsOk = false;
    } else if (!kinds.includes(kind)) {
      report(
        [...at, end],
        `${input.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind} ("${input[end]}"); allowed: ${kinds.join(', ')}`,
      );
      endpointsOk = false;
    }
  }
  const statusProblem = relationshipStatusProblem(input.type, input.status);
  if (statusProblem) {
    report([...at, 'status'], statusProblem);
    return null;
  }
  const evidence = resolveEvidence(input.evidence, source.id, sources, [...at, 'evidence'], report);
  const time = readTime(input, at, report);
  if (!endpointsOk || evidence.length !== input.evidence.length) return null;
  return {
    key: relationshipKey(input.type, input.from, input.to, input.key),
    type: input.type,
    from: input.from,
    to: input.to,
    status: input.status,
    role: input.role ?? null,
    basis: input.basis,
    note: input.note ?? null,
    time,
    sourceId: source.id,
    assertedOn: source.date,
    evidence,
  };
}

/** Why a status is not one the relationship type allows, or null when it is. */
export function relationshipStatusProblem(type: RelationshipType, status: string): string | null {
  const statuses: readonly string[] = RELATIONSHIP_TYPES[type].statuses;
  return statuses.includes(status) ? null : `"${status}" is not a status of ${type}; allowed: ${statuses.join(', ')}`;
}
