/**
 * One document through the pipeline, in memory: extracted text -> passages -> linked mentions and candidate
 * entities -> candidate facts. Pure: the catalogue of known entities is given, nothing is read or written.
 */
import type { EntityKind } from '../ingest/vocabulary';
import { proposeFacts } from './facts';
import { splitDocument } from './layout';
import { linkEntities } from './link';
import { withDemonymsAsStates } from './link/demonyms';
import { namesInsideNames } from './link/nameParts';
import type {
  CandidateEntity,
  CandidateFact,
  CatalogueEntity,
  DocumentMention,
  DocumentPassage,
  EntityRef,
  ExtractedDocument,
} from './types';

export interface DocumentAnalysis {
  readonly passages: readonly DocumentPassage[];
  readonly mentions: readonly DocumentMention[];
  readonly candidates: readonly CandidateEntity[];
  readonly facts: readonly CandidateFact[];
  /** Milliseconds per stage, for the summary and the ingestion benchmark. */
  readonly timings: { readonly passages: number; readonly linking: number; readonly facts: number };
}

export function analyseDocument(
  doc: ExtractedDocument,
  catalogue: readonly CatalogueEntity[],
  documentDate: string,
): DocumentAnalysis {
  const t0 = performance.now();
  const passages = splitDocument(doc);
  const t1 = performance.now();
  const { mentions, candidates } = linkEntities(doc.text, passages, catalogue);
  const nameParts = namesInsideNames(mentions, catalogue);
  const t2 = performance.now();
  const known = new Map(catalogue.map((e) => [e.id, e.kind]));
  const subjects = new Map(catalogue.flatMap((e) => (e.figure?.subject ? [[e.id, e.figure.subject] as const] : [])));
  const proposed = new Map(candidates.map((c) => [c.key, c.kind]));
  const kindOf = (ref: EntityRef): EntityKind | undefined =>
    'entityId' in ref ? known.get(ref.entityId) : proposed.get(ref.candidateKey);
  const facts = proposeFacts({
    text: doc.text,
    passages,
    mentions: withDemonymsAsStates(mentions, catalogue),
    kindOf,
    documentDate,
    nameParts,
    subjectOf: (id) => subjects.get(id) ?? null,
    titles: passages.filter((p) => p.kind === 'paragraph' && p.role === 'title'),
  });
  const t3 = performance.now();
  return {
    passages,
    mentions,
    candidates,
    facts,
    timings: { passages: t1 - t0, linking: t2 - t1, facts: t3 - t2 },
  };
}
