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
import { normaliseName, overlaps } from './names';

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
  'of the a an and in on for to at between numerous several many various other others regular upcoming recent'.split(
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
