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
  /** Source texts by file name under documents/. */
  readonly texts: ReadonlyMap<string, string>;
  readonly problems: SeedProblem[];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

export function readSeedFolder(root: string): SeedFolder {
  const problems: SeedProblem[] = [];
  // Paths inside the working directory are shown relative to it (seeds/states.yaml), others in full.
  const relative = (file: string): string => {
    const shown = path.relative(process.cwd(), file);
    return shown && !shown.startsWith('..') ? shown : file;
  };
  const parseAll = (files: string[]): SeedFile[] =>
    files.map((file) => {
      const { seedFile, problems: found } = SeedFile.parse(relative(file), readFileSync(file, 'utf8'));
      problems.push(...found);
      return seedFile;
    });

  const documentsDir = path.join(root, 'documents');
  const texts = new Map<string, string>();
  if (existsSync(documentsDir)) {
    for (const name of readdirSync(documentsDir).filter((n) => n.endsWith('.txt'))) {
      texts.set(name, readFileSync(path.join(documentsDir, name), 'utf8'));
    }
  }
  return {
    root,
    sourceMetadata: parseAll(yamlFiles(documentsDir)),
    entityFiles: parseAll(yamlFiles(path.join(root, 'entities'))),
    factFiles: parseAll(yamlFiles(path.join(root, 'facts'))),
    texts,
    problems,
  };
}
