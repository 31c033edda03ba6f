/**
 * Per-request DataLoaders: every nested list field is fetched for all parents of a level in one query, so the
 * number of round trips grows with the depth of a query, not with the number of results.
 */
import DataLoader from 'dataloader';
import type { GraphDatabase } from '../graph/database';
import { candidatesByIds, type CandidateRecord } from '../graph/read/candidates';
import { entitiesByIds, statisticsOf } from '../graph/read/entities';
import type { PageRequest } from '../graph/read/pagination';
import {
  mentionsInPassages,
  mentionsOfEntities,
  paragraphsOfSections,
  passagesByIds,
  sectionsOfSources,
  sourcesByIds,
} from '../graph/read/passages';
import { relationsOf, type RelationFilter } from '../graph/read/relations';
import type {
  EntityPage,
  EntityRecord,
  MentionPage,
  MentionRecord,
  PassageRecord,
  RelationPage,
  SourceRecord,
} from '../graph/records';

interface PagedKey<F> {
  readonly id: string;
  readonly filter: F;
  readonly page: PageRequest;
}

const EMPTY_PAGE = { items: [], totalCount: 0 } as const;

/** A loader of pages: keys sharing filter and page size are fetched together in one query. */
function pagedLoader<F, P>(
  fetch: (ids: readonly string[], filter: F, page: PageRequest) => Promise<ReadonlyMap<string, P>>,
  empty: (page: PageRequest) => P,
): DataLoader<PagedKey<F>, P, string> {
  return new DataLoader<PagedKey<F>, P, string>(
    async (keys) => {
      const groups = new Map<string, PagedKey<F>[]>();
      for (const key of keys) {
        const groupKey = JSON.stringify([key.filter, key.page]);
        groups.set(groupKey, [...(groups.get(groupKey) ?? []), key]);
      }
      const results = new Map<string, P>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0];
          if (!first) return;
          const pages = await fetch([...new Set(group.map((k) => k.id))], first.filter, first.page);
          for (const key of group) results.set(JSON.stringify(key), pages.get(key.id) ?? empty(key.page));
        }),
      );
      return keys.map((key) => results.get(JSON.stringify(key)) ?? empty(key.page));
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

function byIdLoader<V>(fetch: (ids: readonly string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

function groupLoader<V>(fetch: (ids: readonly string[]) => Promise<Map<string, V[]>>): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

export function createLoaders(db: GraphDatabase) {
  const entity = byIdLoader<EntityRecord>((ids) => entitiesByIds(db, ids));
  /**
   * Entities that another read already returned (the other end of each relation, the nodes of a path, a page of
   * a list): a later lookup by id, such as `Relation.other` or `Relation.from`, is answered without a query.
   */
  const primeEntities = (entities: Iterable<EntityRecord>): void => {
    for (const record of entities) entity.prime(record.id, record);
  };
  return {
    entity,
    primeEntities,
    source: byIdLoader<SourceRecord>((ids) => sourcesByIds(db, ids)),
    passage: byIdLoader<PassageRecord>((ids) => passagesByIds(db, ids)),
    candidate: byIdLoader<CandidateRecord>((ids) => candidatesByIds(db, ids)),
    sections: groupLoader<PassageRecord>((ids) => sectionsOfSources(db, ids)),
    paragraphs: groupLoader<PassageRecord>((ids) => paragraphsOfSections(db, ids)),
    passageMentions: groupLoader<MentionRecord>((ids) => mentionsInPassages(db, ids)),
    relations: pagedLoader<RelationFilter, RelationPage>(
      async (ids, filter, page) => {
        const { pages, others } = await relationsOf(db, ids, filter, page);
        primeEntities(others);
        return pages;
      },
      (page) => ({ ...EMPTY_PAGE, offset: page.offset }),
    ),
    statistics: pagedLoader<null, EntityPage>(
      async (ids, _filter, page) => {
        const pages = await statisticsOf(db, ids, page);
        primeEntities([...pages.values()].flatMap((statistics) => statistics.items));
        return pages;
      },
      (page) => ({ ...EMPTY_PAGE, offset: page.offset }),
    ),
    mentions: pagedLoader<null, MentionPage>(
      (ids, _filter, page) => mentionsOfEntities(db, ids, page),
      (page) => ({ ...EMPTY_PAGE, offset: page.offset }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
