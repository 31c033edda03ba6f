import type {
  GraphEdgeResolvers,
  GraphNodeResolvers,
  PathResolvers,
  RelationStatus,
  RelationType,
} from '../__generated__/resolvers-types';
import { kindFromGraph, statusFromGraph } from './enums';

export const GraphNode: GraphNodeResolvers = {
  id: (node) => node.entity.id,
  label: (node) => node.entity.name,
  kind: (node) => kindFromGraph(node.entity.kind),
  entity: (node) => node.entity,
};

export const GraphEdge: GraphEdgeResolvers = {
  id: (edge) => edge.key,
  source: (edge) => edge.fromId,
  target: (edge) => edge.toId,
  type: (edge) => edge.type as RelationType,
  status: (edge): RelationStatus => statusFromGraph(edge.status),
  relation: (edge) => edge,
};

export const Path: PathResolvers = {
  length: (path) => path.hops.length,
  entities: (path) => [...path.entities],
  hops: (path) => [...path.hops],
};
