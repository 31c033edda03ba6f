/**
 * Bad seeds are refused whole: every problem is reported as `file:line: field: message`, and the graph is left
 * exactly as it was (same checksum). Each case edits a copy of the real seeds in one place.
 */
import path from 'node:path';
import { graphChecksum, type GraphChecksum } from '../../src/graph/checksum';
import type { GraphDatabase } from '../../src/graph/database';
import { seedDatabase, SeedValidationError } from '../../src/ingest/seed';
import { formatProblem } from '../../src/ingest/seedFiles';
import { openTestDatabase, resetAndSeed } from '../support/db';
import { cleanEnv, runNode } from '../support/processes';
import { copySeeds, type SeedCopy } from '../support/seedCopy';

const FACTS = 'facts/sco-sg-news-conference-2019-03-20.yaml';
const STATES = 'entities/states.yaml';
const DOCS = 'entities/documents.yaml';
const STATS = 'entities/statistics.yaml';

interface Case {
  readonly name: string;
  /** Edits the copy; returns the file and the line the problem must point at. */
  readonly edit: (seeds: SeedCopy) => { file: string; line: number };
  readonly field: RegExp;
  readonly message: RegExp;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Replaces the first `from` with `to`; the expected line is where `at` (a part of `to`) lands. */
function replaceOnce(
  seeds: SeedCopy,
  file: string,
  from: string | RegExp,
  to: string,
  at: string = to.trim(),
): { file: string; line: number } {
  const text = seeds.read(file);
  const offset = typeof from === 'string' ? text.indexOf(from) : text.search(from);
  if (offset < 0) throw new Error(`${file} does not contain ${String(from)}`);
  seeds.write(file, text.replace(from, to));
  return { file, line: lineAt(seeds.read(file), offset + to.indexOf(at)) };
}

/** The line of a unique piece of text in a file. */
function lineOf(seeds: SeedCopy, file: string, unique: string): number {
  const text = seeds.read(file);
  const offset = text.indexOf(unique);
  if (offset < 0 || text.indexOf(unique, offset + 1) >= 0) throw new Error(`${file}: "${unique}" is not unique`);
  return lineAt(text, offset);
}

const INDIA_MEMBER = '  - type: MEMBER_OF\n    from: india\n    to: sco\n    status: member\n';

const CASES: Case[] = [
  {
    name: 'unknown entity reference',
    edit: (s) =>
      replaceOnce(
        s,
        FACTS,
        INDIA_MEMBER,
        '  - type: MEMBER_OF\n    from: atlantis\n    to: sco\n    status: member\n',
        'from: atlantis',
      ),
    field: /^relationships\[\d+\]\.from$/,
    message: /unknown entity "atlantis"/,
  },
  {
    name: 'duplicate id',
    edit: (s) => replaceOnce(s, STATES, '  - id: kazakhstan\n', '  - id: china\n', 'id: china'),
    field: /^entities\[\d+\]\.id$/,
    message: /duplicate id "china"/,
  },
  {
    name: 'alias claimed twice',
    edit: (s) => replaceOnce(s, STATES, '    aliases: [Kazakhstan]', '    aliases: [Kazakhstan, SCO]', 'aliases'),
    field: /^entities\[\d+\]\.aliases\[1\]$/,
    message: /"SCO" already names entity "sco"/,
  },
  {
    name: 'quote not found verbatim in its passage',
    edit: (s) =>
      replaceOnce(
        s,
        FACTS,
        /has given the SCO a.transcontinental character/,
        'has given the SCO a global character',
        'has given',
      ),
    field: /^relationships\[\d+\]\.evidence\[0\]\.quote$/,
    message: /not found verbatim in passage q2\.p1/,
  },
  {
    name: 'unknown passage',
    edit: (s) => replaceOnce(s, FACTS, '      - passage: q2.p1\n', '      - passage: q99.p1\n', 'passage: q99.p1'),
    field: /^relationships\[\d+\]\.evidence\[0\]\.passage$/,
    message: /has no passage "q99\.p1"/,
  },
  {
    name: 'unknown relationship type',
    edit: (s) =>
      replaceOnce(
        s,
        FACTS,
        INDIA_MEMBER,
        '  - type: FRIENDS_WITH\n    from: india\n    to: sco\n    status: member\n',
        'type: FRIENDS_WITH',
      ),
    field: /^relationships\[\d+\]\.type$/,
    message: /unknown relationship type "FRIENDS_WITH"/,
  },
  {
    name: 'status the type does not allow',
    edit: (s) =>
      replaceOnce(
        s,
        FACTS,
        INDIA_MEMBER,
        '  - type: MEMBER_OF\n    from: india\n    to: sco\n    status: signed\n',
        'status: signed',
      ),
    field: /^relationships\[\d+\]\.status$/,
    message: /"signed" is not a status of MEMBER_OF/,
  },
  {
    name: 'endpoint of the wrong kind',
    edit: (s) =>
      replaceOnce(
        s,
        FACTS,
        INDIA_MEMBER,
        '  - type: MEMBER_OF\n    from: vladimir-norov\n    to: sco\n    status: member\n',
        'from: vladimir-norov',
      ),
    field: /^relationships\[\d+\]\.from$/,
    message: /MEMBER_OF cannot start at a Person/,
  },
  {
    name: 'malformed date',
    edit: (s) => replaceOnce(s, STATS, "    date: '2019-03-20'\n", "    date: 'March 2019'\n"),
    field: /^entities\[\d+\]\.date$/,
    message: /"March 2019" is not a date/,
  },
  {
    name: 'impossible date',
    edit: (s) => replaceOnce(s, STATS, "    date: '2019-03-20'\n", "    date: '2019-02-30'\n"),
    field: /^entities\[\d+\]\.date$/,
    message: /2019-02 has no day 30/,
  },
  {
    name: 'missing required field',
    edit: (s) => {
      s.replace(DOCS, '    description: The SCO Charter, under which', '    # description removed');
      return { file: DOCS, line: lineOf(s, DOCS, '  - id: sco-charter\n') };
    },
    field: /^entities\[0\]\.description$/,
    message: /is required/,
  },
  {
    name: 'unknown field (a typo)',
    edit: (s) => replaceOnce(s, STATES, '    aliases: [Kazakhstan]', '    aliasses: [Kazakhstan]', 'aliasses'),
    field: /^entities\[\d+\]\.aliasses$/,
    message: /unknown field/,
  },
  {
    name: 'statistic without a value',
    edit: (s) => {
      s.replace(STATS, '    value: 20\n', '    # value removed\n');
      return { file: STATS, line: lineOf(s, STATS, '  - id: stat-news-conference-news-agencies\n') };
    },
    field: /^entities\[0\]\.value$/,
    message: /is required for a Statistic/,
  },
  {
    name: 'id that is not a slug',
    edit: (s) => replaceOnce(s, STATES, '  - id: kazakhstan\n', '  - id: Kazakhstan Republic\n', 'id: Kazakhstan'),
    field: /^entities\[\d+\]\.id$/,
    message: /must be a lowercase slug/,
  },
  {
    name: 'YAML syntax error',
    edit: (s) => replaceOnce(s, STATES, '    aliases: [Kazakhstan]', '    aliases: [Kazakhstan'),
    field: /^\(yaml\)$/,
    message: /./,
  },
  {
    name: 'facts for an unknown source',
    edit: (s) => replaceOnce(s, FACTS, 'source: sco-sg-news-conference-2019-03-20', 'source: some-other-briefing'),
    field: /^source$/,
    message: /unknown source "some-other-briefing"/,
  },
];

let db: GraphDatabase;
let before: GraphChecksum;
beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
  before = await graphChecksum(db);
});
afterAll(async () => db.close());

