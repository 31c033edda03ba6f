/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, `YYYY-MM-DD` (ISO 8601). */
  Date: { input: string; output: string; }
  /**
   * A date as precise as the source states it: `2015` (year), `2019-Q1` (quarter), `2015-05` (month),
   * `2018-08-late` (late August: also `-early`, `-mid`), `2019-03-14` (day).
   */
  PartialDate: { input: string; output: string; }
};

/** Whether the source states a relationship in so many words or only implies it (e.g. through a list). */
export type Basis =
  | 'IMPLIED'
  | 'STATED';

/**
 * What ingestion proposes from a document, kept apart from the facts until a reviewer accepts it: never returned by
 * entity or relation reads before that. Accepting writes curated entities and statements of the document.
 */
export type Candidate = {
  __typename?: 'Candidate';
  /** What accepting it created or merged it into. */
  acceptedEntity?: Maybe<Entity>;
  acceptedRelation?: Maybe<Relation>;
  /** Set for an ENTITY candidate. */
  entity?: Maybe<CandidateEntity>;
  /** Set for a FACT candidate. */
  fact?: Maybe<CandidateFact>;
  /** `<source id>/entity/<key>` or `<source id>/fact/<n>`. */
  id: Scalars['ID']['output'];
  kind: CandidateKind;
  /** A short description: the name, or `MEMBER_OF iran -> sco`. */
  label: Scalars['String']['output'];
  /** The reviewer's reason (for a rejection, say). */
  reason?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['String']['output']>;
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** 0..1: how sure the pipeline is. */
  score: Scalars['Float']['output'];
  source: Source;
  state: CandidateState;
};

export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  edges: Array<CandidateEdge>;
  nodes: Array<Candidate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  cursor: Scalars['String']['output'];
  node: Candidate;
};

/** An edited candidate: only the fields given replace the proposal's. */
export type CandidateEdit = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['ID']['input']>;
  /** Entity candidates: the id to create, its name, kind, aliases, description. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EntityKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<PeriodInput>;
  /** A shorter exact quote from the same passage. */
  quote?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RelationStatus>;
  to?: InputMaybe<Scalars['ID']['input']>;
  /** Fact candidates: the type, status, ends (entity ids or candidate keys of this document) and time. */
  type?: InputMaybe<RelationType>;
};

/** An end of a candidate fact: a known entity, or a candidate entity of the same document. */
export type CandidateEnd = {
  __typename?: 'CandidateEnd';
  candidate?: Maybe<Candidate>;
  entity?: Maybe<Entity>;
  /** The entity's id, or the candidate's proposed key. */
  id: Scalars['ID']['output'];
};

export type CandidateEntity = {
  __typename?: 'CandidateEntity';
  aliases: Array<Scalars['String']['output']>;
  /** The proposed id. */
  key: Scalars['String']['output'];
  kind: EntityKind;
  mentions: Array<CandidateMention>;
  /** ACRONYM (a defined acronym), NER (named-entity recognition) or FUZZY (close to a known name). */
  method: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** For a near miss: the known entity it may be, and how close (0..1). */
  similarTo?: Maybe<Entity>;
  similarity?: Maybe<Scalars['Float']['output']>;
};

export type CandidateFact = {
  __typename?: 'CandidateFact';
  end: Scalars['Int']['output'];
  from: CandidateEnd;
  /** True when the sentence says the relation does not hold; the status is then the type's negative one. */
  negated: Scalars['Boolean']['output'];
  passage: Passage;
  /** The exact words, at `start`..`end` of the source text. */
  quote: Scalars['String']['output'];
  /** The id of the cue rule (src/documents/facts) that proposed it. */
  rule: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  status: RelationStatus;
  /** The time the sentence states (its words, and the dates they resolve to against the document's date). */
  time?: Maybe<TimeQualifier>;
  to: CandidateEnd;
  type: RelationType;
};

export type CandidateKind =
  /** Something the graph does not know yet. */
  | 'ENTITY'
  /** A relationship proposed from a sentence. */
  | 'FACT';

export type CandidateMention = {
  __typename?: 'CandidateMention';
  end: Scalars['Int']['output'];
  passage: Passage;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type CandidateState =
  | 'ACCEPTED'
  /** Accepted after the reviewer changed it. */
  | 'EDITED'
  /** A candidate entity found to be an entity the graph already has. */
  | 'MERGED'
  | 'OPEN'
  | 'REJECTED';

/** One write through the API, recorded with who made it and when, and the state before and after it as JSON. */
export type Change = {
  __typename?: 'Change';
  action: ChangeAction;
  /** The state after, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** When, as an ISO 8601 timestamp (UTC). */
  at: Scalars['String']['output'];
  /** The state before, as JSON (null for additions): entity properties, relation properties, or for a merge everything the undo restores. */
  before?: Maybe<Scalars['String']['output']>;
  /** The `sub` of the editor's token. */
  by: Scalars['String']['output'];
  /** The entities it touched (a merge touches both, even after the merged one is gone). */
  entityIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The editor's reason, where one was given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The relation it touched, for relation changes. */
  relationId?: Maybe<Scalars['ID']['output']>;
  /** For a merge: the change that undid it, if any. */
  undoneBy?: Maybe<Scalars['ID']['output']>;
};

/** What a recorded change did. */
export type ChangeAction =
  | 'ACCEPT_CANDIDATE'
  | 'ADD_ENTITY'
  | 'ADD_RELATION'
  | 'ADD_STATEMENT'
  | 'INGEST_DOCUMENT'
  | 'MERGE_CANDIDATE'
  | 'MERGE_ENTITIES'
  | 'REJECT_CANDIDATE'
  | 'RETIRE_RELATION'
  | 'RETIRE_STATEMENT'
  | 'SET_RELATION_STATUS'
  | 'UNDO_MERGE'
  | 'UNDO_STATEMENT_CHANGE'
  | 'UPDATE_ENTITY';

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

/** A disagreement between the statements of a fact, with the statements on each side. */
export type Conflict = {
  __typename?: 'Conflict';
  kind: ConflictKind;
  sides: Array<ConflictSide>;
};

/** How statements of one fact disagree. */
export type ConflictKind =
  /** One says it holds, another that it does not (e.g. applicant vs. not under consideration). */
  | 'NEGATION'
  /** Different statuses from sources of the same date: neither is the later word. */
  | 'STATUS'
  /** Stated times that do not overlap. */
  | 'TIME';

export type ConflictSide = {
  __typename?: 'ConflictSide';
  /** What this side says: the status (NEGATION, STATUS) or the stated time (TIME). */
  says: Scalars['String']['output'];
  statements: Array<Statement>;
};

/** How precisely a date is known. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'PART_OF_MONTH'
  | 'QUARTER'
  | 'YEAR';

/** A date as stated, with the range of days it covers so that partial dates sort and filter correctly. */
export type DateValue = {
  __typename?: 'DateValue';
  /** Last day the date can mean. */
  end: Scalars['Date']['output'];
  precision: DatePrecision;
  /** First day the date can mean. */
  start: Scalars['Date']['output'];
  /** The date in our notation, e.g. `2018-08-late`. */
  value: Scalars['PartialDate']['output'];
};

/** Which way a relationship is followed from an entity. */
export type Direction =
  | 'BOTH'
  | 'INCOMING'
  | 'OUTGOING';

/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type Document = Entity & {
  __typename?: 'Document';
  /** Events at which it was adopted. */
  adoptedAt: RelationConnection;
  /** Actors that adopted it. */
  adoptedBy: RelationConnection;
  aliases: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Who drafted it, is drafting it or will develop it. */
  draftedBy: RelationConnection;
  id: Scalars['ID']['output'];
  /** What it implements, and what implements it. */
  implementation: RelationConnection;
  kind: EntityKind;
  /** What it links together. */
  links: RelationConnection;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  /** Parties to it. */
  parties: RelationConnection;
  /** Events at which it was made or presented. */
  presentedAt: RelationConnection;
  /** Who made or presented it. */
  presentedBy: RelationConnection;
  relations: RelationConnection;
  /** Signatories. */
  signedBy: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  /** What it is about or supports. */
  subjects: RelationConnection;
  subtype?: Maybe<Scalars['String']['output']>;
  time?: Maybe<TimeQualifier>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentAdoptedAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentAdoptedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentDraftedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentImplementationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentPresentedAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentPresentedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentSignedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A charter, programme, strategy, concept, agreement, declaration, joint statement, appeal, roadmap or resolution. */
export type DocumentSubjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};

export type DocumentFormat =
  | 'HTML'
  | 'MARKDOWN'
  | 'PDF'
  | 'TEXT';

/**
 * A thing the source names: a state, an organisation, an event, a document, an initiative, a person, a place or a
 * stated figure.
 */
export type Entity = {
  /** Other names the source uses: acronyms, short forms, other spellings. */
  aliases: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Stable slug, e.g. `sco`, `qingdao-summit-2018`. */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Where the source mentions it, with offsets. */
  mentions: MentionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Every relationship of this entity, for exploration; the typed fields of each kind read better. */
  relations: RelationConnection;
  /** Figures the source states about this entity. */
  statistics: StatisticConnection;
  /** The entity's own status where stated (an event held or planned, a document adopted or being drafted). */
  status?: Maybe<Scalars['String']['output']>;
  /** Finer kind, e.g. `summit`, `un-body`, `programme`. */
  subtype?: Maybe<Scalars['String']['output']>;
  /** When it happened or holds, as stated. */
  time?: Maybe<TimeQualifier>;
};


/**
 * A thing the source names: a state, an organisation, an event, a document, an initiative, a person, a place or a
 * stated figure.
 */
export type EntityMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A thing the source names: a state, an organisation, an event, a document, an initiative, a person, a place or a
 * stated figure.
 */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/**
 * A thing the source names: a state, an organisation, an event, a document, an initiative, a person, a place or a
 * stated figure.
 */
export type EntityStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
};

