/**
 * What proposing facts reads of a document: its sentences, the entity mentions inside each (with their kinds), and
 * the clauses a sentence splits into, where negation, tense and date cues are looked for.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { Passage } from '../../ingest/passages';
import type { CandidateFact, DocumentMention, EntityRef } from '../types';

export interface KindedMention {
  readonly ref: EntityRef;
  readonly key: string;
  readonly kind: EntityKind;
  readonly start: number;
  readonly end: number;
  /**
   * True for words that do not name the entity: "we", "I" read as the document's principal actor, and definite
   * descriptions ("the summit", "this event") read as an earlier mention (coreference, a lower score).
   */
  readonly pronoun: boolean;
}

export interface Sentence {
  readonly passageId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mentions: readonly KindedMention[];
}

/** A candidate fact's evidence: the sentence, where it stands in its passage, quoted as written. */
export const quoteOf = (sentence: Sentence): Pick<CandidateFact, 'passageId' | 'quote' | 'start' | 'end'> => ({
  passageId: sentence.passageId,
  quote: sentence.text,
  start: sentence.start,
  end: sentence.end,
});

export const refKey = (ref: EntityRef): string => ('entityId' in ref ? `e:${ref.entityId}` : `c:${ref.candidateKey}`);

function refOf(mention: DocumentMention): EntityRef | null {
  if (mention.entityId !== null) return { entityId: mention.entityId };
  if (mention.candidateKey !== null) return { candidateKey: mention.candidateKey };
  return null;
}

