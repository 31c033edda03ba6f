/**
 * Root fields: thin argument checks, then the read layer. Bounds (page sizes, depth, path length) are enforced
 * here with coded errors before any Cypher runs.
 */
import type { Basis, QueryResolvers, RelationStatus, TimeFilter } from '../__generated__/resolvers-types';
import { listFacts, type FactFilter } from '../graph/read/facts';
import { badInput } from '../errors';
import type { EntityRecord, SearchTargetRecord } from '../graph/records';
import { listEntities } from '../graph/read/entities';
import { findStatistics } from '../graph/read/entities';
import { neighbourhood, shortestPaths } from '../graph/read/graphs';
import {
  MAX_NEIGHBOURHOOD_NODES,
  MAX_PAGE_SIZE,
  MAX_PATHS,
  MAX_SEARCH_HITS,
  pageRequest,
} from '../graph/read/pagination';
import { listSources } from '../graph/read/passages';
import { search } from '../graph/read/search';
import { timeline } from '../graph/read/timeline';
import { entityHistory } from '../graph/write/changes';
import { RELATIONSHIP_TYPES, type EntityKind } from '../ingest/vocabulary';
import { pageArgumentLimits, UNPAGED_LIST_SIZE } from '../server/queryCost';
import { kindsToGraph, statusesToGraph } from './enums';
import { windowOf } from './entityFields';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASSAGE_ID = /^[a-z0-9-]+#[a-z]+\d*(?:\.p\d+)?$/;
const MAX_TEXT = 200;

function entityId(value: string, argument: string): string {
  if (value.length > 100 || !ID.test(value)) throw badInput(`${argument} must be an entity id such as "sco"`, argument);
  return value;
}

function boundedInt(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argument: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max)
    throw badInput(`${argument} must be between ${min} and ${max}, got ${n}`, argument);
  return n;
}

function text(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > MAX_TEXT) throw badInput(`${argument} is too long (at most ${MAX_TEXT} characters)`, argument);
  return value;
}

const TIMELINE_KINDS: EntityKind[] = ['Event', 'Document'];

/** A search hit's target is a passage (it has a local id) or an entity. */
const isEntity = (target: SearchTargetRecord): target is EntityRecord => !('localId' in target);

interface FactArgs {
  readonly type?: readonly string[] | null;
  readonly status?: readonly RelationStatus[] | null;
  readonly basis?: readonly Basis[] | null;
  readonly source?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly asOf?: string | null;
  readonly holdsOn?: TimeFilter | null;
  readonly includeRetired?: boolean | null;
}

/** The root fact filters, checked: ids are ids, a window does not end before it starts. */
function factFilter(args: FactArgs, conflicts: string[] | null): FactFilter {
  const window = windowOf(args.holdsOn);
  if (window.from && window.to && window.from > window.to) {
    throw badInput('holdsOn.from must not be after holdsOn.to', 'holdsOn');
  }
  return {
    types: args.type && args.type.length > 0 ? [...args.type] : null,
    statuses: statusesToGraph(args.status),
    bases: args.basis && args.basis.length > 0 ? args.basis.map((b) => b.toLowerCase()) : null,
    sourceId: args.source ? sourceId(args.source) : null,
    fromId: args.from ? entityId(args.from, 'from') : null,
    toId: args.to ? entityId(args.to, 'to') : null,
    view: { asOf: args.asOf ?? null, ...window, undated: args.holdsOn?.undated ?? 'INCLUDE' },
    includeRetired: args.includeRetired === true,
    conflicts,
  };
}

function sourceId(value: string): string {
  if (value.length > 100 || !ID.test(value))
    throw badInput('source must be a source id such as "sco-sg-news-conference-2019-03-20"', 'source');
  return value;
}

