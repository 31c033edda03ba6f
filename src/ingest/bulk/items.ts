/**
 * The entities and relationships of a seed folder as one stream of items, each with its place (file, line,
 * field) for problems: YAML files whole, and JSON Lines files (entities/*.jsonl, facts/*.jsonl) a chunk at a
 * time, read as streams so that a file of a million lines never sits in memory.
 */
import { createReadStream } from 'node:fs';
import { checkShape, type SourceLookup, type SourceText } from '../rules';
import { displayPath, fieldName, type FieldPath, type SeedFile, type SeedFolder } from '../seedFiles';
import { entityFileSchema, factFileSchema, factLinesHeaderSchema } from '../seedSchema';
import type { ItemFile, ItemPlace } from '../seedIndex';
import { yamlItemFile } from '../validate';
import type { ProblemList } from './problems';

export interface EntityItem {
  readonly raw: unknown;
  readonly place: ItemPlace;
}

export interface FactItem extends EntityItem {
  readonly source: SourceText;
}

interface JsonLine {
  readonly line: number;
  readonly value: unknown;
}

/**
 * The non-empty lines of a JSON Lines file, parsed, a chunk of the file at a time (one await per line would
 * cost more than the parsing); a line that is not JSON is reported and skipped.
 */
async function* jsonLines(file: string, problems: ProblemList): AsyncGenerator<JsonLine[]> {
  const shown = displayPath(file);
  let line = 0;
  let rest = '';
  const parse = (texts: readonly string[]): JsonLine[] => {
    const parsed: JsonLine[] = [];
    for (const text of texts) {
      line += 1;
      if (text.trim() === '') continue;
      try {
        parsed.push({ line, value: JSON.parse(text) as unknown });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.add({ file: shown, line, field: '(json)', message: `not a JSON object: ${reason}` });
      }
    }
    return parsed;
  };
  // Chunks of 64 KiB: larger strings go to V8's large-object space and swell the peak between collections.
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const texts = (rest + String(chunk)).split('\n');
    rest = texts.pop() ?? '';
    yield parse(texts.map((text) => (text.endsWith('\r') ? text.slice(0, -1) : text)));
  }
  if (rest !== '') yield parse([rest]);
}

/** A JSON Lines file: its items are named by line. */
function lineFile(file: string): ItemFile {
  return { describe: (line) => `${file}:${line}` };
}

function linePlace(file: string, itemFile: ItemFile, line: number, problems: ProblemList): ItemPlace {
  return {
    at: [],
    report: (at: FieldPath, message: string) =>
      problems.add({ file, line, field: at.length > 0 ? fieldName(at) : '(line)', message }),
    locate: () => `${file}:${line}`,
    file: itemFile,
    position: line,
  };
}

function yamlPlace(file: SeedFile, itemFile: ItemFile, list: string, index: number, problems: ProblemList): ItemPlace {
  return {
    at: [list, index],
    report: (field, message) => problems.add(file.problem(field, message)),
    locate: (field) => `${file.file}:${file.lineOf(field)}`,
    file: itemFile,
    position: index,
  };
}

/** The entities of the folder, YAML files first, in batches (a file's worth, or a chunk of a JSON Lines file). */
export async function* entityItems(folder: SeedFolder, problems: ProblemList): AsyncGenerator<EntityItem[]> {
  for (const file of folder.entityFiles) {
    if (file.data === null) continue;
    const body = checkShape(entityFileSchema, file.data, [], (at, message) => problems.add(file.problem(at, message)));
    if (!body) continue;
    const itemFile = yamlItemFile(file, 'entities');
    yield body.entities.map((raw, i) => ({ raw, place: yamlPlace(file, itemFile, 'entities', i, problems) }));
  }
  for (const file of folder.entityLineFiles) {
    const shown = displayPath(file);
    const itemFile = lineFile(shown);
    for await (const lines of jsonLines(file, problems)) {
      yield lines.map(({ line, value }) => ({ raw: value, place: linePlace(shown, itemFile, line, problems) }));
    }
  }
}

/** The relationships of the folder with the source that states them, in batches like entityItems. */
export async function* factItems(
  folder: SeedFolder,
  sources: SourceLookup,
  problems: ProblemList,
): AsyncGenerator<FactItem[]> {
  for (const file of folder.factFiles) {
    if (file.data === null) continue;
    const body = checkShape(factFileSchema, file.data, [], (at, message) => problems.add(file.problem(at, message)));
    if (!body) continue;
    const source = sources.get(body.source);
    if (!source) {
      problems.add(file.problem(['source'], `unknown source "${body.source}"`));
      continue;
    }
    const itemFile = yamlItemFile(file, 'relationships');
    yield body.relationships.map((raw, i) => ({
      raw,
      source,
      place: yamlPlace(file, itemFile, 'relationships', i, problems),
    }));
  }
  for (const file of folder.factLineFiles) {
    const shown = displayPath(file);
    const itemFile = lineFile(shown);
    let source: SourceText | null | undefined;
    for await (const lines of jsonLines(file, problems)) {
      const items: FactItem[] = [];
      for (const { line, value } of lines) {
        if (source === undefined) {
          source = headerSource(value, shown, line, sources, problems);
        } else if (source !== null) {
          items.push({ raw: value, source, place: linePlace(shown, itemFile, line, problems) });
        }
      }
      if (source === null) break;
      yield items;
    }
  }
}

/** The first line of a facts/*.jsonl file names its source: `{"source": "<source-id>"}`. */
function headerSource(
  value: unknown,
  file: string,
  line: number,
  sources: SourceLookup,
  problems: ProblemList,
): SourceText | null {
  const place = linePlace(file, lineFile(file), line, problems);
  const header = checkShape(factLinesHeaderSchema, value, [], place.report);
  if (!header) {
    place.report([], 'the first line of a facts .jsonl file must be {"source": "<source-id>"}');
    return null;
  }
  const source = sources.get(header.source);
  if (!source) place.report(['source'], `unknown source "${header.source}"`);
  return source ?? null;
}
