/**
 * Validation names where a duplicate or a name claimed twice was first seen: `file:line` of the first item, or of
 * the very name or alias in a YAML file. The seed index keeps those places compactly (numbers, not closures or
 * strings), so these tests pin the exact messages of both validators, for YAML and for JSON Lines seeds.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateBulkSeeds } from '../../src/ingest/bulk/validate';
import { checkSeeds } from '../../src/ingest/seed';
import { SeedValidationError, type SeedProblem } from '../../src/ingest/seedFiles';
import { copySeeds, type SeedCopy } from '../support/seedCopy';

const STATES = 'entities/states.yaml';
const FACTS = 'facts/sco-sg-news-conference-2019-03-20.yaml';

const copies: SeedCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

function seedCopy(): SeedCopy {
  const copy = copySeeds();
  copies.push(copy);
  return copy;
}

/** The copy's entity and fact files rewritten as JSON Lines, as the bulk format has them. */
function asJsonLines(copy: SeedCopy): void {
  for (const folder of ['entities', 'facts']) {
    const dir = path.join(copy.dir, folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const file = path.join(dir, name);
      const data = parse(readFileSync(file, 'utf8')) as { entities?: unknown[]; source?: string; relationships?: [] };
      const lines = data.entities
        ? data.entities.map((entity) => JSON.stringify(entity))
        : [JSON.stringify({ source: data.source }), ...(data.relationships ?? []).map((r) => JSON.stringify(r))];
      writeFileSync(file.replace(/\.yaml$/, '.jsonl'), `${lines.join('\n')}\n`);
      rmSync(file);
    }
  }
}

async function problemsOf(check: () => unknown): Promise<SeedProblem[]> {
  try {
    await check();
  } catch (error) {
    if (error instanceof SeedValidationError) return [...error.problems];
    throw error;
  }
  throw new Error('the seeds were accepted');
}

/** The problems as the CLI prints them. */
const shownOf = (problems: readonly SeedProblem[]): string[] =>
  problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);

/** `file:line` as the problems name it (the path as displayed, relative to the working directory). */
const placeIn = (problems: readonly SeedProblem[], relative: string, line: number): string => {
  const shown = problems.find((p) => p.file.endsWith(relative))?.file ?? `?${relative}`;
  return `${shown}:${line}`;
};

const lineOf = (text: string, piece: string): number => {
  const offset = text.indexOf(piece);
  if (offset < 0) throw new Error(`no ${piece}`);
  return text.slice(0, offset).split('\n').length;
};

