/**
 * One Statistic entity: a template, a subject drawn by popularity, a figure, the time it covers, and the
 * sentence that states it (its evidence). The name is what the figure counts, of what, and when.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { EntityItem, EntityRecord } from './entities';
import { capitalise, sentenceOf } from './prose';
import type { Random } from './random';
import { drawFigure, STATISTIC_TEMPLATES, type Figure, type StatisticTemplate } from './statistics';
import { drawPointInTime, FIRST_YEAR, LAST_YEAR, type TimeQualifier } from './time';

export interface DrawnStatistic {
  readonly template: StatisticTemplate;
  readonly subject: EntityRecord;
  readonly figure: Figure;
  readonly name: string;
  readonly sentence: string;
  /** The entity item without its id and evidence, which the caller adds. */
  readonly item: Omit<EntityItem, 'id'>;
}

/** Figures cover a year, or a span of years ("from 2013 to 2017"), or say nothing of time. */
function drawFigureTime(random: Random): TimeQualifier | null {
  const form = random.below(10);
  if (form < 6) {
    const year = random.between(FIRST_YEAR, LAST_YEAR);
    return { date: String(year), dateText: String(year), phrase: `in ${year}` };
  }
  if (form < 8) {
    const from = random.between(FIRST_YEAR, LAST_YEAR - 1);
    const to = random.between(from + 1, LAST_YEAR);
    const text = `from ${from} to ${to}`;
    return { period: { from: String(from), to: String(to) }, dateText: text, phrase: text };
  }
  if (form < 9) return drawPointInTime(random);
  return null;
}

export function drawStatistic(
  random: Random,
  subjectFor: (kinds: readonly EntityKind[]) => EntityRecord,
): DrawnStatistic {
  const template = random.pick(STATISTIC_TEMPLATES);
  const subject = subjectFor(template.subjectKinds);
  const figure = drawFigure(random, template);
  const time = drawFigureTime(random);
  const sentence = sentenceOf(template.sentence(figure.text, random.pick(subject.references)), time);
  const name = `${capitalise(template.counts)}: ${subject.name}${time ? `, ${time.dateText}` : ''}`;
  return {
    template,
    subject,
    figure,
    name,
    sentence,
    item: {
      kind: 'Statistic',
      name,
      description: sentence,
      value: figure.value,
      bound: figure.bound,
      unit: template.unit,
      counts: template.counts,
      subject: subject.id,
      total: figure.total,
      date: time?.date,
      period: time?.period,
      dateText: time?.dateText,
    },
  };
}
