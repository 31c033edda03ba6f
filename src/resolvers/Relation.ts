import type { RelationResolvers, RelationType, Basis } from '../__generated__/resolvers-types';
import { relationStatements, type RelationRecord, type StatementRecord } from '../graph/records';
import { currentStatement, isLive, sideSays, sidesOf, statusChanges, type Statement } from '../graph/statements';
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
  timeKnown: (relation) => (relation.time?.start || relation.time?.end ? 'STATED' : 'SOURCE_DATE'),
  statements: (relation, args) => {
    const views = statementViews(relation);
    return (args.includeRetired ? views : views.filter((view) => isLive(view.statement))).reverse();
  },
  statusHistory: (relation) => {
    const views = new Map(statementViews(relation).map((view) => [view.statement.id, view]));
    return statusChanges(relationStatements(relation)).map(({ statement, previous }) => ({
      statement: views.get(statement.id) ?? { statement, current: false },
      previous,
    }));
  },
  sourceIds: (relation) => [
    ...new Set(
      relationStatements(relation)
        .filter(isLive)
        .map((s) => String(s.props.sourceId ?? '')),
    ),
  ],
  conflicts: (relation) => {
    const views = new Map(statementViews(relation).map((view) => [view.statement.id, view]));
    const statements = relationStatements(relation);
    const view = (s: Statement): StatementRecord => views.get(s.id) ?? { statement: s, current: false };
    return relation.conflicts.map((kind) => ({
      kind,
      sides: sidesOf(statements, kind).map((side) => ({ says: sideSays(kind, side), statements: side.map(view) })),
    }));
  },
  asOf: (relation) => relation.asOf,
};

/** The relation's statements, oldest first, each marked whether the relation's status comes from it. */
function statementViews(relation: RelationRecord): StatementRecord[] {
  const statements = relationStatements(relation);
  const current = currentStatement(statements);
  return statements.map((statement) => ({ statement, current: statement.id === current?.id }));
}
