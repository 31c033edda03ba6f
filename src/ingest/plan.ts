/**
 * Turns the validated seed graph into the rows the load statements UNWIND. Every row carries a content hash so
 * the loader can tell created from updated from unchanged, and so two loads can be compared by checksum.
 */
import { hash } from 'node:crypto';
import { deriveFact, statementFrom, type Statement, type StatementProps } from '../graph/statements';
import type { ExternalAliases } from './externalAliases';
import { findMentions, type EntityMention, type NamedEntity } from './mentions';
import type { ResolvedEvidence, SeedEntity, SeedGraph, SeedRelationship, SeedSource, TimeSpec } from './validate';

type Props = Record<string, string | number | boolean | readonly string[] | readonly number[] | null>;

export interface Row {
  readonly id: string;
  readonly props: Props;
}
export interface PassageRow extends Row {
  readonly sectionId: string | null;
}
export interface MentionRow {
  readonly passageId: string;
  readonly entityId: string;
  readonly props: Props;
}
export interface FactRow {
  readonly key: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
}

export interface LoadPlan {
  readonly sourceIds: readonly string[];
  readonly sources: readonly Row[];
  readonly passages: readonly PassageRow[];
  readonly entities: readonly Row[];
  readonly mentions: readonly MentionRow[];
  readonly facts: readonly FactRow[];
  /** Every entity's external aliases (none for the others): names for search only, never for mentions. */
  readonly externalAliases: readonly ExternalAliasRow[];
}

export interface ExternalAliasRow {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly text: string;
}

export function contentHash(value: unknown): string {
  // The one-shot hash: a bulk load hashes millions of rows, and a Hash object per row costs more than the digest.
  return hash('sha256', JSON.stringify(value), 'hex').slice(0, 32);
}

/** Where an entity or fact came from: the seeds, an analyst through the API (curation), or both. */
export type Provenance = { seeded: true } | { curated: true } | { seeded: true; curated: true };

/** An entity's node properties, as the loader and the curation API both write them. */
export function entityProps(entity: SeedEntity, provenance: Provenance): Props {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    aliasText: entity.aliases.join(' | '),
    subtype: entity.subtype,
    description: entity.description,
    status: entity.status,
    ...provenance,
    ...timeProps(entity.time),
    value: entity.statistic?.value ?? null,
    bound: entity.statistic?.bound ?? null,
    unit: entity.statistic?.unit ?? null,
    counts: entity.statistic?.counts ?? null,
    subject: entity.statistic?.subject ?? null,
    total: entity.statistic?.total ?? null,
    ...evidenceProps(entity.evidence),
  };
}

/** A fact's relationship properties, as the loader and the curation API both write them. */
export function factProps(fact: SeedRelationship, provenance: Provenance): Props {
  return {
    key: fact.key,
    status: fact.status,
    role: fact.role,
    basis: fact.basis,
    note: fact.note,
    sourceId: fact.sourceId,
    assertedOn: fact.assertedOn,
    ...provenance,
    ...timeProps(fact.time),
    ...evidenceProps(fact.evidence),
  };
}

export function withHash(props: Props): Props {
  const clean: Record<string, Props[string]> = {};
  for (const key in props) {
    const value = props[key];
    if (value !== null && value !== undefined) clean[key] = value;
  }
  return { ...clean, contentHash: contentHash(clean) };
}

/** Flattens a time qualifier into properties (Neo4j properties cannot be maps). */
export function timeProps(time: TimeSpec | null): Props {
  const props: Props = { timeText: time?.text ?? null };
  for (const part of ['at', 'from', 'to'] as const) {
    const date = time?.[part] ?? null;
    props[`${part}Value`] = date?.value ?? null;
    props[`${part}Precision`] = date?.precision ?? null;
    props[`${part}Start`] = date?.start ?? null;
    props[`${part}End`] = date?.end ?? null;
  }
  // For ordering and windows: the first and last day the entity or fact can cover (open ends stay null).
  props.timeStart = time?.at?.start ?? time?.from?.start ?? null;
  props.timeEnd = time?.at?.end ?? time?.to?.end ?? null;
  return props;
}

export function evidenceProps(evidence: readonly ResolvedEvidence[]): Props {
  return {
    evidenceSourceIds: evidence.map((e) => e.sourceId),
    evidencePassageIds: evidence.map((e) => e.passageId),
    evidenceQuotes: evidence.map((e) => e.quote),
    evidenceStarts: evidence.map((e) => e.start),
    evidenceEnds: evidence.map((e) => e.end),
  };
}

function statisticFacts(graph: SeedGraph): SeedRelationship[] {
  const sourceDates = new Map(graph.sources.map((s) => [s.id, s.date]));
  return graph.entities.flatMap((entity) => {
    const fact = statisticFact(entity, (sourceId) => sourceDates.get(sourceId) ?? '');
    return fact ? [fact] : [];
  });
}

