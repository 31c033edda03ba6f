/**
 * `kg examples [name] [--url URL]`: the README's analyst questions, run through the typed client that
 * graphql-codegen generates from examples/*.graphql (so they cannot drift from the schema). Without a name it
 * lists them; with one it prints the answer as JSON, in-process or, with --url, through a running API.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import * as client from '../../__generated__/client/graphql';
import { GraphQLRequestError, request } from '../../client/typedClient';
import { withConfiguredGraph } from '../configuredGraph';
import { UnavailableError, UsageError } from '../failure';
import { executeInProcess } from '../graphqlRequest';
import { printJson, writeStdout } from '../output';
import { stderrProgress } from '../progress';
import { formatTable } from '../table';

type AnyDocument = TypedDocumentNode<unknown, Record<string, never>>;

/** Every operation of examples/, by its operation name, with the question its file opens with. */
export function exampleOperations(): { name: string; question: string; document: AnyDocument }[] {
  return Object.entries(client)
    .filter(([exported]) => exported.endsWith('Document'))
    .map(([exported, document]) => {
      const name = exported.replace(/Document$/, '');
      return { name, question: QUESTIONS[name] ?? '', document: document as unknown as AnyDocument };
    });
}

// The questions are the first comment line of each examples/*.graphql file; print() drops comments.
const QUESTIONS: Readonly<Record<string, string>> = {
  CooperationDocuments:
    'Which organisations has the SCO signed cooperation documents with, and which are being worked out?',
  QingdaoSummit: 'What did the Qingdao summit adopt, and when was it held?',
  Membership: 'Who belongs to the SCO, and whose membership is sought, refused or only asked about?',
  NorovMeetings: 'What office does Vladimir Norov hold, and whom did he meet?',
  BishkekSummit: 'What will precede the Bishkek summit?',
  RatsStatistics: 'What figures does the text give for RATS, and for which period?',
  IndiaToUnodc: 'How is India connected to the UN Office on Drugs and Crime?',
  SearchDrugs: 'Search over subjects: entities by their names and by the passages that mention them, each saying why.',
  Timeline: 'What happened in 2019, and what was still planned?',
  RatsPartners: 'Which organisations has RATS established cooperation with?',
};

export async function examplesCommand(name: string | undefined, options: { url?: string }): Promise<void> {
  const examples = exampleOperations();
  if (name === undefined) {
    await writeStdout(
      `${formatTable(
        ['example', 'question'],
        examples.map((e) => [e.name, e.question]),
      )}\n`,
    );
    return;
  }
  const example = examples.find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!example) throw new UsageError(`no example "${name}"; kg examples lists them`);
  if (options.url) {
    try {
      await printJson({ data: await request({ url: options.url }, example.document) });
    } catch (error) {
      if (error instanceof GraphQLRequestError) throw new UnavailableError(error.message);
      throw error;
    }
    return;
  }
  const progress = stderrProgress();
  const response = await withConfiguredGraph(progress, (graph) =>
    executeInProcess(graph.db, { query: print(example.document), variables: {} }),
  );
  await printJson(response);
}
