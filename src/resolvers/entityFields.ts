/**
 * Fields every entity type shares (the `Entity` interface), and the factory for typed relationship fields such
 * as `Organisation.members`: each is the generic relation lookup with a fixed type set and direction.
 */
import type {
  Direction,
  RelationStatus,
  RelationType,
  StateResolvers,
  TimeFilter,
} from '../__generated__/resolvers-types';
import { badInput } from '../errors';
import { isPartialDate, parsePartialDate } from '../ingest/dates';
import type { EntityRecord, RelationPage } from '../graph/records';
import { pageRequest } from '../graph/read/pagination';
import type { RelationFilter } from '../graph/read/relations';
import type { Context } from '../server/context';
import { kindFromGraph, statusesToGraph } from './enums';

interface RelationArgs {
  readonly status?: readonly RelationStatus[] | null;
  readonly asOf?: string | null;
  readonly during?: TimeFilter | null;
  readonly includeRetired?: boolean | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Turns a TimeFilter into the days it spans (PartialDate values were validated by the scalar). */
export function windowOf(during: TimeFilter | null | undefined): { from: string | null; to: string | null } {
  const day = (value: string | null | undefined, edge: 'start' | 'end'): string | null => {
    if (!value) return null;
    const parsed = parsePartialDate(value);
    return isPartialDate(parsed) ? parsed[edge] : null;
  };
  return { from: day(during?.from, 'start'), to: day(during?.to, 'end') };
}

export function loadRelations(
  parent: EntityRecord,
  context: Context,
  types: readonly RelationType[] | null,
  direction: Direction,
  args: RelationArgs,
): Promise<RelationPage> {
  const window = windowOf(args.during);
  if (window.from && window.to && window.from > window.to) {
    throw badInput('during.from must not be after during.to', 'during');
  }
  const filter: RelationFilter = {
    types: types && types.length > 0 ? [...types] : null,
    direction,
    statuses: statusesToGraph(args.status),
    view: { asOf: args.asOf ?? null, ...window, undated: args.during?.undated ?? 'INCLUDE' },
    includeRetired: args.includeRetired === true,
  };
  return context.loaders.relations.load({ id: parent.id, filter, page: pageRequest(args.first, args.after) });
}

/** A typed relationship field: fixed types and direction, optional status/time/page arguments. */
export function relationField(types: readonly RelationType[], direction: Direction) {
  return (parent: EntityRecord, args: RelationArgs, context: Context): Promise<RelationPage> =>
    loadRelations(parent, context, types, direction, args);
}

export const entityFields = {
  kind: (parent: EntityRecord) => kindFromGraph(parent.kind),
  mentions: (parent: EntityRecord, args: { first?: number | null; after?: string | null }, context: Context) =>
    context.loaders.mentions.load({ id: parent.id, filter: null, page: pageRequest(args.first, args.after) }),
  relations: (
    parent: EntityRecord,
    args: RelationArgs & { type?: readonly RelationType[] | null; direction?: Direction | null },
    context: Context,
  ) => loadRelations(parent, context, args.type ?? null, args.direction ?? 'BOTH', args),
  statistics: (parent: EntityRecord, args: { first?: number | null; after?: string | null }, context: Context) =>
    context.loaders.statistics.load({ id: parent.id, filter: null, page: pageRequest(args.first, args.after) }),
} satisfies Pick<StateResolvers, 'kind' | 'mentions' | 'relations' | 'statistics'>;