/** An entity exactly as a seed entry states it (seeds/README.md, "Entities"); validated by the same rules. */
export type EntityInput = {
  /** Every other name the text uses; no name may belong to two entities. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Statistic only. */
  bound?: InputMaybe<StatisticBound>;
  /** Statistic only. */
  counts?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  /** Quotes stating the entity itself; a Statistic needs at least one. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Stable slug, e.g. `csto`; unique. */
  id: Scalars['ID']['input'];
  kind: EntityKind;
  name: Scalars['String']['input'];
  period?: InputMaybe<PeriodInput>;
  /** The entity's own status, from those its kind allows. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Statistic only: the id of the entity it measures. */
  subject?: InputMaybe<Scalars['ID']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  /** Statistic only. */
  total?: InputMaybe<Scalars['Float']['input']>;
  /** Statistic only. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Statistic only. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** The kinds of entity. Each is a GraphQL type implementing `Entity` and a Neo4j label. */
export type EntityKind =
  | 'DOCUMENT'
  | 'EVENT'
  | 'INITIATIVE'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PLACE'
  | 'STATE'
  | 'STATISTIC';

export type EntityOrder = {
  direction?: OrderDirection;
  field?: EntityOrderField;
};

export type EntityOrderField =
  | 'ID'
  | 'NAME'
  /** By the start of the entity's time; undated entities last. */
  | 'TIME';

/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type Event = Entity & {
  __typename?: 'Event';
  /** Documents adopted at this event. */
  adoptedDocuments: RelationConnection;
  aliases: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** The body (council, commission, contact group) this event is a meeting or session of. */
  meetingOf: RelationConnection;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  /** Who organised or hosted it. */
  organisers: RelationConnection;
  /** Who took or will take part. */
  participants: RelationConnection;
  /** Larger events this one is part of, and smaller ones that are part of it. */
  parts: RelationConnection;
  /** Where it was or will be held. */
  place: RelationConnection;
  /** Events that precede this one. */
  precededBy: RelationConnection;
  /** Events this one precedes. */
  precedes: RelationConnection;
  /** Statements and documents made or presented here without being adopted. */
  presentations: RelationConnection;
  relations: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  subtype?: Maybe<Scalars['String']['output']>;
  time?: Maybe<TimeQualifier>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventAdoptedDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventMeetingOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventOrganisersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventPartsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventPlaceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventPrecededByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventPrecedesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventPresentationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** A summit, council or ministerial meeting, forum, exercise, visit, contact-group round or news conference. */
export type EventStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The exact words of a source that state a fact, and where they stand. */
export type Evidence = {
  __typename?: 'Evidence';
  /** End offset (exclusive). */
  end: Scalars['Int']['output'];
  passage: Passage;
  quote: Scalars['String']['output'];
  source: Source;
  /** Offset of the quote in the source text (UTF-16 code units, as JavaScript indexes strings). */
  start: Scalars['Int']['output'];
};

/** A passage and the exact words of it that state a fact (copied from the text; only white space may differ). */
export type EvidenceInput = {
  /** Passage id within the source, e.g. `q3.p2` (`npm run seed -- --passages` lists them). */
  passage: Scalars['String']['input'];
  quote: Scalars['String']['input'];
  /** The source; defaults to the relation's source, or to the only source when there is one. */
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the node limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** An edge of a drawable graph. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  relation: Relation;
  source: Scalars['ID']['output'];
  status: RelationStatus;
  target: Scalars['ID']['output'];
  type: RelationType;
};

/** A node of a drawable graph. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Hops from the centre. */
  depth: Scalars['Int']['output'];
  entity: Entity;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  label: Scalars['String']['output'];
};

/** A document and what the editor says about it. */
export type IngestDocumentInput = {
  /** The file's text (plain text, Markdown, HTML); or `contentBase64` for any file (a PDF). */
  content?: InputMaybe<Scalars['String']['input']>;
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  /** The document's date; relative dates in its text resolve against it. */
  date: Scalars['Date']['input'];
  /** The file name; its extension tells the format unless `format` is given. */
  fileName: Scalars['String']['input'];
  format?: InputMaybe<DocumentFormat>;
  /** The source id to use (a slug); default: the title's slug and the date. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** communique, interview, declaration, news, press-release, transcript ... */
  kind: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  publisher: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestOutcome =
  | 'CREATED'
  | 'NEW_VERSION'
  | 'UNCHANGED';

export type IngestResult = {
  __typename?: 'IngestResult';
  candidateEntities: Scalars['Int']['output'];
  candidateFacts: Scalars['Int']['output'];
  change?: Maybe<Change>;
  /** Mentions of entities the graph knows, linked at once. */
  linkedMentions: Scalars['Int']['output'];
  /** Of those, proposed as negative statements. */
  negativeFacts: Scalars['Int']['output'];
  /** CREATED, NEW_VERSION, or UNCHANGED (the same bytes were ingested before: nothing was written). */
  outcome: IngestOutcome;
  passages: Scalars['Int']['output'];
  source: Source;
};

/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type Initiative = Entity & {
  __typename?: 'Initiative';
  aliases: Array<Scalars['String']['output']>;
  /** Who coordinates it, or is to. */
  coordinators: RelationConnection;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What it implements, and what implements it (or could). */
  implementation: RelationConnection;
  kind: EntityKind;
  /** Who launched it. */
  launchedBy: RelationConnection;
  /** Documents and initiatives linking this one with others. */
  linkedBy: RelationConnection;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  relations: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  subtype?: Maybe<Scalars['String']['output']>;
  /** Who supports it. */
  supporters: RelationConnection;
  time?: Maybe<TimeQualifier>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeCoordinatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeImplementationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeLaunchedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeLinkedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An initiative or process: the Belt and Road Initiative, the Tashkent process ... */
export type InitiativeSupportersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};

/** One entity mentioned in one passage. */
export type Mention = {
  __typename?: 'Mention';
  /** True when added by a curator rather than found from names and aliases. */
  curated: Scalars['Boolean']['output'];
  entity: Entity;
  passage: Passage;
  /** The words used, at each place. */
  spans: Array<MentionSpan>;
};

export type MentionConnection = {
  __typename?: 'MentionConnection';
  edges: Array<MentionEdge>;
  nodes: Array<Mention>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentionEdge = {
  __typename?: 'MentionEdge';
  cursor: Scalars['String']['output'];
  node: Mention;
};

export type MentionSpan = {
  __typename?: 'MentionSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type MergeResult = {
  __typename?: 'MergeResult';
  /** The recorded merge; pass its id to `undoMerge`. */
  change: Change;
  /** The kept entity, now carrying the merged one's names, relations, mentions and evidence. */
  entity: Entity;
};

/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a candidate, with `edit` applied first (state EDITED): an entity is created, a fact becomes a statement of the document. */
  acceptCandidate: ReviewResult;
  /** Adds an entity (its id must be new). */
  addEntity: Entity;
  /** Adds a relationship with its evidence. */
  addRelation: Relation;
  /**
   * Adds a source's word to an existing relation: its status, time and exact quotes. The relation's status becomes
   * the newest statement's (by source date); the relation is marked curated.
   */
  addStatement: StatementChange;
  /**
   * Ingests a document: extracts its text, splits passages, links the entities the graph knows and proposes
   * candidate entities and facts for review. The same bytes again change nothing; changed bytes of the same
   * document are its next version. Bad input is BAD_USER_INPUT with `extensions.problem` (EMPTY, BINARY, ...).
   */
  ingestDocument: IngestResult;
  /** Records that a candidate entity is an entity the graph has: its names become aliases, its mentions that entity's. */
  mergeCandidate: ReviewResult;
  /**
   * Merges `merge` into `keep` (two entities that are one real-world thing): the kept entity gains the merged one's
   * name and aliases, relations (re-pointed; a relation that then duplicates one of the kept entity's gains its
   * evidence), mentions and evidence; the merged entity is deleted. Undo with `undoMerge`.
   */
  mergeEntities: MergeResult;
  /** Rejects a candidate: nothing enters the graph. */
  rejectCandidate: ReviewResult;
  /** Retires a relation: kept with who, when and why, and hidden from reads unless `includeRetired` is set. */
  retireRelation: Relation;
  /** Retires one statement; the relation stays while another statement supports it (else retire the relation). */
  retireStatement: StatementChange;
  /** Sets a relation's status; `evidence` (at least one quote) replaces its evidence. The previous state is in the change history. */
  setRelationStatus: Relation;
  /** Undoes a merge exactly, provided nothing has changed the kept entity since. */
  undoMerge: UndoMergeResult;
  /** Undoes an `addStatement` or `retireStatement` (by its change id) when nothing changed the relation since. */
  undoStatementChange: Relation;
  /** Replaces an entity's fields with `input` (the kind cannot change). Mentions are not recomputed until the edit is folded into the seeds. */
  updateEntity: Entity;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationAcceptCandidateArgs = {
  edit?: InputMaybe<CandidateEdit>;
  id: Scalars['ID']['input'];
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationAddEntityArgs = {
  input: EntityInput;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationAddRelationArgs = {
  input: RelationInput;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationAddStatementArgs = {
  input: StatementInput;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationMergeCandidateArgs = {
  id: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationRejectCandidateArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationRetireRelationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationRetireStatementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationSetRelationStatusArgs = {
  evidence: Array<EvidenceInput>;
  id: Scalars['ID']['input'];
  status: RelationStatus;
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationUndoMergeArgs = {
  changeId: Scalars['ID']['input'];
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationUndoStatementChangeArgs = {
  changeId: Scalars['ID']['input'];
};


/**
 * Curation: analysts correct and extend the graph. Every mutation needs a bearer token with the `editor` role,
 * runs in one transaction, validates exactly as the seed loader does (BAD_USER_INPUT naming the field; unknown ids
 * are NOT_FOUND), marks what it writes `curated` so that a seed reload keeps it, and records a `Change`.
 */
export type MutationUpdateEntityArgs = {
  input: EntityInput;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type Organisation = Entity & {
  __typename?: 'Organisation';
  aliases: Array<Scalars['String']['output']>;
  /** Appeals this organisation made or received (for restraint, mediation proposals), with how they were received. */
  appeals: RelationConnection;
  /** The organisation's own bodies, agencies and mechanisms. */
  bodies: RelationConnection;
  /** The organisation this one is a body of. */
  bodyOf: RelationConnection;
  /**
   * How this organisation characterises itself or others, and how others characterise it; negative
   * characterisations keep their status (`NOT_A_MILITARY_POLITICAL_BLOC`).
   */
  characterisations: RelationConnection;
  /** Cooperation, dialogue and contacts with other actors, in both directions. */
  cooperation: RelationConnection;
  /** Cooperation documents with other organisations, signed or being worked out. */
  cooperationDocuments: RelationConnection;
  /** Initiatives, processes and mechanisms this organisation coordinates or is to coordinate. */
  coordination: RelationConnection;
  description: Scalars['String']['output'];
  /** Dialogue partners, and states asked about or seeking that status. */
  dialoguePartners: RelationConnection;
  /** Documents this organisation drafted, is drafting or will develop. */
  draftedDocuments: RelationConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Meetings with people and organisations, held or planned. */
  meetings: RelationConnection;
  /** States (or organisations) that are members, applicants, or whose membership is (not) under consideration. */
  members: RelationConnection;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  /** Observer states, current and former. */
  observers: RelationConnection;
  /** People holding an office in this organisation. */
  officeHolders: RelationConnection;
  /** States (and others) whose representatives work in this body or take part in its activities, or intend to. */
  participants: RelationConnection;
  /** States holding its presidency. */
  presidency: RelationConnection;
  relations: RelationConnection;
  /** Meetings and sessions of this body (summits of a council, rounds of a contact group), held or planned. */
  sessions: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  subtype?: Maybe<Scalars['String']['output']>;
  time?: Maybe<TimeQualifier>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationAppealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationBodyOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationCharacterisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationCooperationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationCooperationDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationCoordinationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationDialoguePartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationDraftedDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationObserversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationOfficeHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationPresidencyArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** An international organisation, a UN body, or one of the SCO's own bodies and mechanisms. */
export type OrganisationStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The page argument of one field: its default when left out and the largest value accepted. */
export type PageArgumentLimit = {
  __typename?: 'PageArgumentLimit';
  /** `first` or `limit`. */
  argument: Scalars['String']['output'];
  default?: Maybe<Scalars['Int']['output']>;
  /** `Type.field`, e.g. `Query.search`. */
  field: Scalars['String']['output'];
  max: Scalars['Int']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A section (the lead, a numbered question and answer) or a paragraph of a source. */
export type Passage = {
  __typename?: 'Passage';
  end: Scalars['Int']['output'];
  /** `<source id>#<local id>`, e.g. `sco-sg-news-conference-2019-03-20#q3.p2`. */
  id: Scalars['ID']['output'];
  kind: PassageKind;
  /** Id within the source: `lead`, `q3`, `q3.p2`. */
  localId: Scalars['String']['output'];
  /** Entities mentioned here. */
  mentions: Array<Mention>;
  /** The paragraphs of a section. */
  paragraphs: Array<Passage>;
  /** The section a paragraph belongs to. */
  parent?: Maybe<Passage>;
  /**
   * Its role in the layout of an ingested document: TITLE, HEADING, PARAGRAPH, QUESTION, ANSWER, LIST_ITEM, or
   * SECTION; null for the seed transcript's passages (sections and paragraphs by `kind`).
   */
  role?: Maybe<PassageRole>;
  /** `title`, `lead` or the question number. */
  section: Scalars['String']['output'];
  sentences: Array<Sentence>;
  source: Source;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type PassageKind =
  | 'PARAGRAPH'
  | 'SECTION';

export type PassageRole =
  | 'ANSWER'
  | 'HEADING'
  | 'LIST_ITEM'
  | 'PARAGRAPH'
  | 'QUESTION'
  | 'SECTION'
  | 'TITLE';

/** A path between two entities, hop by hop, each hop with its evidence. */
export type Path = {
  __typename?: 'Path';
  /** Entities along the path, from the start to the end. */
  entities: Array<Entity>;
  /** The relations along the path, in order; `direction` says whether each hop is followed forwards or backwards. */
  hops: Array<Relation>;
  length: Scalars['Int']['output'];
};

/** A period; either end may be left out (`to` alone = "until"). */
export type PeriodInput = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A person named in the source. */
export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Meetings with people and organisations, in both directions. */
  meetings: RelationConnection;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  /** Offices held, with the office in `role`. */
  offices: RelationConnection;
  /** Events this person took or will take part in. */
  participations: RelationConnection;
  /** Statements and documents this person made or presented. */
  presented: RelationConnection;
  relations: RelationConnection;
  /** Documents this person signed. */
  signed: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  subtype?: Maybe<Scalars['String']['output']>;
  time?: Maybe<TimeQualifier>;
};


/** A person named in the source. */
export type PersonMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A person named in the source. */
export type PersonMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the source. */
export type PersonOfficesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A person named in the source. */
export type PersonParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A person named in the source. */
export type PersonPresentedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A person named in the source. */
export type PersonRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** A person named in the source. */
export type PersonSignedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A person named in the source. */
export type PersonStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A city, region, training ground or other place. */
export type Place = Entity & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Events held or planned here. */
  events: RelationConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Places this one lies in, and places that lie in it. */
  location: RelationConnection;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  relations: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  subtype?: Maybe<Scalars['String']['output']>;
  time?: Maybe<TimeQualifier>;
};


/** A city, region, training ground or other place. */
export type PlaceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A city, region, training ground or other place. */
export type PlaceLocationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A city, region, training ground or other place. */
export type PlaceMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A city, region, training ground or other place. */
export type PlaceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** A city, region, training ground or other place. */
export type PlaceStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A candidate of the review queue by id. */
  candidate?: Maybe<Candidate>;
  /** Facts whose statements disagree, each with the statements on each side; ordered by type, then id. */
  conflicts: RelationConnection;
  /** Entities, filtered, ordered and paginated (at most 100 a page). */
  entities: EntityConnection;
  /** One entity by id; null when there is none. */
  entity?: Maybe<Entity>;
  /** The changes made to an entity through the API, newest first. */
  history: ChangeConnection;
  /** The limits every query is checked against before it runs, so that a client can plan its queries within them. */
  limits: QueryLimits;
  /** The graph around an entity, up to `depth` hops (at most 3), ready to draw. */
  neighbourhood: Graph;
  /** A passage by id, e.g. `sco-sg-news-conference-2019-03-20#q3.p2`. */
  passage?: Maybe<Passage>;
  /** Shortest paths between two entities (at most `maxLength` hops, at most 4), with evidence on every hop. */
  paths: Array<Path>;
  /** The relationship vocabulary. */
  relationTypes: Array<RelationTypeInfo>;
  /**
   * Every fact of the graph, filtered: by type, status, basis, a source that states it, an end, as known on a date
   * (`asOf`) and held in a window (`holdsOn`); ordered by type, then id. "Every fact the sources only imply" or
   * "every fact of source S" is one request.
   */
  relations: RelationConnection;
  /**
   * Search over subjects and passages, ranked by relevance. Entities are found by their names, aliases, descriptions,
   * close spellings of their names ("Kirgizstan"), external aliases the source never uses, and through the passages
   * that mention them; each hit says why (`reason`, `reasons`). An exact name ranks its entity first.
   */
  search: Array<SearchHit>;
  /** One source by id; null when there is none. */
  source?: Maybe<Source>;
  /** The sources of the graph. */
  sources: Array<Source>;
  /** Stated figures, by subject and/or words of what they count. */
  statistics: StatisticConnection;
  /**
   * Events and documents in a time window, in time order. Partial dates overlap the window by the days they can mean.
   * Order: by the last day an entry can mean, so that a partial date sorts after every finer date within it (14 March
   * 2019, then March 2019, then a "2019" plan at the end of 2019, never among the March events); among entries ending
   * on the same day the one that starts later (the finer) first, stated dates before source dates, then by id.
   * Undated events and documents (`SOURCE_DATED`) sit on their source's date.
   */
  timeline: TimelineConnection;
};


export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Array<ConflictKind>>;
  source?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<Array<RelationType>>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Array<EntityKind>>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryPassageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  basis?: InputMaybe<Array<Basis>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['ID']['input']>;
  holdsOn?: InputMaybe<TimeFilter>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  to?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<Array<RelationType>>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includePassages?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  matchBy?: InputMaybe<Array<SearchReasonKind>>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatisticsArgs = {
  about?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  entities?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  occurrence?: InputMaybe<Array<TimelineOccurrence>>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/**
 * The limits a query is checked against before any of it runs; a query over one is refused with
 * `QUERY_LIMIT_EXCEEDED`, `extensions.limit` naming the limit and `extensions.limitValue` its value.
 */
export type QueryLimits = {
  __typename?: 'QueryLimits';
  /** Most aliases in one document. */
  maxAliases: Scalars['Int']['output'];
  /** Largest request body, in bytes (the document and its variables). */
  maxBodyBytes: Scalars['Int']['output'];
  /**
   * Largest estimated cost. Each object the query can return costs 1 and scalars cost nothing; a list multiplies
   * what is selected under it by its page size: its `first`/`limit` argument (a literal or a variable), else that
   * argument's default, else its maximum (`pageArguments`). A connection's `first` sizes its `nodes` and `edges`.
   * A list without a page argument (`evidence`, `hops`, `paragraphs` ...) counts as `unpagedListSize` items.
   * Fragments count once where they are spread; introspection costs nothing.
   */
  maxCost: Scalars['Int']['output'];
  /** Deepest selection nesting (fragments counted where they are spread). */
  maxDepth: Scalars['Int']['output'];
  /** Most directives in one document. */
  maxDirectives: Scalars['Int']['output'];
  /** Largest page a `first` argument may ask for, unless `pageArguments` says otherwise. */
  maxPageSize: Scalars['Int']['output'];
  /** Most tokens (names, punctuation, values) in one document. */
  maxTokens: Scalars['Int']['output'];
  /** Every page argument with its default and maximum. */
  pageArguments: Array<PageArgumentLimit>;
  /** How many items a list without a page argument counts as in the cost estimate. */
  unpagedListSize: Scalars['Int']['output'];
};

/** A relationship between two entities, as the source states it. */
export type Relation = {
  __typename?: 'Relation';
  /** The date the relation is read as of, when the query asked for one: its status is the word known on that date. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The date of the source that asserts it. */
  assertedOn: Scalars['Date']['output'];
  /** Whether the source states it outright or only implies it. */
  basis: Basis;
  /** Where its statements disagree; empty when they do not. */
  conflicts: Array<Conflict>;
  /** True when an analyst added or changed it through the API; a seed reload leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Which way this relation points from the entity whose field returned it. */
  direction: Direction;
  /** The exact quotes that state it; never empty. */
  evidence: Array<Evidence>;
  from: Entity;
  /** Stable id: `TYPE:from:to[:key]`. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The other end, seen from the entity whose field returned this relation (for `from`-agnostic reading). */
  other: Entity;
  /** Set when an analyst retired it: it stays in the graph, hidden from reads unless `includeRetired` is set. */
  retired?: Maybe<Retirement>;
  /** The office, for HOLDS_OFFICE. */
  role?: Maybe<Scalars['String']['output']>;
  /** The ids of the sources that state it. */
  sourceIds: Array<Scalars['ID']['output']>;
  /**
   * Every source's word on this fact, newest first (the first is the one `status`, `time` and `assertedOn` come
   * from). With `asOf`, only the statements of sources dated on or before it.
   */
  statements: Array<Statement>;
  status: RelationStatus;
  /** How the status changed, oldest first: each change with the date and the statement that made it. */
  statusHistory: Array<StatusChange>;
  /** When it holds, as stated. */
  time?: Maybe<TimeQualifier>;
  /** Whether its time is stated, or only known to hold on its source's date (`assertedOn`). */
  timeKnown: TimeKnown;
  to: Entity;
  type: RelationType;
};


/** A relationship between two entities, as the source states it. */
export type RelationStatementsArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  /** The relations of this page, without cursors. */
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

/** A relationship exactly as a seed fact states it (seeds/README.md, "Facts"); validated by the same rules. */
export type RelationInput = {
  basis?: InputMaybe<Basis>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  /** At least one quote. */
  evidence: Array<EvidenceInput>;
  from: Scalars['ID']['input'];
  /** A short slug qualifier when the same type links the same pair twice. */
  key?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<PeriodInput>;
  /** For HOLDS_OFFICE: the office. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The loaded source that states it. */
  source: Scalars['ID']['input'];
  /** One of the statuses the type allows (`relationTypes` lists them). */
  status: RelationStatus;
  to: Scalars['ID']['input'];
  type: RelationType;
};

/**
 * The status of a relationship exactly as the source states it. Negative statements keep their negative status
 * (`NOT_UNDER_CONSIDERATION`, `REFUSED`, `NOT_A_MILITARY_POLITICAL_BLOC`). Which statuses a type allows is listed in
 * `relationTypes`.
 */
export type RelationStatus =
  /** CONCERNS. */
  | 'ABOUT'
  /** COOPERATES_WITH, TAKES_PART_IN: ongoing. */
  | 'ACTIVE'
  /** ADOPTED_AT, ADOPTED_BY: adopted. */
  | 'ADOPTED'
  /** LINKS: agreed. */
  | 'AGREED'
  /** MEMBER_OF, OBSERVER_OF, DIALOGUE_PARTNER_OF: has applied for the status. */
  | 'APPLICANT'
  /** DRAFTED_BY: being drafted or developed now. */
  | 'BEING_DRAFTED'
  /** COOPERATION_DOCUMENT_WITH: the document is being worked out, not yet signed. */
  | 'BEING_WORKED_OUT'
  /** COOPERATES_WITH: contacts are maintained. */
  | 'CONTACTS'
  /** COORDINATES: coordinating now. */
  | 'COORDINATING'
  /** HOLDS_OFFICE, PRESIDES: holds it now. */
  | 'CURRENT'
  /** COOPERATES_WITH: dialogue is maintained. */
  | 'DIALOGUE'
  | 'DIALOGUE_PARTNER'
  /** CHARACTERISES: does not settle disputed bilateral issues. */
  | 'DOES_NOT_SETTLE_BILATERAL_DISPUTES'
  /** DRAFTED_BY: drafted. */
  | 'DRAFTED'
  /** BODY_OF: the body exists. */
  | 'ESTABLISHED'
  /** CHARACTERISES: expansion is not an end in itself. */
  | 'EXPANSION_NOT_AN_END_IN_ITSELF'
  /** PARTICIPATED_IN: expected to take part. */
  | 'EXPECTED'
  /** COOPERATES_WITH: cooperation formalised. */
  | 'FORMALISED'
  /** HOLDS_OFFICE, PRESIDES, TAKES_PART_IN: held it before. */
  | 'FORMER'
  | 'FORMER_DIALOGUE_PARTNER'
  /** MEMBER_OF: was a member. */
  | 'FORMER_MEMBER'
  | 'FORMER_OBSERVER'
  /** CHARACTERISES: a guarantor of peace and stability. */
  | 'GUARANTOR_OF_PEACE_AND_STABILITY'
  /** APPEALED_TO: the appeal was heeded. */
  | 'HEEDED'
  /** HELD_IN, PRECEDED_BY, MET_WITH, MEETING_OF: took place. */
  | 'HELD'
  /** IMPLEMENTS: being implemented. */
  | 'IMPLEMENTING'
  /** TAKES_PART_IN: an intention to take part is stated. */
  | 'INTENDED'
  /** COOPERATES_WITH, SUPPORTS: interest stated. */
  | 'INTERESTED'
  /** CHARACTERISES: the largest organisation in terms of aggregate potential. */
  | 'LARGEST_ORGANISATION_BY_AGGREGATE_POTENTIAL'
  /** LAUNCHED: launched. */
  | 'LAUNCHED'
  /** LOCATED_IN. */
  | 'LOCATED'
  /** APPEALED_TO: the appeal was made (its reception not stated). */
  | 'MADE'
  /** CHARACTERISES: a major regional player. */
  | 'MAJOR_REGIONAL_PLAYER'
  /** MEMBER_OF: a full member. */
  | 'MEMBER'
  /** PRESIDES: the next to hold it. */
  | 'NEXT'
  /** CHARACTERISES: its participants take non-bloc approaches. */
  | 'NON_BLOC_APPROACH'
  /** CHARACTERISES: is not a military-political bloc. */
  | 'NOT_A_MILITARY_POLITICAL_BLOC'
  /** CHARACTERISES: its activities are not directed against any state or international organisation. */
  | 'NOT_DIRECTED_AGAINST_ANY_STATE_OR_ORGANISATION'
  /** MEMBER_OF: membership is stated NOT to be under consideration. */
  | 'NOT_UNDER_CONSIDERATION'
  | 'OBSERVER'
  /** CHARACTERISES: ready to cooperate with other states and organisations. */
  | 'OPEN_TO_COOPERATION'
  /** ORGANISED: organised. */
  | 'ORGANISED'
  /** PART_OF. */
  | 'PART'
  /** PARTICIPATED_IN: took part. */
  | 'PARTICIPATED'
  /** PARTY_TO: a party. */
  | 'PARTY'
  /** MEMBER_OF: a permanent member (of the UN Security Council). */
  | 'PERMANENT_MEMBER'
  /** Planned, intended or announced for the future (any type that allows it). */
  | 'PLANNED'
  /** IMPLEMENTS: could implement (a potential stated, not an act). */
  | 'POTENTIAL'
  /** PRESENTED_AT, PRESENTED_BY: made or presented. */
  | 'PRESENTED'
  /** ASSISTS: providing assistance. */
  | 'PROVIDING'
  /** Raised only in a journalist's question; the answer does not confirm it. */
  | 'QUESTION_ONLY'
  /** APPEALED_TO: the appeal (or proposal) was refused. */
  | 'REFUSED'
  /** COOPERATION_DOCUMENT_WITH, SIGNED_BY: signed. */
  | 'SIGNED'
  /** MEASURES. */
  | 'STATED'
  /** SUPPORTS. */
  | 'SUPPORTS'
  /** CHARACTERISES: has a transcontinental character. */
  | 'TRANSCONTINENTAL_CHARACTER'
  /** MEMBER_OF: membership is being considered. */
  | 'UNDER_CONSIDERATION';

/**
 * The fixed vocabulary of relationship types (`src/ingest/vocabulary.ts`). Which kinds each type connects and which
 * statuses it allows are listed in `relationTypes`.
 */
export type RelationType =
  /** A document was adopted, approved, passed or signed at an event. */
  | 'ADOPTED_AT'
  /** A document was adopted, passed or approved by an actor (a body, the member states). */
  | 'ADOPTED_BY'
  /** An actor appealed to another (for restraint, with a mediation proposal ...); the status says how the appeal was received. */
  | 'APPEALED_TO'
  /** An actor provides assistance to a state. */
  | 'ASSISTS'
  /** An organ, agency, mechanism or subdivision belongs to an organisation. */
  | 'BODY_OF'
  /**
   * An actor characterises another actor, or itself (a self-loop, from = to), as the status says. Negative
   * characterisations keep their negative status (`NOT_A_MILITARY_POLITICAL_BLOC`).
   */
  | 'CHARACTERISES'
  /** A document, event, initiative or statistic is about a subject entity. */
  | 'CONCERNS'
  /** Two actors cooperate, or hold dialogue or contacts, without a document being stated. */
  | 'COOPERATES_WITH'
  /** An organisation has a cooperation document with another organisation, signed or being worked out. */
  | 'COOPERATION_DOCUMENT_WITH'
  /** An actor coordinates (or is to coordinate) an initiative, process or mechanism. */
  | 'COORDINATES'
  /** A state holds, or seeks, dialogue-partner status in an organisation. */
  | 'DIALOGUE_PARTNER_OF'
  /** A document was drafted, or is being or will be developed, by an actor. */
  | 'DRAFTED_BY'
  /** An event took (or will take) place in a place. */
  | 'HELD_IN'
  /** A person holds an office in an organisation or a state (the office is in `role`). */
  | 'HOLDS_OFFICE'
  /** A document or initiative implements another document or initiative. */
  | 'IMPLEMENTS'
  /** An actor launched or established an initiative, body or process. */
  | 'LAUNCHED'
  /** A document or initiative links (aligns) two undertakings; one edge per undertaking linked. */
  | 'LINKS'
  /** A place or organisation is located in a place or state. */
  | 'LOCATED_IN'
  /** A statistic measures something about its subject (written from the statistic). */
  | 'MEASURES'
  /** An event is a meeting or session of a body (a council, commission or contact group). */
  | 'MEETING_OF'
  /** A state (or organisation) belongs to an organisation, or its membership is sought or refused. */
  | 'MEMBER_OF'
  /** A person or organisation met (or will meet) another. */
  | 'MET_WITH'
  /** A state holds (or held) observer status in an organisation. */
  | 'OBSERVER_OF'
  /** An actor organised, hosted or convened an event. */
  | 'ORGANISED'
  /** An actor took (or will take) part in an event. */
  | 'PARTICIPATED_IN'
  /** A state or organisation is a party to (or bound by) a document. */
  | 'PARTY_TO'
  /** An event is part of a larger event or series; a document is part of a package. */
  | 'PART_OF'
  /** An event is (or will be) preceded by another event. */
  | 'PRECEDED_BY'
  /** A statement or document was made or presented at an event (without being adopted there). */
  | 'PRESENTED_AT'
  /** A statement or document was made or presented by an actor (on its own or on others' behalf). */
  | 'PRESENTED_BY'
  /** A state holds the rotating presidency (chairmanship) of an organisation. */
  | 'PRESIDES'
  /** A document was signed by a state, person or organisation. */
  | 'SIGNED_BY'
  /** An actor or document supports a document, initiative or process. */
  | 'SUPPORTS'
  /** A state (its representatives) works in, or takes part in the activities of, an organisation's body or mechanism. */
  | 'TAKES_PART_IN';

/** A relationship type of the vocabulary, with what it may connect and the statuses it allows. */
export type RelationTypeInfo = {
  __typename?: 'RelationTypeInfo';
  description: Scalars['String']['output'];
  fromKinds: Array<EntityKind>;
  statuses: Array<RelationStatus>;
  toKinds: Array<EntityKind>;
  type: RelationType;
};

/** Who retired a relation, when and why. */
export type Retirement = {
  __typename?: 'Retirement';
  /** When, as an ISO 8601 timestamp (UTC). */
  at: Scalars['String']['output'];
  /** The `sub` of the editor's token. */
  by: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** A review decision: the candidate after it, and what it created. */
export type ReviewResult = {
  __typename?: 'ReviewResult';
  candidate: Candidate;
  change: Change;
  entity?: Maybe<Entity>;
  relation?: Maybe<Relation>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /**
   * Why an entity was found, in one plain-text line from its strongest reason, e.g.
   * `mentioned in q4.p10: '... drug trafficking ...'`. Null for a passage hit: its own text matched.
   */
  reason?: Maybe<Scalars['String']['output']>;
  /** Every reason an entity was found, strongest first (at most 5); empty for a passage hit. */
  reasons: Array<SearchReason>;
  /**
   * Relevance score; hits are ordered by it. A passage's is its full-text score; an entity's adds up its reasons: its
   * own name, aliases and description, a close spelling of its name, an external alias, and the passages that mention it.
   */
  score: Scalars['Float']['output'];
  /** The matching text with matches wrapped in `<mark>` ... `</mark>` (the rest HTML-escaped): the strongest reason's. */
  snippet: Scalars['String']['output'];
  target: SearchTarget;
};

/** One reason a search found an entity. */
export type SearchReason = {
  __typename?: 'SearchReason';
  kind: SearchReasonKind;
  /** The passage that mentions the entity and matched the words (PASSAGE only). */
  passage?: Maybe<Passage>;
  /** What this reason added to the hit's score. */
  score: Scalars['Float']['output'];
  /** The matching text with matches wrapped in `<mark>` ... `</mark>` (the rest HTML-escaped). */
  snippet: Scalars['String']['output'];
};

/** Where a search found an entity. */
export type SearchReasonKind =
  /** One of its aliases (a form the source uses) matched. */
  | 'ALIAS'
  /** Its description matched. */
  | 'DESCRIPTION'
  /**
   * A well-known name or acronym the source never uses (seeds/external-aliases.yaml): never used to find mentions,
   * only to find the entity.
   */
  | 'EXTERNAL_ALIAS'
  /** Its name or an alias is a close spelling (at most two letters off) of a word searched for. */
  | 'FUZZY'
  /** Its name matched the words. */
  | 'NAME'
  /** A passage that mentions it matched: the passage lends it part of its score. */
  | 'PASSAGE'
  /**
   * Its name or an alias has none of the words searched for, only a word near in meaning to one of them ("Narcotics"
   * for "drug"; the list is ours, src/graph/read/relatedTerms.ts), weighed lower than the word itself.
   */
  | 'RELATED_TERM';

/** A search hit: an entity (by name or alias) or a passage (by text), with a highlighted snippet. */
export type SearchTarget = Document | Event | Initiative | Organisation | Passage | Person | Place | State | Statistic;

export type Sentence = {
  __typename?: 'Sentence';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A transcript or other document the graph was built from. */
export type Source = {
  __typename?: 'Source';
  /** The review queue of an ingested document: candidate entities and facts, in document order. */
  candidates: CandidateConnection;
  date: Scalars['Date']['output'];
  /** sha256 of the file's bytes, for an ingested document: the same bytes are the same version. */
  fileHash?: Maybe<Scalars['String']['output']>;
  /** The file's format (TEXT, MARKDOWN, HTML, PDF) for an ingested document. */
  format?: Maybe<DocumentFormat>;
  id: Scalars['ID']['output'];
  /** When and by whom it was ingested. */
  ingestedAt?: Maybe<Scalars['String']['output']>;
  ingestedBy?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  language: Scalars['String']['output'];
  /** How it came in: SEED (the seed folder) or INGESTED (`kg ingest` / `ingestDocument`). */
  origin: SourceOrigin;
  /** The version this one replaces, for version 2 and later. */
  previousVersion?: Maybe<Source>;
  publisher: Scalars['String']['output'];
  /** Sections (title, lead, each numbered question and answer) in order. */
  sections: Array<Passage>;
  /** The full text; evidence offsets point into it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The page it was published at, when the editor who ingested it gave one. */
  url?: Maybe<Scalars['String']['output']>;
  /** Version of an ingested document: 1, then 2 when changed bytes of the same document were ingested, ... */
  version: Scalars['Int']['output'];
};


/** A transcript or other document the graph was built from. */
export type SourceCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CandidateKind>;
  state?: InputMaybe<Array<CandidateState>>;
};

export type SourceOrigin =
  | 'INGESTED'
  | 'SEED';

/** A sovereign state. */
export type State = Entity & {
  __typename?: 'State';
  aliases: Array<Scalars['String']['output']>;
  /** Appeals this state made or received (for restraint, mediation proposals), with how they were received. */
  appeals: RelationConnection;
  /** Bodies and mechanisms of organisations in whose work this state's representatives take part, or intend to. */
  bodyParticipations: RelationConnection;
  /** Cooperation, dialogue and assistance relations of this state, in both directions. */
  cooperation: RelationConnection;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Membership, observer and dialogue-partner relations to organisations (including refused or sought ones). */
  memberships: RelationConnection;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  /** People holding an office of this state. */
  officeHolders: RelationConnection;
  /** Events this state took or will take part in. */
  participations: RelationConnection;
  /** Presidencies of organisations this state holds or held. */
  presidencies: RelationConnection;
  relations: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  subtype?: Maybe<Scalars['String']['output']>;
  time?: Maybe<TimeQualifier>;
};


/** A sovereign state. */
export type StateAppealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A sovereign state. */
export type StateBodyParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A sovereign state. */
export type StateCooperationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A sovereign state. */
export type StateMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A sovereign state. */
export type StateMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state. */
export type StateOfficeHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A sovereign state. */
export type StateParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A sovereign state. */
export type StatePresidenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
};


/** A sovereign state. */
export type StateRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** A sovereign state. */
export type StateStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * One source's word on a fact: the status, basis and time as that source states them, with its exact quotes.
 * A fact keeps every statement; its own status is the newest one's (by source date; on the same date an analyst's
 * statement over a seeded one, then by source id).
 */
export type Statement = {
  __typename?: 'Statement';
  /** The date of the statement's source. */
  assertedOn: Scalars['Date']['output'];
  basis: Basis;
  /** True when an analyst added it through the API. */
  curated: Scalars['Boolean']['output'];
  /** True for the statement the fact's status comes from (as of the relation's `asOf`, when set). */
  current: Scalars['Boolean']['output'];
  /** The exact quotes of this source; never empty. */
  evidence: Array<Evidence>;
  /** `<relation id>@<source id>`, or `<relation id>@curated-<n>` for one an analyst added. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Set when an analyst retired it; the fact stays while another statement supports it. */
  retired?: Maybe<Retirement>;
  role?: Maybe<Scalars['String']['output']>;
  source: Source;
  status: RelationStatus;
  time?: Maybe<TimeQualifier>;
  timeKnown: TimeKnown;
};

/** A statement write: the relation after it, the statement, and the recorded change (pass its id to undo). */
export type StatementChange = {
  __typename?: 'StatementChange';
  change: Change;
  relation: Relation;
  statement: Statement;
};

/** One source's word on an existing relation. */
export type StatementInput = {
  basis?: InputMaybe<Basis>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  /** At least one quote, verbatim in the source. */
  evidence: Array<EvidenceInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<PeriodInput>;
  /** The relation it states: `TYPE:from:to[:key]`. */
  relation: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  /** The loaded source that states it. */
  source: Scalars['ID']['input'];
  status: RelationStatus;
};

/** A figure the source states: a value with its bound ("over 600"), unit, what it counts, period and subject. */
export type Statistic = Entity & {
  __typename?: 'Statistic';
  aliases: Array<Scalars['String']['output']>;
  bound: StatisticBound;
  /** What the figure counts, in words. */
  counts: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The quotes that state the figure. */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  relations: RelationConnection;
  statistics: StatisticConnection;
  status?: Maybe<Scalars['String']['output']>;
  /** The entity the figure measures. */
  subject: Entity;
  subtype?: Maybe<Scalars['String']['output']>;
  time?: Maybe<TimeQualifier>;
  /** The whole, for figures like "135 out of 1,092". */
  total?: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};


/** A figure the source states: a value with its bound ("over 600"), unit, what it counts, period and subject. */
export type StatisticMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the source states: a value with its bound ("over 600"), unit, what it counts, period and subject. */
export type StatisticRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  during?: InputMaybe<TimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<RelationStatus>>;
  type?: InputMaybe<Array<RelationType>>;
};


/** A figure the source states: a value with its bound ("over 600"), unit, what it counts, period and subject. */
export type StatisticStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How a stated figure relates to its value. */
export type StatisticBound =
  | 'ABOUT'
  | 'ALMOST'
  | 'EXACTLY'
  | 'OVER'
  | 'UNDER';

export type StatisticConnection = {
  __typename?: 'StatisticConnection';
  edges: Array<StatisticEdge>;
  nodes: Array<Statistic>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatisticEdge = {
  __typename?: 'StatisticEdge';
  cursor: Scalars['String']['output'];
  node: Statistic;
};

/** A change of a fact's status, and the statement that made it. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** The date of the source that made the change. */
  on: Scalars['Date']['output'];
  /** The status before; null for the first statement. */
  previous?: Maybe<RelationStatus>;
  statement: Statement;
  status: RelationStatus;
};

/** A time window: keeps what overlaps it. Either end may be left out. */
export type TimeFilter = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  /** What the window does with a fact whose time the sources do not state (default: INCLUDE, marked `timeKnown: SOURCE_DATE`). */
  undated?: InputMaybe<UndatedFacts>;
};

/** How a fact's time is known. */
export type TimeKnown =
  /** No source states it: it is only known to hold on its source's date (`assertedOn`). */
  | 'SOURCE_DATE'
  /** A source states when it holds (`time`). */
  | 'STATED';

/** When something happened or holds, as the source states it: a point, or a period with either end open. */
export type TimeQualifier = {
  __typename?: 'TimeQualifier';
  /** A point in time (an event's date, a signature). */
  at?: Maybe<DateValue>;
  /** Start of a period ("since"); null when the period is open at its start. */
  from?: Maybe<DateValue>;
  /** The words of the source, e.g. `late August 2018`, `2019-2021`, `to 2025`. */
  text?: Maybe<Scalars['String']['output']>;
  /** End of a period ("until", "to"); null when the period is open at its end. */
  to?: Maybe<DateValue>;
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  nodes: Array<TimelineEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/**
 * An event or document on the timeline: dated as its source states it, or, with no stated date, by its source's date
 * (`occurrence: SOURCE_DATED`).
 */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** Last day the entry can mean (`9999-12-31` when a period is open at its end). */
  end: Scalars['Date']['output'];
  entity: Entity;
  /** Whether it happened, is planned, or is only dated by its source's date. */
  occurrence: TimelineOccurrence;
  /**
   * How precise the stated date is (of `time.at`, else of the period's start, else its end): a `YEAR` entry ("this
   * year") may mean any day of its year and is not an event of the month its range starts in. Null for `SOURCE_DATED`.
   */
  precision?: Maybe<DatePrecision>;
  /** The date of the first source that reports the entry (as of `asOf` when given); null when no source does. */
  reportedOn?: Maybe<Scalars['Date']['output']>;
  /** First day the entry can mean. */
  start: Scalars['Date']['output'];
  /** The time as stated; null when the source states none. */
  time?: Maybe<TimeQualifier>;
};

/**
 * How a timeline entry's place in time is known, and whether it took place. Derived from the entity's own status and
 * its stated date against the date of the first source that reports it (`reportedOn`).
 */
export type TimelineOccurrence =
  /**
   * It took place (was held, adopted, signed, is in force or under way) on its stated date: the source says so by its
   * status, or, with no status, the stated date begins no later than the source's date.
   */
  | 'HAPPENED'
  /**
   * It is still to come: its status is planned or being drafted (a summit "to be held this year" in a March 2019 source),
   * or, with no status, its stated date begins after the source's date.
   */
  | 'PLANNED'
  /**
   * The source states no date for it: the entry sits on the date of the first source that reports it, which says only
   * that it was known by then (`entity.status` says whether it was held, ongoing or planned). `precision` is null,
   * `time` is null or only the source's words (`recently`); `start` and `end` are that source's date.
   */
  | 'SOURCE_DATED';

/**
 * A fact whose time its sources do not state is only known to hold on its source's date. A time window can
 * include it (marked by `Relation.timeKnown`), keep it only when the window covers that date, or leave it out.
 */
export type UndatedFacts =
  /** Leave it out: only facts with a stated time. */
  | 'EXCLUDE'
  /** Return it whatever the window, marked `timeKnown: SOURCE_DATE`. */
  | 'INCLUDE'
  /** Return it only when the window covers its source's date. */
  | 'ON_SOURCE_DATE';

export type UndoMergeResult = {
  __typename?: 'UndoMergeResult';
  change: Change;
  kept: Entity;
  /** The merged entity, restored as it was. */
  restored: Entity;
};

export type CooperationDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CooperationDocumentsQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Document', name: string }
    | { __typename?: 'Event', name: string }
    | { __typename?: 'Initiative', name: string }
    | { __typename?: 'Organisation', name: string, signed: { __typename?: 'RelationConnection', totalCount: number, nodes: Array<{ __typename?: 'Relation', other:
            | { __typename?: 'Document', name: string, aliases: Array<string> }
            | { __typename?: 'Event', name: string, aliases: Array<string> }
            | { __typename?: 'Initiative', name: string, aliases: Array<string> }
            | { __typename?: 'Organisation', name: string, aliases: Array<string> }
            | { __typename?: 'Person', name: string, aliases: Array<string> }
            | { __typename?: 'Place', name: string, aliases: Array<string> }
            | { __typename?: 'State', name: string, aliases: Array<string> }
            | { __typename?: 'Statistic', name: string, aliases: Array<string> }
           }> }, beingWorkedOut: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
          , evidence: Array<{ __typename?: 'Evidence', quote: string, passage: { __typename?: 'Passage', id: string } }> }> }, dialogue: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
          , evidence: Array<{ __typename?: 'Evidence', quote: string }> }> } }
    | { __typename?: 'Person', name: string }
    | { __typename?: 'Place', name: string }
    | { __typename?: 'State', name: string }
    | { __typename?: 'Statistic', name: string }
   | null };

export type QingdaoSummitQueryVariables = Exact<{ [key: string]: never; }>;


export type QingdaoSummitQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Document', name: string, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
    | { __typename?: 'Event', name: string, adoptedDocuments: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', other:
            | { __typename?: 'Document', subtype?: string | null, name: string, time?: { __typename?: 'TimeQualifier', text?: string | null } | null }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
          , evidence: Array<{ __typename?: 'Evidence', quote: string }> }> }, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
    | { __typename?: 'Initiative', name: string, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
    | { __typename?: 'Organisation', name: string, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
    | { __typename?: 'Person', name: string, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
    | { __typename?: 'Place', name: string, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
    | { __typename?: 'State', name: string, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
    | { __typename?: 'Statistic', name: string, time?: { __typename?: 'TimeQualifier', text?: string | null, at?: { __typename?: 'DateValue', value: string, precision: DatePrecision } | null } | null }
   | null };

export type MembershipQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Document' }
    | { __typename?: 'Event' }
    | { __typename?: 'Initiative' }
    | { __typename?: 'Organisation', members: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', status: RelationStatus, basis: Basis, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
           }> }, observers: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', status: RelationStatus, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
          , evidence: Array<{ __typename?: 'Evidence', quote: string }> }> }, dialoguePartners: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', status: RelationStatus, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
          , evidence: Array<{ __typename?: 'Evidence', quote: string }> }> } }
    | { __typename?: 'Person' }
    | { __typename?: 'Place' }
    | { __typename?: 'State' }
    | { __typename?: 'Statistic' }
   | null, afghanistan?:
    | { __typename?: 'Document' }
    | { __typename?: 'Event' }
    | { __typename?: 'Initiative' }
    | { __typename?: 'Organisation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Place' }
    | { __typename?: 'State', memberships: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', status: RelationStatus, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
          , evidence: Array<{ __typename?: 'Evidence', quote: string, passage: { __typename?: 'Passage', id: string } }> }> } }
    | { __typename?: 'Statistic' }
   | null };

