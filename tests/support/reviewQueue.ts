/**
 * A review queue without the document pipeline: an INVENTED document (not an SCO text), analysed by hand into
 * passages, mentions of seed entities, two candidate entities and three candidate facts, and stored exactly as
 * ingestion stores one (`documentRows` + `writeDocument`, in one write transaction). Needs the seeds loaded: the
 * mentions and facts name seed entities (sco, india, asean, syria, csto).
 *
 * The queue, in its order (entities first, then facts in document order):
 *   1. ENTITY  Caspian Water Council (CWC)                  invented, new: accepting creates it
 *   2. ENTITY  Collective Security Treaty Organization      a near miss of the seed's `csto`: merge it
 *   3. FACT    COOPERATES_WITH india -> asean (contacts)    both ends known, no such relation in the seeds
 *   4. FACT    COOPERATES_WITH sco -> caspian-water-council  its `to` end is candidate 1
 *   5. FACT    MEMBER_OF syria -> sco (not under consideration, negated)
 */
import { createHash } from 'node:crypto';
import type { GraphDatabase } from '../../src/graph/database';
import { writeDocument } from '../../src/graph/write/documents';
import type { DocumentAnalysis } from '../../src/documents/analyse';
import { candidateEntityId, candidateFactId, documentRows } from '../../src/documents/rows';
import type {
  CandidateEntity,
  CandidateFact,
  DocumentMention,
  DocumentPassage,
  ExtractedDocument,
} from '../../src/documents/types';
import { splitPassages } from '../../src/ingest/passages';

export const REVIEW_SOURCE = 'invented-review-test-document-2020-09-01';

export const REVIEW_TEXT = [
  'Invented review test document: a briefing on regional water cooperation',
  'This document is INVENTED for the review-page tests; it is not a real SCO text.',
  '1. Question: Will the SCO work with the Caspian Water Council (CWC)?',
  'Answer: India has held contacts with ASEAN on water management since 2018. The SCO will cooperate with the Caspian Water Council from 2020.',
  "2. Question: Is Syria's membership being discussed?",
  "Answer: Syria's membership of the SCO is not under consideration. The Collective Security Treaty Organization was named as a partner.",
].join('\n');

export const QUOTES = {
  indiaAsean: 'India has held contacts with ASEAN on water management since 2018.',
  scoCwc: 'The SCO will cooperate with the Caspian Water Council from 2020.',
  syria: "Syria's membership of the SCO is not under consideration.",
} as const;

export const REVIEW_CANDIDATES = {
  cwc: candidateEntityId(REVIEW_SOURCE, 'caspian-water-council'),
  cstoNearMiss: candidateEntityId(REVIEW_SOURCE, 'collective-security-treaty-organization'),
  indiaAsean: candidateFactId(REVIEW_SOURCE, 1),
  scoCwc: candidateFactId(REVIEW_SOURCE, 2),
  syria: candidateFactId(REVIEW_SOURCE, 3),
} as const;

/** Every place `needle` occurs in the text. */
function occurrences(needle: string): number[] {
  const found: number[] = [];
  for (let at = REVIEW_TEXT.indexOf(needle); at >= 0; at = REVIEW_TEXT.indexOf(needle, at + 1)) found.push(at);
  if (found.length === 0) throw new Error(`"${needle}" is not in the invented review document`);
  return found;
}

function span(needle: string): { start: number; end: number } {
  const start = occurrences(needle)[0] ?? 0;
  return { start, end: start + needle.length };
}

function passagesOf(text: string): DocumentPassage[] {
  return splitPassages(text).map((p) => ({ ...p, role: p.kind === 'section' ? 'section' : 'paragraph' }));
}

function holding(passages: readonly DocumentPassage[], start: number): string {
  const paragraph = passages.find((p) => p.kind === 'paragraph' && p.start <= start && start < p.end);
  if (!paragraph) throw new Error(`no paragraph holds offset ${start}`);
  return paragraph.localId;
}

