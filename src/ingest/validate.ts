/**
 * Validates the whole seed folder before anything is written, and turns it into the graph to load. Every
 * problem is reported as `file:line: field: message`; one bad file never hides the problems of another.
 */
import type { z } from 'zod';
import { isPartialDate, parsePartialDate, type PartialDate } from './dates';
import { splitPassages, type Passage } from './passages';
import {
  entityFileSchema,
  entitySchema,
  factFileSchema,
  relationshipSchema,
  sourceMetadataSchema,
  type EntityInput,
  type RelationshipInput,
  type SourceMetadata,
} from './seedSchema';
import { fieldName, type FieldPath, type SeedFile, type SeedFolder, type SeedProblem } from './seedFiles';
import {
  ENTITY_STATUSES,
  isRelationshipType,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
} from './vocabulary';

export interface SeedSource extends SourceMetadata {
  readonly text: string;
  readonly passages: readonly Passage[];
}

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

export interface SeedGraph {
  readonly sources: readonly SeedSource[];
  readonly entities: readonly SeedEntity[];
  readonly relationships: readonly SeedRelationship[];
}

export type ValidationResult = { ok: true; graph: SeedGraph } | { ok: false; problems: SeedProblem[] };

/** Runs a zod schema and turns its issues into located problems. */
function check<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: SeedFile,
  at: FieldPath,
  problems: SeedProblem[],
): z.output<T> | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as z.output<T>;
  for (const issue of parsed.error.issues) {
    const where = [...at, ...(issue.path as (string | number)[])];
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (unknownKeys.length > 0) {
      for (const key of unknownKeys)
        problems.push(file.problem([...where, key], 'unknown field (see seeds/README.md)'));
    } else {
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
      problems.push(file.problem(where, message.replace(/^Invalid input: /, '')));
    }
  }
  return null;
}

/**
 * Finds a quote in a passage letter for letter; only the kind of white space may differ (the transcripts use
 * non-breaking spaces that nobody can type or see).
 */
export function findQuote(text: string, quote: string): { offset: number; length: number } | null {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern, 'u').exec(text);
  return match ? { offset: match.index, length: match[0].length } : null;
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

class Validator {
  readonly problems: SeedProblem[] = [];
  private readonly sources = new Map<string, SeedSource>();

  constructor(private readonly folder: SeedFolder) {
    this.problems.push(...folder.problems);
  }

  run(): ValidationResult {
    this.readSources();
    const entities = this.readEntities();
    const relationships = this.readRelationships(entities);
    if (this.problems.length > 0) return { ok: false, problems: this.sorted() };
    return {
      ok: true,
      graph: {
        sources: [...this.sources.values()],
        entities: [...entities.values()].map((e) => e.entity),
        relationships,
      },
    };
  }

