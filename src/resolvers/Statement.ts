import type {
  Basis,
  StatementResolvers,
  StatusChangeResolvers,
  ConflictResolvers,
} from '../__generated__/resolvers-types';
import { toEvidence, toTime } from '../graph/records';
import { statusFromGraph } from './enums';

export const Statement: StatementResolvers = {
  id: ({ statement }) => statement.id,
  source: async ({ statement }, _args, context) => {
    const id = String(statement.props.sourceId ?? '');
    const source = await context.loaders.source.load(id);
    if (!source) throw new Error(`statement ${statement.id} cites missing source ${id}`);
    return source;
  },
  assertedOn: ({ statement }) => String(statement.props.assertedOn ?? ''),
  status: ({ statement }) => statusFromGraph(String(statement.props.status ?? '')),
  basis: ({ statement }) => String(statement.props.basis ?? 'stated').toUpperCase() as Basis,
  role: ({ statement }) => (typeof statement.props.role === 'string' ? statement.props.role : null),
  time: ({ statement }) => toTime(statement.props),
  timeKnown: ({ statement }) =>
    toTime(statement.props)?.start || toTime(statement.props)?.end ? 'STATED' : 'SOURCE_DATE',
  note: ({ statement }) => (typeof statement.props.note === 'string' ? statement.props.note : null),
  evidence: ({ statement }) => toEvidence(statement.props),
  curated: ({ statement }) => statement.curated,
  retired: ({ statement }) =>
    statement.retiredAt === null
      ? null
      : { at: statement.retiredAt, by: statement.retiredBy ?? '', reason: statement.retiredReason ?? '' },
  current: ({ current }) => current,
};

export const StatusChange: StatusChangeResolvers = {
  status: ({ statement }) => statusFromGraph(String(statement.statement.props.status ?? '')),
  previous: ({ previous }) => (previous === null ? null : statusFromGraph(previous)),
  on: ({ statement }) => String(statement.statement.props.assertedOn ?? ''),
  statement: ({ statement }) => statement,
};

export const Conflict: ConflictResolvers = {
  kind: ({ kind }) => kind,
  sides: ({ sides }) => [...sides],
};