function analysis(): DocumentAnalysis {
  const passages = passagesOf(REVIEW_TEXT);
  const mention = (
    needle: string,
    ref: { entityId: string } | { candidateKey: string },
    method: DocumentMention['method'],
    score = 1,
  ): DocumentMention[] =>
    occurrences(needle).map((start) => ({
      entityId: 'entityId' in ref ? ref.entityId : null,
      candidateKey: 'candidateKey' in ref ? ref.candidateKey : null,
      passageId: holding(passages, start),
      start,
      end: start + needle.length,
      text: needle,
      method,
      score,
    }));
  const mentions = [
    ...mention('SCO', { entityId: 'sco' }, 'alias'),
    ...mention('India', { entityId: 'india' }, 'name'),
    ...mention('ASEAN', { entityId: 'asean' }, 'alias'),
    ...mention('Syria', { entityId: 'syria' }, 'name'),
    ...mention('Caspian Water Council', { candidateKey: 'caspian-water-council' }, 'acronym', 0.9),
    ...mention('CWC', { candidateKey: 'caspian-water-council' }, 'acronym', 0.9),
    ...mention(
      'Collective Security Treaty Organization',
      { candidateKey: 'collective-security-treaty-organization' },
      'fuzzy',
      0.6,
    ),
  ].sort((a, b) => a.start - b.start);
  const candidates: CandidateEntity[] = [
    {
      key: 'caspian-water-council',
      name: 'Caspian Water Council',
      kind: 'Organisation',
      aliases: ['CWC'],
      score: 0.9,
      method: 'acronym',
      similarTo: null,
    },
    {
      key: 'collective-security-treaty-organization',
      name: 'Collective Security Treaty Organization',
      kind: 'Organisation',
      aliases: [],
      score: 0.6,
      method: 'fuzzy',
      similarTo: { entityId: 'csto', score: 0.97 },
    },
  ];
  const fact = (
    quote: string,
    rest: Omit<CandidateFact, 'quote' | 'start' | 'end' | 'passageId' | 'rule' | 'score'>,
  ): CandidateFact => {
    const { start, end } = span(quote);
    return { ...rest, quote, start, end, passageId: holding(passages, start), rule: 'invented-test-rule', score: 0.8 };
  };
  const facts: CandidateFact[] = [
    fact(QUOTES.indiaAsean, {
      type: 'COOPERATES_WITH',
      from: { entityId: 'india' },
      to: { entityId: 'asean' },
      status: 'contacts',
      negated: false,
      time: { text: 'since 2018', date: null, from: '2018', to: null },
    }),
    fact(QUOTES.scoCwc, {
      type: 'COOPERATES_WITH',
      from: { entityId: 'sco' },
      to: { candidateKey: 'caspian-water-council' },
      status: 'planned',
      negated: false,
      time: { text: 'from 2020', date: null, from: '2020', to: null },
    }),
    fact(QUOTES.syria, {
      type: 'MEMBER_OF',
      from: { entityId: 'syria' },
      to: { entityId: 'sco' },
      status: 'not-under-consideration',
      negated: true,
      time: null,
    }),
  ];
  return { passages, mentions, candidates, facts, timings: { passages: 0, linking: 0, facts: 0 } };
}

/** Stores the invented document with its review queue; returns the source id. */
export async function storeReviewQueue(db: GraphDatabase, by = 'test-ingester'): Promise<string> {
  const doc: ExtractedDocument = {
    format: 'text',
    text: REVIEW_TEXT,
    blocks: [],
    bytes: Buffer.byteLength(REVIEW_TEXT),
    contentHash: createHash('sha256').update(REVIEW_TEXT).digest('hex'),
    foundTitle: null,
  };
  const rows = documentRows(
    { id: REVIEW_SOURCE, version: 1, versionOf: null, previousVersion: null },
    {
      title: 'Invented review test document',
      date: '2020-09-01',
      publisher: 'Invented publisher (tests)',
      kind: 'news',
      language: 'en',
      url: null,
    },
    { name: 'invented-review-test-document.txt', doc },
    analysis(),
    by,
  );
  await db.writeTransaction('store-review-queue', (run) => writeDocument(run, rows));
  return REVIEW_SOURCE;
}