export type NorovMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NorovMeetingsQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Document', name: string }
    | { __typename?: 'Event', name: string }
    | { __typename?: 'Initiative', name: string }
    | { __typename?: 'Organisation', name: string }
    | { __typename?: 'Person', name: string, offices: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', role?: string | null, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
           }> }, meetings: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', status: RelationStatus, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
          , time?: { __typename?: 'TimeQualifier', text?: string | null } | null, evidence: Array<{ __typename?: 'Evidence', quote: string }> }> } }
    | { __typename?: 'Place', name: string }
    | { __typename?: 'State', name: string }
    | { __typename?: 'Statistic', name: string }
   | null };

export type BishkekSummitQueryVariables = Exact<{ [key: string]: never; }>;


export type BishkekSummitQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Document', name: string, status?: string | null }
    | { __typename?: 'Event', name: string, status?: string | null, place: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
           }> }, precededBy: { __typename?: 'RelationConnection', totalCount: number, nodes: Array<{ __typename?: 'Relation', status: RelationStatus, basis: Basis, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
           }> } }
    | { __typename?: 'Initiative', name: string, status?: string | null }
    | { __typename?: 'Organisation', name: string, status?: string | null }
    | { __typename?: 'Person', name: string, status?: string | null }
    | { __typename?: 'Place', name: string, status?: string | null }
    | { __typename?: 'State', name: string, status?: string | null }
    | { __typename?: 'Statistic', name: string, status?: string | null }
   | null };

