import type { DateValueResolvers, TimeQualifierResolvers } from '../__generated__/resolvers-types';
import { precisionFromGraph } from './enums';

export const TimeQualifier: TimeQualifierResolvers = {};

export const DateValue: DateValueResolvers = {
  precision: (date) => precisionFromGraph(date.precision),
};
