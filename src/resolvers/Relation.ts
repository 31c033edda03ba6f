import type { RelationResolvers, RelationType, Basis } from '../__generated__/resolvers-types';
import type { RelationRecord } from '../graph/records';
import type { Context } from '../server/context';
import { statusFromGraph } from './enums';

async function entity(id: string, context: Context) {
  const found = await context.loaders.entity.load(id);
  if (!found) throw new Error(`relation points to missing entity ${id}`);
  return found;
}

const otherId = (relation: RelationRecord): string =>
  relation.viewFrom === relation.toId ? relation.fromId : relation.toId;

export const Relation: RelationResolvers = {
  id: (relation) => relation.key,
  type: (relation) => relation.type as RelationType,
  status: (relation) => statusFromGraph(relation.status),
  basis: (relation) => relation.basis.toUpperCase() as Basis,
  from: (relation, _args, context) => entity(relation.fromId, context),
  to: (relation, _args, context) => entity(relation.toId, context),
  other: (relation, _args, context) => entity(otherId(relation), context),
  direction: (relation) => {
    if (relation.viewFrom === null) return 'OUTGOING';
    if (relation.fromId === relation.toId) return 'BOTH';
    return relation.viewFrom === relation.fromId ? 'OUTGOING' : 'INCOMING';
  },
  evidence: (relation) => [...relation.evidence],
};
