import type { DocumentResolvers } from '../__generated__/resolvers-types';
import { entityFields, relationField } from './entityFields';

export const Document: DocumentResolvers = {
  ...entityFields,
  adoptedAt: relationField(['ADOPTED_AT'], 'OUTGOING'),
  adoptedBy: relationField(['ADOPTED_BY'], 'OUTGOING'),
  signedBy: relationField(['SIGNED_BY'], 'OUTGOING'),
  parties: relationField(['PARTY_TO'], 'INCOMING'),
  implementation: relationField(['IMPLEMENTS'], 'BOTH'),
  links: relationField(['LINKS'], 'OUTGOING'),
  subjects: relationField(['CONCERNS', 'SUPPORTS'], 'OUTGOING'),
  draftedBy: relationField(['DRAFTED_BY'], 'OUTGOING'),
  presentedAt: relationField(['PRESENTED_AT'], 'OUTGOING'),
  presentedBy: relationField(['PRESENTED_BY'], 'OUTGOING'),
};
