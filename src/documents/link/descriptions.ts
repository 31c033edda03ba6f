/**
 * Meetings described instead of named: "meetings of defence ministers, foreign ministers and numerous expert
 * meetings", "a meeting between representatives of A and B". Each described meeting links to the known Event
 * whose name holds every word of the description (plural, possessive and spelling aside) and "meeting", when
 * exactly one Event does: "ministers of defence" is the "Meeting of the member states' defence ministers". Two
 * or more such events, or none, link nothing: a wrong event costs more than a missed one. Method `description`,
 * score 0.6, so the link waits for a reviewer.
 */
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention } from '../types';
import { normaliseName, overlaps, wordsOf as wordSpansOf } from './names';

export const DESCRIPTION_SCORE = 0.6;

/** "meetings of" and the list after it, up to the end of the clause ("..., and others, who ..."). */
const MEETINGS_OF = /(?<![\p{L}])meetings?\s+of\s+((?:(?![.;:!?]|,\s+(?:who|which|that)\b)[\s\S])+)/giu;
/** "a meeting between A and B", up to the verb or the end of the clause. */
const MEETING_BETWEEN =
  /(?<![\p{L}])meetings?\s+between\s+((?:(?![.;:!?,]|\s(?:was|were|is|are|has|have|had|will|took)\b)[\s\S])+)/giu;
/** Splits a list of descriptions: commas, "and", "as well as". */
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+/giu;
/** Words that say nothing about which meeting it is. */
const EMPTY_WORDS = new Set(
  'of the a an and in on for to at between numerous several many various other others regular upcoming recent this that these those its their our'.split(
    ' ',
  ),
);

