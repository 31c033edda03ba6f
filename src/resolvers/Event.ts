import type { EventResolvers } from '../__generated__/resolvers-types';
import { entityFields, relationField } from './entityFields';

export const Event: EventResolvers = {
  ...entityFields,
  adoptedDocuments: relationField(['ADOPTED_AT'], 'INCOMING'),
  participants: relationField(['PARTICIPATED_IN'], 'INCOMING'),
  place: relationField(['HELD_IN'], 'OUTGOING'),
  precededBy: relationField(['PRECEDED_BY'], 'OUTGOING'),
  precedes: relationField(['PRECEDED_BY'], 'INCOMING'),
  organisers: relationField(['ORGANISED'], 'INCOMING'),
  parts: relationField(['PART_OF'], 'BOTH'),
  meetingOf: relationField(['MEETING_OF'], 'OUTGOING'),
  presentations: relationField(['PRESENTED_AT'], 'INCOMING'),
};