  private sorted(): SeedProblem[] {
    return [...this.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  private readSources(): void {
    for (const file of this.folder.sourceMetadata) {
      if (file.data === null) continue;
      const metadata = check(sourceMetadataSchema, file.data, file, [], this.problems);
      if (!metadata) continue;
      const date = parsePartialDate(metadata.date);
      if (!isPartialDate(date) || date.precision !== 'day') {
        this.problems.push(file.problem(['date'], 'must be a full date YYYY-MM-DD'));
      }
      if (this.sources.has(metadata.id)) {
        this.problems.push(file.problem(['id'], `source id "${metadata.id}" is used by another source`));
        continue;
      }
      const text = this.folder.texts.get(metadata.file);
      if (text === undefined) {
        this.problems.push(file.problem(['file'], `seeds/documents/${metadata.file} does not exist`));
        continue;
      }
      this.sources.set(metadata.id, { ...metadata, text, passages: splitPassages(text) });
    }
    if (this.sources.size === 0 && this.problems.length === 0) {
      this.problems.push({
        file: 'seeds/documents',
        line: 1,
        field: '(folder)',
        message: 'no source metadata (*.yaml) found',
      });
    }
  }

  private resolveEvidence(
    items: readonly { source?: string | undefined; passage: string; quote: string }[],
    defaultSource: string | null,
    file: SeedFile,
    at: FieldPath,
  ): ResolvedEvidence[] {
    const resolved: ResolvedEvidence[] = [];
    items.forEach((item, index) => {
      const where = [...at, index];
      const sourceId =
        item.source ?? defaultSource ?? (this.sources.size === 1 ? [...this.sources.keys()][0] : undefined);
      if (sourceId === undefined) {
        this.problems.push(file.problem([...where, 'source'], 'is required when there are several sources'));
        return;
      }
      const source = this.sources.get(sourceId);
      if (!source) {
        this.problems.push(file.problem([...where, 'source'], `unknown source "${sourceId}"`));
        return;
      }
      const passage = source.passages.find((p) => p.localId === item.passage);
      if (!passage) {
        this.problems.push(
          file.problem(
            [...where, 'passage'],
            `source "${sourceId}" has no passage "${item.passage}" (npm run seed -- --passages lists them)`,
          ),
        );
        return;
      }
      const found = findQuote(passage.text, item.quote);
      if (!found) {
        this.problems.push(
          file.problem([...where, 'quote'], `not found verbatim in passage ${item.passage}: "${item.quote}"`),
        );
        return;
      }
      const start = passage.start + found.offset;
      const end = start + found.length;
      // The stored quote is the source's own text (its non-breaking spaces included), so offsets slice to it.
      resolved.push({
        sourceId,
        passageId: `${sourceId}#${passage.localId}`,
        quote: source.text.slice(start, end),
        start,
        end,
      });
    });
    return resolved;
  }

  private readTime(
    input: {
      date?: string | undefined;
      period?: { from?: string | undefined; to?: string | undefined } | undefined;
      dateText?: string | undefined;
    },
    file: SeedFile,
    at: FieldPath,
  ): TimeSpec | null {
    const parse = (value: string | undefined, field: FieldPath): PartialDate | null => {
      if (value === undefined) return null;
      const parsed = parsePartialDate(value);
      if (isPartialDate(parsed)) return parsed;
      this.problems.push(file.problem([...at, ...field], parsed.error));
      return null;
    };
    const time: TimeSpec = {
      text: input.dateText ?? null,
      at: parse(input.date, ['date']),
      from: parse(input.period?.from, ['period', 'from']),
      to: parse(input.period?.to, ['period', 'to']),
    };
    if (time.from && time.to && time.from.start > time.to.end) {
      this.problems.push(
        file.problem([...at, 'period'], `starts (${time.from.value}) after it ends (${time.to.value})`),
      );
    }
    return time.text || time.at || time.from || time.to ? time : null;
  }

  private readEntities(): Map<string, { entity: SeedEntity; file: SeedFile; index: number }> {
    const entities = new Map<string, { entity: SeedEntity; file: SeedFile; index: number }>();
    const names = new Map<string, { id: string; file: SeedFile; at: FieldPath }>();
    const pendingSubjects: { subject: string; file: SeedFile; at: FieldPath }[] = [];

    for (const file of this.folder.entityFiles) {
      if (file.data === null) continue;
      const body = check(entityFileSchema, file.data, file, [], this.problems);
      if (!body) continue;
      body.entities.forEach((raw, index) => {
        const at: FieldPath = ['entities', index];
        const input = check(entitySchema, raw, file, at, this.problems);
        if (!input) return;
        if (entities.has(input.id)) {
          const first = entities.get(input.id);
          this.problems.push(
            file.problem(
              [...at, 'id'],
              `duplicate id "${input.id}" (first defined in ${first?.file.file}:${first?.file.lineOf(['entities', first.index])})`,
            ),
          );
          return;
        }
        this.claimNames(input, file, at, names);
        const entity = this.buildEntity(input, file, at, pendingSubjects);
        entities.set(input.id, { entity, file, index });
      });
    }
    for (const pending of pendingSubjects) {
      if (!entities.has(pending.subject)) {
        this.problems.push(pending.file.problem(pending.at, `unknown entity "${pending.subject}"`));
      }
    }
    return entities;
  }

  /** One real-world thing, one node: a name or alias may identify only one entity. */
  private claimNames(
    input: EntityInput,
    file: SeedFile,
    at: FieldPath,
    names: Map<string, { id: string; file: SeedFile; at: FieldPath }>,
  ): void {
    const claims: [string, FieldPath][] = [
      [input.name, [...at, 'name']],
      ...input.aliases.map((alias, i): [string, FieldPath] => [alias, [...at, 'aliases', i]]),
    ];
    for (const [name, where] of claims) {
      const key = nameKey(name);
      const owner = names.get(key);
      if (owner && owner.id !== input.id) {
        this.problems.push(
          file.problem(
            where,
            `"${name}" already names entity "${owner.id}" (${owner.file.file}:${owner.file.lineOf(owner.at)}); one name, one entity`,
          ),
        );
      } else if (!owner) {
        names.set(key, { id: input.id, file, at: where });
      }
    }
  }

  private buildEntity(
    input: EntityInput,
    file: SeedFile,
    at: FieldPath,
    pendingSubjects: { subject: string; file: SeedFile; at: FieldPath }[],
  ): SeedEntity {
    const allowed = ENTITY_STATUSES[input.kind];
    if (input.status !== undefined && !allowed.includes(input.status)) {
      this.problems.push(
        file.problem(
          [...at, 'status'],
          allowed.length ? `must be one of ${allowed.join(', ')} for a ${input.kind}` : `a ${input.kind} has no status`,
        ),
      );
    }
    const statisticFields = ['value', 'bound', 'unit', 'counts', 'subject'] as const;
    let statistic: StatisticFields | null = null;
    if (input.kind === 'Statistic') {
      for (const field of statisticFields) {
        if (input[field] === undefined) this.problems.push(file.problem([...at, field], 'is required for a Statistic'));
      }
      if (input.evidence.length === 0)
        this.problems.push(file.problem([...at, 'evidence'], 'a Statistic needs at least one { passage, quote }'));
      if (input.subject !== undefined) pendingSubjects.push({ subject: input.subject, file, at: [...at, 'subject'] });
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
        if (input[field] !== undefined)
          this.problems.push(file.problem([...at, field], `only a Statistic has "${field}"`));
      }
    }
    return {
      id: input.id,
      kind: input.kind,
      name: input.name,
      aliases: input.aliases,
      subtype: input.subtype ?? null,
      description: input.description,
      status: input.status ?? null,
      time: this.readTime(input, file, at),
      mentions: this.resolveEvidence(input.mentions, null, file, [...at, 'mentions']),
      evidence: this.resolveEvidence(input.evidence, null, file, [...at, 'evidence']),
      statistic,
    };
  }

  private readRelationships(entities: Map<string, { entity: SeedEntity }>): SeedRelationship[] {
    const relationships: SeedRelationship[] = [];
    const keys = new Map<string, { file: SeedFile; at: FieldPath }>();
    for (const file of this.folder.factFiles) {
      if (file.data === null) continue;
      const body = check(factFileSchema, file.data, file, [], this.problems);
      if (!body) continue;
      const source = this.sources.get(body.source);
      if (!source) {
        this.problems.push(file.problem(['source'], `unknown source "${body.source}"`));
        continue;
      }
      body.relationships.forEach((raw, index) => {
        const at: FieldPath = ['relationships', index];
        const input = check(relationshipSchema, raw, file, at, this.problems);
        if (!input) return;
        const relationship = this.buildRelationship(input, source, entities, file, at);
        if (!relationship) return;
        const previous = keys.get(relationship.key);
        if (previous) {
          this.problems.push(
            file.problem(
              at,
              `duplicate relationship ${relationship.key} (also at ${previous.file.file}:${previous.file.lineOf(previous.at)}); add a distinct "key"`,
              fieldName(at),
            ),
          );
          return;
        }
        keys.set(relationship.key, { file, at });
        relationships.push(relationship);
      });
    }
    return relationships;
  }

  private buildRelationship(
    input: RelationshipInput,
    source: SeedSource,
    entities: Map<string, { entity: SeedEntity }>,
    file: SeedFile,
    at: FieldPath,
  ): SeedRelationship | null {
    if (!isRelationshipType(input.type)) {
      this.problems.push(
        file.problem([...at, 'type'], `unknown relationship type "${input.type}" (see src/ingest/vocabulary.ts)`),
      );
      return null;
    }
    const spec = RELATIONSHIP_TYPES[input.type];
    let endpointsOk = true;
    for (const end of ['from', 'to'] as const) {
      const entity = entities.get(input[end])?.entity;
      const kinds: readonly EntityKind[] = spec[end];
      if (!entity) {
        this.problems.push(file.problem([...at, end], `unknown entity "${input[end]}"`));
        endpointsOk = false;
      } else if (!kinds.includes(entity.kind)) {
        this.problems.push(
          file.problem(
            [...at, end],
            `${input.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${entity.kind} ("${entity.id}"); allowed: ${kinds.join(', ')}`,
          ),
        );
        endpointsOk = false;
      }
    }
    const statuses: readonly string[] = spec.statuses;
    if (!statuses.includes(input.status)) {
      this.problems.push(
        file.problem(
          [...at, 'status'],
          `"${input.status}" is not a status of ${input.type}; allowed: ${statuses.join(', ')}`,
        ),
      );
      return null;
    }
    const evidence = this.resolveEvidence(input.evidence, source.id, file, [...at, 'evidence']);
    const time = this.readTime(input, file, at);
    if (!endpointsOk || evidence.length !== input.evidence.length) return null;
    return {
      key: [input.type, input.from, input.to, input.key].filter(Boolean).join(':'),
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
}

export function validateSeeds(folder: SeedFolder): ValidationResult {
  return new Validator(folder).run();
}
