/**
 * How the explorer tells things apart at a glance: a colour and a shape per entity kind (the legend draws the
 * same), and a line style per family of relationship status, so that what is planned, former or denied never
 * looks like an established fact.
 */

export const ENTITY_KINDS = [
  'STATE',
  'ORGANISATION',
  'EVENT',
  'DOCUMENT',
  'INITIATIVE',
  'PERSON',
  'PLACE',
  'STATISTIC',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Shapes cytoscape can draw and the legend can draw as SVG. */
export type KindShape =
  'ellipse' | 'round-rectangle' | 'diamond' | 'rectangle' | 'hexagon' | 'triangle' | 'tag' | 'barrel';

export interface KindStyle {
  readonly label: string;
  /** Okabe-Ito-based palette: distinguishable with the common colour-vision deficiencies. */
  readonly colour: string;
  readonly shape: KindShape;
}

export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  STATE: { label: 'State', colour: '#0072b2', shape: 'ellipse' },
  ORGANISATION: { label: 'Organisation', colour: '#d55e00', shape: 'round-rectangle' },
  EVENT: { label: 'Event', colour: '#009e73', shape: 'diamond' },
  DOCUMENT: { label: 'Document', colour: '#cc79a7', shape: 'rectangle' },
  INITIATIVE: { label: 'Initiative', colour: '#e69f00', shape: 'hexagon' },
  PERSON: { label: 'Person', colour: '#56b4e9', shape: 'ellipse' },
  PLACE: { label: 'Place', colour: '#7f6d00', shape: 'triangle' },
  STATISTIC: { label: 'Statistic', colour: '#6e6e6e', shape: 'tag' },
};

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind as EntityKind] ?? { label: kind, colour: '#999999', shape: 'ellipse' };
}

/** Families of status, each drawn with its own line. */
export type StatusFamily = 'established' | 'tentative' | 'former' | 'negative';

const TENTATIVE = new Set([
  'PLANNED',
  'BEING_WORKED_OUT',
  'BEING_DRAFTED',
  'UNDER_CONSIDERATION',
  'APPLICANT',
  'EXPECTED',
  'INTENDED',
  'POTENTIAL',
  'NEXT',
  'INTERESTED',
  'QUESTION_ONLY',
]);
const FORMER = new Set(['FORMER', 'FORMER_MEMBER', 'FORMER_OBSERVER', 'FORMER_DIALOGUE_PARTNER']);
const NEGATIVE = new Set([
  'NOT_UNDER_CONSIDERATION',
  'REFUSED',
  'NOT_A_MILITARY_POLITICAL_BLOC',
  'NOT_DIRECTED_AGAINST_ANY_STATE_OR_ORGANISATION',
  'DOES_NOT_SETTLE_BILATERAL_DISPUTES',
]);

export function statusFamily(status: string): StatusFamily {
  if (TENTATIVE.has(status)) return 'tentative';
  if (FORMER.has(status)) return 'former';
  if (NEGATIVE.has(status)) return 'negative';
  return 'established';
}

export interface StatusFamilyStyle {
  readonly label: string;
  readonly colour: string;
  readonly line: 'solid' | 'dashed' | 'dotted';
}

export const STATUS_FAMILY_STYLES: Readonly<Record<StatusFamily, StatusFamilyStyle>> = {
  established: { label: 'stated as is (signed, member, held …)', colour: '#5b6670', line: 'solid' },
  tentative: { label: 'planned, in progress, sought, asked', colour: '#b36b00', line: 'dashed' },
  former: { label: 'former', colour: '#a3abb3', line: 'solid' },
  negative: { label: 'negative or refused', colour: '#c0392b', line: 'dotted' },
};

/** `BEING_WORKED_OUT` -> `being worked out`. */
export function humanise(enumValue: string): string {
  return enumValue.toLowerCase().replace(/_/g, ' ');
}
