/**
 * Known names inside a linked name. Linking keeps the longest match, so "the SCO Heads of State Council Meeting in
 * Bishkek" is one mention of the summit; the council and the city named inside it are still there for the facts
 * (facts/nameParts.ts) to read. These parts are not mentions of the document: they are never stored or scored as
 * links, only handed to fact proposal.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention } from '../types';
import { linkKnownEntities } from './known';

/**
 * Names that carry other names: events, documents and initiatives are often named after who, where and what,
 * and a body after its organisation ("the Executive Committee of the Regional Anti-Terrorist Structure").
 */
const CONTAINER_KINDS: readonly EntityKind[] = ['Event', 'Document', 'Initiative', 'Organisation'];
/** What such a name carries: its body, place, person or subject, or the series an event is an edition of. */
const PART_KINDS: readonly EntityKind[] = ['Organisation', 'State', 'Place', 'Person', 'Event'];

export function namesInsideNames(
  mentions: readonly DocumentMention[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const kindById = new Map(catalogue.map((e) => [e.id, e.kind]));
  const containers = mentions.filter((m) => {
    const kind = m.entityId === null ? undefined : kindById.get(m.entityId);
    return kind !== undefined && CONTAINER_KINDS.includes(kind);
  });
  if (containers.length === 0) return [];
  const parts = catalogue.filter((e) => PART_KINDS.includes(e.kind));
  const byEntity = new Map<string, DocumentMention[]>();
  for (const m of containers) byEntity.set(m.entityId ?? '', [...(byEntity.get(m.entityId ?? '') ?? []), m]);
  // Each container's own words as a passage of its own, so the longest-match rule works inside the name; the
  // container's own entity is left out, or it would match its whole name and hide the parts.
  return [...byEntity].flatMap(([entityId, mentionsOf]) => {
    const names: Passage[] = mentionsOf.map((m, i) => ({
      localId: `${i}`,
      kind: 'paragraph',
      sectionId: null,
      section: '',
      ordinal: i + 1,
      start: m.start,
      end: m.end,
      text: m.text,
      sentences: [],
    }));
    const others = parts.filter((e) => e.id !== entityId);
    return linkKnownEntities(names, others).map((part) => ({
      ...part,
      passageId: mentionsOf[Number(part.passageId)]?.passageId ?? part.passageId,
    }));
  });
}
