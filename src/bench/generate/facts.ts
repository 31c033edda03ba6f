/**
 * Draws the relationships: a type (weighted like the real seeds, every type at least once), endpoints of the
 * kinds the type allows (by Zipf popularity, so a few hubs gather most facts), a status the type allows
 * (negative ones included), sometimes a time, a basis and a note, and the sentence that states it.
 */
import type { z } from 'zod';
import type { relationshipSchema } from '../../ingest/seedSchema';
import {
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  type Basis,
  type EntityKind,
  type RelationshipType,
} from '../../ingest/vocabulary';
import type { EntityRecord } from './entities';
import { PairSet } from './pairSet';
import { zipfWeight, WeightedSampler } from './popularity';
import { sentenceOf } from './prose';
import type { Random } from './random';
import { factSentence } from './sentences';
import { drawTime, FIRST_YEAR } from './time';

/** A relationship as a fact file holds it (the YAML item, or one JSON line). */
export type RelationshipItem = z.input<typeof relationshipSchema>;

/** Relative frequency of each type, from the counts in the real facts file (seeds/facts/). */
const TYPE_WEIGHTS: Readonly<Record<RelationshipType, number>> = {
  COOPERATES_WITH: 25,
  BODY_OF: 23,
  PARTICIPATED_IN: 21,
  MEMBER_OF: 15,
  CONCERNS: 15,
  PRECEDED_BY: 14,
  MEASURES: 14,
  COOPERATION_DOCUMENT_WITH: 13,
  CHARACTERISES: 10,
  ADOPTED_BY: 10,
  PART_OF: 9,
  ORGANISED: 9,
  HELD_IN: 9,
  TAKES_PART_IN: 8,
  ADOPTED_AT: 8,
  MEETING_OF: 7,
  MET_WITH: 6,
  HOLDS_OFFICE: 6,
  SIGNED_BY: 5,
  LOCATED_IN: 5,
  IMPLEMENTS: 5,
  DRAFTED_BY: 5,
  SUPPORTS: 4,
  APPEALED_TO: 4,
  PARTY_TO: 3,
  OBSERVER_OF: 3,
  LAUNCHED: 3,
  LINKS: 2,
  DIALOGUE_PARTNER_OF: 2,
  PRESIDES: 2,
  PRESENTED_BY: 2,
  PRESENTED_AT: 2,
  COORDINATES: 2,
  ASSISTS: 2,
};
const TYPE_WEIGHT_LIST = RELATIONSHIP_TYPE_NAMES.map((type) => TYPE_WEIGHTS[type]);

const OFFICES: Readonly<Record<'Organisation' | 'State', readonly string[]>> = {
  Organisation: ['Secretary-General', 'Deputy Secretary-General', 'Executive Director', 'Chairman', 'Director'],
  State: ['President', 'Prime Minister', 'Minister of Foreign Affairs', 'Minister of Defence', 'Ambassador'],
};

/**
 * Types whose sentence can carry a time of its own; the others tie an event (which has its date) or state a
 * timeless link, and a second date there would read oddly.
 */
const DATED_TYPES = new Set<RelationshipType>([
  'MEMBER_OF',
  'OBSERVER_OF',
  'DIALOGUE_PARTNER_OF',
  'BODY_OF',
  'HOLDS_OFFICE',
  'PRESIDES',
  'COOPERATES_WITH',
  'COOPERATION_DOCUMENT_WITH',
  'ADOPTED_BY',
  'SIGNED_BY',
  'PARTY_TO',
  'MET_WITH',
  'IMPLEMENTS',
  'SUPPORTS',
  'ASSISTS',
  'LAUNCHED',
  'TAKES_PART_IN',
  'DRAFTED_BY',
  'PRESENTED_BY',
  'APPEALED_TO',
  'COORDINATES',
]);
/** Statuses about what is still to come: their dates lie after the source's date, the others before it. */
const FUTURE_STATUSES = new Set([
  'planned',
  'next',
  'expected',
  'intended',
  'applicant',
  'under-consideration',
  'being-worked-out',
  'being-drafted',
  'potential',
]);
const YEARS_AHEAD = 6;

/** Endpoint draws that hit a pair already used are retried this often before a distinct `key` is given. */
const REDRAWS = 8;
/** Above this many entities the numeric pair key (type, from, to) would lose precision. */
export const MAX_ENTITIES = 10_000_000;

