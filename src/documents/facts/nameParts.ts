/**
 * Facts a name states about its own parts (the parts come from link/nameParts.ts): "the Summit in Qingdao" was held
 * in Qingdao, "the 62nd session of the Commission on Narcotic Drugs" is a meeting of that commission, "the
 * Secretary-General's news conference" had the Secretary-General in it, "the Roadmap for the Contact Group"
 * concerns the group, "the Executive Committee of the Anti-Terrorist Structure" is a body of that structure. Naming conventions of English, like bodyNames.ts, so not cue rules.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../ingest/vocabulary';
import type { CandidateFact } from '../types';
import { clauseAround, quoteOf, type KindedMention, type Sentence } from './sentences';
import { resolveTime, tenseOf } from './time';

export const NAME_PART_RULE = 'name-part';

/** The head of a name that is a meeting, and of a name that is a body able to meet. */
const MEETING_HEAD = /(?<![\p{L}])(?:meetings?|summits?|sessions?|sittings?|conferences?)(?![\p{L}])/iu;
const BODY_HEAD = /(?<![\p{L}])(?:council|commission|committee|group|assembly|board|parliament)(?![\p{L}])/iu;
/** The words just before a part that make it the event's venue, a person's event, or a document's subject. */
const VENUE_BEFORE = /(?<![\p{L}])(?:in|at)\s+(?:the\s+)?$/iu;
const SUBJECT_BEFORE = /(?<![\p{L}])(?:on|for|in|about|regarding|concerning)\s+(?:the\s+)?$/iu;
/** A body's name begins with its organisation's ("UN Security Council") or ends "of the <organisation>". */
const PARENT_BEFORE = /(?:^|(?<![\p{L}])of\s+(?:the\s+)?)$/iu;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
/** What follows a series' name in the name of one edition: a year. */
const EDITION_AFTER = /^\s+(?:19|20)\d\d$/u;
/** A party to a meeting "between A and B". */
const BETWEEN_BEFORE = /(?<![\p{L}])between\s(?:(?!\s(?:in|at)\s)[\s\S])*$/iu;

interface Reading {
  readonly type: RelationshipType;
  readonly status: string;
}

function readPart(container: KindedMention, part: KindedMention, name: string, future: boolean): Reading | null {
  const before = name.slice(0, part.start - container.start);
  const partText = name.slice(part.start - container.start, part.end - container.start);
  const after = name.slice(part.end - container.start);
  const eventStatus = future ? 'planned' : 'held';
  if (container.kind === 'Event') {
    // "Peace Games 2018" is an edition of the "Peace Games": the series' name and a year.
    if (part.kind === 'Event')
      return before === '' && EDITION_AFTER.test(after) ? { type: 'PART_OF', status: 'part' } : null;
    // "a meeting between representatives of A and B": A and B took part in it.
    if (part.kind !== 'Place' && BETWEEN_BEFORE.test(before) && MEETING_HEAD.test(name))
      return { type: 'PARTICIPATED_IN', status: future ? 'planned' : 'participated' };
    if ((part.kind === 'Place' || part.kind === 'State') && VENUE_BEFORE.test(before))
      return { type: 'HELD_IN', status: eventStatus };
    if (part.kind === 'Organisation' && BODY_HEAD.test(partText) && MEETING_HEAD.test(name))
      return { type: 'MEETING_OF', status: eventStatus };
    if (part.kind === 'Person' && (POSSESSIVE_AFTER.test(after) || /['’]s$/u.test(partText)))
      return { type: 'PARTICIPATED_IN', status: future ? 'planned' : 'participated' };
    return null;
  }
  if (container.kind === 'Organisation') {
    return part.kind === 'Organisation' && PARENT_BEFORE.test(before)
      ? { type: 'BODY_OF', status: 'established' }
      : null;
  }
  if (SUBJECT_BEFORE.test(before)) return { type: 'CONCERNS', status: 'about' };
  return null;
}

export function factsFromNameParts(
  text: string,
  sentences: readonly Sentence[],
  parts: readonly KindedMention[],
  documentDate: string,
): CandidateFact[] {
  const facts: CandidateFact[] = [];
  for (const sentence of sentences) {
    for (const container of sentence.mentions) {
      if (container.pronoun) continue;
      const inside = parts.filter((p) => p.start >= container.start && p.end <= container.end);
      if (inside.length === 0) continue;
      const name = text.slice(container.start, container.end);
      const clause = clauseAround(sentence, container.start, container.end);
      const clauseText = text.slice(clause.start, clause.end);
      const future = tenseOf(clauseText) === 'future';
      for (const part of inside) {
        // A name found inside a longer one is also a mention of its own: it is no part of itself.
        if (container.key === part.key) continue;
        const reading = readPart(container, part, name, future);
        if (!reading) continue;
        const spec = RELATIONSHIP_TYPES[reading.type];
        const person = reading.type === 'PARTICIPATED_IN';
        const [from, to] = person ? [part, container] : [container, part];
        if (!(spec.from as readonly string[]).includes(from.kind) || !(spec.to as readonly string[]).includes(to.kind))
          continue;
        facts.push({
          type: reading.type,
          from: from.ref,
          to: to.ref,
          status: reading.status,
          negated: false,
          time: resolveTime(clauseText, documentDate),
          ...quoteOf(sentence),
          rule: NAME_PART_RULE,
          score: 0.6,
        });
      }
    }
  }
  return facts;
}
