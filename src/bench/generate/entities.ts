/**
 * Invents the cast of the corpus: how many entities of each kind, their names (unique under the validator's
 * `nameKey`), ids, subtypes, statuses, dates and descriptions. Statistics also get the sentence that states
 * them and the paragraph it will stand in, decided here so that their evidence can be written before the text.
 */
import type { z } from 'zod';
import type { entitySchema } from '../../ingest/seedSchema';
import { ENTITY_KINDS, ENTITY_STATUSES, type EntityKind } from '../../ingest/vocabulary';
import { paragraphOfItem, type CorpusLayout } from './layout';
import {
  nameDocument,
  nameEvent,
  nameInitiative,
  nameOrganisation,
  namePerson,
  namePlace,
  nameState,
  withAcronym,
  type EntityNaming,
} from './names';
import { zipfWeight, WeightedSampler } from './popularity';
import type { Random } from './random';
import { IdRegistry, NameRegistry } from './registry';
import { drawStatistic } from './statisticEntities';
import { drawPeriod, drawPointInTime, drawYear, type TimeQualifier } from './time';
import { WordForge } from './words';

/** An entity as a seed file holds it (the YAML item, or one JSON line). */
export type EntityItem = z.input<typeof entitySchema>;

export interface EntityRecord {
  /** Position in the cast (castEntities' result). */
  readonly index: number;
  readonly kind: EntityKind;
  /** Popularity rank within its kind: 0 is the hub. */
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  /** How the prose refers to it; for a statistic, its figure ("over 600 terrorist crimes"). */
  readonly references: readonly string[];
  readonly item: EntityItem;
  /** A statistic's own sentence and the fact paragraph (index into layout.factParagraphs) that states it. */
  readonly statement?: { readonly sentence: string; readonly paragraph: number };
}

/** Shares of each kind in the cast, close to the mix of the real seeds. */
const KIND_SHARES: Readonly<Record<EntityKind, number>> = {
  State: 0.03,
  Organisation: 0.12,
  Event: 0.17,
  Document: 0.17,
  Initiative: 0.08,
  Person: 0.15,
  Place: 0.14,
  Statistic: 0.14,
};
/** Built in this order: events are named after places, figures measure everything else. */
const BUILD_ORDER: readonly EntityKind[] = [
  'Place',
  'State',
  'Organisation',
  'Person',
  'Event',
  'Document',
  'Initiative',
  'Statistic',
];
/** Every relationship type needs two entities of its endpoint kinds. */
export const MIN_PER_KIND = 2;
export const MIN_ENTITIES = MIN_PER_KIND * ENTITY_KINDS.length;

/** Largest-remainder split of `total` by KIND_SHARES, at least MIN_PER_KIND each; the sum is exact. */
export function kindCounts(total: number): Record<EntityKind, number> {
  const spare = total - MIN_ENTITIES;
  const exact = ENTITY_KINDS.map((kind) => KIND_SHARES[kind] * spare);
  const counts = exact.map((value) => MIN_PER_KIND + Math.floor(value));
  let left = total - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return Object.fromEntries(ENTITY_KINDS.map((kind, i) => [kind, counts[i] ?? 0])) as Record<EntityKind, number>;
}

function timeFields(time: TimeQualifier | null): Pick<EntityItem, 'date' | 'period' | 'dateText'> {
  if (!time) return {};
  return { date: time.date, period: time.period, dateText: time.dateText };
}

/** Drops the fields left undefined, so that YAML and JSON lines carry only what is stated. */
export function compact<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as T;
}