export function kindedMentions(
  mentions: readonly DocumentMention[],
  kindOf: (ref: EntityRef) => EntityKind | undefined,
): KindedMention[] {
  const kinded: KindedMention[] = [];
  for (const mention of mentions) {
    const ref = refOf(mention);
    const kind = ref ? kindOf(ref) : undefined;
    if (!ref || !kind || kind === 'Statistic') continue;
    // Linking's own coreference ("the organisation", "the summit", "I") stands for an earlier mention, like the
    // pronouns and descriptions resolved here: a lower fact score. A described meeting ("a meeting between A and B")
    // keeps its names inside it, read as a name is.
    const pronoun = mention.method === 'coreference';
    kinded.push({ ref, key: refKey(ref), kind, start: mention.start, end: mention.end, pronoun });
  }
  return kinded.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The actor a document speaks for: the organisation (for "we") and the person (for "I") it mentions most. A news
 * conference of an organisation's head says "we" for the organisation; a document without one resolves nothing.
 */
export interface PrincipalActors {
  readonly organisation: KindedMention | null;
  readonly person: KindedMention | null;
}

export function principalActors(
  mentions: readonly KindedMention[],
  speaker: KindedMention | null = null,
): PrincipalActors {
  const most = (kind: EntityKind): KindedMention | null => {
    const counts = new Map<string, { mention: KindedMention; count: number }>();
    for (const mention of mentions) {
      if (mention.kind !== kind) continue;
      const entry = counts.get(mention.key) ?? { mention, count: 0 };
      entry.count += 1;
      counts.set(mention.key, entry);
    }
    const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
    return best && best.count >= 2 ? best.mention : null;
  };
  return { organisation: most('Organisation'), person: speaker ?? most('Person') };
}

/**
 * The person a document's title names, when it names exactly one ("X's news conference", "Interview with X"):
 * the "I" of a transcript or interview, even when the text names them only once. `parts` are the names inside
 * names (the title often is one: an event named after its speaker).
 */
export function titleSpeaker(
  mentions: readonly KindedMention[],
  parts: readonly KindedMention[],
  titles: readonly { readonly start: number; readonly end: number }[],
): KindedMention | null {
  const inTitle = [...mentions, ...parts].filter(
    (m) => m.kind === 'Person' && titles.some((t) => m.start >= t.start && m.end <= t.end),
  );
  const people = new Set(inTitle.map((m) => m.key));
  return people.size === 1 ? (inTitle[0] ?? null) : null;
}

const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:[Ww]e|[Uu]s|[Oo]ur|I|[Mm]y)(?![\p{L}\p{N}’'])/gu;

function pronounMentions(text: string, offset: number, principals: PrincipalActors): KindedMention[] {
  const found: KindedMention[] = [];
  for (const match of text.matchAll(FIRST_PERSON)) {
    const singular = match[0] === 'I' || match[0].toLowerCase() === 'my';
    const actor = singular ? principals.person : principals.organisation;
    if (!actor) continue;
    const start = offset + match.index;
    found.push({ ...actor, start, end: start + match[0].length, pronoun: true });
  }
  return found;
}

/** "the summit", "this event": a definite description whose head noun names a kind of event. */
const EVENT_DESCRIPTION =
  /(?<![\p{L}\p{N}])(?:the|this|that)\s+(event|summit|meeting|visit|conference|session|forum)(?![\p{L}\p{N}])/giu;

/**
 * Definite descriptions of events, each read as the latest Event mentioned before it in the same or the previous
 * section whose name has the same head noun ("the summit" -> "the Bishkek summit"; "the event" -> any event). A
 * description with no such antecedent is left alone: a wrong antecedent costs more than a missed one.
 */
function eventDescriptions(
  text: string,
  offset: number,
  earlier: readonly KindedMention[],
  fullText: string,
): KindedMention[] {
  const found: KindedMention[] = [];
  for (const match of text.matchAll(EVENT_DESCRIPTION)) {
    const head = (match[1] ?? '').toLowerCase();
    const start = offset + match.index;
    const antecedent = earlier.findLast(
      (m) => m.end <= start && (head === 'event' || fullText.slice(m.start, m.end).toLowerCase().includes(head)),
    );
    if (antecedent) found.push({ ...antecedent, start, end: start + match[0].length, pronoun: true });
  }
  return found;
}

/** The sentences of the document's paragraphs, each with the mentions inside it (pronouns of the principal actors added). */
export function sentencesOf(
  text: string,
  passages: readonly Passage[],
  mentions: readonly KindedMention[],
  principals: PrincipalActors,
): Sentence[] {
  const sentences: Sentence[] = [];
  const sections: string[] = [];
  const events = mentions.filter((m) => m.kind === 'Event');
  for (const passage of passages) {
    if (passage.kind !== 'paragraph') continue;
    const section = passage.sectionId ?? passage.localId;
    if (sections.at(-1) !== section) sections.push(section);
    const previous = sections.at(-2);
    const nearby = passages
      .filter((p) => p.kind === 'paragraph' && (p.sectionId === section || (previous && p.sectionId === previous)))
      .map((p) => ({ start: p.start, end: p.end }));
    const earlier = events.filter((m) => nearby.some((p) => m.start >= p.start && m.end <= p.end));
    const spans = passage.sentences.length > 0 ? passage.sentences : [{ start: passage.start, end: passage.end }];
    for (const span of spans) {
      const sentenceText = text.slice(span.start, span.end);
      const named = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
      const pronouns = [
        ...pronounMentions(sentenceText, span.start, principals),
        ...eventDescriptions(sentenceText, span.start, earlier, text),
      ].filter((p) => !named.some((m) => p.start < m.end && m.start < p.end));
      sentences.push({
        passageId: passage.localId,
        start: span.start,
        end: span.end,
        text: sentenceText,
        mentions: [...named, ...pronouns].sort((a, b) => a.start - b.start),
      });
    }
  }
  return sentences;
}

const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and|but|while|whereas|although)\s)|\s[—–]\s(?=(?:and|but|that)\s)/gu;

/** The clause of `sentence` around the offset (document offsets): negation and tense are read there. */
export function clauseAround(sentence: Sentence, start: number, end: number): { start: number; end: number } {
  let clauseStart = sentence.start;
  let clauseEnd = sentence.end;
  for (const match of sentence.text.matchAll(CLAUSE_BREAK)) {
    const breakAt = sentence.start + match.index;
    if (breakAt + match[0].length <= start) clauseStart = breakAt + match[0].length;
    else if (breakAt >= end && breakAt < clauseEnd) clauseEnd = breakAt;
  }
  return { start: clauseStart, end: clauseEnd };
}
