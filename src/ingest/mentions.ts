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
  readonly pattern: RegExp;
}

/** What finding mentions needs of an entity. */
export type NamedEntity = Pick<SeedEntity, 'id' | 'kind' | 'name' | 'aliases' | 'mentions'>;

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/**
 * Every name and alias of every entity, compiled once and filed under the rarest of its words. A passage then
 * runs the patterns of only those forms one of whose words it contains: every word of a form appears as a word
 * of any text the form's pattern matches (the last one perhaps with a plural or possessive ending, so passages
 * also look their words up without it). With a hundred thousand entities, trying every form on every passage
 * would take hours.
 */
class SurfaceFormIndex {
  private readonly byWord = new Map<string, SurfaceForm[]>();

  constructor(entities: readonly NamedEntity[], paragraphs: readonly Passage[]) {
    const frequency = new Map<string, number>();
    for (const passage of paragraphs) {
      for (const word of new Set(wordsOf(passage.text))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    for (const entity of entities) {
      if (entity.kind === 'Statistic') continue;
      for (const form of new Set([entity.name, ...entity.aliases])) {
        const words = wordsOf(form);
        if (words.length === 0) continue;
        const rarest = words.reduce((best, word) =>
          (frequency.get(word) ?? 0) < (frequency.get(best) ?? 0) ? word : best,
        );
        const filed = this.byWord.get(rarest) ?? [];
        filed.push({ entityId: entity.id, pattern: surfacePattern(form) });
        this.byWord.set(rarest, filed);
      }
    }
  }

  candidatesFor(text: string): Set<SurfaceForm> {
    const candidates = new Set<SurfaceForm>();
    for (const word of new Set(wordsOf(text))) {
      for (const variant of [word, word.replace(/s$/, ''), word.replace(/es$/, '')]) {
        for (const form of this.byWord.get(variant) ?? []) candidates.add(form);
      }
    }
    return candidates;
  }
}

function matchesIn(passage: Passage, forms: Iterable<SurfaceForm>): Match[] {
  const matches: Match[] = [];
  for (const form of forms) {
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

/** Every mention, in passage then entity order. */
export function findMentions(sources: readonly SeedSource[], entities: readonly NamedEntity[]): EntityMention[] {
  return [...mentionsByPassage(sources, entities)].sort(
    (a, b) => a.passageId.localeCompare(b.passageId) || a.entityId.localeCompare(b.entityId),
  );
}

/**
 * The mentions found from names, merged with the curated ones (an entity's `mentions`), passage by passage, so
 * a bulk load can write them as they come.
 */
export function* mentionsByPassage(
  sources: readonly SeedSource[],
  entities: readonly NamedEntity[],
): Generator<EntityMention> {
  const curatedByPassage = new Map<string, EntityMention[]>();
  for (const entity of entities) {
    for (const evidence of entity.mentions) {
      const list = curatedByPassage.get(evidence.passageId) ?? [];
      list.push(curatedMention(entity.id, evidence));
      curatedByPassage.set(evidence.passageId, list);
    }
  }
  const paragraphs = sources.flatMap((source) => source.passages.filter((p) => p.kind === 'paragraph'));
  const index = new SurfaceFormIndex(entities, paragraphs);
  for (const source of sources) {
    for (const passage of source.passages) {
      const passageId = `${source.id}#${passage.localId}`;
      const found =
        passage.kind === 'paragraph'
          ? group(matchesIn(passage, index.candidatesFor(passage.text)), passageId, false)
          : [];
      yield* merged([...found, ...(curatedByPassage.get(passageId) ?? [])]);
    }
  }
}

/** One mention per entity in a passage, with the spans of every finding of it. */
function merged(mentions: readonly EntityMention[]): EntityMention[] {
  const byEntity = new Map<string, EntityMention>();
  for (const mention of mentions) {
    const existing = byEntity.get(mention.entityId);
    if (!existing) {
      byEntity.set(mention.entityId, mention);
      continue;
    }
    const spans = [...existing.spans];
    for (const span of mention.spans) {
      if (!spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
    }
    spans.sort((a, b) => a.start - b.start);
    byEntity.set(mention.entityId, { ...existing, spans, curated: existing.curated || mention.curated });
  }
  return [...byEntity.values()];
}

function curatedMention(entityId: string, evidence: ResolvedEvidence): EntityMention {
  return {
    entityId,
    passageId: evidence.passageId,
    spans: [{ start: evidence.start, end: evidence.end, text: evidence.quote }],
    curated: true,
  };
}
