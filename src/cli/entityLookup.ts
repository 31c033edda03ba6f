/**
 * Finds the entity a person means on the command line: its id (`india`), or its name or one of its aliases in
 * any case (`Republic of India`, `CSTO`). Anything else is bad input with the candidates named.
 */
import type { GraphDatabase } from '../graph/database';
import { entitiesByIds, listEntities } from '../graph/read/entities';
import type { EntityRecord } from '../graph/records';
import { UsageError } from './failure';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CANDIDATES = 100;
const SHOWN = 5;

const shown = (entities: readonly EntityRecord[]): string =>
  entities
    .slice(0, SHOWN)
    .map((entity) => `${entity.id} (${entity.name})`)
    .join(', ') + (entities.length > SHOWN ? ', ...' : '');

export async function findEntity(db: GraphDatabase, text: string): Promise<EntityRecord> {
  const wanted = text.trim();
  if (ID.test(wanted)) {
    const byId = (await entitiesByIds(db, [wanted])).get(wanted);
    if (byId) return byId;
  }
  const page = await listEntities(
    db,
    { kinds: null, nameContains: wanted, subtype: null, status: null },
    { field: 'NAME', direction: 'ASC' },
    { offset: 0, first: CANDIDATES },
  );
  const lower = wanted.toLowerCase();
  const exact = page.items.filter(
    (entity) => entity.name.toLowerCase() === lower || entity.aliases.some((alias) => alias.toLowerCase() === lower),
  );
  const [only, ...others] = exact;
  if (only && others.length === 0) return only;
  if (only) throw new UsageError(`"${wanted}" names ${exact.length} entities: ${shown(exact)}; give an id`);
  if (page.items.length > 0) {
    throw new UsageError(`no entity is called "${wanted}"; names containing it: ${shown(page.items)}`);
  }
  throw new UsageError(`no entity has the id, name or alias "${wanted}" (kg search "${wanted}" finds near matches)`);
}