export const Query: QueryResolvers = {
  entity: (_root, { id }, context) => (ID.test(id) && id.length <= 100 ? context.loaders.entity.load(id) : null),

  // Root fields that read entities prime the entity loader with them: nested fields that look an entity up by id
  // (`Relation.from`, `Relation.to`, `Statistic.subject`) then reuse what was read instead of asking again.
  entities: async (_root, args, context) => {
    const page = await listEntities(
      context.db,
      {
        kinds: kindsToGraph(args.kind),
        nameContains: text(args.filter?.nameContains, 'filter.nameContains'),
        subtype: text(args.filter?.subtype, 'filter.subtype'),
        status: text(args.filter?.status, 'filter.status'),
      },
      { field: args.orderBy?.field ?? 'NAME', direction: args.orderBy?.direction ?? 'ASC' },
      pageRequest(args.first, args.after),
    );
    context.loaders.primeEntities(page.items);
    return page;
  },

  search: async (_root, args, context) => {
    const query = text(args.text, 'text') ?? '';
    const hits = await search(
      context.db,
      query,
      kindsToGraph(args.kinds),
      args.includePassages ?? true,
      boundedInt(args.first, 10, 0, MAX_SEARCH_HITS, 'first'),
      args.matchBy && args.matchBy.length > 0 ? new Set(args.matchBy) : null,
    );
    context.loaders.primeEntities(hits.map((hit) => hit.target).filter(isEntity));
    return hits;
  },

  neighbourhood: async (_root, args, context) => {
    const graph = await neighbourhood(context.db, {
      id: entityId(args.id, 'id'),
      depth: boundedInt(args.depth, 1, 1, 3, 'depth'),
      types: args.types && args.types.length > 0 ? [...args.types] : null,
      statuses: statusesToGraph(args.status),
      limit: boundedInt(args.limit, 200, 1, MAX_NEIGHBOURHOOD_NODES, 'limit'),
      asOf: args.asOf ?? null,
    });
    if (!graph) throw badInput(`no entity with id "${args.id}"`, 'id');
    context.loaders.primeEntities(graph.nodes.map((node) => node.entity));
    return graph;
  },

  paths: async (_root, args, context) => {
    const paths = await shortestPaths(
      context.db,
      entityId(args.from, 'from'),
      entityId(args.to, 'to'),
      boundedInt(args.maxLength, 3, 1, 4, 'maxLength'),
      args.types && args.types.length > 0 ? [...args.types] : null,
      boundedInt(args.first, 5, 1, MAX_PATHS, 'first'),
      args.asOf ?? null,
    );
    context.loaders.primeEntities(paths.flatMap((path) => path.entities));
    return paths;
  },

  timeline: async (_root, args, context) => {
    const window = windowOf({ from: args.from, to: args.to });
    if (window.from && window.to && window.from > window.to) throw badInput('from must not be after to', 'from');
    if (args.entities && args.entities.length > MAX_PAGE_SIZE)
      throw badInput(`entities takes at most ${MAX_PAGE_SIZE} ids`, 'entities');
    const page = await timeline(
      context.db,
      {
        from: window.from,
        to: window.to,
        kinds: kindsToGraph(args.kinds) ?? TIMELINE_KINDS,
        occurrences: args.occurrence && args.occurrence.length > 0 ? [...args.occurrence] : null,
        entityIds: args.entities ? args.entities.map((id) => entityId(id, 'entities')) : null,
        asOf: args.asOf ?? null,
      },
      pageRequest(args.first, args.after),
    );
    context.loaders.primeEntities(page.items.map((entry) => entry.entity));
    return page;
  },

  statistics: async (_root, args, context) => {
    const page = await findStatistics(
      context.db,
      args.subject ? entityId(args.subject, 'subject') : null,
      text(args.about, 'about'),
      pageRequest(args.first, args.after),
    );
    context.loaders.primeEntities(page.items);
    return page;
  },

  passage: (_root, { id }, context) =>
    PASSAGE_ID.test(id) && id.length <= 200 ? context.loaders.passage.load(id) : null,

  sources: (_root, _args, context) => listSources(context.db),

  source: (_root, { id }, context) => context.loaders.source.load(id),

  candidate: (_root, { id }, context) => context.loaders.candidate.load(id),

  history: (_root, args, context) =>
    entityHistory(context.db, entityId(args.entityId, 'entityId'), pageRequest(args.first, args.after)),

  relations: async (_root, args, context) => {
    const { page, ends } = await listFacts(context.db, factFilter(args, null), pageRequest(args.first, args.after));
    context.loaders.primeEntities(ends);
    return page;
  },

  conflicts: async (_root, args, context) => {
    const filter = factFilter({ ...args, includeRetired: false }, args.kind ? [...args.kind] : []);
    const { page, ends } = await listFacts(context.db, filter, pageRequest(args.first, args.after));
    context.loaders.primeEntities(ends);
    return page;
  },

  relationTypes: () =>
    Object.entries(RELATIONSHIP_TYPES).map(([type, spec]) => ({
      type,
      description: spec.description,
      fromKinds: spec.from,
      toKinds: spec.to,
      statuses: spec.statuses,
    })),
  limits: (_root, _args, context, info) => ({
    ...context.limits,
    maxPageSize: MAX_PAGE_SIZE,
    unpagedListSize: UNPAGED_LIST_SIZE,
    pageArguments: pageArgumentLimits(info.schema),
  }),
};
