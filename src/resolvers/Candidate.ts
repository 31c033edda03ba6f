/**
 * The review queue: candidates and what they propose. Ends, passages and entities are looked up through the
 * request's loaders.
 */
import type {
  CandidateEndResolvers,
  CandidateEntityResolvers,
  CandidateFactResolvers,
  CandidateMentionResolvers,
  CandidateResolvers,
} from '../__generated__/resolvers-types';
import { notFound } from '../errors';
import type { CandidateEndRecord } from '../graph/read/candidates';
import { toRelation, toTime } from '../graph/records';
import { readRelation } from '../graph/write/curation';
import { parsePartialDate, isPartialDate } from '../ingest/dates';
import { timeProps } from '../ingest/plan';
import { parseRelationId } from '../curation/relations';
import { kindFromGraph, statusFromGraph } from './enums';
import type { Context } from '../server/context';

async function passageOrFail(context: Context, id: string) {
  const passage = await context.loaders.passage.load(id);
  if (!passage) throw notFound(`passage ${id} of a candidate is missing`);
  return passage;
}

export const Candidate: CandidateResolvers = {
  source: async (candidate, _args, context) => {
    const source = await context.loaders.source.load(candidate.sourceId);
    if (!source) throw notFound(`source ${candidate.sourceId} of candidate ${candidate.id} is missing`);
    return source;
  },
  entity: (candidate) => candidate.entity,
  fact: (candidate) => candidate.fact,
  acceptedEntity: async (candidate, _args, context) =>
    candidate.acceptedEntityId ? ((await context.loaders.entity.load(candidate.acceptedEntityId)) ?? null) : null,
  acceptedRelation: async (candidate, _args, context) => {
    if (!candidate.acceptedRelationId) return null;
    const address = parseRelationId(candidate.acceptedRelationId);
    const found = await readRelation((query, params) => context.db.read(query, params), address);
    return found ? toRelation({ ...found }) : null;
  },
};

export const CandidateEntity: CandidateEntityResolvers = {
  kind: (entity) => kindFromGraph(entity.kind),
  aliases: (entity) => [...entity.aliases],
  similarTo: async (entity, _args, context) =>
    entity.similarTo ? ((await context.loaders.entity.load(entity.similarTo.entityId)) ?? null) : null,
  similarity: (entity) => entity.similarTo?.score ?? null,
  mentions: (entity) => [...entity.mentions],
};

export const CandidateMention: CandidateMentionResolvers = {
  passage: (mention, _args, context) => passageOrFail(context, mention.passageId),
};

export const CandidateFact: CandidateFactResolvers = {
  status: (fact) => statusFromGraph(fact.status),
  passage: (fact, _args, context) => passageOrFail(context, fact.passageId),
  time: (fact) => {
    if (!fact.time) return null;
    const date = (value: string | null) => {
      if (value === null) return null;
      const parsed = parsePartialDate(value);
      return isPartialDate(parsed) ? parsed : null;
    };
    return toTime(
      timeProps({ text: fact.time.text, at: date(fact.time.date), from: date(fact.time.from), to: date(fact.time.to) }),
    );
  },
};

export const CandidateEnd: CandidateEndResolvers = {
  id: (end: CandidateEndRecord) => end.entityId ?? end.key ?? '',
  entity: async (end, _args, context) =>
    end.entityId ? ((await context.loaders.entity.load(end.entityId)) ?? null) : null,
  candidate: async (end, _args, context) =>
    end.candidateId ? ((await context.loaders.candidate.load(end.candidateId)) ?? null) : null,
};
