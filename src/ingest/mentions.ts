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

export const isAcronym = (form: string): boolean => /^[A-Z0-9&-]{2,}$/.test(form) && /[A-Z]/.test(form);

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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The plural and possessive endings in the order the pattern tries them, then none. */
const ENDINGS = ["'s", '’s', "'", '’', 's', 'es', ''];

/** The code point that ends just before `index`, or '' at the start. */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN_MINUS = 0x2d;
const HYPHEN = 0x2010;
const EN_DASH = 0x2013;
/** A run of white space, as `\s+` in escapeForRegExp's pattern matches it; sticky, so it is tried in place. */
const SPACES = /\s+/y;
/** Forms whose pattern the hand matcher follows: printable ASCII, white space, ’, ‐ and –. */
const MATCHABLE_BY_HAND = /^(?:[\x20-\x7e\u2019\u2010\u2013]|\s)*$/;

/** The end of the run of white space at `index`, or `index` when there is none. */
function spacesEnd(text: string, index: number): number {
  SPACES.lastIndex = index;
  return SPACES.test(text) ? SPACES.lastIndex : index;
}

const lowerAscii = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/**
 * One name or alias, matched as surfacePattern(form) would match it, but much faster: compiling and running
 * that pattern (Unicode letter classes under case-insensitive matching) costs about 300 µs per name and
 * passage, which is hours for a hundred thousand names. Instead a plain search for the form's first word finds
 * where a match can start, the form's body is checked there, and the boundaries and the plural or possessive
 * ending are checked by hand in the order the pattern tries them. Forms or texts where lower-casing and Unicode
 * case folding could disagree use surfacePattern itself.
 *
 * The body is checked by hand too (a regular expression of each form, compiled to machine code once used, cost
 * about 2 KB a form: a quarter of a gigabyte for a hundred thousand entities), except in forms of other
 * characters than the hand matcher knows, which keep a sticky pattern of the form alone.
 */
class SurfaceForm {
  private readonly acronym: boolean;
  private readonly needle: string;
  /** Whether the first word is plain ASCII, so that a plain search of the lower-cased text finds it. */
  private readonly plainNeedle: boolean;
  private readonly byHand: boolean;
  private bodyPattern: RegExp | null = null;
  private fullPattern: RegExp | null = null;

