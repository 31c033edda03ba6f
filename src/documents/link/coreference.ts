/**
 * Mentions that do not use a name, read cautiously as the document's own organisation (the known Organisation it
 * names most, at least twice): "the organisation", "our Organization", and a capitalised head after "the" that,
 * put after the organisation's name, is a known name ("the Secretariat" in an SCO document is the SCO
 * Secretariat). Method `coreference`, score 0.7: a reviewer sees they were inferred. Nothing is resolved in a
 * document without such an organisation.
 *
 * Definite descriptions of documents ("the document", "this strategy") are read as the latest Document named
 * before them in the same section whose name has that head noun (any Document for "the document"); with none
 * there, nothing: a section is where a speaker keeps talking about one text.
 */
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention } from '../types';
import { normaliseName, overlaps } from './names';

export const COREFERENCE_SCORE = 0.7;

/** "the organisation", "our Organization"; not "the organisation of ...", which names another one. */
const ORGANISATION_WORD =
  /(?<![\p{L}\p{N}])(?:(?:[Tt]he|[Oo]ur|[Tt]his)\s+[Oo]rgani[sz]ation|Organi[sz]ation)(?![\p{L}\p{N}])(?!\s+of\b)/gu;
/** "the Secretariat", "the Business Council": up to three capitalised words after "the". */
const CAPITALISED_HEAD = /(?<![\p{L}\p{N}])the\s+((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}\p{N}])/gu;

function mainOrganisation(
  mentions: readonly DocumentMention[],
  catalogue: readonly CatalogueEntity[],
): CatalogueEntity | null {
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.entityId !== null && byId.get(m.entityId)?.kind === 'Organisation')
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? (byId.get(best[0]) ?? null) : null;
}

export function coreferenceMentions(
  paragraphs: readonly Passage[],
  known: readonly DocumentMention[],
  taken: readonly { start: number; end: number }[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const main = mainOrganisation(known, catalogue);
  if (!main) return [];
  const forms = [main.name, ...main.aliases];
  const byName = new Map<string, CatalogueEntity>();
  for (const entity of catalogue) for (const n of [entity.name, ...entity.aliases]) byName.set(n.toLowerCase(), entity);
  const bodyNamed = (head: string): CatalogueEntity | undefined =>
    forms.map((form) => byName.get(`${form} ${head}`.toLowerCase())).find((e) => e !== undefined);

  const found: DocumentMention[] = [];
  const free = (span: { start: number; end: number }): boolean => ![...taken, ...found].some((m) => overlaps(m, span));
  const add = (passage: Passage, start: number, text: string, entityId: string): void => {
    const span = { start: passage.start + start, end: passage.start + start + text.length };
    if (!free(span)) return;
    found.push({
      entityId,
      candidateKey: null,
      passageId: passage.localId,
      ...span,
      text,
      method: 'coreference',
      score: COREFERENCE_SCORE,
    });
  };
  for (const passage of paragraphs) {
    for (const match of passage.text.matchAll(ORGANISATION_WORD)) add(passage, match.index, match[0], main.id);
    for (const match of passage.text.matchAll(CAPITALISED_HEAD)) {
      const head = match[1] ?? '';
      // Longest head first: "the Business Council" before "the Business".
      const words = head.split(/\s+/);
      for (let n = words.length; n > 0; n -= 1) {
        const entity = bodyNamed(words.slice(0, n).join(' '));
        if (!entity || entity.id === main.id) continue;
        const offset = match.index + match[0].length - head.length;
        add(passage, offset, words.slice(0, n).join(' '), entity.id);
        break;
      }
    }
  }
  return found;
}

/**
 * "the document", "this strategy", "that initiative", "the Chinese initiative": a definite description whose head
 * is a kind of text, perhaps after one modifier.
 */
const DOCUMENT_DESCRIPTION =
  /(?<![\p{L}\p{N}])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:the|this|that|an?)\s)\p{L}[\p{L}-]*\s+)?(document|agreement|strategy|programme|declaration|statement|concept|charter|treaty|convention|roadmap|resolution|initiative)(?![\p{L}\p{N}])(?!\s+(?:of|on|between|to|for)\b)/gu;
