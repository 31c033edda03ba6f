/**
 * Candidate facts from sentences: every cue of every rule (cues.ts) found in a sentence that mentions the entities
 * it needs proposes a typed fact between the nearest mentions of the rule's kinds on each side, and every entity
 * listed with them ("India and Pakistan", "the UN, CIS, CSTO and others"). The clause around the cue decides the
 * status (negation, question, tense, status cues) and the time (time.ts).
 */
import type { EntityKind } from '../../ingest/vocabulary';
import { RELATIONSHIP_TYPES } from '../../ingest/vocabulary';
import type { Passage } from '../../ingest/passages';
import type { CandidateFact, DocumentMention, EntityRef } from '../types';
import { bodiesByName } from './bodyNames';
import { factsFromFigures } from './figures';
import { factsFromNameParts } from './nameParts';
import { COMPILED_CUE_RULES } from './cues';
import type { CueRule, Layout } from './cueRules';
import {
  clauseAround,
  kindedMentions,
  principalActors,
  quoteOf,
  refKey,
  sentencesOf,
  titleSpeaker,
  type KindedMention,
  type PrincipalActors,
  type Sentence,
} from './sentences';
import { resolveTime, tenseOf } from './time';

export interface ProposeFactsInput {
  readonly text: string;
  readonly passages: readonly Passage[];
  readonly mentions: readonly DocumentMention[];
  readonly kindOf: (ref: EntityRef) => EntityKind | undefined;
  /** `YYYY-MM-DD`: relative dates resolve against it. */
  readonly documentDate: string;
  /** Known names inside linked names (link/nameParts.ts): read for the facts a name states, never as mentions. */
  readonly nameParts?: readonly DocumentMention[];
  /** A known statistic's subject (an entity id): never the second end of what the statistic measures. */
  readonly subjectOf?: (statisticId: string) => string | null;
  /** Where the document's title is: a person it names is the "I" of the text (sentences.ts, titleSpeaker). */
  readonly titles?: readonly { readonly start: number; readonly end: number }[];
}