export interface DrawnFact {
  readonly item: RelationshipItem;
  /** The sentence of the text that states the fact: its quote. */
  readonly sentence: string;
}

/** Where a fact is stated: the source (and its year, for the fact's dates) and the paragraph. */
export interface Statement {
  readonly sourceId: string;
  readonly sourceYear: number;
  readonly passageId: string;
}

/** What drawing a fact of one type needs, worked out once per type. */
interface TypePlan {
  readonly type: RelationshipType;
  readonly index: number;
  readonly from: WeightedSampler;
  readonly to: WeightedSampler;
  readonly statuses: readonly string[];
  /** The first status (the plain positive one) three times as likely as each other. */
  readonly statusWeights: readonly number[];
  readonly dated: boolean;
}

/** A fact drawn lately, which a later source may state again (a restatement). */
interface RecentFact {
  readonly plan: TypePlan;
  readonly from: EntityRecord;
  readonly to: EntityRecord;
  readonly key: string | undefined;
  /** Drawn with the first statement (after its status, as before restatements existed: corpora stay the same). */
  role: string | null;
  /** The sources that stated it so far: a source states a fact once. */
  readonly sources: string[];
}

/**
 * How many recent facts a restatement picks from (a source repeats what other sources said lately): enough to
 * span several sources of the 1M corpora (about 4,000 statements a source), so most picks are another source's.
 */
const RECENT_FACTS = 65_536;
/** Picks of a recent fact before giving up and drawing a new fact (the picked one was this source's own). */
const RESTATEMENT_PICKS = 8;

export class FactDrawer {
  private readonly samplers = new Map<string, WeightedSampler>();
  private readonly plans: TypePlan[];
  private readonly used: PairSet;
  private readonly repeats = new Map<number, number>();
  private readonly recent: RecentFact[] = [];

  /**
   * `restatementShare`: the share of drawn relationships that restate a recent fact of another source (same type,
   * ends and key; its own status, time and sentence), so that a corpus has several statements per fact.
   */
  constructor(
    private readonly random: Random,
    private readonly records: readonly EntityRecord[],
    expectedFacts: number,
    private readonly restatementShare = 0,
  ) {
    if (records.length > MAX_ENTITIES) throw new Error(`at most ${MAX_ENTITIES} entities`);
    this.used = new PairSet(expectedFacts);
    this.plans = RELATIONSHIP_TYPE_NAMES.map((type, index) => {
      const spec = RELATIONSHIP_TYPES[type];
      const statuses: readonly string[] = spec.statuses;
      return {
        type,
        index,
        from: this.sampler(spec.from, 'from'),
        to: this.sampler(spec.to, 'to'),
        statuses,
        statusWeights: statuses.map((_, i) => (i === 0 ? 3 : 1)),
        dated: DATED_TYPES.has(type),
      };
    });
  }

  /** The fact numbered `ordinal`; the first facts take every type in turn, so each type occurs. */
  draw(ordinal: number, statement: Statement): DrawnFact {
    const { random } = this;
    const again = ordinal >= this.plans.length && this.restatementShare > 0 && random.chance(this.restatementShare);
    const restated = again ? this.recentFactOfAnotherSource(statement.sourceId) : null;
    if (restated) return this.state(restated, statement);
    const plan = ordinal < this.plans.length ? this.plans[ordinal] : random.pickWeighted(this.plans, TYPE_WEIGHT_LIST);
    if (!plan) throw new Error(`no type plan for fact ${ordinal}`);
    const { from, to, key } = this.endpoints(plan);
    const fact: RecentFact = { plan, from, to, key, role: null, sources: [] };
    if (this.restatementShare > 0) {
      if (this.recent.length < RECENT_FACTS) this.recent.push(fact);
      else this.recent[random.below(RECENT_FACTS)] = fact;
    }
    return this.state(fact, statement);
  }

  /** A recent fact this source has not stated yet, or null (then a new fact is drawn). */
  private recentFactOfAnotherSource(sourceId: string): RecentFact | null {
    for (let pick = 0; pick < RESTATEMENT_PICKS && this.recent.length > 0; pick += 1) {
      const fact = this.recent[this.random.below(this.recent.length)];
      if (fact && !fact.sources.includes(sourceId)) return fact;
    }
    return null;
  }

