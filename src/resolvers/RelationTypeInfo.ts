import type { RelationTypeInfoResolvers, RelationType } from '../__generated__/resolvers-types';
import { kindFromGraph, statusFromGraph } from './enums';

export const RelationTypeInfo: RelationTypeInfoResolvers = {
  type: (info) => info.type as RelationType,
  fromKinds: (info) => info.fromKinds.map(kindFromGraph),
  toKinds: (info) => info.toKinds.map(kindFromGraph),
  statuses: (info) => info.statuses.map(statusFromGraph),
};