/** The heads that may stand for any entity of their kind. */
const ANY_OF_KIND: Readonly<Record<string, 'Document' | 'Initiative'>> = {
  document: 'Document',
  initiative: 'Initiative',
};

export function documentDescriptions(
  paragraphs: readonly Passage[],
  known: readonly DocumentMention[],
  taken: readonly { start: number; end: number }[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const kinds = new Map(
    catalogue.filter((e) => e.kind === 'Document' || e.kind === 'Initiative').map((e) => [e.id, e.kind]),
  );
  const named = known.filter((m) => m.entityId !== null && kinds.has(m.entityId));
  if (named.length === 0) return [];
  const sectionOf = new Map(paragraphs.map((p) => [p.localId, p.sectionId ?? p.localId]));
  const found: DocumentMention[] = [];
  for (const passage of paragraphs) {
    const section = sectionOf.get(passage.localId);
    for (const match of passage.text.matchAll(DOCUMENT_DESCRIPTION)) {
      const head = (match[1] ?? '').toLowerCase();
      const span = { start: passage.start + match.index, end: passage.start + match.index + match[0].length };
      if ([...taken, ...found].some((t) => overlaps(t, span))) continue;
      const antecedent = [...named, ...found]
        .filter((m) => m.end <= span.start && sectionOf.get(m.passageId) === section)
        .filter((m) => {
          const kind = kinds.get(m.entityId ?? '');
          const any = ANY_OF_KIND[head];
          // "the document" is any document; "the initiative" any initiative; "the strategy" a strategy.
          return any ? kind === any : kind === 'Document' && m.text.toLowerCase().includes(head);
        })
        .sort((a, b) => a.end - b.end)
        .at(-1);
      if (!antecedent?.entityId) continue;
      found.push({
        entityId: antecedent.entityId,
        candidateKey: null,
        passageId: passage.localId,
        ...span,
        text: match[0],
        method: 'coreference',
        score: COREFERENCE_SCORE,
      });
    }
  }
  return found;
}

/** A linked name's possessive, perhaps a count, then up to four words: "the MCC's 12 working groups". */
const AFTER_POSSESSIVE = /^['’]s\s+(?:\d[\d,]*\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * A name split by a possessive: "the MCC's 12 working groups" names the "MCC working groups" - the possessor's
 * name (any of its forms) and the words after the possessive (a count aside) make a known name. Longest words
 * first; the possessor keeps its own link. Method `variant` (a possessive form of the name), score 0.9.
 */
export function possessiveNames(
  paragraphs: readonly Passage[],
  known: readonly DocumentMention[],
  taken: readonly { start: number; end: number }[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const byName = new Map<string, CatalogueEntity>();
  for (const entity of catalogue)
    for (const n of [entity.name, ...entity.aliases]) byName.set(normaliseName(n), entity);
  const found: DocumentMention[] = [];
  for (const passage of paragraphs) {
    for (const possessor of known.filter((m) => m.start >= passage.start && m.end <= passage.end)) {
      const entity = byId.get(possessor.entityId ?? '');
      const rest = passage.text.slice(possessor.end - passage.start);
      const match = AFTER_POSSESSIVE.exec(possessor.text.match(/['’]s$/u) ? `'s${rest}` : rest);
      if (!entity || !match) continue;
      const words = match[1] ?? '';
      const wordsAt = possessor.end + (match[0].length - words.length) - (possessor.text.match(/['’]s$/u) ? 2 : 0);
      const parts = words.split(/\s+/u);
      for (let n = parts.length; n > 0; n -= 1) {
        const tail = parts.slice(0, n).join(' ');
        const named = [entity.name, ...entity.aliases]
          .map((form) => byName.get(normaliseName(`${form} ${tail}`)))
          .find((e) => e !== undefined && e.id !== entity.id);
        if (!named) continue;
        const span = { start: wordsAt, end: wordsAt + tail.length };
        if (![...taken, ...found].some((t) => overlaps(t, span)))
          found.push({
            entityId: named.id,
            candidateKey: null,
            passageId: passage.localId,
            ...span,
            text: tail,
            method: 'variant',
            score: 0.9,
          });
        break;
      }
    }
  }
  return found;
}
