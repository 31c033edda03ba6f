import type { StateResolvers } from '../__generated__/resolvers-types';
import { entityFields, relationField } from './entityFields';

export const State: StateResolvers = {
  ...entityFields,
  memberships: relationField(['MEMBER_OF', 'OBSERVER_OF', 'DIALOGUE_PARTNER_OF'], 'OUTGOING'),
  presidencies: relationField(['PRESIDES'], 'OUTGOING'),
  officeHolders: relationField(['HOLDS_OFFICE'], 'INCOMING'),
  participations: relationField(['PARTICIPATED_IN'], 'OUTGOING'),
  cooperation: relationField(['COOPERATES_WITH', 'ASSISTS'], 'BOTH'),
  bodyParticipations: relationField(['TAKES_PART_IN'], 'OUTGOING'),
  appeals: relationField(['APPEALED_TO'], 'BOTH'),
};
