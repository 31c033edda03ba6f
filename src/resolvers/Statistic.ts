import type { StatisticBound, StatisticResolvers } from '../__generated__/resolvers-types';
import type { EntityRecord, StatisticRecord } from '../graph/records';
import { entityFields } from './entityFields';

function statisticOf(parent: EntityRecord): StatisticRecord {
  if (!parent.statistic) throw new Error(`entity ${parent.id} is not a statistic`);
  return parent.statistic;
}

export const Statistic: StatisticResolvers = {
  ...entityFields,
  value: (parent) => statisticOf(parent).value,
  bound: (parent) => statisticOf(parent).bound.toUpperCase() as StatisticBound,
  unit: (parent) => statisticOf(parent).unit,
  counts: (parent) => statisticOf(parent).counts,
  total: (parent) => statisticOf(parent).total,
  subject: async (parent, _args, context) => {
    const subject = await context.loaders.entity.load(statisticOf(parent).subject);
    if (!subject) throw new Error(`statistic ${parent.id} measures a missing entity`);
    return subject;
  },
  evidence: (parent) => [...parent.evidence],
};
