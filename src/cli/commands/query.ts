/**
 * `kg query <file.graphql> [--var name=value ...] [--operation NAME] [--url URL]`: runs a GraphQL document and
 * prints the response as JSON, in this process against the configured Neo4j or, with --url, through a running
 * API. A response with errors still prints, then ends with exit code 1 (the request was wrong) or 2 (the
 * service failed).
 */
import { ErrorCode } from '../../errors';
import { withConfiguredGraph } from '../configuredGraph';
import { ExitCode, ReportedFailure } from '../failure';
import {
  executeInProcess,
  executeRemote,
  parseDocument,
  variablesOf,
  type GraphQLRequestBody,
  type GraphQLResponseBody,
} from '../graphqlRequest';
import { readTextFile } from '../inputFile';
import { printJson } from '../output';
import { stderrProgress } from '../progress';

export interface QueryOptions {
  readonly var: readonly string[];
  readonly operation?: string;
  readonly url?: string;
}

// Errors caused by the request itself; any other code means the service failed.
const REQUEST_ERROR_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  'QUERY_LIMIT_EXCEEDED',
]);

function exitCodeOf(response: GraphQLResponseBody): ExitCode {
  const codes = (response.errors ?? []).map((error) => String(error.extensions?.code ?? ''));
  if (codes.length === 0) return ExitCode.Ok;
  return codes.every((code) => REQUEST_ERROR_CODES.has(code)) ? ExitCode.BadInput : ExitCode.Unavailable;
}

export async function queryCommand(file: string, options: QueryOptions): Promise<void> {
  const source = readTextFile(file);
  const document = parseDocument(source, file);
  const request: GraphQLRequestBody = {
    query: source,
    variables: variablesOf(options.var, document, file, options.operation),
    ...(options.operation ? { operationName: options.operation } : {}),
  };
  const progress = stderrProgress();
  const response = options.url
    ? await executeRemote(options.url, request)
    : await withConfiguredGraph(progress, (graph) => executeInProcess(graph.db, request));
  await printJson(response);

  const exitCode = exitCodeOf(response);
  if (exitCode !== ExitCode.Ok) {
    const first = response.errors?.[0];
    const count = response.errors?.length ?? 0;
    process.stderr.write(
      `error: the query returned ${count} error(s); the first: ${first?.message ?? ''} (${String(first?.extensions?.code ?? 'no code')})\n`,
    );
    throw new ReportedFailure(exitCode);
  }
}
