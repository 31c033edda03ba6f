/**
 * Events described instead of named: "the summit", "this event", "The visit", "a news conference".
 *
 * - Apposition: a description right before an Event's name ("a joint event "Clean Seas 2030"") is that event.
 * - A description is read as an Event mentioned in its own or the previous paragraph, before it: in the latest
 *   sentence there holding one that fits, the first that fits (the sentence's subject is the likelier antecedent
 *   than an event named in passing after it). An event fits when one of its names holds the head noun ("summit"
 *   -> "Mombasa summit"; "event" fits any event) and, for "a"/"an", also the words before the head ("a news
 *   conference" is an earlier-named news conference; a bare "a meeting" is a new one). A description followed by
 *   "of", "between", "on" or "to" names another event ("the meeting of ministers") and is left to descriptions.ts.
 * - A visit or meeting nobody named before ("this visit" after a session was named) is the one encounter Event
 *   holding the name of the Person, Place or Event named latest in the section ("visit to the 62nd session ...").
 *
 * Method `coreference`, score 0.65: weaker than a name; facts read it as a pronoun (a lower fact score). No
 * antecedent in reach, nothing: a wrong event costs more than a missed one.
 */
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention } from '../types';
import { normaliseName, overlaps } from './names';

export const EVENT_DESCRIPTION_SCORE = 0.65;

const HEADS = 'event|summit|meeting|visit|conference|session|forum|talks|trip|ceremony';
/** Determiner, up to two lower-case words, an event head noun; not "the meeting of ...". */
const DESCRIPTION = new RegExp(
  `(?<![\\p{L}\\p{N}])([Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?)(${HEADS})(?![\\p{L}\\p{N}])(?!\\s+(?:of|between|on|to|with)\\b)`,
  'gu',
);
/** Words before a head that say nothing about which event it is. */
const EMPTY = new Set('recent upcoming forthcoming last next latest first second same whole important'.split(' '));
/** Quantifiers: "that each summit" is a conjunction before a generic "each summit", not a description. */
const QUANTIFIERS = new Set('each every all any some no another other such'.split(' '));

type Span = { readonly start: number; readonly end: number };

const wordSet = (name: string): Set<string> => new Set(normaliseName(name).split(/\s+/));

export function eventDescriptions(
  text: string,
  paragraphs: readonly Passage[],
  known: readonly DocumentMention[],
  taken: readonly Span[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const events = new Map(
    catalogue.filter((e) => e.kind === 'Event').map((e) => [e.id, [e.name, ...e.aliases].map(wordSet)]),
  );
  if (events.size === 0) return [];
  const found: DocumentMention[] = [];
  const mentionsOfEvents = (): DocumentMention[] =>
    [...known, ...found].filter((m) => m.entityId !== null && events.has(m.entityId));
  const fits = (id: string, head: string, modifiers: readonly string[]): boolean =>
    head === 'event' || (events.get(id) ?? []).some((words) => words.has(head) && modifiers.every((w) => words.has(w)));

  paragraphs.forEach((passage, index) => {
    const previous = paragraphs[index - 1];
    const reach = { start: previous ? previous.start : passage.start, end: passage.end };
    for (const match of passage.text.matchAll(DESCRIPTION)) {
      const span = { start: passage.start + match.index, end: passage.start + match.index + match[0].length };
      if ([...taken, ...found].some((t) => overlaps(t, span))) continue;
      const indefinite = /^an?$/i.test(match[1] ?? '');
      const head = match[3] ?? '';
      const modifiers = (match[2] ?? '')
        .trim()
        .split(/\s+/)
        .filter((w) => w && !EMPTY.has(w))
        .map((w) => normaliseName(w));
      if (modifiers.some((w) => QUANTIFIERS.has(w))) continue;
      const add = (entityId: string): void => {
        found.push({
          entityId,
          candidateKey: null,
          passageId: passage.localId,
          ...span,
          text: match[0],
          method: 'coreference',
          score: EVENT_DESCRIPTION_SCORE,
        });
      };
      // Apposition: the description, perhaps a quote mark, then the event's name.
      const next = mentionsOfEvents().find(
        (m) => m.start >= span.end && /^\s*["“']?$/u.test(text.slice(span.end, m.start)),
      );
      if (next?.entityId) {
        add(next.entityId);
        continue;
      }
      if (indefinite && modifiers.length === 0) continue;
      const before = mentionsOfEvents().filter(
        (m) => m.end <= span.start && m.start >= reach.start && fits(m.entityId ?? '', head, modifiers),
      );
      const sentences = [previous, passage].flatMap((p) =>
        !p ? [] : p.sentences.length > 0 ? p.sentences : [{ start: p.start, end: p.end }],
      );
      const sentenceOf = (m: Span): number => sentences.findIndex((s) => m.start >= s.start && m.start < s.end);
      const latest = Math.max(-1, ...before.map(sentenceOf));
      const antecedent = before.filter((m) => sentenceOf(m) === latest).sort((a, b) => a.start - b.start)[0];
      if (antecedent?.entityId) {
        add(antecedent.entityId);
        continue;
      }
      if (!indefinite && ENCOUNTERS.has(head)) {
        const encounter = encounterOf(span, passage, paragraphs, known, catalogue);
        if (encounter) add(encounter);
      }
    }
  });
  return found;
}

/** Heads of an encounter: a visit is a meeting with whoever is visited, and the other way round. */
const ENCOUNTERS = new Set(['visit', 'trip', 'meeting', 'talks']);

/**
 * "this visit" / "The meeting" with no such event named before: the one Event named as an encounter (visit,
 * meeting, talks, trip) that holds the name of the Person, Place or Event named latest before it in the section
 * among those some encounter's name holds ("Erik Lund's visit to the Sea Games" after "the Sea Games"; "X's visit to
 * the Secretariat" after "The Secretariat received X").
 */
function encounterOf(
  span: Span,
  passage: Passage,
  paragraphs: readonly Passage[],
  known: readonly DocumentMention[],
  catalogue: readonly CatalogueEntity[],
): string | null {
  const section = passage.sectionId ?? passage.localId;
  const inSection = new Set(paragraphs.filter((p) => (p.sectionId ?? p.localId) === section).map((p) => p.localId));
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const holds = (name: string, form: string): boolean =>
    ` ${normaliseName(name)} `.includes(` ${normaliseName(form)} `);
  const encounters = catalogue.filter(
    (e) => e.kind === 'Event' && [e.name, ...e.aliases].some((n) => [...wordSet(n)].some((w) => ENCOUNTERS.has(w))),
  );
  const holding = (held: CatalogueEntity): CatalogueEntity[] =>
    encounters.filter(
      (e) =>
        e.id !== held.id && [e.name, ...e.aliases].some((n) => [held.name, ...held.aliases].some((f) => holds(n, f))),
    );
  const named = known
    .filter((m) => m.end <= span.start && inSection.has(m.passageId) && m.method !== 'coreference')
    .map((m) => ({ m, entity: byId.get(m.entityId ?? '') }))
    .filter(({ entity }) => entity && ['Person', 'Place', 'Event'].includes(entity.kind))
    .sort((a, b) => b.m.end - a.m.end);
  for (const { entity } of named) {
    const fitting = entity ? holding(entity) : [];
    if (fitting.length === 0) continue;
    return fitting.length === 1 ? (fitting[0]?.id ?? null) : null;
  }
  return null;
}
