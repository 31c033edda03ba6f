/**
 * The `kg` command line: commands, their arguments and help, parsed by commander. Each action hands its
 * checked arguments to one module of commands/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ENTITY_KINDS, type EntityKind } from '../ingest/vocabulary';
import { PROJECT_ROOT } from '../projectRoot';
import { exportCommand, EXPORT_FORMATS, type ExportFormat } from './commands/export';
import { importCommand } from './commands/import';
import type { IngestOptions } from './commands/ingest';
import {
  reviewAcceptCommand,
  reviewMergeCommand,
  reviewRejectCommand,
  tokenCommand,
  type ReviewOptions,
} from './commands/review';
import { pathCommand } from './commands/path';
import { queryCommand } from './commands/query';
import { searchCommand } from './commands/search';
import { examplesCommand } from './commands/examples';
import { checkCommand, seedCommand, type SeedOptions } from './commands/seed';
import { wholeNumber } from './wholeNumber';

/**
 * The document pipeline loads two language models (compromise, wink-nlp) with its modules, 0.4 s of CPU: only
 * `kg ingest` and `kg candidates` load it, not every `kg` run. A native dynamic import (TypeScript keeps it as
 * written under node16), so the path names the file.
 */
const documentCommands = () => import('./commands/ingest.js');

const ENVIRONMENT_HELP = `
The graph: NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when set, else the local Neo4j,
started for the command and stopped after it. With \`npm start\` running, use NEO4J_URI=bolt://127.0.0.1:7687.

Exit codes: 0 done; 1 bad input (arguments, files, seeds, an import refused); 2 the database or the
configuration failed.`;

/** A repeatable option; no default is given, so the help does not show an empty list. */
function collect<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}

