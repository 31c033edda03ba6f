/**
 * GraphQL enum values <-> the graph's vocabulary: `BEING_WORKED_OUT` <-> `being-worked-out`,
 * `ORGANISATION` <-> `Organisation`, `PART_OF_MONTH` <-> `part-of-month`.
 */
import type { DatePrecision, EntityKind as EntityKindEnum, RelationStatus } from '../__generated__/resolvers-types';
import type { DatePrecision as GraphDatePrecision } from '../ingest/dates';
import { ENTITY_KINDS, type EntityKind } from '../ingest/vocabulary';

export const statusToGraph = (status: RelationStatus): string => status.toLowerCase().replace(/_/g, '-');
export const statusFromGraph = (status: string): RelationStatus =>
  status.toUpperCase().replace(/-/g, '_') as RelationStatus;

export const statusesToGraph = (statuses: readonly RelationStatus[] | null | undefined): string[] | null =>
  statuses && statuses.length > 0 ? statuses.map(statusToGraph) : null;

export const kindFromGraph = (kind: EntityKind): EntityKindEnum => kind.toUpperCase() as EntityKindEnum;

export function kindToGraph(kind: EntityKindEnum): EntityKind {
  const found = ENTITY_KINDS.find((k) => k.toUpperCase() === kind);
  if (!found) throw new Error(`unknown entity kind ${kind}`);
  return found;
}

export const kindsToGraph = (kinds: readonly EntityKindEnum[] | null | undefined): EntityKind[] | null =>
  kinds && kinds.length > 0 ? kinds.map(kindToGraph) : null;

export const precisionFromGraph = (precision: GraphDatePrecision): DatePrecision =>
  precision.toUpperCase().replace(/-/g, '_') as DatePrecision;
