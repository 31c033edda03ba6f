import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../../src/documents/extract';
import type { ExtractedDocument } from '../../../src/documents/types';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'documents');
export const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds', 'documents');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export function extractFixture(name: string): Promise<ExtractedDocument> {
  return extractDocument(fixture(name), { fileName: name });
}

/** Each block as `role level: text`, the way a reader checks a layout. */
export function blocksOf(doc: ExtractedDocument): string[] {
  return doc.blocks.map((block) => `${block.role} ${block.level}: ${doc.text.slice(block.start, block.end)}`);
}
