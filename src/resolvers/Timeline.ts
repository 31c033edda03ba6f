import type { TimelineEntryResolvers } from '../__generated__/resolvers-types';

export const TimelineEntry: TimelineEntryResolvers = {
  entity: (entry) => entry,
  time: (entry) => {
    if (!entry.time) throw new Error(`timeline entry ${entry.id} has no time`);
    return entry.time;
  },
  start: (entry) => entry.time?.start ?? entry.time?.end ?? '',
  end: (entry) => entry.time?.end ?? '9999-12-31',
};
