// PLACEHOLDER until branch doc-extract is merged (replaced by the real extraction).
import type { DocumentFormat, ExtractedDocument } from '../types';
export function extractDocument(
  _bytes: Buffer,
  _options: { fileName: string; format?: DocumentFormat; maxBytes?: number },
): Promise<ExtractedDocument> {
  return Promise.reject(new Error('extraction is not merged yet'));
}
