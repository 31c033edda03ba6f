import type { PersonResolvers } from '../__generated__/resolvers-types';
import { entityFields, relationField } from './entityFields';

export const Person: PersonResolvers = {
  ...entityFields,
  offices: relationField(['HOLDS_OFFICE'], 'OUTGOING'),
  meetings: relationField(['MET_WITH'], 'BOTH'),
  signed: relationField(['SIGNED_BY'], 'INCOMING'),
  presented: relationField(['PRESENTED_BY'], 'INCOMING'),
  participations: relationField(['PARTICIPATED_IN'], 'OUTGOING'),
};
