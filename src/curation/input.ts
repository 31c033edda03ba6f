/**
 * API input -> the seed format, checked by the seed loader's own rules (src/ingest/rules.ts and the zod schemas
 * of seedSchema.ts). Problems are collected at their GraphQL field paths (`input.evidence[0].quote`) and thrown
 * as one BAD_USER_INPUT that names the first field and lists them all.
 */
import { z } from 'zod';
import type {
  EntityInput as EntityInputArgs,
  EvidenceInput,
  PeriodInput,
  RelationInput as RelationInputArgs,
} from '../__generated__/resolvers-types';
import { AppError, ErrorCode } from '../errors';
import type { Report } from '../ingest/rules';
import { fieldName, type FieldPath } from '../ingest/seedFiles';
import { evidenceSchema } from '../ingest/seedSchema';
import { kindToGraph, statusToGraph } from '../resolvers/enums';

export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

/** Collects problems; `throwIfAny` turns them into one BAD_USER_INPUT. */
export class InputProblems {
  private readonly problems: InputProblem[] = [];

  readonly report: Report = (at, message) => {
    this.problems.push({ field: fieldName(at), message });
  };

  throwIfAny(): void {
    const first = this.problems[0];
    if (!first) return;
    throw new AppError(ErrorCode.BAD_USER_INPUT, this.problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      argument: first.field,
      problems: this.problems,
    });
  }
}

export function rejectInput(at: FieldPath, message: string): AppError {
  const field = fieldName(at);
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, {
    argument: field,
    problems: [{ field, message }],
  });
}

/** Drops absent fields, as a YAML entry would simply not have them. */
function present(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}

/** Evidence items as the seed format writes them. */
export function evidenceEntries(items: readonly EvidenceInput[] | null | undefined): Record<string, unknown>[] {
  return (items ?? []).map((item) => present({ source: item.source, passage: item.passage, quote: item.quote }));
}

function period(value: PeriodInput | null | undefined): Record<string, unknown> | undefined {
  return value ? present({ from: value.from, to: value.to }) : undefined;
}

/** The seed entry (seeds/entities/*.yaml) an EntityInput stands for. */
export function entitySeedEntry(input: EntityInputArgs): Record<string, unknown> {
  return present({
    id: input.id,
    kind: kindToGraph(input.kind),
    name: input.name,
    aliases: input.aliases ?? [],
    subtype: input.subtype,
    description: input.description,
    status: input.status,
    date: input.date,
    period: period(input.period),
    dateText: input.dateText,
    evidence: evidenceEntries(input.evidence),
    value: input.value,
    bound: input.bound?.toLowerCase(),
    unit: input.unit,
    counts: input.counts,
    subject: input.subject,
    total: input.total,
  });
}

/** The seed fact (seeds/facts/<source>.yaml `relationships` item) a RelationInput stands for. */
export function relationSeedEntry(input: RelationInputArgs): Record<string, unknown> {
  return present({
    type: input.type,
    from: input.from,
    to: input.to,
    status: statusToGraph(input.status),
    key: input.key,
    role: input.role,
    date: input.date,
    period: period(input.period),
    dateText: input.dateText,
    basis: input.basis?.toLowerCase(),
    note: input.note,
    evidence: evidenceEntries(input.evidence),
  });
}

/** New evidence for a status change: the seed format's `evidence` list, at least one item. */
export const evidenceListSchema = z.array(evidenceSchema).min(1, 'needs at least one { passage, quote }');

/** Source ids an input's evidence names. */
export function citedSources(items: readonly EvidenceInput[] | null | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.source ? [item.source] : []));
}
