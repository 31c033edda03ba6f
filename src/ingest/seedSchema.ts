/**
 * The shape of each seed file, checked field by field. Cross-file rules (references, unique ids and aliases,
 * verbatim quotes) are in validate.ts.
 */
import { z } from 'zod';
import { BASES, ENTITY_KINDS, STATISTIC_BOUNDS } from './vocabulary';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(SLUG, 'must be a lowercase slug such as "sco" or "qingdao-summit-2018"');
const dateText = z.union([z.string(), z.number()]).transform(String);

export const evidenceSchema = z.strictObject({
  source: slug.optional(),
  passage: z.string().regex(/^[a-z]+\d*(?:\.p\d+)?$/, 'must be a passage id such as "q3.p2" or "lead.p1"'),
  quote: nonEmpty,
});

const periodSchema = z
  .strictObject({ from: dateText.optional(), to: dateText.optional() })
  .refine((period) => period.from !== undefined || period.to !== undefined, 'needs "from", "to" or both');

const timeFields = {
  date: dateText.optional(),
  period: periodSchema.optional(),
  dateText: nonEmpty.optional(),
};

export const entitySchema = z.strictObject({
  id: slug,
  kind: z.enum(ENTITY_KINDS, { message: `must be one of ${ENTITY_KINDS.join(', ')}` }),
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  subtype: slug.optional(),
  description: nonEmpty,
  status: nonEmpty.optional(),
  ...timeFields,
  mentions: z.array(evidenceSchema).default([]),
  evidence: z.array(evidenceSchema).default([]),
  value: z.number({ message: 'must be a number' }).finite().optional(),
  bound: z.enum(STATISTIC_BOUNDS, { message: `must be one of ${STATISTIC_BOUNDS.join(', ')}` }).optional(),
  unit: nonEmpty.optional(),
  counts: nonEmpty.optional(),
  subject: slug.optional(),
  total: z.number({ message: 'must be a number' }).finite().optional(),
});
export type EntityInput = z.output<typeof entitySchema>;

export const entityFileSchema = z.strictObject({ entities: z.array(z.unknown()) });

/** seeds/external-aliases.yaml: names the sources never use, for search only (externalAliases.ts). */
export const externalAliasFileSchema = z.strictObject({
  externalAliases: z.array(
    z.strictObject({
      entity: slug,
      aliases: z.array(nonEmpty).min(1, 'needs at least one alias'),
      note: nonEmpty.optional(),
    }),
  ),
});

export const relationshipSchema = z.strictObject({
  type: nonEmpty,
  from: slug,
  to: slug,
  status: nonEmpty,
  key: slug.optional(),
  role: nonEmpty.optional(),
  ...timeFields,
  basis: z.enum(BASES, { message: `must be one of ${BASES.join(', ')}` }).default('stated'),
  note: nonEmpty.optional(),
  evidence: z.array(evidenceSchema).min(1, 'needs at least one { passage, quote }'),
});
export type RelationshipInput = z.output<typeof relationshipSchema>;

export const factFileSchema = z.strictObject({
  source: slug,
  relationships: z.array(z.unknown()),
});

export const sourceMetadataSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  date: dateText,
  publisher: nonEmpty,
  kind: nonEmpty,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must name a .txt file in seeds/documents'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter language code')
    .default('en'),
});
export type SourceMetadata = z.output<typeof sourceMetadataSchema>;

/** The first line of a bulk fact file (facts/*.jsonl): the source that states the relationships below it. */
export const factLinesHeaderSchema = z.strictObject({ source: slug });
