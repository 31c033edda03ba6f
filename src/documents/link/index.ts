/**
 * Entity linking for a new document: mentions of entities the graph knows (exact forms as the seed loader finds
 * them, then near misses), and candidates for what it does not know (acronym definitions, named-entity
 * recognition, capitalised phrases, numbers with units). A candidate never overlaps a known-entity mention.
 */
import { surfacePattern } from '../../ingest/mentions';
import type { Passage } from '../../ingest/passages';
import type { CandidateEntity, CatalogueEntity, DocumentMention, LinkResult } from '../types';
import { findAcronymDefinitions } from './acronyms';
import { mergeCandidates, type CandidateSpan } from './candidates';
import { FuzzyNameIndex } from './fuzzy';
import { coreferenceMentions, documentDescriptions, possessiveNames } from './coreference';
import { describedDocuments, describedEvents, descriptionMentions } from './descriptions';
import { eventDescriptions } from './events';
import { figureMentions } from './figures';
import { measureMentions, periodMentions } from './periods';
import { pronounMentions } from './speaker';
import { kindOf } from './kinds';
import { linkKnownEntities } from './known';
import { overlaps } from './names';
import { recogniseEntities, type NerEngineName, type NerSpan } from './ner';
import { capitalisedPhrases, numberWithUnit } from './phrases';

export { NER_ENGINES, type NerEngineName } from './ner';

export interface LinkOptions {
  /** The recogniser; null for none (acronyms and capitalised phrases only). Default wink (measured: docs/INGESTION-linking.md). */
  readonly ner?: NerEngineName | null;
  /** Also propose capitalised phrases the recogniser missed ("Heads of State Council"). Default true. */
  readonly capitalisedPhrases?: boolean;
  /** A near miss at or above this links as a 'fuzzy' mention. Default 0.9. */
  readonly fuzzyLinkScore?: number;
  /** A near miss at or above this (and below fuzzyLinkScore) is proposed as a candidate similar to it. Default 0.8. */
  readonly fuzzyCandidateScore?: number;
}

type Span = { start: number; end: number };

export function linkEntities(
  text: string,
  passages: readonly Passage[],
  catalogue: readonly CatalogueEntity[],
  options: LinkOptions = {},
): LinkResult {
  const linkScore = options.fuzzyLinkScore ?? 0.9;
  const candidateScore = options.fuzzyCandidateScore ?? 0.8;
  const paragraphs = passages.filter((p) => p.kind === 'paragraph');
  const known = linkKnownEntitiesOf(paragraphs, catalogue);
  const taken: Span[] = [...known];
  const spans: CandidateSpan[] = [];
  const claim = (span: CandidateSpan): void => {
    taken.push(span);
    spans.push(span);
  };
  /** Links known entities; later steps see them as taken and as known. */
  const link = (mentions: readonly DocumentMention[]): void => {
    known.push(...mentions);
    taken.push(...mentions);
  };

  for (const passage of paragraphs) {
    for (const def of findAcronymDefinitions(passage.text, passage.start)) {
      const name = { start: def.nameStart, end: def.nameEnd };
      const short = { start: def.acronymStart, end: def.acronymEnd };
      if (taken.some((t) => overlaps(t, name) || overlaps(t, short))) continue;
      const kind = kindOf(def.name, 'Acronym', text.slice(Math.max(0, def.nameStart - 40), def.nameStart));
      const common = {
        passageId: passage.localId,
        name: def.name,
        aliases: [def.acronym],
        kind,
        method: 'acronym' as const,
        score: 0.9,
        similarTo: null,
      };
      claim({ ...common, ...name, text: def.name, mentionMethod: 'acronym' });
      claim({ ...common, ...short, text: def.acronym, mentionMethod: 'acronym' });
    }
  }
  const acronyms = new Map(spans.filter((s) => s.method === 'acronym').map((s) => [s.aliases[0] ?? '', s]));
  for (const [acronym, definition] of acronyms) {
    const pattern = surfacePattern(acronym);
    for (const passage of paragraphs) {
      for (const match of passage.text.matchAll(pattern)) {
        const span = { start: passage.start + match.index, end: passage.start + match.index + match[0].length };
        if (taken.some((t) => overlaps(t, span))) continue;
        claim({ ...definition, passageId: passage.localId, ...span, text: match[0] });
      }
    }
  }

  // Before near misses: "the SCO's 29 working mechanisms" names "SCO working mechanisms", not a near miss of it.
  link(possessiveNames(paragraphs, known, taken, catalogue));
  // Before near misses: "meetings of security council secretaries" is a meeting, not a near miss of a council.
  link(descriptionMentions(paragraphs, catalogue, taken));
  link(describedEvents(paragraphs, catalogue, known, taken));
  link(describedDocuments(paragraphs, catalogue, taken));

  const fuzzy = new FuzzyNameIndex(catalogue);
  for (const passage of paragraphs) {
    const inPassage = taken.filter((t) => overlaps(t, passage));
    for (const hit of fuzzy.hitsIn(passage.text, passage.start, candidateScore, inPassage)) {
      // Part of a longer name ("Eurasian Rail Forum" is not "Eurasia"): left to the phrases below.
      if (/^\s+\p{Lu}/u.test(text.slice(hit.end, hit.end + 3))) continue;
      const base = { passageId: passage.localId, start: hit.start, end: hit.end, text: hit.text };
      if (hit.score >= linkScore) {
        const mention = {
          ...base,
          entityId: hit.entityId,
          candidateKey: null,
          method: 'fuzzy' as const,
          score: hit.score,
        };
        link([mention]);
      } else {
        const kind = catalogue.find((e) => e.id === hit.entityId)?.kind ?? 'Organisation';
        claim({
          ...base,
          name: hit.text,
          aliases: [],
          kind,
          method: 'fuzzy',
          mentionMethod: 'fuzzy',
          score: hit.score,
          similarTo: { entityId: hit.entityId, score: hit.score },
        });
      }
    }
  }

  link(coreferenceMentions(paragraphs, known, taken, catalogue));

  link(documentDescriptions(paragraphs, known, taken, catalogue));
  link(eventDescriptions(text, paragraphs, known, taken, catalogue));
  link(pronounMentions(text, paragraphs, known, taken, catalogue));
  // After names and coreference: a one-word unit links only when the statistic's subject is named.
  const figures = figureMentions(text, paragraphs, catalogue, known);
  known.push(...figures);
  known.push(...periodMentions(paragraphs, figures), ...measureMentions(paragraphs, figures, catalogue));

  const recognised = options.ner === null ? [] : recogniseEntities(options.ner ?? 'wink', text);
  const phrases =
    options.capitalisedPhrases === false ? [] : paragraphs.flatMap((p) => capitalisedPhrases(p.text, p.start));
  for (const found of [
    ...recognised.filter((s) => s.type !== 'ProperNoun' && s.type !== 'Number'),
    ...phrases,
    ...recognised.filter((s) => s.type === 'ProperNoun'),
    ...recognised.filter((s) => s.type === 'Number'),
  ]) {
    const span = found.type === 'Number' ? numberWithUnit(text, found) : found;
    if (!span || taken.some((t) => overlaps(t, span))) continue;
    // A number a known statistic states is that statistic; names inside its words ("300 Indian ... servicemen") stay.
    if (found.type === 'Number' && figures.some((f) => overlaps(f, span))) continue;
    const passage = paragraphs.find((p) => span.start >= p.start && span.end <= p.end);
    if (!passage) continue;
    // "Mr. Norov": the title says it is a person, but is not part of the name.
    const title = TITLE.exec(text.slice(span.start, span.end));
    const named = title ? { start: span.start + title[0].length, end: span.end } : span;
    const name = text.slice(named.start, named.end);
    if (found.type !== 'Number' && isCommonWord(name, text)) continue;
    const kind = title ? 'Person' : kindOf(name, found.type, text.slice(Math.max(0, named.start - 40), named.start));
    claim({
      passageId: passage.localId,
      ...named,
      text: name,
      name,
      aliases: [],
      kind,
      method: 'ner',
      mentionMethod: 'ner',
      score: scoreOf(found.type),
      similarTo: kind === 'Person' ? surnameOf(name, catalogue) : null,
    });
  }

  const merged = mergeCandidates(spans);
  const mentions: DocumentMention[] = [...known, ...merged.mentions].sort((a, b) => a.start - b.start);
  return { mentions, candidates: merged.candidates satisfies CandidateEntity[] };
}

const TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Ambassador)\.?\s+(?=\p{Lu})/u;

/** A person named by surname only ("Norov") may be a known person ("Vladimir Norov"). */
function surnameOf(name: string, catalogue: readonly CatalogueEntity[]): { entityId: string; score: number } | null {
  const key = name.toLowerCase();
  const people = catalogue.filter(
    (e) => e.kind === 'Person' && [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).at(-1) === key),
  );
  const only = people.length === 1 ? people[0] : undefined;
  return only && !/\s/.test(name) ? { entityId: only.id, score: 0.85 } : null;
}

/** Titles, roles and calendar words: capitalised, but never an entity on their own. */
const NOT_ALONE = new Set(
  'mr mrs ms dr prof sir madam president vice premier minister secretary general secretary-general chairman chair director head deputy ambassador spokesman spokesperson q a question answer january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * A single capitalised word that is an ordinary word, not a name: a title or month, one or two letters, a word
 * the text also writes in lower case ("Interview" / "the interview"), or one that is only ever capitalised where
 * a sentence or block starts ("Published by ...", a heading "Partners"). Multi-word names are kept.
 */
function isCommonWord(name: string, text: string): boolean {
  if (/\s/.test(name)) return false;
  const bare = name.replace(/['’]s$/, '');
  if (/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(bare)) return false; // U.S., U.K.
  if (bare.replace(/[^\p{L}]/gu, '').length <= 2 || NOT_ALONE.has(bare.toLowerCase())) return true;
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped.toLowerCase()}(?![\\p{L}\\p{N}])`, 'u').test(text)) {
    return bare.toLowerCase() !== bare;
  }
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const startsSentence = match.index === 0 || /(?:[.?!:]["”’)]?\s+|\n\s*)$/.test(before) || /^\s*$/.test(before);
    if (!startsSentence) return false;
  }
  return true;
}

function scoreOf(type: NerSpan['type'] | 'Phrase'): number {
  if (type === 'ProperNoun' || type === 'Phrase') return 0.55;
  if (type === 'Number') return 0.6;
  return 0.7;
}

function linkKnownEntitiesOf(paragraphs: readonly Passage[], catalogue: readonly CatalogueEntity[]): DocumentMention[] {
  return catalogue.length === 0 ? [] : linkKnownEntities(paragraphs, catalogue);
}
