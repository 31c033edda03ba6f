import type { PlaceResolvers } from '../__generated__/resolvers-types';
import { entityFields, relationField } from './entityFields';

export const Place: PlaceResolvers = {
  ...entityFields,
  events: relationField(['HELD_IN'], 'INCOMING'),
  location: relationField(['LOCATED_IN'], 'BOTH'),
};
