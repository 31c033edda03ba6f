import type { OrganisationResolvers } from '../__generated__/resolvers-types';
import { entityFields, relationField } from './entityFields';

export const Organisation: OrganisationResolvers = {
  ...entityFields,
  members: relationField(['MEMBER_OF'], 'INCOMING'),
  observers: relationField(['OBSERVER_OF'], 'INCOMING'),
  dialoguePartners: relationField(['DIALOGUE_PARTNER_OF'], 'INCOMING'),
  bodies: relationField(['BODY_OF'], 'INCOMING'),
  bodyOf: relationField(['BODY_OF'], 'OUTGOING'),
  cooperationDocuments: relationField(['COOPERATION_DOCUMENT_WITH'], 'BOTH'),
  cooperation: relationField(['COOPERATES_WITH'], 'BOTH'),
  officeHolders: relationField(['HOLDS_OFFICE'], 'INCOMING'),
  presidency: relationField(['PRESIDES'], 'INCOMING'),
  meetings: relationField(['MET_WITH'], 'BOTH'),
  sessions: relationField(['MEETING_OF'], 'INCOMING'),
  participants: relationField(['TAKES_PART_IN'], 'INCOMING'),
  draftedDocuments: relationField(['DRAFTED_BY'], 'INCOMING'),
  coordination: relationField(['COORDINATES'], 'OUTGOING'),
  appeals: relationField(['APPEALED_TO'], 'BOTH'),
  characterisations: relationField(['CHARACTERISES'], 'BOTH'),
};
