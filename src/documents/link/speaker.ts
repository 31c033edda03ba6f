/**
 * Pronouns read as an entity, cautiously.
 *
 * - The speaker's own reported acts: "I" before a past-tense verb ("I met", "I also had the honour") and "my"
 *   before an event noun ("my visit", "my trip") are the document's speaker: the one Person whose name the title
 *   holds ("X's news conference", "Interview with X"), else the Person the document names most (at least twice).
 *   "I" of discourse ("I would like to say", "I believe", "I can cite") is left alone: it reports no act, and a
 *   curator records the speaker where they do something. Questions ("... did I ...?") are skipped: in a transcript
 *   they are the interviewer's.
 * - "He" / "She" opening a sentence is the one Person named in the sentence before it, in the same paragraph.
 * - "Its" opening a sentence ("Its operatives ...") is the subject of the sentence before it in the paragraph (its
 *   first entity, figures aside) when that is an Organisation. A text's "its" ("Its main routes" after "the
 *   agreement") is left alone: it speaks of the text's content, which the curation does not record as a mention.
 *
 * Method `coreference`, score 0.6; nothing without a speaker or a single antecedent.
 */
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention } from '../types';
import { normaliseName, overlaps } from './names';

export const PRONOUN_SCORE = 0.6;

/** Irregular past tenses of verbs a speaker reports acts with; regular ones end in -ed. */
const IRREGULAR_PAST =
  'had|met|made|took|went|gave|saw|spoke|held|led|told|sent|became|began|came|found|got|left|paid|won|wrote|chose|brought|heard|set|put|sat|stood|flew|drove|ran|read|said|felt|kept|thought';
const I_DID = new RegExp(
  `(?<![\\p{L}\\p{N}])I\\s+(?:(?:also|then|personally|recently|once|first|later|again|already)\\s+)?(?:\\p{Ll}+ed|${IRREGULAR_PAST})(?![\\p{L}\\p{N}])`,
  'gu',
);
const MY_EVENT =
  /(?<![\p{L}\p{N}])[Mm]y\s+(?:(?:recent|last|first|official|working)\s+)?(?:visit|trip|meeting|talks|tour|speech|address|stay)(?![\p{L}\p{N}])/gu;
const HE_SHE = /^(?:He|She)(?![\p{L}\p{N}])/u;
const ITS = /^Its(?![\p{L}\p{N}])/u;

const isTitle = (p: Passage): boolean => p.section === 'title' || (p as { role?: string }).role === 'title';

function speakerOf(
  text: string,
  passages: readonly Passage[],
  known: readonly DocumentMention[],
  catalogue: readonly CatalogueEntity[],
): string | null {
  const people = catalogue.filter((e) => e.kind === 'Person');
  const title = passages
    .filter(isTitle)
    .map((p) => ` ${normaliseName(text.slice(p.start, p.end))} `)
    .join(' ');
  const named = people.filter((e) => [e.name, ...e.aliases].some((n) => title.includes(` ${normaliseName(n)} `)));
  if (named.length === 1) return named[0]?.id ?? null;
  if (named.length > 1) return null;
  const counts = new Map<string, number>();
  for (const m of known)
    if (m.entityId && people.some((p) => p.id === m.entityId))
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 && (!second || second[1] < best[1]) ? best[0] : null;
}

export function pronounMentions(
  text: string,
  paragraphs: readonly Passage[],
  known: readonly DocumentMention[],
  taken: readonly { start: number; end: number }[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const people = new Set(catalogue.filter((e) => e.kind === 'Person').map((e) => e.id));
  const kinds = new Map(catalogue.map((e) => [e.id, e.kind]));
  const speaker = speakerOf(text, paragraphs, known, catalogue);
  const found: DocumentMention[] = [];
  const add = (passage: Passage, start: number, end: number, entityId: string): void => {
    const span = { start, end };
    if ([...taken, ...found].some((t) => overlaps(t, span))) return;
    found.push({
      entityId,
      candidateKey: null,
      passageId: passage.localId,
      ...span,
      text: text.slice(start, end),
      method: 'coreference',
      score: PRONOUN_SCORE,
    });
  };
  for (const passage of paragraphs) {
    if (isTitle(passage)) continue;
    const sentences = passage.sentences.length > 0 ? passage.sentences : [{ start: passage.start, end: passage.end }];
    sentences.forEach((sentence, index) => {
      const said = text.slice(sentence.start, sentence.end);
      if (speaker && !/\?\s*$/u.test(said)) {
        for (const match of said.matchAll(I_DID))
          add(passage, sentence.start + match.index, sentence.start + match.index + 1, speaker);
        for (const match of said.matchAll(MY_EVENT))
          add(passage, sentence.start + match.index, sentence.start + match.index + 2, speaker);
      }
      const before = sentences[index - 1];
      if (!before) return;
      const its = ITS.exec(said);
      const subject = known
        .filter((m) => m.start >= before.start && m.end <= before.end && m.entityId !== null)
        .filter((m) => kinds.get(m.entityId ?? '') !== 'Statistic')
        .sort((a, b) => a.start - b.start)[0];
      if (its && subject?.entityId && kinds.get(subject.entityId) === 'Organisation')
        add(passage, sentence.start, sentence.start + its[0].length, subject.entityId);
      const named = new Set(
        known
          .filter((m) => m.start >= before.start && m.end <= before.end && people.has(m.entityId ?? ''))
          .map((m) => m.entityId ?? ''),
      );
      const only = named.size === 1 ? [...named][0] : undefined;
      if (!only) return;
      const pronoun = HE_SHE.exec(said);
      if (pronoun) add(passage, sentence.start, sentence.start + pronoun[0].length, only);
    });
  }
  return found;
}
