/**
 * All resolvers, one file per GraphQL type.
 */
import type { Resolvers } from '../__generated__/resolvers-types';
import { Candidate, CandidateEnd, CandidateEntity, CandidateFact, CandidateMention } from './Candidate';
import { Change } from './Change';
import { connectionFields } from './connections';
import { Document } from './Document';
import { Entity } from './Entity';
import { Event } from './Event';
import { Evidence } from './Evidence';
import { GraphEdge, GraphNode, Path } from './Graph';
import { Initiative } from './Initiative';
import { Mention } from './Mention';
import { Mutation } from './Mutation';
import { Organisation } from './Organisation';
import { Passage } from './Passage';
import { Person } from './Person';
import { Place } from './Place';
import { Query } from './Query';
import { Relation } from './Relation';
import { RelationTypeInfo } from './RelationTypeInfo';
import { DateScalar, PartialDate } from './scalars';
import { SearchTarget } from './SearchHit';
import { Source } from './Source';
import { State } from './State';
import { Conflict, Statement, StatusChange } from './Statement';
import { Statistic } from './Statistic';
import { TimelineEntry } from './Timeline';
import { DateValue, TimeQualifier } from './TimeQualifier';

export const resolvers: Resolvers = {
  Date: DateScalar,
  PartialDate,
  Query,
  Mutation,
  Entity,
  State,
  Organisation,
  Event,
  Document,
  Initiative,
  Person,
  Place,
  Statistic,
  Relation,
  Statement,
  StatusChange,
  Conflict,
  Evidence,
  Passage,
  Source,
  Mention,
  SearchTarget,
  GraphNode,
  GraphEdge,
  Path,
  TimelineEntry,
  TimeQualifier,
  DateValue,
  RelationTypeInfo,
  Change,
  Candidate,
  CandidateEntity,
  CandidateMention,
  CandidateFact,
  CandidateEnd,
  CandidateConnection: connectionFields,
  ChangeConnection: connectionFields,
  RelationConnection: connectionFields,
  EntityConnection: connectionFields,
  StatisticConnection: connectionFields,
  MentionConnection: connectionFields,
  TimelineConnection: connectionFields,
};
