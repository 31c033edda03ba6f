import { extractDocument } from '../../../../src/documents/extract';
import { analyseDocument, type DocumentAnalysis } from '../../../../src/documents/analyse';
import { catalogueOf } from '../../../../src/documents/evaluation/linking';
import type { CandidateFact, CatalogueEntity } from '../../../../src/documents/types';
import { checkSeeds } from '../../../../src/ingest/seed';

let catalogue: CatalogueEntity[] | null = null;

/** The seed catalogue, read once per test file. */
export function seedCatalogue(): CatalogueEntity[] {
  catalogue ??= catalogueOf(checkSeeds().graph);
  return catalogue;
}

/** A plain-text document through the whole pipeline, with the seed catalogue or the one given. */
export async function analyseText(
  text: string,
  date = '2019-03-20',
  catalogue: readonly CatalogueEntity[] = seedCatalogue(),
): Promise<DocumentAnalysis> {
  const doc = await extractDocument(Buffer.from(text, 'utf8'), { fileName: 'note.txt' });
  return analyseDocument(doc, catalogue, date);
}

const idOf = (ref: CandidateFact['from']): string => ('entityId' in ref ? ref.entityId : `?${ref.candidateKey}`);

/** Facts as `TYPE from->to status`, the way a reviewer reads them. */
export const factLines = (facts: readonly CandidateFact[]): string[] =>
  facts.map((f) => `${f.type} ${idOf(f.from)}->${idOf(f.to)} ${f.status}${f.negated ? ' (negated)' : ''}`);
