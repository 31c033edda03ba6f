/**
 * The entities and relationships of a seed folder as one stream of items, each with its place (file, line,
 * field) for problems: YAML files item by item, and JSON Lines files (entities/*.jsonl, facts/*.jsonl) line by
 * line, read as streams so that a file of a million lines never sits in memory.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkShape, type SourceText } from '../rules';
import { displayPath, fieldName, type FieldPath, type SeedFile, type SeedFolder } from '../seedFiles';
import { entityFileSchema, factFileSchema, factLinesHeaderSchema } from '../seedSchema';
import type { ItemPlace } from '../seedIndex';
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

/** Non-empty lines of a JSON Lines file, parsed; a line that is not JSON is reported and skipped. */
async function* jsonLines(file: string, problems: ProblemList): AsyncGenerator<JsonLine> {
  const shown = displayPath(file);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.add({ file: shown, line, field: '(json)', message: `not a JSON object: ${reason}` });
    }
  }
}

function linePlace(file: string, line: number, problems: ProblemList): ItemPlace {
  return {
    at: [],
    report: (at: FieldPath, message: string) =>
      problems.add({ file, line, field: at.length > 0 ? fieldName(at) : '(line)', message }),
    locate: () => `${file}:${line}`,
  };
}

function yamlPlace(file: SeedFile, at: FieldPath, problems: ProblemList): ItemPlace {
  return {
    at,
    report: (field, message) => problems.add(file.problem(field, message)),
    locate: (field) => `${file.file}:${file.lineOf(field)}`,
  };
}

export async function* entityItems(folder: SeedFolder, problems: ProblemList): AsyncGenerator<EntityItem> {
  for (const file of folder.entityFiles) {
    if (file.data === null) continue;
    const body = checkShape(entityFileSchema, file.data, [], (at, message) => problems.add(file.problem(at, message)));
    if (!body) continue;
    for (const [i, raw] of body.entities.entries()) yield { raw, place: yamlPlace(file, ['entities', i], problems) };
  }
  for (const file of folder.entityLineFiles) {
    const shown = displayPath(file);
    for await (const { line, value } of jsonLines(file, problems)) {
      yield { raw: value, place: linePlace(shown, line, problems) };
    }
  }
}

export async function* factItems(
  folder: SeedFolder,
  sources: ReadonlyMap<string, SourceText>,
  problems: ProblemList,
): AsyncGenerator<FactItem> {
  for (const file of folder.factFiles) {
    if (file.data === null) continue;
    const body = checkShape(factFileSchema, file.data, [], (at, message) => problems.add(file.problem(at, message)));
    if (!body) continue;
    const source = sources.get(body.source);
    if (!source) {
      problems.add(file.problem(['source'], `unknown source "${body.source}"`));
      continue;
    }
    for (const [i, raw] of body.relationships.entries()) {
      yield { raw, source, place: yamlPlace(file, ['relationships', i], problems) };
    }
  }
  for (const file of folder.factLineFiles) {
    const shown = displayPath(file);
    let source: SourceText | null | undefined;
    for await (const { line, value } of jsonLines(file, problems)) {
      if (source === undefined) {
        source = headerSource(value, shown, line, sources, problems);
        continue;
      }
      if (source === null) break;
      yield { raw: value, source, place: linePlace(shown, line, problems) };
    }
  }
}

/** The first line of a facts/*.jsonl file names its source: `{"source": "<source-id>"}`. */
function headerSource(
  value: unknown,
  file: string,
  line: number,
  sources: ReadonlyMap<string, SourceText>,
  problems: ProblemList,
): SourceText | null {
  const place = linePlace(file, line, problems);
  const header = checkShape(factLinesHeaderSchema, value, [], place.report);
  if (!header) {
    place.report([], 'the first line of a facts .jsonl file must be {"source": "<source-id>"}');
    return null;
  }
  const source = sources.get(header.source);
  if (!source) place.report(['source'], `unknown source "${header.source}"`);
  return source ?? null;
}