const stem = (word: string): string =>
  word
    .replace(/['’]s?$/u, '')
    .replace(/ies$/u, 'y')
    .replace(/s$/u, '');

function wordsOf(phrase: string): string[] {
  return normaliseName(phrase)
    .split(/\s+/)
    .filter((w) => w && !EMPTY_WORDS.has(w))
    .map(stem);
}

interface DescribedMeeting {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
  /** "a meeting between A and the Taliban movement" holds names; an item of a list is one or is none. */
  readonly holdsNames: boolean;
}

/** The described meetings of a passage (document offsets), each with its words and "meeting". */
function describedMeetings(passage: Passage): DescribedMeeting[] {
  const found: DescribedMeeting[] = [];
  const add = (start: number, text: string, holdsNames: boolean): void => {
    const trimmed = text.replace(/\s+$/u, '');
    const words = wordsOf(trimmed);
    if (words.length === 0) return;
    found.push({
      start: passage.start + start,
      end: passage.start + start + trimmed.length,
      words: words.includes('meeting') ? words : [...words, 'meeting'],
      holdsNames,
    });
  };
  for (const match of passage.text.matchAll(MEETINGS_OF)) {
    const list = match[1] ?? '';
    let at = match.index + match[0].length - list.length;
    for (const part of list.split(ITEM_SEPARATOR)) {
      const offset = passage.text.indexOf(part, at);
      if (offset < 0) break;
      add(offset, part, false);
      at = offset + part.length;
    }
  }
  for (const match of passage.text.matchAll(MEETING_BETWEEN)) add(match.index, match[0], true);
  return found;
}

/** "my visit to the X Headquarters in Y", "the meeting in Y", "talks with X": an event head and what it is of. */
const EVENT_WITH_COMPLEMENT =
  /(?<![\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(visit|trip|meeting|talks|summit|session)\s+(?:to|in|with|at)\s+((?:(?![.;:!?,(])[\s\S])+)/dgu;
/** "the Bishkek and Tashkent meetings": names of places before a plural event head. */
const COORDINATED =
  /(?<![\p{L}])[Tt]he\s+(\p{Lu}[\p{L}-]*)\s+and\s+(\p{Lu}[\p{L}-]*)\s+(meetings|summits|talks|visits|sessions)(?![\p{L}])/gu;
/** "the defence ministers are due to meet", "energy ministers will meet": a meeting of whoever meets. */
const THEY_MEET =
  /(?<![\p{L}])(?:the\s+)?((?:(?!(?:and|or|but|that|the)\s)\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*s)\s+(?:(?:are|were)\s+(?:due|set|expected|scheduled|going)\s+to|will|are\s+to)\s+meet(?![\p{L}])/gu;

/** "two meetings have already been held in Moscow and Beijing": one event per place. */
const HELD_IN_PLACES =
  /(?<![\p{L}])(meetings|summits|sessions|talks)\s+(?:(?:have|had|were|been|already|also|recently|so\s+far)\s+)*held\s+in\s+(\p{Lu}[\p{L}-]*(?:\s*,\s*\p{Lu}[\p{L}-]*)*\s+and\s+\p{Lu}[\p{L}-]*)/gu;

/** "the third one": an ordinal and the pro-form "one". */
const ORDINAL_ONE =
  /(?<![\p{L}])[Tt]he\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+one(?![\p{L}])/gu;
/** A plural event head "one" may stand for. */
const EVENT_PLURAL = /(?<![\p{L}])(meetings|summits|sessions|visits|forums|conferences)(?![\p{L}])/gu;
/** A meeting head right after a name: "CHG meetings". */
const BODY_MEETINGS = /(?<=[\p{L}\p{N}’']\s+)(meetings?|summits?|sessions?)(?![\p{L}])/gu;

interface EventForms {
  readonly id: string;
  readonly names: readonly Set<string>[];
}

/**
 * The one event whose name holds all `words`; with several, the one the document names by name before `at` when
 * exactly one of them is (the named event is the salient one: "the Bishkek meetings" after "the Bishkek summit").
 */
function onlyEvent(
  events: readonly EventForms[],
  words: readonly string[],
  named: ReadonlySet<string>,
  context: ReadonlySet<string> = new Set(),
  catalogue: readonly CatalogueEntity[] = [],
): string | null {
  const fits = events.filter((e) => e.names.some((name) => words.every((w) => name.has(w))));
  if (fits.length === 1) return fits[0]?.id ?? null;
  const salient = fits.filter((e) => named.has(e.id));
  if (salient.length === 1) return salient[0]?.id ?? null;
  // Or the one whose name holds the name of an entity the sentence named before it (`context`).
  const forms = catalogue
    .filter((e) => context.has(e.id))
    .flatMap((e) => [e.name, ...e.aliases].map((n) => ` ${normaliseName(n)} `));
  const held = fits.filter((e) => {
    const entity = catalogue.find((c) => c.id === e.id);
    const names = entity ? [entity.name, ...entity.aliases] : [];
    return names.some((n) => forms.some((f) => ` ${normaliseName(n)} `.includes(f)));
  });
  return held.length === 1 ? (held[0]?.id ?? null) : null;
}

/** The word sets of every name and alias of the catalogue's entities of one kind. */
function formsOfKind(catalogue: readonly CatalogueEntity[], kind: CatalogueEntity['kind']): EventForms[] {
  return catalogue
    .filter((e) => e.kind === kind)
    .map((e) => ({ id: e.id, names: [e.name, ...e.aliases].map((n) => new Set(wordsOf(n))) }));
}

/**
 * Events described by their head noun and what they are of: "my visit to the X Headquarters in Y" (the longest
 * run of the complement's words that some event's name holds, with the head), "the Bishkek and Tashkent
 * meetings" (one event per name), "two meetings have been held in A and B" (one per place; among several events
 * of a place, the one whose name holds a name the sentence gave before), "the defence ministers are due to meet"
 * (the subject's words and "meeting"), "the CHS and CHG meetings" (known bodies right before the head: the one
 * event of that head whose name holds the body's name), "the third one" after "two meetings ..." in the sentence (the
 * event whose name holds the ordinal and that head).
 * The head must be free; the names inside the description stay linked as well.
 */
export function describedEvents(
  paragraphs: readonly Passage[],
  catalogue: readonly CatalogueEntity[],
  known: readonly DocumentMention[],
  taken: readonly { start: number; end: number }[],
): DocumentMention[] {
  const events = formsOfKind(catalogue, 'Event');
  if (events.length === 0) return [];
  const kinds = new Map(catalogue.map((e) => [e.id, e.kind]));
  const found: DocumentMention[] = [];
  const add = (passage: Passage, start: number, end: number, entityId: string | null): void => {
    if (!entityId) return;
    found.push({
      entityId,
      candidateKey: null,
      passageId: passage.localId,
      start: passage.start + start,
      end: passage.start + end,
      text: passage.text.slice(start, end),
      method: 'description',
      score: DESCRIPTION_SCORE,
    });
  };
  const free = (passage: Passage, start: number, end: number): boolean =>
    ![...taken, ...found].some((t) => overlaps(t, { start: passage.start + start, end: passage.start + end }));
  for (const passage of paragraphs) {
    const named = new Set(
      known
        .filter((m) => m.end <= passage.end && ['name', 'alias', 'variant', 'acronym'].includes(m.method))
        .map((m) => m.entityId ?? ''),
    );
    for (const match of passage.text.matchAll(EVENT_WITH_COMPLEMENT)) {
      const head = stem(match[2] ?? '');
      const headEnd = match.indices?.[2]?.[1] ?? match.index;
      const complement = match[3] ?? '';
      const complementAt = match.indices?.[3]?.[0] ?? match.index;
      const modifiers = wordsOf(match[1] ?? '');
      const spans = wordSpansOf(complement, complementAt).filter((w) => wordsOf(w.text).length > 0);
      // Skip a possessive determiner: "my" is the speaker, the event starts at its head's words.
      const start = /^(?:my|our|his|her|their)\s/iu.test(match[0])
        ? match.index + match[0].search(/\s/u) + 1
        : match.index;
      if (!free(passage, start, headEnd)) continue;
      for (let n = spans.length; n > 0; n -= 1) {
        const words = [...modifiers, head, ...spans.slice(0, n).flatMap((w) => wordsOf(w.text))];
        const id = onlyEvent(events, words, named);
        if (!id) continue;
        add(passage, start, spans[n - 1]?.end ?? headEnd, id);
        break;
      }
    }
    for (const match of passage.text.matchAll(COORDINATED)) {
      const end = match.index + match[0].length;
      if (!free(passage, end - (match[3] ?? '').length, end)) continue;
      const head = stem(match[3] ?? '');
      for (const name of [match[1] ?? '', match[2] ?? ''])
        add(passage, match.index, end, onlyEvent(events, [...wordsOf(name), head], named));
    }
    for (const match of passage.text.matchAll(HELD_IN_PLACES)) {
      const end = match.index + match[0].length;
      if (!free(passage, match.index, match.index + (match[1] ?? '').length)) continue;
      const head = stem(match[1] ?? '');
      // Several events of a place: the one whose name holds a name the sentence gave before ("the Contact
      // Group's efforts; two meetings have been held in ...").
      const at = passage.start + match.index;
      const sentence = passage.sentences.find((x) => at >= x.start && at < x.end);
      const context = new Set(
        known.filter((m) => sentence && m.start >= sentence.start && m.end <= at).map((m) => m.entityId ?? ''),
      );
      for (const place of (match[2] ?? '').split(/\s*,\s*|\s+and\s+/u))
        add(passage, match.index, end, onlyEvent(events, [...wordsOf(place), head], named, context, catalogue));
    }
    // "the CHS and CHG meetings": known bodies right before a meeting head are their meetings.
    for (const match of passage.text.matchAll(BODY_MEETINGS)) {
      const headStart = passage.start + match.index;
      const end = match.index + (match[0] ?? '').length;
      const head = stem(match[1] ?? '');
      const bodies: DocumentMention[] = [];
      let at = headStart;
      for (;;) {
        const body = known.find(
          (m) =>
            m.start >= passage.start &&
            m.end <= at &&
            /^\s*$/u.test(passage.text.slice(m.end - passage.start, at - passage.start)) &&
            m.entityId,
        );
        if (!body || kinds.get(body.entityId ?? '') !== 'Organisation') break;
        bodies.push(body);
        const link = /(?:\s*,\s*|\s+and\s+)$/u.exec(passage.text.slice(0, body.start - passage.start));
        if (!link) break;
        at = body.start - link[0].length;
      }
      const first = bodies.at(-1);
      if (!first) continue;
      for (const body of bodies.reverse()) {
        const entity = catalogue.find((e) => e.id === body.entityId);
        const forms = entity ? [entity.name, ...entity.aliases].map((n) => ` ${normaliseName(n)} `) : [];
        const fits = catalogue.filter(
          (e) =>
            e.kind === 'Event' &&
            [e.name, ...e.aliases].some((n) => {
              const key = ` ${normaliseName(n)} `;
              return wordsOf(n).includes(head) && forms.some((f) => key.includes(f));
            }),
        );
        if (fits.length === 1) add(passage, first.start - passage.start, end, fits[0]?.id ?? null);
      }
    }
    // "two meetings have been held ..., with the third one being planned": "one" takes the sentence's event head.
    for (const match of passage.text.matchAll(ORDINAL_ONE)) {
      const end = match.index + match[0].length;
      if (!free(passage, match.index, end)) continue;
      const at = passage.start + match.index;
      const sentence = passage.sentences.find((x) => at >= x.start && at < x.end);
      if (!sentence) continue;
      const earlier = passage.text.slice(sentence.start - passage.start, match.index);
      const head = [...earlier.matchAll(EVENT_PLURAL)].at(-1)?.[1];
      if (!head) continue;
      const context = new Set(
        known.filter((m) => m.start >= sentence.start && m.end <= at).map((m) => m.entityId ?? ''),
      );
      add(passage, match.index, end, onlyEvent(events, [stem(match[1] ?? ''), stem(head)], named, context, catalogue));
    }
    for (const match of passage.text.matchAll(THEY_MEET)) {
      const end = match.index + match[0].length;
      if (!free(passage, match.index, end)) continue;
      const words = wordsOf(match[1] ?? '');
      if (words.length === 0) continue;
      add(passage, match.index, end, onlyEvent(events, [...words, 'meeting'], named));
    }
  }
  return found;
}

/**
 * "an action programme to implement this strategy", "resolutions on X cooperation", "a joint statement on behalf
 * of ...": a text's head noun, then "on", "to", "for", "of" or "between" and what it is about.
 */
const DOCUMENT_WITH_COMPLEMENT =
  /(?<![\p{L}\p{N}])(agreement|agreements|programme|strategy|statement|declaration|resolution|resolutions|concept|charter|treaty|convention|roadmap|plan|appeal|memorandum)\s+(?:on|to|for|of|between)\s+((?:(?![.;:!?,(])[\s\S])+)/dgu;

/**
 * Texts described instead of named: the head noun and the longest run of the words after it that exactly one
 * known Document's name holds with the head ("an agreement on linking A with B" -> "Agreement on linking ...";
 * words before the head, such as "special", are not required; the words after it stop at a determiner). The head must be free (not inside a name), and at
 * least one word after it must fit. Names inside the description stay linked.
 */
const DETERMINERS = new Set('the this that these those a an its their our my his her'.split(' '));

export function describedDocuments(
  paragraphs: readonly Passage[],
  catalogue: readonly CatalogueEntity[],
  taken: readonly { start: number; end: number }[],
): DocumentMention[] {
  const documents = formsOfKind(catalogue, 'Document');
  if (documents.length === 0) return [];
  const found: DocumentMention[] = [];
  for (const passage of paragraphs) {
    for (const match of passage.text.matchAll(DOCUMENT_WITH_COMPLEMENT)) {
      const headAt = passage.start + match.index;
      const headSpan = { start: headAt, end: headAt + (match[1] ?? '').length };
      if ([...taken, ...found].some((t) => overlaps(t, headSpan))) continue;
      // The description starts at its article and up to two words before the head ("a special joint statement"),
      // none a verb or plural by its -s ("the assembly adopts resolutions" starts at "resolutions").
      const before = /(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Ll}[\p{L}-]*(?:ss|[^s\s])\s+){0,2}$/u.exec(
        passage.text.slice(Math.max(0, match.index - 40), match.index),
      );
      const start = match.index - (before?.[0].length ?? 0);
      const head = stem(match[1] ?? '');
      const complementAt = match.indices?.[2]?.[0] ?? match.index;
      // Up to the first determiner: "to implement this strategy" leaves "this strategy" to its own rule.
      const all = wordSpansOf(match[2] ?? '', complementAt);
      const stop = all.findIndex((w) => DETERMINERS.has(w.text.toLowerCase()));
      const spans = (stop < 0 ? all : all.slice(0, stop)).filter((w) => wordsOf(w.text).length > 0);
      for (let n = spans.length; n > 0; n -= 1) {
        const id = onlyEvent(documents, [head, ...spans.slice(0, n).flatMap((w) => wordsOf(w.text))], new Set());
        if (!id) continue;
        const end = spans[n - 1]?.end ?? match.index;
        found.push({
          entityId: id,
          candidateKey: null,
          passageId: passage.localId,
          start: passage.start + start,
          end: passage.start + end,
          text: passage.text.slice(start, end),
          method: 'description',
          score: DESCRIPTION_SCORE,
        });
        break;
      }
    }
  }
  return found;
}

export function descriptionMentions(
  paragraphs: readonly Passage[],
  catalogue: readonly CatalogueEntity[],
  taken: readonly { start: number; end: number }[],
): DocumentMention[] {
  const events = catalogue
    .filter((e) => e.kind === 'Event')
    .map((e) => ({ id: e.id, names: [e.name, ...e.aliases].map((n) => new Set(wordsOf(n))) }));
  if (events.length === 0) return [];
  const found: DocumentMention[] = [];
  for (const passage of paragraphs) {
    for (const meeting of describedMeetings(passage)) {
      if (!meeting.holdsNames && [...taken, ...found].some((t) => overlaps(t, meeting))) continue;
      const fits = events.filter((e) => e.names.some((name) => meeting.words.every((w) => name.has(w))));
      const only = fits.length === 1 ? fits[0] : undefined;
      if (!only) continue;
      found.push({
        entityId: only.id,
        candidateKey: null,
        passageId: passage.localId,
        start: meeting.start,
        end: meeting.end,
        text: passage.text.slice(meeting.start - passage.start, meeting.end - passage.start),
        method: 'description',
        score: DESCRIPTION_SCORE,
      });
    }
  }
  return found;
}