  /** One statement of a fact: a status the type allows, maybe a time, a basis, a note and the sentence. */
  private state(fact: RecentFact, statement: Statement): DrawnFact {
    const { random } = this;
    const { plan, from, to, key } = fact;
    const { type } = plan;
    fact.sources.push(statement.sourceId);
    const status = random.pickWeighted(plan.statuses, plan.statusWeights);
    fact.role ??= type === 'HOLDS_OFFICE' ? random.pick(OFFICES[to.kind === 'State' ? 'State' : 'Organisation']) : '';
    const { role } = fact;
    const year = statement.sourceYear;
    const time = !(plan.dated && random.chance(0.4))
      ? null
      : FUTURE_STATUSES.has(status)
        ? drawTime(random, year, year + YEARS_AHEAD)
        : drawTime(random, FIRST_YEAR, year);
    const fromReference = random.pick(from.references);
    const toReference = from === to ? fromReference : random.pick(to.references);
    const basisDraw = random.next();
    // Most facts say their basis; the rest leave the default (stated) implicit, as curated seeds do.
    const basis: Basis | undefined = basisDraw < 0.8 ? 'stated' : basisDraw < 0.9 ? 'implied' : undefined;
    const note =
      basis === 'implied'
        ? 'Implied by a collective reference rather than stated outright.'
        : random.chance(0.03)
          ? 'Stated in answer to a journalist’s question.'
          : undefined;
    const sentence = sentenceOf(factSentence(type, status, fromReference, toReference, role), time);
    // Fields left undefined are dropped by both JSON.stringify and the YAML writer; the order is the seeds'.
    const item: RelationshipItem = {
      type,
      from: from.id,
      to: to.id,
      status,
      key,
      role: role || undefined,
      date: time?.date,
      period: time?.period,
      dateText: time?.dateText,
      basis,
      note,
      evidence: [{ source: statement.sourceId, passage: statement.passageId, quote: sentence }],
    };
    return { item, sentence };
  }

  /**
   * Draws a pair not yet linked by this type where possible. Only CHARACTERISES links an entity to itself
   * (an organisation describing itself), as in the real seeds.
   */
  private endpoints(plan: TypePlan): { from: EntityRecord; to: EntityRecord; key?: string } {
    const selfLoops = plan.type === 'CHARACTERISES';
    const size = this.records.length;
    let pair = 0;
    let from = 0;
    let to = 0;
    for (let attempt = 0; attempt <= REDRAWS; attempt += 1) {
      from = plan.from.draw(this.random);
      to = selfLoops && this.canDescribeItself(from) ? from : plan.to.draw(this.random);
      if (from === to && !selfLoops) continue;
      pair = (plan.index * size + from) * size + to;
      if (!this.used.has(pair)) break;
    }
    if (from === to && !selfLoops) to = from === 0 ? 1 : 0;
    const fromRecord = this.record(from);
    const toRecord = this.record(to);
    pair = (plan.index * size + from) * size + to;
    if (!this.used.has(pair)) {
      this.used.add(pair);
      return { from: fromRecord, to: toRecord };
    }
    const occasion = (this.repeats.get(pair) ?? 1) + 1;
    this.repeats.set(pair, occasion);
    return { from: fromRecord, to: toRecord, key: `occasion-${occasion}` };
  }

  /** Organisations and states describe themselves ("not a military-political bloc"); people are not "itself". */
  private canDescribeItself(index: number): boolean {
    return this.record(index).kind !== 'Person' && this.random.chance(0.4);
  }

  private record(index: number): EntityRecord {
    const record = this.records[index];
    if (!record) throw new Error(`no entity ${index}`);
    return record;
  }

  /** Figures are endpoints only of MEASURES (from them); as a target they would read oddly, so never. */
  private sampler(kinds: readonly EntityKind[], end: 'from' | 'to'): WeightedSampler {
    const eligible = end === 'to' ? kinds.filter((kind) => kind !== 'Statistic') : kinds;
    const key = `${end}:${eligible.join(',')}`;
    let sampler = this.samplers.get(key);
    if (!sampler) {
      const members = this.records.filter((record) => eligible.includes(record.kind));
      sampler = new WeightedSampler(
        Int32Array.from(members, (record) => record.index),
        Float64Array.from(members, (record) => zipfWeight(record.rank)),
      );
      this.samplers.set(key, sampler);
    }
    return sampler;
  }
}
