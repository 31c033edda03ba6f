// PLACEHOLDER until branch doc-facts is merged.
import type { EntityKind } from '../../ingest/vocabulary';
import type { Passage } from '../../ingest/passages';
import type { CandidateFact, DocumentMention, EntityRef } from '../types';
export function proposeFacts(_input: {
  text: string;
  passages: readonly Passage[];
  mentions: readonly DocumentMention[];
  kindOf: (ref: EntityRef) => EntityKind | undefined;
  documentDate: string;
}): CandidateFact[] {
  throw new Error('fact proposal is not merged yet');
}
