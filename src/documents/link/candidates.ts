/**
 * Candidate entities: spans proposed by acronym definitions, named-entity recognition, capitalised phrases and
 * numbers with units, merged when they name the same thing (same normalised name, or a name and its acronym).
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { CandidateEntity, DocumentMention, LinkMethod } from '../types';
import { normaliseName, slugOf } from './names';

export interface CandidateSpan {
  readonly passageId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The name the span proposes (the span's text, or an acronym's long form). */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: EntityKind;
  readonly method: 'acronym' | 'ner' | 'fuzzy';
  readonly mentionMethod: LinkMethod;
  readonly score: number;
  readonly similarTo: CandidateEntity['similarTo'];
}

interface Draft {
  name: string;
  aliases: Set<string>;
  kind: EntityKind;
  method: CandidateSpan['method'];
  score: number;
  similarTo: CandidateEntity['similarTo'];
  spans: CandidateSpan[];
}

/** Candidates from spans: one per thing named, with a unique slug key, and their mentions. */
export function mergeCandidates(spans: readonly CandidateSpan[]): {
  candidates: CandidateEntity[];
  mentions: DocumentMention[];
} {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  // Acronym definitions first, so a later bare use or recognised span of either form joins them.
  const ordered = [...spans].sort((a, b) => Number(b.method === 'acronym') - Number(a.method === 'acronym'));
  for (const span of ordered) {
    const keys = [span.name, ...span.aliases].map(normaliseName).filter(Boolean);
    const draft = keys.map((key) => byKey.get(key)).find((d) => d !== undefined);
    if (draft) {
      for (const alias of span.aliases) if (alias !== draft.name) draft.aliases.add(alias);
      draft.score = Math.max(draft.score, span.score);
      draft.spans.push(span);
      for (const key of keys) if (!byKey.has(key)) byKey.set(key, draft);
      continue;
    }
    const created: Draft = {
      name: span.name,
      aliases: new Set(span.aliases),
      kind: span.kind,
      method: span.method,
      score: span.score,
      similarTo: span.similarTo,
      spans: [span],
    };
    drafts.push(created);
    for (const key of keys) byKey.set(key, created);
  }
  const taken = new Set<string>();
  const candidates: CandidateEntity[] = [];
  const mentions: DocumentMention[] = [];
  for (const draft of drafts) {
    let key = slugOf(draft.name);
    for (let n = 2; taken.has(key); n += 1) key = `${slugOf(draft.name)}-${n}`;
    taken.add(key);
    // More mentions, more confidence that it is a real thing.
    const score = Math.min(0.95, draft.score + 0.05 * (new Set(draft.spans.map((s) => s.start)).size - 1));
    candidates.push({
      key,
      name: draft.name,
      kind: draft.kind,
      aliases: [...draft.aliases],
      score: Number(score.toFixed(2)),
      method: draft.method,
      similarTo: draft.similarTo,
    });
    const seen = new Set<number>();
    for (const span of draft.spans) {
      if (seen.has(span.start)) continue;
      seen.add(span.start);
      mentions.push({
        entityId: null,
        candidateKey: key,
        passageId: span.passageId,
        start: span.start,
        end: span.end,
        text: span.text,
        method: span.mentionMethod,
        score: span.score,
      });
    }
  }
  return { candidates, mentions };
}