describe('JSON Lines seeds', () => {
  let copy: SeedCopy;
  let factsFile: string;
  let relationshipLines: string[];
  let stateLines: string[];

  beforeAll(() => {
    copy = seedCopy();
    asJsonLines(copy);
    factsFile = FACTS.replace(/\.yaml$/, '.jsonl');
    relationshipLines = copy.read(factsFile).trimEnd().split('\n');
    stateLines = copy.read('entities/states.jsonl').trimEnd().split('\n');
  });

  it('name the first line of a duplicate relationship, a duplicate id and a name claimed twice', async () => {
    const repeated = relationshipLines[4] ?? '';
    copy.write(factsFile, `${[...relationshipLines, repeated].join('\n')}\n`);
    const china = JSON.parse(stateLines[0] ?? '') as { id: string; name: string; aliases: string[] };
    const again = JSON.stringify({ ...china, name: 'China Once More', aliases: [] });
    const claimant = JSON.stringify({ ...china, id: 'china-twice', name: 'Second China', aliases: ['China'] });
    copy.write('entities/states.jsonl', `${[...stateLines, again, claimant].join('\n')}\n`);

    const problems = await problemsOf(() => validateBulkSeeds(copy.dir));
    const relationship = JSON.parse(repeated) as { type: string; from: string; to: string };
    const key = `${relationship.type}:${relationship.from}:${relationship.to}`;
    const states = (line: number): string => placeIn(problems, 'entities/states.jsonl', line);
    expect(shownOf(problems)).toEqual([
      `${states(stateLines.length + 1)}: id: duplicate id "china" (first defined in ${states(1)})`,
      `${states(stateLines.length + 2)}: aliases[0]: "China" already names entity "china" (${states(1)}); ` +
        'one name, one entity',
      `${placeIn(problems, factsFile, relationshipLines.length + 1)}: (line): duplicate relationship ${key} ` +
        `(also at ${placeIn(problems, factsFile, 5)}); add a distinct "key"`,
    ]);
  });

  it('waits for the end of the entities to report a statistic subject that no entity has', async () => {
    const seeds = seedCopy();
    asJsonLines(seeds);
    const template = JSON.parse(seeds.read('entities/statistics.jsonl').split('\n')[0] ?? '') as object;
    const statistic = (id: string, subject: string): string =>
      JSON.stringify({ ...template, id, name: `Statistic ${id}`, subject });
    // documents.jsonl is read first: `sco` (organisations.jsonl) is defined after it, `atlantis` never.
    const documents = seeds.read('entities/documents.jsonl').trimEnd().split('\n');
    const lines = [...documents, statistic('stat-early', 'sco'), statistic('stat-nowhere', 'atlantis')];
    seeds.write('entities/documents.jsonl', `${lines.join('\n')}\n`);

    const problems = await problemsOf(() => validateBulkSeeds(seeds.dir));
    expect(shownOf(problems)).toEqual([
      `${placeIn(problems, 'entities/documents.jsonl', lines.length)}: subject: unknown entity "atlantis"`,
    ]);
  });

  it('keeps thousands of relationship keys apart and still names the first of a duplicate', async () => {
    const seeds = seedCopy();
    asJsonLines(seeds);
    const lines = seeds.read(factsFile).trimEnd().split('\n');
    const relationship = JSON.parse(lines[1] ?? '') as { type: string; from: string; to: string };
    const keyed = (key: string): string => JSON.stringify({ ...relationship, key });
    const added = Array.from({ length: 3000 }, (_, i) => keyed(`k${i}`));
    seeds.write(factsFile, `${[...lines, ...added, keyed('k5')].join('\n')}\n`);

    const problems = await problemsOf(() => validateBulkSeeds(seeds.dir));
    const key = `${relationship.type}:${relationship.from}:${relationship.to}:k5`;
    expect(shownOf(problems)).toEqual([
      `${placeIn(problems, factsFile, lines.length + added.length + 1)}: (line): duplicate relationship ${key} ` +
        `(also at ${placeIn(problems, factsFile, lines.length + 6)}); add a distinct "key"`,
    ]);
  });
});

describe('YAML seeds', () => {
  let copy: SeedCopy;

  beforeAll(() => {
    copy = seedCopy();
    // China's alias on a line of its own, so that its place is not the line of its item.
    copy.replace(STATES, '    aliases: [China]\n', '    aliases:\n      - China\n');
    copy.replace(STATES, '    aliases: [Russia]\n', '    aliases: [Russia, China]\n');
    copy.replace(STATES, '  - id: kazakhstan\n', '  - id: india\n');
    const facts = copy.read(FACTS);
    const first = facts.indexOf('  - type: MEMBER_OF\n    from: pakistan\n');
    const end = facts.indexOf('\n\n', first);
    copy.write(FACTS, `${facts.trimEnd()}\n\n${facts.slice(first, end)}\n`);
  });

  it.each([
    ['the YAML validator', (dir: string) => checkSeeds(dir)],
    ['the bulk validator', (dir: string) => validateBulkSeeds(dir)],
  ])('name the line of the first item, or of the first alias, in %s', async (_, check) => {
    const problems = await problemsOf(() => check(copy.dir));
    const states = copy.read(STATES);
    const facts = copy.read(FACTS);
    const state = (piece: string): string => placeIn(problems, STATES, lineOf(states, piece));
    const pakistan = '  - type: MEMBER_OF\n    from: pakistan\n';
    const duplicateLine = facts.slice(0, facts.lastIndexOf(pakistan)).split('\n').length;
    const lastItem = (facts.match(/^ {2}- type: /gm) ?? []).length - 1;
    const shown = shownOf(problems);
    expect(shown).toContain(
      `${state('  - id: india\n    kind: State\n    name: Republic of Kazakhstan')}: entities[4].id: ` +
        `duplicate id "india" (first defined in ${state('  - id: india\n')})`,
    );
    expect(shown).toContain(
      `${state('    aliases: [Russia, China]')}: entities[1].aliases[1]: "China" already names entity "china" ` +
        `(${state('      - China\n')}); one name, one entity`,
    );
    expect(shown).toContain(
      `${placeIn(problems, FACTS, duplicateLine)}: relationships[${lastItem}]: duplicate relationship ` +
        `MEMBER_OF:pakistan:sco (also at ${placeIn(problems, FACTS, lineOf(facts, pakistan))}); add a distinct "key"`,
    );
  });
});