export type RatsStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type RatsStatisticsQuery = { __typename?: 'Query', statistics: { __typename?: 'StatisticConnection', totalCount: number, nodes: Array<{ __typename?: 'Statistic', bound: StatisticBound, value: number, unit: string, counts: string, time?: { __typename?: 'TimeQualifier', text?: string | null, from?: { __typename?: 'DateValue', value: string } | null, to?: { __typename?: 'DateValue', value: string } | null, at?: { __typename?: 'DateValue', value: string } | null } | null }> } };

export type IndiaToUnodcQueryVariables = Exact<{ [key: string]: never; }>;


export type IndiaToUnodcQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'Path', length: number, hops: Array<{ __typename?: 'Relation', type: RelationType, status: RelationStatus, from:
        | { __typename?: 'Document', name: string }
        | { __typename?: 'Event', name: string }
        | { __typename?: 'Initiative', name: string }
        | { __typename?: 'Organisation', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Place', name: string }
        | { __typename?: 'State', name: string }
        | { __typename?: 'Statistic', name: string }
      , to:
        | { __typename?: 'Document', name: string }
        | { __typename?: 'Event', name: string }
        | { __typename?: 'Initiative', name: string }
        | { __typename?: 'Organisation', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Place', name: string }
        | { __typename?: 'State', name: string }
        | { __typename?: 'Statistic', name: string }
      , evidence: Array<{ __typename?: 'Evidence', quote: string }> }> }> };

