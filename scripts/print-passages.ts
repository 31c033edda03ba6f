// Prints every passage id of a source with its text: the ids that seed evidence cites.
import { readFileSync } from 'node:fs';
import { splitPassages } from '../src/ingest/passages';

const file = process.argv[2] ?? 'seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt';
for (const passage of splitPassages(readFileSync(file, 'utf8'))) {
  if (passage.kind === 'paragraph') console.log(`[${passage.localId}] ${passage.text}\n`);
}
