/**
 * The fixed vocabulary of the graph: entity kinds, their statuses, relationship types with their allowed
 * endpoints and statuses. Labels and relationship types reach Cypher only from these lists, never from input.
 */

export const ENTITY_KINDS = [
  'State',
  'Organisation',
  'Event',
  'Document',
  'Initiative',
  'Person',
  'Place',
  'Statistic',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Statuses an entity itself may carry (an event held or planned, a document adopted or being drafted). */
export const ENTITY_STATUSES: Readonly<Record<EntityKind, readonly string[]>> = {
  State: [],
  Organisation: ['active', 'planned'],
  Event: ['held', 'ongoing', 'planned'],
  Document: ['adopted', 'signed', 'in-force', 'being-implemented', 'being-drafted', 'planned'],
  Initiative: ['active', 'launched', 'planned'],
  Person: [],
  Place: [],
  Statistic: [],
};

export const STATISTIC_BOUNDS = ['exactly', 'over', 'about', 'almost', 'under'] as const;
export type StatisticBound = (typeof STATISTIC_BOUNDS)[number];

/** How a relationship is supported by its evidence. */
export const BASES = ['stated', 'implied'] as const;
export type Basis = (typeof BASES)[number];

export interface RelationshipTypeSpec {
  readonly description: string;
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  /** Allowed values of `status`; the first is the default when a seed leaves it out. */
  readonly statuses: readonly string[];
}

const ACTORS: readonly EntityKind[] = ['State', 'Organisation', 'Person'];
const ANY: readonly EntityKind[] = ENTITY_KINDS;

export const RELATIONSHIP_TYPES = {
  MEMBER_OF: {
    description: 'A state (or organisation) belongs to an organisation, or its membership is sought or refused.',
    from: ['State', 'Organisation'],
    to: ['Organisation'],
    statuses: [
      'member',
      'permanent-member',
      'former-member',
      'applicant',
      'under-consideration',
      'not-under-consideration',
      'question-only',
    ],
  },
  OBSERVER_OF: {
    description: 'A state holds (or held) observer status in an organisation.',
    from: ['State'],
    to: ['Organisation'],
    statuses: ['observer', 'former-observer', 'applicant', 'question-only'],
  },
  DIALOGUE_PARTNER_OF: {
    description: 'A state holds, or seeks, dialogue-partner status in an organisation.',
    from: ['State'],
    to: ['Organisation'],
    statuses: ['dialogue-partner', 'former-dialogue-partner', 'applicant', 'question-only'],
  },
  BODY_OF: {
    description: 'An organ, agency, mechanism or subdivision belongs to an organisation.',
    from: ['Organisation'],
    to: ['Organisation', 'State'],
    statuses: ['established', 'planned'],
  },
  HOLDS_OFFICE: {
    description: 'A person holds an office in an organisation or a state (the office is in `role`).',
    from: ['Person'],
    to: ['Organisation', 'State'],
    statuses: ['current', 'former'],
  },
  PRESIDES: {
    description: 'A state holds the rotating presidency (chairmanship) of an organisation.',
    from: ['State'],
    to: ['Organisation'],
    statuses: ['current', 'former', 'next'],
  },
  COOPERATES_WITH: {
    description: 'Two actors cooperate, or hold dialogue or contacts, without a document being stated.',
    from: ACTORS,
    to: ACTORS,
    statuses: ['active', 'formalised', 'dialogue', 'contacts', 'interested', 'planned'],
  },
  COOPERATION_DOCUMENT_WITH: {
    description: 'An organisation has a cooperation document with another organisation, signed or being worked out.',
    from: ['Organisation'],
    to: ['Organisation'],
    statuses: ['signed', 'being-worked-out'],
  },
  ADOPTED_AT: {
    description: 'A document was adopted, approved, passed or signed at an event.',
    from: ['Document'],
    to: ['Event'],
    statuses: ['adopted', 'planned'],
  },
  ADOPTED_BY: {
    description: 'A document was adopted, passed or approved by an actor (a body, the member states).',
    from: ['Document'],
    to: ACTORS,
    statuses: ['adopted', 'planned'],
  },
  SIGNED_BY: {
    description: 'A document was signed by a state, person or organisation.',
    from: ['Document'],
    to: ACTORS,
    statuses: ['signed', 'planned'],
  },
  PARTY_TO: {
    description: 'A state or organisation is a party to (or bound by) a document.',
    from: ['State', 'Organisation'],
    to: ['Document'],
    statuses: ['party', 'planned'],
  },
  HELD_IN: {
    description: 'An event took (or will take) place in a place.',
    from: ['Event'],
    to: ['Place', 'State'],
    statuses: ['held', 'planned'],
  },
  LOCATED_IN: {
    description: 'A place or organisation is located in a place or state.',
    from: ['Place', 'Organisation'],
    to: ['Place', 'State'],
    statuses: ['located'],
  },
  PARTICIPATED_IN: {
    description: 'An actor took (or will take) part in an event.',
    from: ACTORS,
    to: ['Event'],
    statuses: ['participated', 'planned', 'expected'],
  },
  ORGANISED: {
    description: 'An actor organised, hosted or convened an event.',
    from: ACTORS,
    to: ['Event'],
    statuses: ['organised', 'planned'],
  },
  PRECEDED_BY: {
    description: 'An event is (or will be) preceded by another event.',
    from: ['Event'],
    to: ['Event'],
    statuses: ['held', 'planned'],
  },
  PART_OF: {
    description: 'An event is part of a larger event or series; a document is part of a package.',
    from: ['Event', 'Document'],
    to: ['Event', 'Document'],
    statuses: ['part'],
  },
  MET_WITH: {
    description: 'A person or organisation met (or will meet) another.',
    from: ACTORS,
    to: ACTORS,
    statuses: ['held', 'planned'],
  },
  IMPLEMENTS: {
    description: 'A document or initiative implements another document or initiative.',
    from: ['Document', 'Initiative', 'Organisation'],
    to: ['Document', 'Initiative'],
    statuses: ['implementing', 'planned', 'potential'],
  },
  LINKS: {
    description: 'A document or initiative links (aligns) two undertakings; one edge per undertaking linked.',
    from: ['Document', 'Initiative'],
    to: ['Initiative', 'Organisation', 'Document'],
    statuses: ['agreed', 'planned'],
  },
  SUPPORTS: {
    description: 'An actor or document supports a document, initiative or process.',
    from: ['State', 'Organisation', 'Document', 'Person'],
    to: ['Document', 'Initiative', 'Organisation', 'Event'],
    statuses: ['supports', 'interested'],
  },
  ASSISTS: {
    description: 'An actor provides assistance to a state.',
    from: ACTORS,
    to: ['State'],
    statuses: ['providing', 'planned'],
  },
  CONCERNS: {
    description: 'A document, event, initiative or statistic is about a subject entity.',
    from: ['Document', 'Event', 'Initiative'],
    to: ANY,
    statuses: ['about'],
  },
  LAUNCHED: {
    description: 'An actor launched or established an initiative, body or process.',
    from: ACTORS,
    to: ['Initiative', 'Organisation', 'Event', 'Document'],
    statuses: ['launched', 'planned'],
  },
  MEETING_OF: {
    description: 'An event is a meeting or session of a body (a council, commission or contact group).',
    from: ['Event'],
    to: ['Organisation'],
    statuses: ['held', 'planned'],
  },
  TAKES_PART_IN: {
    description:
      "A state (its representatives) works in, or takes part in the activities of, an organisation's body or mechanism.",
    from: ['State', 'Organisation', 'Person'],
    to: ['Organisation'],
    statuses: ['active', 'intended', 'former'],
  },
  DRAFTED_BY: {
    description: 'A document was drafted, or is being or will be developed, by an actor.',
    from: ['Document'],
    to: ACTORS,
    statuses: ['drafted', 'being-drafted', 'planned'],
  },
  PRESENTED_AT: {
    description: 'A statement or document was made or presented at an event (without being adopted there).',
    from: ['Document'],
    to: ['Event'],
    statuses: ['presented', 'planned'],
  },
  PRESENTED_BY: {
    description: 'A statement or document was made or presented by an actor (on its own or on others’ behalf).',
    from: ['Document'],
    to: ACTORS,
    statuses: ['presented', 'planned'],
  },
  APPEALED_TO: {
    description:
      'An actor appealed to another (for restraint, with a mediation proposal ...); the status says how the appeal was received.',
    from: ACTORS,
    to: ACTORS,
    statuses: ['made', 'heeded', 'refused'],
  },
  COORDINATES: {
    description: 'An actor coordinates (or is to coordinate) an initiative, process or mechanism.',
    from: ACTORS,
    to: ['Initiative', 'Event', 'Organisation'],
    statuses: ['coordinating', 'planned'],
  },
  CHARACTERISES: {
    description:
      'An actor characterises another actor, or itself (a self-loop, from = to), as the status says. Negative characterisations keep their negative status ("not-a-military-political-bloc").',
    from: ACTORS,
    to: ACTORS,
    statuses: [
      'not-a-military-political-bloc',
      'not-directed-against-any-state-or-organisation',
      'does-not-settle-bilateral-disputes',
      'expansion-not-an-end-in-itself',
      'non-bloc-approach',
      'open-to-cooperation',
      'transcontinental-character',
      'largest-organisation-by-aggregate-potential',
      'guarantor-of-peace-and-stability',
      'major-regional-player',
    ],
  },
  MEASURES: {
    description: 'A statistic measures something about its subject (written from the statistic).',
    from: ['Statistic'],
    to: ANY,
    statuses: ['stated'],
  },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIP_TYPES, value);
}