/** Words that negate a clause. "without" is left out: it qualifies more often than it negates. */
const NEGATION = /(?<![\p{L}])(?:not|never|no\s+longer|neither|nor|no\s+plans?\s+to|n['’]t)(?![\p{L}])/iu;
/** What may stand between two entities of one list: commas, "and", "as well as", "including the" ... */
const LIST_GAP =
  /^(?:[\s,;:()—–-]|(?<![\p{L}])(?:and|or|the|as\s+well\s+as|including|also|others?|both|its|their)(?![\p{L}]))*$/iu;
/** A phrase that introduces examples: a list may start after it, however far from the cue. */
const EXAMPLES_FOLLOW = /(?:including|such\s+as|like|namely)\s+(?:the\s+)?$/iu;

type Side = 'before' | 'after';

/** An office title right after a mention, then a name: the mention qualifies the person who follows. */
const OFFICE_AFTER =
  /^\s+(?:Secretary[- ]General|Deputy\s+Secretary[- ]General|President|Vice[- ]President|Prime\s+Minister|(?:Foreign\s+)?Minister|Secretary|Chairman|Chair|Director(?:[- ]General)?|Ambassador|Envoy|Spokes(?:man|woman|person))\s+\p{Lu}/u;

interface Pick {
  readonly group: readonly KindedMention[];
  /** The far edge of the group, where a second endpoint on the same side is looked for. */
  readonly edge: number;
}

function listFrom(
  ordered: readonly KindedMention[],
  firstIndex: number,
  kinds: readonly EntityKind[],
  side: Side,
  text: string,
  base: number,
): Pick {
  const first = ordered[firstIndex];
  if (!first) return { group: [], edge: 0 };
  const group = [first];
  let previous = first;
  for (let i = firstIndex + 1; i < ordered.length; i += 1) {
    const next = ordered[i];
    if (!next) break;
    const gap =
      side === 'after'
        ? text.slice(previous.end - base, next.start - base)
        : text.slice(next.end - base, previous.start - base);
    if (!LIST_GAP.test(gap)) break;
    // "the Regional Anti-Terrorist Structure (RATS)": the bracketed name is the same entity again, not a member.
    const apposition = /^\s*\($/.test(gap) && text.slice(next.end - base, next.end - base + 1) === ')';
    if (kinds.includes(next.kind) && !apposition) group.push(next);
    previous = next;
  }
  // The edge is the last member's, not that of a mention of another kind passed over: in "President of Russia
  // Vladimir Putin" the person after the state is the other end, not part of the list.
  const last = group.at(-1) ?? first;
  return { group, edge: side === 'after' ? last.end : last.start };
}

/** Ends a clause: examples after it no longer belong to the cue. */
const CLAUSE_BREAK = /[.;!?]|(?<![\p{L}])(?:but|while|whereas)(?![\p{L}])/iu;

/**
 * "cooperation with agencies of X, including A, B and C": when the cue's object is a class followed by examples,
 * the examples are the ends, not an entity named inside the class. The index in `ordered` of the first example, or -1.
 */
function examplesStart(
  sentence: Sentence,
  anchor: number,
  ordered: readonly KindedMention[],
  kinds: readonly EntityKind[],
  exclude: ReadonlySet<string>,
): number {
  return ordered.findIndex((mention, i) => {
    if (i === 0 || !kinds.includes(mention.kind) || exclude.has(mention.key)) return false;
    const gapText = sentence.text.slice(anchor - sentence.start, mention.start - sentence.start);
    return EXAMPLES_FOLLOW.test(gapText) && !CLAUSE_BREAK.test(gapText);
  });
}

/** The nearest mention of one of `kinds` on one side of `anchor` within `maxGap`, and the list it heads. */
function pick(
  sentence: Sentence,
  anchor: number,
  side: Side,
  kinds: readonly EntityKind[],
  maxGap: number,
  exclude: ReadonlySet<string>,
  examplesAfter = true,
): Pick {
  const ordered =
    side === 'after'
      ? sentence.mentions.filter((m) => m.start >= anchor)
      : sentence.mentions.filter((m) => m.end <= anchor).reverse();
  const examples = side === 'after' && examplesAfter ? examplesStart(sentence, anchor, ordered, kinds, exclude) : -1;
  if (examples >= 0) return listFrom(ordered, examples, kinds, side, sentence.text, sentence.start);
  let possessor: number | null = null;
  for (let i = 0; i < ordered.length; i += 1) {
    const mention = ordered[i];
    if (!mention) continue;
    const gapText =
      side === 'after'
        ? sentence.text.slice(anchor - sentence.start, mention.start - sentence.start)
        : sentence.text.slice(mention.end - sentence.start, anchor - sentence.start);
    const nearEnough = gapText.length <= maxGap || (side === 'after' && examplesAfter && EXAMPLES_FOLLOW.test(gapText));
    if (!nearEnough) break;
    if (!kinds.includes(mention.kind) || exclude.has(mention.key)) continue;
    // "working in the SCO's agencies - the Secretariat ...": the possessor qualifies the object; the object is
    // what follows, and the possessor only when nothing does.
    const possessive = /^['’]s(?![\p{L}])/u.test(sentence.text.slice(mention.end - sentence.start - 2));
    // "met with the OSCE Secretary General Thomas Greminger": the organisation names the person's office.
    const titled = OFFICE_AFTER.test(sentence.text.slice(mention.end - sentence.start));
    if (side === 'after' && (possessive || titled) && possessor === null) {
      possessor = i;
      continue;
    }
    return listFrom(ordered, i, kinds, side, sentence.text, sentence.start);
  }
  if (possessor !== null) return listFrom(ordered, possessor, kinds, side, sentence.text, sentence.start);
  return { group: [], edge: anchor };
}

interface Endpoints {
  readonly from: readonly KindedMention[];
  readonly to: readonly KindedMention[];
}

function endpointsFor(
  rule: CueRule,
  layout: Layout,
  sentence: Sentence,
  cueStart: number,
  cueEnd: number,
  beforeAt = cueStart,
): Endpoints {
  const none = new Set<string>();
  const [first, , second] = layout.split('-') as [string, string, string];
  const kindsOf = (role: string): readonly EntityKind[] => (role === 'from' ? rule.from : rule.to);
  const assign = (a: Pick, b: Pick, aRole: string): Endpoints =>
    aRole === 'from' ? { from: a.group, to: b.group } : { from: b.group, to: a.group };
  if (layout === 'from-cue-to' || layout === 'to-cue-from') {
    const before = pick(sentence, beforeAt, 'before', kindsOf(first), rule.maxGapBefore, none);
    // The other end is another entity: "the strategy, a programme to implement this strategy and X" is no fact
    // between the strategy and X.
    const self = new Set(before.group.map((m) => m.key));
    const after = pick(sentence, cueEnd, 'after', kindsOf(second), rule.maxGapAfter, self, rule.examplesAfter);
    return assign(before, after, first);
  }
  const [role1, role2] = layout.startsWith('cue') ? layout.split('-').slice(1) : layout.split('-').slice(0, 2);
  if (!role1 || !role2) return { from: [], to: [] };
  if (layout.startsWith('cue')) {
    const near = pick(sentence, cueEnd, 'after', kindsOf(role1), rule.maxGapAfter, none, rule.examplesAfter);
    const far = pick(
      sentence,
      near.edge,
      'after',
      kindsOf(role2),
      rule.maxGapAfter,
      new Set(near.group.map((m) => m.key)),
    );
    return near.group.length > 0 ? assign(near, far, role1) : { from: [], to: [] };
  }
  // from-to-cue, to-from-cue: the second role is nearest the cue.
  const near = pick(sentence, cueStart, 'before', kindsOf(role2), rule.maxGapBefore, none);
  const far = pick(
    sentence,
    near.edge,
    'before',
    kindsOf(role1),
    rule.maxGapBefore,
    new Set(near.group.map((m) => m.key)),
  );
  return near.group.length > 0 ? assign(far, near, role1) : { from: [], to: [] };
}

/** Where the end before the cue is looked for: before the rule's `beforeAnchor` when it occurs ahead of the cue. */
function anchorBefore(rule: CueRule, sentence: Sentence, cueStart: number): number {
  if (!rule.beforeAnchor) return cueStart;
  const ahead = sentence.text.slice(0, cueStart - sentence.start);
  const last = [...ahead.matchAll(rule.beforeAnchor)].at(-1);
  return last ? sentence.start + last.index : cueStart;
}

function withImplicit(
  rule: CueRule,
  endpoints: Endpoints,
  principals: PrincipalActors,
): Endpoints & { implicit: boolean } {
  const principal = principals.organisation;
  if (!rule.implicit || !principal) return { ...endpoints, implicit: false };
  const side = endpoints[rule.implicit];
  const other = endpoints[rule.implicit === 'from' ? 'to' : 'from'];
  const kinds = rule.implicit === 'from' ? rule.from : rule.to;
  if (side.length > 0 || other.length === 0 || !kinds.includes(principal.kind))
    return { ...endpoints, implicit: false };
  return { ...endpoints, [rule.implicit]: [principal], implicit: true };
}

function statusFor(rule: CueRule, clause: string, question: boolean, negated: boolean): string | null {
  const statuses: readonly string[] = RELATIONSHIP_TYPES[rule.type].statuses;
  if (negated) return rule.negative ? rule.status : (rule.negatedStatus ?? null);
  if (question) return statuses.includes('question-only') ? 'question-only' : null;
  for (const cue of rule.statusPatterns) if (cue.pattern.test(clause)) return cue.status;
  if (rule.plannedStatus && tenseOf(clause) === 'future') return rule.plannedStatus;
  return rule.status;
}

function proposeInSentence(
  rule: CueRule,
  sentence: Sentence,
  input: ProposeFactsInput,
  principals: PrincipalActors,
): CandidateFact[] {
  const facts: CandidateFact[] = [];
  const question = /\?\s*$/.test(sentence.text);
  rule.cuePattern.lastIndex = 0;
  for (const match of sentence.text.matchAll(rule.cuePattern)) {
    const cueStart = sentence.start + match.index;
    const cueEnd = cueStart + match[0].length;
    if (rule.notAfter && rule.notAfter.test(sentence.text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const after = match.index + match[0].length;
    if (rule.notBefore && rule.notBefore.test(sentence.text.slice(after, after + 40))) continue;
    const clauseSpan = clauseAround(sentence, cueStart, cueEnd);
    const clause = input.text.slice(clauseSpan.start, clauseSpan.end);
    if (rule.requires && !rule.requires.test(clause)) continue;
    const negated = rule.negative || NEGATION.test(clause);
    const status = statusFor(rule, clause, question, negated);
    if (status === null) continue;

    let endpoints: Endpoints & { implicit: boolean };
    if (rule.selfLoop) {
      const subject = pick(sentence, cueStart, 'before', rule.from, rule.maxGapBefore, new Set()).group.at(-1);
      const self = subject ?? principals.organisation;
      if (!self || !rule.from.includes(self.kind) || !rule.to.includes(self.kind)) continue;
      endpoints = { from: [self], to: [self], implicit: !subject };
    } else {
      endpoints = { from: [], to: [], implicit: false };
      for (const layout of rule.layouts) {
        const found = withImplicit(
          rule,
          endpointsFor(rule, layout, sentence, cueStart, cueEnd, anchorBefore(rule, sentence, cueStart)),
          principals,
        );
        if (found.from.length > 0 && found.to.length > 0) {
          endpoints = found;
          break;
        }
      }
    }
    const time = resolveTime(clause, input.documentDate);
    const score = Math.max(0, rule.score - (endpoints.implicit ? 0.15 : 0) - (question ? 0.2 : 0));
    for (const from of endpoints.from) {
      for (const to of endpoints.to) {
        if (from.key === to.key && !rule.selfLoop) continue;
        facts.push({
          type: rule.type,
          from: from.ref,
          to: to.ref,
          status,
          negated,
          time,
          ...quoteOf(sentence),
          rule: rule.id,
          score: from.pronoun || to.pronoun ? Math.max(0, score - 0.1) : score,
        });
      }
    }
  }
  return facts;
}

const factKey = (fact: CandidateFact): string =>
  [fact.type, JSON.stringify(fact.from), JSON.stringify(fact.to), fact.status, fact.passageId, fact.start].join('|');

/** Candidate facts of one document, best score first; one per type, endpoints, status and sentence. */
export function proposeFacts(
  input: ProposeFactsInput,
  rules: readonly CueRule[] = COMPILED_CUE_RULES,
): CandidateFact[] {
  const mentions = kindedMentions(input.mentions, input.kindOf);
  const parts = kindedMentions(input.nameParts ?? [], input.kindOf);
  const principals = principalActors(mentions, titleSpeaker(mentions, parts, input.titles ?? []));
  const best = new Map<string, CandidateFact>();
  const sentences = sentencesOf(input.text, input.passages, mentions, principals);
  const keep = (fact: CandidateFact): void => {
    const key = factKey(fact);
    const kept = best.get(key);
    if (!kept || kept.score < fact.score) best.set(key, fact);
  };
  bodiesByName(input.text, sentences).forEach(keep);
  factsFromNameParts(input.text, sentences, parts, input.documentDate).forEach(keep);
  const figures = input.mentions.filter(
    (m) => m.entityId !== null && input.kindOf({ entityId: m.entityId }) === 'Statistic',
  );
  factsFromFigures({ text: input.text, sentences, figures, parts, subjectOf: input.subjectOf ?? (() => null) }).forEach(
    keep,
  );
  for (const sentence of sentences) {
    const distinct = new Set(sentence.mentions.map((m) => m.key));
    for (const rule of rules) {
      if (distinct.size < (rule.selfLoop || rule.implicit ? 1 : 2)) continue;
      proposeInSentence(rule, sentence, input, principals).forEach(keep);
    }
  }
  continuedSentences(sentences, input, rules, principals, best).forEach(keep);
  return [...best.values()].sort((a, b) => b.score - a.score || a.start - b.start);
}

/** A sentence opening with "Also" continues the one before it ("... will be preceded by X. Also planned are Y"). */
const CONTINUES = /^\s*Also\s/u;

/**
 * Facts between a sentence that opens with "Also" and the sentence before it, read as one: only those that join
 * an entity of each and that the two sentences did not already give one by one.
 */
function continuedSentences(
  sentences: readonly Sentence[],
  input: ProposeFactsInput,
  rules: readonly CueRule[],
  principals: PrincipalActors,
  already: ReadonlyMap<string, CandidateFact>,
): CandidateFact[] {
  const ends = new Set([...already.values()].map((f) => endsKey(f)));
  const facts: CandidateFact[] = [];
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    if (!previous || previous.passageId !== sentence.passageId || !CONTINUES.test(sentence.text)) return;
    const joint: Sentence = {
      passageId: sentence.passageId,
      start: previous.start,
      end: sentence.end,
      text: input.text.slice(previous.start, sentence.end),
      mentions: [...previous.mentions, ...sentence.mentions],
    };
    const inPrevious = new Set(previous.mentions.map((m) => m.key));
    const inCurrent = new Set(sentence.mentions.map((m) => m.key));
    for (const rule of rules) {
      for (const fact of proposeInSentence(rule, joint, input, principals)) {
        const [from, to] = [refKey(fact.from), refKey(fact.to)];
        const across = (inPrevious.has(from) && inCurrent.has(to)) || (inCurrent.has(from) && inPrevious.has(to));
        if (across && !ends.has(endsKey(fact))) facts.push(fact);
      }
    }
  });
  return facts;
}

const endsKey = (fact: CandidateFact): string =>
  [fact.type, JSON.stringify(fact.from), JSON.stringify(fact.to)].join('|');