function entityKind(value: string): EntityKind {
  const kind = ENTITY_KINDS.find((k) => k.toLowerCase() === value.toLowerCase());
  if (!kind) throw new InvalidArgumentError(`must be one of ${ENTITY_KINDS.join(', ')}.`);
  return kind;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

export function buildProgram(): Command {
  const program = new Command('kg')
    .description(
      'Analyst command line of the SCO knowledge graph: seed, ingest documents, query, search, paths, export and import.',
    )
    .version(packageVersion())
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', ENVIRONMENT_HELP);

  program
    .command('check')
    .description('Validate the seed files without writing anything.')
    .option('--dir <dir>', 'seed folder (default: seeds/)')
    .action((options: SeedOptions) => checkCommand(options));

  program
    .command('seed')
    .description(
      'Validate the seeds, then load them and print what changed: YAML seeds in one transaction, bulk JSON Lines ' +
        'seeds (entities/*.jsonl, facts/*.jsonl) streamed in batches of one transaction each.',
    )
    .option('--dir <dir>', 'seed folder (default: seeds/)')
    .option('--bulk', 'stream and write in batches even when the folder has only YAML seeds')
    .option('--batch-size <rows>', 'rows per transaction of a bulk load (default: 5000)', wholeNumber(1, 100000))
    .option(
      '--offline',
      'write a new local store with neo4j-admin database import instead of transactions: the fastest first load ' +
        'of large seeds; the local graph must be empty (not with NEO4J_URI)',
    )
    .action((options: SeedOptions) => seedCommand(options));

  program
    .command('query')
    .description('Run a GraphQL query from a file and print the response as JSON.')
    .argument('<file>', 'a .graphql file')
    .option(
      '--var <name=value>',
      'a variable (repeatable); JSON for non-text types, e.g. --var first=5',
      collect(String),
    )
    .option('--operation <name>', 'which operation to run when the file has several')
    .option('--url <url>', 'POST to a running API (e.g. http://127.0.0.1:4000/graphql) instead of running in-process')
    .addHelpText('after', '\nExample: kg query examples/07-path.graphql')
    .action((file: string, options: { var?: string[]; operation?: string; url?: string }) =>
      queryCommand(file, { ...options, var: options.var ?? [] }),
    );

  program
    .command('examples')
    .description("The README's analyst questions, run through the typed client generated from examples/.")
    .argument('[name]', 'which example to run (without it: list them)')
    .option('--url <url>', 'POST to a running API (e.g. http://127.0.0.1:4000/graphql) instead of running in-process')
    .addHelpText('after', '\nExample: kg examples CooperationDocuments')
    .action((name: string | undefined, options: { url?: string }) => examplesCommand(name, options));

  program
    .command('search')
    .description('Full-text search over entity names, aliases and the passages of the sources.')
    .argument('<text...>', 'what to look for')
    .option('--kind <kind>', `only entities of this kind (repeatable): ${ENTITY_KINDS.join(', ')}`, collect(entityKind))
    .option('--limit <n>', 'at most this many hits (1-50)', wholeNumber(1, 50), 10)
    .option('--no-passages', 'entities only, no passages')
    .option('--json', 'print JSON instead of a table')
    .action((words: string[], options: { kind?: EntityKind[]; limit: number; passages: boolean; json?: boolean }) =>
      searchCommand(words.join(' '), { ...options, kind: options.kind ?? [], json: options.json === true }),
    );

  program
    .command('path')
    .description('Shortest chains of facts between two entities, with every hop and its evidence.')
    .argument('<a>', 'an entity id, name or alias')
    .argument('<b>', 'an entity id, name or alias')
    .option('--max <n>', 'at most this many hops (1-4)', wholeNumber(1, 4), 3)
    .option('--limit <n>', 'at most this many paths (1-20)', wholeNumber(1, 20), 5)
    .option('--json', 'print JSON instead of tables')
    .action((a: string, b: string, options: { max: number; limit: number; json?: boolean }) =>
      pathCommand(a, b, { ...options, json: options.json === true }),
    );

  program
    .command('export')
    .description(
      'Export the whole graph: json and cypher load back (kg import, cypher-shell); graphml, gexf, csv suit graph tools.',
    )
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <path>', 'file (or folder) to write; csv needs a folder; default: stdout')
    .action((options: { format: ExportFormat; out?: string }) => exportCommand(options));

  program
    .command('import')
    .description('Load a JSON export into the graph in one transaction; the graph must be empty unless --replace.')
    .argument('<file>', 'a file written by kg export --format json')
    .option('--replace', 'delete everything in the graph first (in the same transaction)')
    .action((file: string, options: { replace?: boolean }) =>
      importCommand(file, { replace: options.replace === true }),
    );

  program
    .command('ingest')
    .description(
      'Take a document (plain text, Markdown, HTML or PDF, at most 50 MB) into the graph: its passages, the mentions ' +
        'of known entities, and candidate entities and facts for review. The same file again changes nothing; a ' +
        'changed file of the same document becomes its next version.',
    )
    .argument('<file>', 'the document')
    .option('--title <title>', "the document's title (required)")
    .option(
      '--date <date>',
      "the document's date, YYYY-MM-DD (required; relative dates in the text resolve against it)",
    )
    .option('--publisher <publisher>', 'who published it (required)')
    .option('--kind <kind>', 'communique, interview, declaration, news, press-release, transcript ... (required)')
    .option('--language <code>', 'two-letter language code', 'en')
    .option('--url <url>', 'where it was published')
    .option('--id <id>', "the source id (a slug); default: the title's slug and the date")
    .addOption(
      new Option('--format <format>', 'override the format the extension and bytes suggest').choices([
        'text',
        'markdown',
        'html',
        'pdf',
      ]),
    )
    .option('--by <name>', 'who ingests it, for the change history (default: cli:$USER)')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExample: kg ingest communique.html --title "Joint communiqué" --date 2019-05-22 --publisher "SCO Secretariat" --kind communique',
    )
    .action(async (file: string, options: IngestOptions) => (await documentCommands()).ingestCommand(file, options));

  program
    .command('candidates')
    .description("A source's review queue: candidate entities and facts with their state, score and quote.")
    .argument('<source>', 'the source id kg ingest printed')
    .option(
      '--state <state>',
      'only these states (repeatable): open, accepted, edited, rejected, merged',
      collect(String),
    )
    .option('--limit <n>', 'at most this many (1-100)', wholeNumber(1, 100), 50)
    .option('--json', 'print JSON instead of lines')
    .action(async (source: string, options: { state?: string[]; limit: number; json?: boolean }) =>
      (await documentCommands()).candidatesCommand(source, { ...options, json: options.json === true }),
    );

  const review = program
    .command('review')
    .description(
      "Decide on a candidate of a source's review queue (ids from kg candidates): accept (optionally edited), reject, or merge into a known entity.",
    );
  review
    .command('accept')
    .argument('<candidate>', 'a candidate id, e.g. my-doc-2019-05-22/fact/3')
    .option(
      '--set <field=value>',
      'edit before accepting (repeatable): id, name, kind, aliases (a|b), description, type, status, from, to, date, dateText, quote',
      collect(String),
    )
    .option('--by <name>', 'the reviewer, for the change history (default: cli:$USER)')
    .option('--json', 'print JSON')
    .action((id: string, options: ReviewOptions) => reviewAcceptCommand(id, options));
  review
    .command('reject')
    .argument('<candidate>', 'a candidate id')
    .option('--reason <why>', 'why, kept with the decision')
    .option('--by <name>', 'the reviewer (default: cli:$USER)')
    .option('--json', 'print JSON')
    .action((id: string, options: ReviewOptions) => reviewRejectCommand(id, options));
  review
    .command('merge')
    .argument('<candidate>', 'an entity candidate id')
    .requiredOption('--into <entity>', 'the entity the graph has that it is')
    .option('--by <name>', 'the reviewer (default: cli:$USER)')
    .option('--json', 'print JSON')
    .action((id: string, options: ReviewOptions) => reviewMergeCommand(id, options));

  program
    .command('token')
    .description('Sign a bearer token with JWT_SECRET (for the review page and GraphiQL on your own machine).')
    .requiredOption('--sub <name>', 'who the token is for (recorded as the author of changes)')
    .option('--role <role>', 'a role (repeatable; default: reader and editor)', collect(String))
    .option('--hours <n>', 'valid for this many hours (1-720)', wholeNumber(1, 720), 8)
    .action((options: { sub: string; role?: string[]; hours: number }) =>
      tokenCommand({ ...options, role: options.role ?? [] }),
    );

  return program;
}
