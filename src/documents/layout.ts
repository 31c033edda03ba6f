// PLACEHOLDER until branch doc-extract is merged.
import type { DocumentPassage, ExtractedDocument } from './types';
export function splitDocument(_doc: ExtractedDocument): DocumentPassage[] {
  throw new Error('layout is not merged yet');
}
