/**
 * Reads the seed folder: source documents with their metadata, entity files and fact files. YAML is parsed
 * with positions kept, so every problem can name the file and line of the field at fault.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface SeedProblem {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: SeedProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** The seeds are invalid; nothing was written. `notShown` problems were found beyond those listed. */
export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(
    readonly problems: readonly SeedProblem[],
    readonly notShown = 0,
  ) {
    const more = notShown > 0 ? `\n... and ${notShown} more problem(s) not shown` : '';
    super(`${problems.length + notShown} problem(s) in the seeds:\n${problems.map(formatProblem).join('\n')}${more}`);
  }
}

/** A parsed YAML file that can say on which line any field stands. */
export class SeedFile {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly document: Document | null,
    private readonly lines: LineCounter,
  ) {}

  static parse(file: string, text: string): { seedFile: SeedFile; problems: SeedProblem[] } {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const problems = document.errors.map((error) => ({
      file,
      line: lines.linePos(error.pos[0]).line,
      field: '(yaml)',
      message: error.message.split('\n')[0] ?? error.message,
    }));
    const data: unknown = problems.length === 0 ? document.toJS() : null;
    return { seedFile: new SeedFile(file, data, document, lines), problems };
  }

  /** Line of the value at `fieldPath`, or of its nearest existing parent. */
  lineOf(fieldPath: FieldPath): number {
    for (let length = fieldPath.length; length >= 0; length -= 1) {
      const node = this.document?.getIn(fieldPath.slice(0, length), true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return this.lines.linePos(node.range[0]).line;
      const parent = length > 0 ? this.document?.getIn(fieldPath.slice(0, length - 1), true) : undefined;
      if (isMap(parent) || isSeq(parent)) {
        const pair = isMap(parent)
          ? parent.items.find(
              (item) => String((item.key as { value?: unknown })?.value) === String(fieldPath[length - 1]),
            )
          : undefined;
        const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (keyRange) return this.lines.linePos(keyRange[0]).line;
      }
    }
    return 1;
  }

  problem(fieldPath: FieldPath, message: string, field?: string): SeedProblem {
    return { file: this.file, line: this.lineOf(fieldPath), field: field ?? fieldName(fieldPath), message };
  }
}

/** `relationships[3].evidence[0].quote` */
export function fieldName(fieldPath: FieldPath): string {
  return (
    fieldPath.reduce<string>(
      (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
      '',
    ) || '(file)'
  );
}

export interface SeedFolder {
  readonly root: string;
  readonly sourceMetadata: SeedFile[];
  readonly entityFiles: SeedFile[];
  readonly factFiles: SeedFile[];
  /** external-aliases.yaml: names the sources never use, for search only; null when the folder has none. */
  readonly externalAliasFile: SeedFile | null;
  /** The paths of the source texts by file name under documents/, read when needed (a bulk load reads one at a time). */
  readonly textFiles: ReadonlyMap<string, string>;
  /** Bulk seed files (JSON Lines, one item a line), read as streams by the bulk loader (bulk/). */
  readonly entityLineFiles: string[];
  readonly factLineFiles: string[];
  readonly problems: SeedProblem[];
}

function filesIn(dir: string, extension: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extension.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}
const YAML = /\.ya?ml$/;
const JSON_LINES = /\.jsonl$/;
const EXTERNAL_ALIAS_FILE = 'external-aliases.yaml';

/** Paths inside the working directory are shown relative to it (seeds/states.yaml), others in full. */
export function displayPath(file: string): string {
  const shown = path.relative(process.cwd(), file);
  return shown && !shown.startsWith('..') ? shown : file;
}

export function readSeedFolder(root: string): SeedFolder {
  const problems: SeedProblem[] = [];
  const parseAll = (files: string[]): SeedFile[] =>
    files.map((file) => {
      const { seedFile, problems: found } = SeedFile.parse(displayPath(file), readFileSync(file, 'utf8'));
      problems.push(...found);
      return seedFile;
    });

  const documentsDir = path.join(root, 'documents');
  const textFiles = new Map<string, string>();
  if (existsSync(documentsDir)) {
    for (const name of readdirSync(documentsDir).filter((n) => n.endsWith('.txt'))) {
      textFiles.set(name, path.join(documentsDir, name));
    }
  }
  return {
    root,
    sourceMetadata: parseAll(filesIn(documentsDir, YAML)),
    entityFiles: parseAll(filesIn(path.join(root, 'entities'), YAML)),
    factFiles: parseAll(filesIn(path.join(root, 'facts'), YAML)),
    externalAliasFile:
      parseAll([EXTERNAL_ALIAS_FILE].map((name) => path.join(root, name)).filter(existsSync))[0] ?? null,
    textFiles,
    entityLineFiles: filesIn(path.join(root, 'entities'), JSON_LINES),
    factLineFiles: filesIn(path.join(root, 'facts'), JSON_LINES),
    problems,
  };
}