export type SearchDrugsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchDrugsQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, reason?: string | null, snippet: string, target:
      | { __typename: 'Document', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Passage' }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
      | { __typename: 'State', id: string, name: string }
      | { __typename: 'Statistic', id: string, name: string }
     }> };

export type TimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type TimelineQuery = { __typename?: 'Query', timeline: { __typename?: 'TimelineConnection', totalCount: number, nodes: Array<{ __typename?: 'TimelineEntry', occurrence: TimelineOccurrence, precision?: DatePrecision | null, start: string, end: string, entity:
        | { __typename?: 'Document', name: string, kind: EntityKind }
        | { __typename?: 'Event', name: string, kind: EntityKind }
        | { __typename?: 'Initiative', name: string, kind: EntityKind }
        | { __typename?: 'Organisation', name: string, kind: EntityKind }
        | { __typename?: 'Person', name: string, kind: EntityKind }
        | { __typename?: 'Place', name: string, kind: EntityKind }
        | { __typename?: 'State', name: string, kind: EntityKind }
        | { __typename?: 'Statistic', name: string, kind: EntityKind }
      , time?: { __typename?: 'TimeQualifier', text?: string | null } | null }> } };

export type RatsPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type RatsPartnersQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Document', name: string }
    | { __typename?: 'Event', name: string }
    | { __typename?: 'Initiative', name: string }
    | { __typename?: 'Organisation', name: string, bodyOf: { __typename?: 'RelationConnection', nodes: Array<{ __typename?: 'Relation', other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
           }> }, cooperation: { __typename?: 'RelationConnection', totalCount: number, nodes: Array<{ __typename?: 'Relation', status: RelationStatus, basis: Basis, other:
            | { __typename?: 'Document', name: string }
            | { __typename?: 'Event', name: string }
            | { __typename?: 'Initiative', name: string }
            | { __typename?: 'Organisation', name: string }
            | { __typename?: 'Person', name: string }
            | { __typename?: 'Place', name: string }
            | { __typename?: 'State', name: string }
            | { __typename?: 'Statistic', name: string }
           }> } }
    | { __typename?: 'Person', name: string }
    | { __typename?: 'Place', name: string }
    | { __typename?: 'State', name: string }
    | { __typename?: 'Statistic', name: string }
   | null };

