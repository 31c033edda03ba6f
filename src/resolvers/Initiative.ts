import type { InitiativeResolvers } from '../__generated__/resolvers-types';
import { entityFields, relationField } from './entityFields';

export const Initiative: InitiativeResolvers = {
  ...entityFields,
  linkedBy: relationField(['LINKS'], 'INCOMING'),
  launchedBy: relationField(['LAUNCHED'], 'INCOMING'),
  supporters: relationField(['SUPPORTS'], 'INCOMING'),
  coordinators: relationField(['COORDINATES'], 'INCOMING'),
  implementation: relationField(['IMPLEMENTS'], 'BOTH'),
};
