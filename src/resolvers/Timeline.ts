import type { TimelineEntryResolvers } from '../__generated__/resolvers-types';
import { precisionFromGraph } from './enums';

const OPEN_END = '9999-12-31';

export const TimelineEntry: TimelineEntryResolvers = {
  entity: (entry) => entry.entity,
  occurrence: (entry) => entry.occurrence,
  time: (entry) => entry.entity.time,
  precision: (entry) => {
    if (entry.occurrence === 'SOURCE_DATED') return null;
    const time = entry.entity.time;
    const placing = time?.at ?? time?.from ?? time?.to ?? null;
    return placing ? precisionFromGraph(placing.precision) : null;
  },
  start: (entry) => entry.start ?? entry.end ?? '',
  end: (entry) => entry.end ?? OPEN_END,
  reportedOn: (entry) => entry.reportedOn,
};
