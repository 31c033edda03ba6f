/**
 * An analysed document as the rows Neo4j stores: the Source node's properties, its passages (the seed loader's
 * row shape, plus each passage's layout role), MENTIONS of the entities the graph knows, and the review queue.
 */
import { mentionProps, withHash, type MentionRow, type PassageRow } from '../ingest/plan';
import type { DocumentRows } from '../graph/write/documents';
import type { CandidateEndRecord, CandidateEntityRecord, CandidateFactRecord } from '../graph/read/candidates';
import type { DocumentAnalysis } from './analyse';
import type {
  CandidateEntity,
  DocumentMetadata,
  DocumentMention,
  DocumentPassage,
  EntityRef,
  ExtractedDocument,
} from './types';

/** Methods whose mentions are certain enough to link at once; fuzzy and NER ones wait for review. */
const LINK_AT_ONCE = new Set(['name', 'alias', 'variant', 'acronym']);

export interface SourceIdentity {
  readonly id: string;
  readonly version: number;
  /** The first version's id, for version 2 and later. */
  readonly versionOf: string | null;
  readonly previousVersion: string | null;
}

export const candidateEntityId = (sourceId: string, key: string): string => `${sourceId}/entity/${key}`;
export const candidateFactId = (sourceId: string, n: number): string => `${sourceId}/fact/${n}`;

/**
 * Finds the paragraph that holds an offset (paragraphs do not overlap; sections span them) by binary search over
 * the paragraphs in document order: a large document has many passages and many more mentions.
 */
class PassageFinder {
  private readonly paragraphs: readonly DocumentPassage[];

  constructor(passages: readonly DocumentPassage[]) {
    this.paragraphs = passages.filter((p) => p.kind === 'paragraph').sort((x, y) => x.start - y.start);
  }

  /** The local id of the paragraph holding `start`, else `fallback`. */
  holding(start: number, fallback: string): string {
    let low = 0;
    let high = this.paragraphs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const p = this.paragraphs[mid];
      if (!p) break;
      if (start < p.start) high = mid - 1;
      else if (start >= p.end) low = mid + 1;
      else return p.localId;
    }
    return fallback;
  }
}

function mentionRows(sourceId: string, passages: PassageFinder, mentions: readonly DocumentMention[]) {
  const grouped = new Map<string, { passageId: string; entityId: string; spans: DocumentMention[] }>();
  for (const mention of mentions) {
    if (!mention.entityId || !LINK_AT_ONCE.has(mention.method)) continue;
    const passageId = `${sourceId}#${passages.holding(mention.start, mention.passageId)}`;
    const key = `${passageId}|${mention.entityId}`;
    const group = grouped.get(key) ?? { passageId, entityId: mention.entityId, spans: [] };
    group.spans.push(mention);
    grouped.set(key, group);
  }
  return [...grouped.values()].map((group): MentionRow => ({
    passageId: group.passageId,
    entityId: group.entityId,
    props: mentionProps(group.spans, false),
  }));
}

function passageRows(sourceId: string, passages: readonly DocumentPassage[]): PassageRow[] {
  return passages.map((passage) => ({
    id: `${sourceId}#${passage.localId}`,
    sectionId: passage.sectionId ? `${sourceId}#${passage.sectionId}` : null,
    props: withHash({
      id: `${sourceId}#${passage.localId}`,
      localId: passage.localId,
      sourceId,
      kind: passage.kind,
      role: passage.role,
      section: passage.section,
      ordinal: passage.ordinal,
      start: passage.start,
      end: passage.end,
      text: passage.text,
      sentenceStarts: passage.sentences.map((s) => s.start),
      sentenceEnds: passage.sentences.map((s) => s.end),
    }),
  }));
}

function entityCandidateRow(
  sourceId: string,
  passages: PassageFinder,
  candidate: CandidateEntity,
  mentions: readonly DocumentMention[],
  createdAt: string,
): Record<string, unknown> {
  const own = mentions
    .filter((m) => m.candidateKey === candidate.key)
    .map((m) => ({
      passageId: `${sourceId}#${passages.holding(m.start, m.passageId)}`,
      start: m.start,
      end: m.end,
      text: m.text,
    }));
  const proposal: CandidateEntityRecord = {
    key: candidate.key,
    name: candidate.name,
    kind: candidate.kind,
    aliases: candidate.aliases,
    method: candidate.method,
    similarTo: candidate.similarTo,
    mentions: own,
  };
  return {
    id: candidateEntityId(sourceId, candidate.key),
    sourceId,
    kind: 'ENTITY',
    state: 'OPEN',
    ordinal: own[0]?.start ?? 0,
    label: candidate.name,
    score: candidate.score,
    proposal: JSON.stringify(proposal),
    createdAt,
  };
}

export function documentRows(
  identity: SourceIdentity,
  metadata: DocumentMetadata,
  file: { readonly name: string; readonly doc: ExtractedDocument },
  analysis: DocumentAnalysis,
  by: string,
  at: Date = new Date(),
): DocumentRows {
  const sourceId = identity.id;
  const createdAt = at.toISOString();
  const finder = new PassageFinder(analysis.passages);
  const end = (ref: EntityRef): CandidateEndRecord =>
    'entityId' in ref
      ? { entityId: ref.entityId }
      : { candidateId: candidateEntityId(sourceId, ref.candidateKey), key: ref.candidateKey };
  const label = (ref: EntityRef): string => ('entityId' in ref ? ref.entityId : ref.candidateKey);
  const facts = [...analysis.facts]
    .sort((a, b) => a.start - b.start || a.type.localeCompare(b.type))
    .map((fact, i) => {
      const proposal: CandidateFactRecord = {
        type: fact.type,
        from: end(fact.from),
        to: end(fact.to),
        status: fact.status,
        negated: fact.negated,
        time: fact.time,
        passageId: `${sourceId}#${finder.holding(fact.start, fact.passageId)}`,
        quote: fact.quote,
        start: fact.start,
        end: fact.end,
        rule: fact.rule,
      };
      return {
        id: candidateFactId(sourceId, i + 1),
        sourceId,
        kind: 'FACT',
        state: 'OPEN',
        // Facts after the entities they may need, in document order.
        ordinal: 1_000_000_000 + fact.start,
        label: `${fact.type} ${label(fact.from)} -> ${label(fact.to)} (${fact.status})`,
        score: fact.score,
        proposal: JSON.stringify(proposal),
        createdAt,
      };
    });
  return {
    source: withHash({
      id: sourceId,
      title: metadata.title,
      date: metadata.date,
      publisher: metadata.publisher,
      kind: metadata.kind,
      language: metadata.language,
      url: metadata.url,
      text: file.doc.text,
      ingested: true,
      format: file.doc.format,
      file: file.name,
      fileHash: file.doc.contentHash,
      bytes: file.doc.bytes,
      version: identity.version,
      versionOf: identity.versionOf,
      previousVersion: identity.previousVersion,
      ingestedAt: createdAt,
      ingestedBy: by,
    }),
    passages: passageRows(sourceId, analysis.passages),
    mentions: mentionRows(sourceId, finder, analysis.mentions),
    candidates: [
      ...analysis.candidates.map((c) => entityCandidateRow(sourceId, finder, c, analysis.mentions, createdAt)),
      ...facts,
    ],
  };
}
