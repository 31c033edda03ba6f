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

  const fuzzy = new FuzzyNameIndex(catalogue);
  for (const passage of paragraphs) {
    const inPassage = taken.filter((t) => overlaps(t, passage));
    for (const hit of fuzzy.hitsIn(passage.text, passage.start, candidateScore, inPassage)) {
      const base = { passageId: passage.localId, start: hit.start, end: hit.end, text: hit.text };
      if (hit.score >= linkScore) {
        const mention = {
          ...base,
          entityId: hit.entityId,
          candidateKey: null,
          method: 'fuzzy' as const,
          score: hit.score,
        };
        known.push(mention);
        taken.push(mention);
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
    const passage = paragraphs.find((p) => span.start >= p.start && span.end <= p.end);
    if (!passage) continue;
    const name = text.slice(span.start, span.end);
    const kind = kindOf(name, found.type, text.slice(Math.max(0, span.start - 40), span.start));
    claim({
      passageId: passage.localId,
      ...span,
      text: name,
      name,
      aliases: [],
      kind,
      method: 'ner',
      mentionMethod: 'ner',
      score: scoreOf(found.type),
      similarTo: null,
    });
  }

  const merged = mergeCandidates(spans);
  const mentions: DocumentMention[] = [...known, ...merged.mentions].sort((a, b) => a.start - b.start);
  return { mentions, candidates: merged.candidates satisfies CandidateEntity[] };
}

function scoreOf(type: NerSpan['type'] | 'Phrase'): number {
  if (type === 'ProperNoun' || type === 'Phrase') return 0.55;
  if (type === 'Number') return 0.6;
  return 0.7;
}

function linkKnownEntitiesOf(paragraphs: readonly Passage[], catalogue: readonly CatalogueEntity[]): DocumentMention[] {
  return catalogue.length === 0 ? [] : linkKnownEntities(paragraphs, catalogue);
}
