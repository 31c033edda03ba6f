/**
 * Mentions of entities the graph already knows, found exactly as the seed loader finds them
 * (src/ingest/mentions.ts): whole words, plural and possessive variants, longest match wins.
 */
import { findNameMatches, isAcronym } from '../../ingest/mentions';
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention, LinkMethod } from '../types';

function methodOf(entity: CatalogueEntity | undefined, text: string): LinkMethod {
  if (!entity) return 'variant';
  if (text === entity.name) return 'name';
  if (entity.aliases.includes(text)) return isAcronym(text) ? 'acronym' : 'alias';
  return 'variant';
}

export function linkKnownEntities(
  passages: readonly Passage[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const byId = new Map(catalogue.map((entity) => [entity.id, entity]));
  const named = catalogue.map((entity) => ({ ...entity, mentions: [] }));
  return findNameMatches(passages, named).map((match) => ({
    entityId: match.entityId,
    candidateKey: null,
    passageId: match.passageId,
    start: match.start,
    end: match.end,
    text: match.text,
    method: methodOf(byId.get(match.entityId), match.text),
    score: 1,
  }));
}