describe('each malformed seed is refused with file, line and field, and the graph is unchanged', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const seeds = copySeeds();
    try {
      const { file, line } = testCase.edit(seeds);
      const error = await seedDatabase(db, seeds.dir).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SeedValidationError);
      const problems = (error as SeedValidationError).problems;
      const problem = problems.find((p) => testCase.field.test(p.field) && testCase.message.test(p.message));
      expect(problem).toBeDefined();
      expect(problem?.file).toBe(path.join(seeds.dir, file).replace(`${process.cwd()}/`, ''));
      // A YAML parser notices an unclosed bracket where the next line starts; other problems name their own line.
      if (testCase.field.source === '^\\(yaml\\)$') expect([line, line + 1]).toContain(problem?.line);
      else expect(problem?.line).toBe(line);
      expect(formatProblem(problem!)).toMatch(/^.+\.yaml:\d+: \S+: .+$/);
      expect(await graphChecksum(db)).toEqual(before);
    } finally {
      seeds.remove();
    }
  });

  it('the seed command prints every problem as file:line: field: message and exits 1', async () => {
    const seeds = copySeeds();
    try {
      seeds.replace(STATES, '  - id: kazakhstan\n', '  - id: china\n');
      seeds.replace(FACTS, INDIA_MEMBER, '  - type: MEMBER_OF\n    from: atlantis\n    to: sco\n    status: member\n');
      const result = await runNode('dist/src/ingest/cli.js', ['--check', '--dir', seeds.dir], cleanEnv());
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/entities\/states\.yaml:\d+: entities\[\d+\]\.id: duplicate id "china"/);
      expect(result.stderr).toMatch(
        /facts\/sco-sg-news-conference-2019-03-20\.yaml:\d+: relationships\[\d+\]\.from: unknown entity "atlantis"/,
      );
      expect(result.stderr).toContain('Nothing was written.');
      expect(await graphChecksum(db)).toEqual(before);
    } finally {
      seeds.remove();
    }
  });
});