/** A statistic's `MEASURES` fact to its subject, stated by the statistic's own evidence. */
export function statisticFact(entity: SeedEntity, dateOf: (sourceId: string) => string): SeedRelationship | null {
  const statistic = entity.statistic;
  const first = entity.evidence[0];
  if (!statistic || !first) return null;
  return {
    key: `MEASURES:${entity.id}:${statistic.subject}`,
    type: 'MEASURES',
    from: entity.id,
    to: statistic.subject,
    status: 'stated',
    role: null,
    basis: 'stated',
    note: null,
    time: entity.time,
    sourceId: first.sourceId,
    assertedOn: dateOf(first.sourceId),
    evidence: entity.evidence,
  };
}

export function sourceRow(source: SeedSource): Row {
  return {
    id: source.id,
    props: withHash({
      id: source.id,
      title: source.title,
      date: source.date,
      publisher: source.publisher,
      kind: source.kind,
      language: source.language,
      file: source.file,
      text: source.text,
    }),
  };
}

export function passageRows(source: SeedSource): PassageRow[] {
  return source.passages.map((passage) => ({
    id: `${source.id}#${passage.localId}`,
    sectionId: passage.sectionId ? `${source.id}#${passage.sectionId}` : null,
    props: withHash({
      id: `${source.id}#${passage.localId}`,
      localId: passage.localId,
      sourceId: source.id,
      kind: passage.kind,
      section: passage.section,
      ordinal: passage.ordinal,
      start: passage.start,
      end: passage.end,
      text: passage.text,
      sentenceStarts: passage.sentences.map((s) => s.start),
      sentenceEnds: passage.sentences.map((s) => s.end),
    }),
  }));
}

export function entityRow(entity: SeedEntity): Row {
  return { id: entity.id, props: withHash(entityProps(entity, { seeded: true })) };
}

/** What finding mentions needs of an entity; a statistic's own quote is where it is mentioned. */
export function namedEntity(entity: SeedEntity): NamedEntity {
  const mentions = entity.kind === 'Statistic' ? [...entity.mentions, ...entity.evidence] : entity.mentions;
  return { id: entity.id, kind: entity.kind, name: entity.name, aliases: entity.aliases, mentions };
}

/** A MENTIONS edge's properties: the offsets and words of every span in its passage. */
export function mentionProps(spans: readonly { start: number; end: number; text: string }[], curated: boolean): Props {
  return withHash({
    starts: spans.map((s) => s.start),
    ends: spans.map((s) => s.end),
    texts: spans.map((s) => s.text),
    curated,
  });
}

export function mentionRow(mention: EntityMention): MentionRow {
  return {
    passageId: mention.passageId,
    entityId: mention.entityId,
    props: mentionProps(mention.spans, mention.curated),
  };
}

export function factRow(fact: SeedRelationship): FactRow {
  return {
    key: fact.key,
    type: fact.type,
    from: fact.from,
    to: fact.to,
    props: withHash(factProps(fact, { seeded: true })),
  };
}

/**
 * A stored fact's properties once its statements change (a restatement merged in, an analyst's statement added or
 * retired): derived again from `statements`, with what belongs to the fact itself kept and `overrides` on top.
 */
export function rederivedFact(
  stored: Readonly<Record<string, unknown>>,
  statements: readonly Statement[],
  overrides: Props = {},
): Props {
  const shared: Record<string, StatementProps[string]> = {};
  for (const [name, value] of Object.entries(stored)) {
    if (name !== 'contentHash') shared[name] = value as StatementProps[string];
  }
  return withHash(deriveFact({ ...shared, ...overrides }, statements));
}

/**
 * One row per fact: a fact that one source states is its statement's row (factRow); a fact that several sources
 * state (the same key) is one relationship whose properties are derived from its statements (graph/statements.ts).
 */
export function factRows(facts: readonly SeedRelationship[]): FactRow[] {
  const byKey = new Map<string, SeedRelationship[]>();
  for (const fact of facts) {
    const group = byKey.get(fact.key);
    if (group) group.push(fact);
    else byKey.set(fact.key, [fact]);
  }
  return [...byKey.values()].map((group) => {
    const [first] = group;
    if (!first) throw new Error('empty fact group');
    if (group.length === 1) return factRow(first);
    const statements = group.map((fact) => statementFrom(fact.key, factProps(fact, { seeded: true }), false));
    return {
      key: first.key,
      type: first.type,
      from: first.from,
      to: first.to,
      props: withHash(deriveFact({ key: first.key, seeded: true }, statements)),
    };
  });
}

/** " (313 statements)" for a load summary when some facts are stated by more than one source, else nothing. */
export function statementsNote(facts: number, statements: number): string {
  return statements > facts ? ` (${statements} statements)` : '';
}

export function planLoad(graph: SeedGraph): LoadPlan {
  return {
    sourceIds: graph.sources.map((s) => s.id),
    sources: graph.sources.map(sourceRow),
    passages: graph.sources.flatMap(passageRows),
    entities: graph.entities.map(entityRow),
    mentions: findMentions(graph.sources, graph.entities.map(namedEntity)).map(mentionRow),
    facts: factRows([...graph.relationships, ...statisticFacts(graph)]),
    externalAliases: externalAliasRows(graph.externalAliases),
  };
}

/** The rows of load/045-set-external-aliases: every loader writes them after the entities. */
export function externalAliasRows(list: readonly ExternalAliases[]): ExternalAliasRow[] {
  return list.map(({ entityId, aliases }) => ({ id: entityId, aliases, text: aliases.join(' | ') }));
}