/** "a forum", "an exercise": the subtype in words, with its article. */
function subtypeWords(subtype: string): string {
  const words = subtype.replace(/-/g, ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

const DESCRIPTIONS: Readonly<Record<Exclude<EntityKind, 'Statistic'>, (naming: EntityNaming) => string>> = {
  State: (n) => `State named in the news conferences, mostly by its short name ${n.aliases[0] ?? n.name}.`,
  Organisation: (n) => `The ${n.name}, ${subtypeWords(n.subtype)} whose work the news conferences discuss.`,
  Event: (n) => `The ${n.name}, ${subtypeWords(n.subtype)} reported on in the news conferences.`,
  Document: (n) => `The ${n.name}, ${subtypeWords(n.subtype)} cited in the news conferences.`,
  Initiative: (n) => `The ${n.name}, an undertaking of the ${n.subtype} kind discussed in the news conferences.`,
  Person: (n) => `${n.name}, an official quoted or named in the news conferences.`,
  Place: (n) => `${n.name}, ${subtypeWords(n.subtype)} named in the news conferences.`,
};

class Cast {
  readonly records: EntityRecord[] = [];
  private readonly forge: WordForge;
  private readonly names = new NameRegistry();
  private readonly ids = new IdRegistry();
  private readonly byKind = new Map<EntityKind, EntityRecord[]>();
  private readonly subjectSamplers = new Map<string, WeightedSampler>();
  private cities: readonly EntityRecord[] | undefined;

  constructor(
    private readonly random: Random,
    private readonly layout: CorpusLayout,
  ) {
    this.forge = new WordForge(random);
  }

  of(kind: EntityKind): readonly EntityRecord[] {
    return this.byKind.get(kind) ?? [];
  }

  build(counts: Record<EntityKind, number>): void {
    const givenNames = Array.from({ length: Math.max(40, Math.ceil(counts.Person / 25)) }, () => this.forge.fresh());
    for (const kind of BUILD_ORDER) {
      for (let rank = 0; rank < counts[kind]; rank += 1) {
        if (kind === 'Statistic') this.addStatistic(rank, counts.Statistic);
        else this.add(kind, rank, this.nameFor(kind, rank, givenNames));
      }
    }
  }

  /** Names until one is free; a clash (rare: a taken acronym, a repeated event) just draws again. */
  private nameFor(kind: Exclude<EntityKind, 'Statistic'>, rank: number, givenNames: readonly string[]): EntityNaming {
    for (;;) {
      const naming = this.draftName(kind, rank, givenNames);
      if (naming) return naming;
    }
  }

  private draftName(kind: EntityKind, rank: number, givenNames: readonly string[]): EntityNaming | null {
    const { random, forge } = this;
    switch (kind) {
      case 'State':
        return this.claimed(nameState(random, forge));
      case 'Organisation': {
        const { naming, acronyms } = nameOrganisation(random, forge, rank);
        if (!this.names.claim([naming.name])) return null;
        const acronym = acronyms.find((candidate) => this.names.claim([candidate]));
        return acronym ? withAcronym(naming, acronym) : naming;
      }
      case 'Place':
        return this.claimed(namePlace(random, forge));
      case 'Person':
        return this.claimed(namePerson(random, forge, givenNames));
      case 'Event': {
        this.cities ??= this.of('Place').filter((place) => place.item.subtype === 'city');
        const hostWord = this.cities.length > 0 ? random.pick(this.cities).name : forge.fresh();
        return this.claimed(nameEvent(random, hostWord, drawYear(random)));
      }
      case 'Document':
        return this.claimed(nameDocument(random, forge));
      default:
        return this.claimed(nameInitiative(random, forge));
    }
  }

  private claimed(naming: EntityNaming): EntityNaming | null {
    return this.names.claim([naming.name, ...naming.aliases]) ? naming : null;
  }

  private add(kind: Exclude<EntityKind, 'Statistic'>, rank: number, naming: EntityNaming): void {
    const statuses = ENTITY_STATUSES[kind];
    const status = statuses.length > 0 && this.random.chance(0.7) ? this.random.pick(statuses) : undefined;
    const item: EntityItem = compact({
      id: this.ids.claim(naming.idBase),
      kind,
      name: naming.name,
      aliases: naming.aliases.length > 0 ? [...naming.aliases] : undefined,
      subtype: naming.subtype,
      status,
      ...timeFields(this.timeOf(kind, naming)),
      description: DESCRIPTIONS[kind](naming),
    });
    this.push({
      index: this.records.length,
      kind,
      rank,
      id: item.id,
      name: naming.name,
      references: naming.references,
      item,
    });
  }

  /** Events carry the year of their name; documents a date or the period they cover. */
  private timeOf(kind: EntityKind, naming: EntityNaming): TimeQualifier | null {
    if (kind === 'Event') return drawPointInTime(this.random, Number(naming.name.slice(-4)));
    if (kind === 'Document') {
      return ['programme', 'strategy', 'roadmap'].includes(naming.subtype)
        ? drawPeriod(this.random)
        : drawPointInTime(this.random);
    }
    if (kind === 'Initiative' && this.random.chance(0.3)) return drawPeriod(this.random);
    return null;
  }

  private addStatistic(rank: number, total: number): void {
    const paragraph = paragraphOfItem(rank, total, this.layout.factParagraphs.length);
    const where = this.layout.factParagraphs[paragraph];
    if (!where) throw new Error(`no fact paragraph ${paragraph}`);
    const source = this.layout.sources[where.source];
    if (!source) throw new Error(`no source ${where.source}`);
    for (;;) {
      const drawn = drawStatistic(this.random, (kinds) => this.subjectFor(kinds));
      if (!this.names.claim([drawn.name])) continue;
      const id = this.ids.claim(`stat ${drawn.subject.id} ${drawn.template.unit}`);
      const item: EntityItem = compact({
        id,
        ...drawn.item,
        evidence: [{ source: source.id, passage: where.passageId, quote: drawn.sentence }],
      });
      this.push({
        index: this.records.length,
        kind: 'Statistic',
        rank,
        id,
        name: drawn.name,
        references: [drawn.figure.text],
        item,
        statement: { sentence: drawn.sentence, paragraph },
      });
      return;
    }
  }

  /** Figures are mostly about hubs, like the real "SCO" figures: a Zipf draw among the subject kinds. */
  private subjectFor(kinds: readonly EntityKind[]): EntityRecord {
    const key = kinds.join(',');
    let sampler = this.subjectSamplers.get(key);
    if (!sampler) {
      const members = kinds.flatMap((kind) => this.of(kind));
      sampler = new WeightedSampler(
        Int32Array.from(members, (record) => record.index),
        Float64Array.from(members, (record) => zipfWeight(record.rank)),
      );
      this.subjectSamplers.set(key, sampler);
    }
    const record = this.records[sampler.draw(this.random)];
    if (!record) throw new Error('subject sampler out of range');
    return record;
  }

  private push(record: EntityRecord): void {
    this.records.push(record);
    const list = this.byKind.get(record.kind) ?? [];
    list.push(record);
    this.byKind.set(record.kind, list);
  }
}

/** Every entity of the corpus, in build order (places, states, organisations, ... statistics). */
export function castEntities(random: Random, total: number, layout: CorpusLayout): EntityRecord[] {
  const cast = new Cast(random, layout);
  cast.build(kindCounts(total));
  return cast.records;
}