  constructor(
    readonly entityId: string,
    private readonly form: string,
  ) {
    this.acronym = isAcronym(form);
    this.needle = form.toLowerCase().split(/[\s'’-]+/)[0] ?? '';
    this.plainNeedle = /^[\x20-\x7e]+$/.test(this.needle);
    this.byHand = MATCHABLE_BY_HAND.test(form);
  }

  /** `lower` is the text lower-cased, or null where lower-casing and case folding disagree (see lowerCased). */
  matchesIn(text: string, lower: string | null): MentionSpan[] {
    if (lower === null || !this.plainNeedle) return this.matchesByPattern(text);
    const found: MentionSpan[] = [];
    let next = 0;
    for (let start = lower.indexOf(this.needle); start >= 0; start = lower.indexOf(this.needle, start + 1)) {
      if (start < next) continue;
      const end = this.matchAt(text, lower, start);
      if (end === null) continue;
      found.push({ start, end, text: text.slice(start, end) });
      next = end;
    }
    return found;
  }

  /** Where a match starting at `start` ends, or null: the steps surfacePattern's regular expression takes. */
  private matchAt(text: string, lower: string, start: number): number | null {
    if (LETTER_OR_DIGIT.test(codePointBefore(text, start))) return null;
    const bodyEnd = this.byHand ? this.bodyEndByHand(text, lower, start) : this.bodyEndByPattern(text, start);
    if (bodyEnd === null) return null;
    for (const suffix of ENDINGS) {
      const candidate = text.slice(bodyEnd, bodyEnd + suffix.length);
      const same = this.acronym ? candidate === suffix : candidate.toLowerCase() === suffix;
      if (!same) continue;
      const end = bodyEnd + suffix.length;
      if (!LETTER_OR_DIGIT.test(codePointAt(text, end))) return end;
    }
    return null;
  }

  /**
   * Where escapeForRegExp(form) matches from `start` on, followed step by step: a run of white space matches one
   * or more white-space characters (as many as there are: nothing after it can match white space), an apostrophe
   * or hyphen any of its kind, and any other character itself, ignoring ASCII case unless the form is an acronym.
   * Only called where case folding is lower-casing (see matchesIn), so `lower` serves for the case-blind match.
   */
  private bodyEndByHand(text: string, lower: string, start: number): number | null {
    const form = this.form;
    let at = start;
    for (let i = 0; i < form.length;) {
      const spaces = spacesEnd(form, i);
      if (spaces > i) {
        const end = spacesEnd(text, at);
        if (end === at) return null;
        at = end;
        i = spaces;
        continue;
      }
      const expected = form.charCodeAt(i);
      const actual = (this.acronym ? text : lower).charCodeAt(at);
      if (expected === APOSTROPHE || expected === RIGHT_QUOTE) {
        if (actual !== APOSTROPHE && actual !== RIGHT_QUOTE) return null;
      } else if (expected === HYPHEN_MINUS || expected === HYPHEN || expected === EN_DASH) {
        if (actual !== HYPHEN_MINUS && actual !== HYPHEN && actual !== EN_DASH) return null;
      } else if (actual !== (this.acronym ? expected : lowerAscii(expected))) {
        return null;
      }
      at += 1;
      i += 1;
    }
    return at;
  }

  private bodyEndByPattern(text: string, start: number): number | null {
    this.bodyPattern ??= new RegExp(escapeForRegExp(this.form), this.acronym ? 'yu' : 'yiu');
    this.bodyPattern.lastIndex = start;
    const body = this.bodyPattern.exec(text);
    return body ? start + body[0].length : null;
  }

  private matchesByPattern(text: string): MentionSpan[] {
    this.fullPattern ??= surfacePattern(this.form);
    this.fullPattern.lastIndex = 0;
    return [...text.matchAll(this.fullPattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
  }
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

  constructor(entities: readonly NamedEntity[], paragraphs: Iterable<Passage>) {
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
        // Most words file one form: a literal array holds it without the spare room push() would reserve.
        const filed = this.byWord.get(rarest);
        if (filed) filed.push(new SurfaceForm(entity.id, form));
        else this.byWord.set(rarest, [new SurfaceForm(entity.id, form)]);
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

/**
 * A passage's text lower-cased for the plain searches, once for all its candidate forms; null where lower-casing
 * changes the length or the text holds ſ or the Kelvin sign (whose case folding lower-casing does not follow):
 * there the forms run their whole patterns.
 */
function lowerCased(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !/[ſ\u212a]/.test(text) ? lower : null;
}

function matchesIn(passage: Passage, forms: Iterable<SurfaceForm>): Match[] {
  const matches: Match[] = [];
  const lower = lowerCased(passage.text);
  for (const form of forms) {
    for (const span of form.matchesIn(passage.text, lower)) {
      const start = passage.start + span.start;
      matches.push({ entityId: form.entityId, start, end: passage.start + span.end, text: span.text });
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

/**
 * The name matches in passages of a document that is not a seed (the document pipeline links a new text against
 * the graph's entities): the same forms and longest-match rule as the seed loader, over paragraphs only, in
 * document order. Curated mentions do not apply.
 */
export function findNameMatches(
  passages: readonly Passage[],
  entities: readonly NamedEntity[],
): (MentionSpan & { readonly entityId: string; readonly passageId: string })[] {
  const paragraphs = passages.filter((passage) => passage.kind === 'paragraph');
  const index = new SurfaceFormIndex(entities, paragraphs);
  return paragraphs.flatMap((passage) =>
    matchesIn(passage, index.candidatesFor(passage.text)).map((match) => ({ ...match, passageId: passage.localId })),
  );
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
  sources: Iterable<SeedSource>,
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
  // Two walks over the sources (word counts, then mentions): the bulk loader's shelf reads each text twice
  // rather than holding them all.
  const index = new SurfaceFormIndex(entities, paragraphsOf(sources));
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

function* paragraphsOf(sources: Iterable<SeedSource>): Generator<Passage> {
  for (const source of sources) {
    for (const passage of source.passages) if (passage.kind === 'paragraph') yield passage;
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
