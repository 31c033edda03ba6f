/**
 * Finds where each entity is mentioned, from its name and aliases: whole words only, with plural and possessive
 * variants (`summits`, `SCO's`, `Norov’s`), acronyms case-sensitive and other names case-insensitive. Where
 * names overlap ("UN Security Council Counter-Terrorism Committee" vs "UN Security Council"), the longest match
 * wins, so a mention is attributed to the most specific entity. Curated mentions are added on top.
 */
import type { Passage } from './passages';
import type { ResolvedEvidence, SeedEntity, SeedSource } from './validate';

export interface MentionSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface EntityMention {
  readonly entityId: string;
  readonly passageId: string;
  readonly spans: readonly MentionSpan[];
  readonly curated: boolean;
}

interface Match extends MentionSpan {
  readonly entityId: string;
}

const isAcronym = (form: string): boolean => /^[A-Z0-9&-]{2,}$/.test(form) && /[A-Z]/.test(form);

function escapeForRegExp(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+')
    .replace(/[-‐–]/g, '[-‐–]');
}

export function surfacePattern(form: string): RegExp {
  const body = `(?<![\\p{L}\\p{N}])${escapeForRegExp(form)}(?:['’]s|['’]|s|es)?(?![\\p{L}\\p{N}])`;
  return new RegExp(body, isAcronym(form) ? 'gu' : 'giu');
}

interface SurfaceForm {
  readonly entityId: string;
  /** Lower-cased letters of the form, for a cheap substring test before the regular expression runs. */
  readonly needle: string;
  readonly pattern: RegExp;
}

/** Every name and alias of every entity, compiled once for all passages. */
function surfaceForms(entities: readonly SeedEntity[]): SurfaceForm[] {
  return entities
    .filter((entity) => entity.kind !== 'Statistic')
    .flatMap((entity) =>
      [...new Set([entity.name, ...entity.aliases])].map((form) => ({
        entityId: entity.id,
        needle: form.toLowerCase().split(/[\s'’-]+/)[0] ?? '',
        pattern: surfacePattern(form),
      })),
    );
}

function matchesIn(passage: Passage, forms: readonly SurfaceForm[]): Match[] {
  const matches: Match[] = [];
  const lower = passage.text.toLowerCase();
  for (const form of forms) {
    if (!lower.includes(form.needle)) continue;
    form.pattern.lastIndex = 0;
    for (const found of passage.text.matchAll(form.pattern)) {
      const start = passage.start + (found.index ?? 0);
      matches.push({ entityId: form.entityId, start, end: start + found[0].length, text: found[0] });
    }
  }
  // Longest first, then leftmost: a match inside a longer one of another entity is dropped.
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const match of matches) {
    const inside = kept.some((other) => match.start >= other.start && match.end <= other.end);
    if (!inside) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function group(matches: readonly Match[], passageId: string, curated: boolean): EntityMention[] {
  const byEntity = new Map<string, MentionSpan[]>();
  for (const match of matches) {
    const spans = byEntity.get(match.entityId) ?? [];
    spans.push({ start: match.start, end: match.end, text: match.text });
    byEntity.set(match.entityId, spans);
  }
  return [...byEntity].map(([entityId, spans]) => ({ entityId, passageId, spans, curated }));
}

export function findMentions(sources: readonly SeedSource[], entities: readonly SeedEntity[]): EntityMention[] {
  const mentions = new Map<string, EntityMention>();
  const add = (mention: EntityMention): void => {
    const key = `${mention.passageId}|${mention.entityId}`;
    const existing = mentions.get(key);
    if (!existing) {
      mentions.set(key, mention);
      return;
    }
    const spans = [...existing.spans];
    for (const span of mention.spans) {
      if (!spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
    }
    spans.sort((a, b) => a.start - b.start);
    mentions.set(key, { ...existing, spans, curated: existing.curated || mention.curated });
  };

  const forms = surfaceForms(entities);
  for (const source of sources) {
    for (const passage of source.passages) {
      if (passage.kind !== 'paragraph') continue;
      for (const mention of group(matchesIn(passage, forms), `${source.id}#${passage.localId}`, false)) add(mention);
    }
  }
  for (const entity of entities) {
    for (const curated of entity.mentions) add(curatedMention(entity.id, curated));
  }
  return [...mentions.values()].sort(
    (a, b) => a.passageId.localeCompare(b.passageId) || a.entityId.localeCompare(b.entityId),
  );
}

function curatedMention(entityId: string, evidence: ResolvedEvidence): EntityMention {
  return {
    entityId,
    passageId: evidence.passageId,
    spans: [{ start: evidence.start, end: evidence.end, text: evidence.quote }],
    curated: true,
  };
}