export type ImpliedFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImpliedFactsQuery = { __typename?: 'Query', relations: { __typename?: 'RelationConnection', totalCount: number, nodes: Array<{ __typename?: 'Relation', id: string, status: RelationStatus, note?: string | null, from:
        | { __typename?: 'Document', name: string }
        | { __typename?: 'Event', name: string }
        | { __typename?: 'Initiative', name: string }
        | { __typename?: 'Organisation', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Place', name: string }
        | { __typename?: 'State', name: string }
        | { __typename?: 'Statistic', name: string }
      , to:
        | { __typename?: 'Document', name: string }
        | { __typename?: 'Event', name: string }
        | { __typename?: 'Initiative', name: string }
        | { __typename?: 'Organisation', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Place', name: string }
        | { __typename?: 'State', name: string }
        | { __typename?: 'Statistic', name: string }
      , evidence: Array<{ __typename?: 'Evidence', quote: string, passage: { __typename?: 'Passage', id: string } }> }> } };


export const CooperationDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperationDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"sco","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"signed"},"name":{"kind":"Name","value":"cooperationDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SIGNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"beingWorkedOut"},"name":{"kind":"Name","value":"cooperationDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BEING_WORKED_OUT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dialogue"},"name":{"kind":"Name","value":"cooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DIALOGUE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperationDocumentsQuery, CooperationDocumentsQueryVariables>;
export const QingdaoSummitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QingdaoSummit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"qingdao-summit-2018","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QingdaoSummitQuery, QingdaoSummitQueryVariables>;
export const MembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"sco","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialoguePartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"afghanistan"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"afghanistan","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembershipQuery, MembershipQueryVariables>;
export const NorovMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NorovMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"vladimir-norov","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NorovMeetingsQuery, NorovMeetingsQueryVariables>;
export const BishkekSummitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BishkekSummit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bishkek-summit-2019","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"precededBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BishkekSummitQuery, BishkekSummitQueryVariables>;
export const RatsStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatsStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"StringValue","value":"rats","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RatsStatisticsQuery, RatsStatisticsQueryVariables>;
export const IndiaToUnodcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndiaToUnodc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"india","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"unodc","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndiaToUnodcQuery, IndiaToUnodcQueryVariables>;
export const SearchDrugsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchDrugs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"drug trafficking","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"includePassages"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchDrugsQuery, SearchDrugsQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2019","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2019-12","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"occurrence"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HAPPENED"},{"kind":"EnumValue","value":"PLANNED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const RatsPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatsPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"rats","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RatsPartnersQuery, RatsPartnersQueryVariables>;
export const ImpliedFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpliedFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IMPLIED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImpliedFactsQuery, ImpliedFactsQueryVariables>;