/**
 * The shape of a cue rule and its validation against the vocabulary (src/ingest/vocabulary.ts). Rules are data
 * (cues.ts): adding a relationship type to what the pipeline proposes takes a new entry there, no new code.
 */
import { z } from 'zod';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, isRelationshipType, type RelationshipType } from '../../ingest/vocabulary';

/**
 * Where the two endpoints sit around the cue, in reading order: `from-cue-to` is "India [joined] the SCO",
 * `to-cue-from` is "the SCO's [Secretariat]", `cue-from-to` is "[the accession of] India to the SCO".
 */
export const LAYOUTS = [
  'from-cue-to',
  'to-cue-from',
  'cue-from-to',
  'cue-to-from',
  'from-to-cue',
  'to-from-cue',
] as const;
export type Layout = (typeof LAYOUTS)[number];

const patternSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);

const statusCueSchema = z.strictObject({
  /** When this pattern occurs in the cue's clause, the fact has `status` instead of the rule's. */
  pattern: patternSource,
  status: z.string().min(1),
});

export const cueRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  type: z.string().refine(isRelationshipType, { message: 'is not a relationship type of the vocabulary' }),
  /** Regular-expression sources, matched case-insensitively on whole words of the sentence. */
  cues: z.array(patternSource).min(1),
  layouts: z.array(z.enum(LAYOUTS)).min(1),
  status: z.string().min(1),
  /** Tried in order on the cue's clause; the first that matches sets the status. */
  statusCues: z.array(statusCueSchema).default([]),
  /** The status when the clause is in the future tense ("will be held", "upcoming"). */
  plannedStatus: z.string().min(1).optional(),
  /** The status when the clause negates the cue ("is not being considered"); without one a negated cue proposes nothing. */
  negatedStatus: z.string().min(1).optional(),
  /** The cue itself states a negative ("is not a military-political bloc"): the fact is negated, and stays so. */
  negative: z.boolean().default(false),
  /** Endpoint kinds; each must be allowed by the type. Default: the type's own. */
  from: z.array(z.enum(ENTITY_KINDS)).min(1).optional(),
  to: z.array(z.enum(ENTITY_KINDS)).min(1).optional(),
  /** The most characters between the cue and the nearest endpoint on each side. */
  maxGapBefore: z.number().int().min(0).default(80),
  maxGapAfter: z.number().int().min(0).default(80),
  /** One endpoint is the document's principal actor when the sentence does not name it ("Cooperation with X ..."). */
  implicit: z.enum(['from', 'to']).optional(),
  /** The entity characterises itself: one mention before the cue is both endpoints. */
  selfLoop: z.boolean().default(false),
  /** The clause must also contain this ("providing ... assistance"). */
  requires: patternSource.optional(),
  /** The rule does not apply when the words just before the cue match this ("documents on [cooperation with]"). */
  notAfter: patternSource.optional(),
  /** The rule does not apply when the words just after the cue match this ("[established] cooperation with"). */
  notBefore: patternSource.optional(),
  /**
   * The end before the cue is looked for before the last match of this pattern ahead of the cue, not before the
   * cue: "X will be preceded by A and B. Also planned are C" - what is also planned precedes X, not B.
   */
  beforeAnchor: patternSource.optional(),
  /**
   * Whether a list introduced by "including / such as" after the cue, however far, is its object ("cooperation with
   * agencies of X, including A, B"). Off for cues whose object is named right after them ("launched X").
   */
  examplesAfter: z.boolean().default(true),
  score: z.number().min(0).max(1).default(0.7),
});

export type CueRuleInput = z.input<typeof cueRuleSchema>;

/** A validated rule with its patterns compiled. */
export interface CueRule extends Omit<
  z.output<typeof cueRuleSchema>,
  'type' | 'from' | 'to' | 'requires' | 'notAfter' | 'notBefore' | 'beforeAnchor'
> {
  readonly type: RelationshipType;
  readonly from: readonly (typeof ENTITY_KINDS)[number][];
  readonly to: readonly (typeof ENTITY_KINDS)[number][];
  readonly cuePattern: RegExp;
  readonly statusPatterns: readonly { readonly pattern: RegExp; readonly status: string }[];
  readonly requires: RegExp | null;
  readonly notAfter: RegExp | null;
  readonly notBefore: RegExp | null;
  readonly beforeAnchor: RegExp | null;
}

export class CueRuleError extends Error {
  constructor(
    readonly ruleId: string,
    what: string,
  ) {
    super(`cue rule "${ruleId}": ${what}`);
    this.name = 'CueRuleError';
  }
}

function checkAgainstVocabulary(rule: z.output<typeof cueRuleSchema>, type: RelationshipType): void {
  const spec = RELATIONSHIP_TYPES[type];
  const statuses: readonly string[] = spec.statuses;
  const named = [rule.status, rule.plannedStatus, rule.negatedStatus, ...rule.statusCues.map((s) => s.status)];
  for (const status of named) {
    if (status !== undefined && !statuses.includes(status)) {
      throw new CueRuleError(rule.id, `status "${status}" is not one of ${type}'s (${statuses.join(', ')})`);
    }
  }
  const endpoints: [string, readonly string[] | undefined, readonly string[]][] = [
    ['from', rule.from, spec.from],
    ['to', rule.to, spec.to],
  ];
  for (const [side, kinds, allowed] of endpoints) {
    for (const kind of kinds ?? []) {
      if (!allowed.includes(kind)) throw new CueRuleError(rule.id, `${side} kind ${kind} is not allowed by ${type}`);
    }
  }
}

const compile = (source: string): RegExp => new RegExp(source, 'iu');

/** Validates rules (shape, then vocabulary) and compiles their patterns; throws CueRuleError on the first problem. */
export function compileRules(inputs: readonly unknown[]): CueRule[] {
  const ids = new Set<string>();
  return inputs.map((input, index) => {
    const parsed = cueRuleSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const id = (input as { id?: unknown } | null)?.id;
      throw new CueRuleError(
        typeof id === 'string' ? id : `#${index}`,
        `${issue?.path.join('.') || '(rule)'} ${issue?.message ?? 'is invalid'}`,
      );
    }
    const rule = parsed.data;
    if (ids.has(rule.id)) throw new CueRuleError(rule.id, 'the id is used by another rule');
    ids.add(rule.id);
    const type = rule.type as RelationshipType;
    checkAgainstVocabulary(rule, type);
    const spec = RELATIONSHIP_TYPES[type];
    return {
      ...rule,
      type,
      from: rule.from ?? spec.from,
      to: rule.to ?? spec.to,
      cuePattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.cues.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
      statusPatterns: rule.statusCues.map((s) => ({ pattern: compile(s.pattern), status: s.status })),
      requires: rule.requires ? compile(rule.requires) : null,
      notAfter: rule.notAfter ? compile(rule.notAfter) : null,
      notBefore: rule.notBefore ? compile(rule.notBefore) : null,
      beforeAnchor: rule.beforeAnchor ? new RegExp(rule.beforeAnchor, 'giu') : null,
    };
  });
}
