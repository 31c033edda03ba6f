/**
 * A GraphQL request from a file, run either in this process against our own schema and resolvers (no server
 * needed) or POSTed to a running API. Both answer with the body the HTTP API would send: `{ data, errors }`.
 */
import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import type { GraphDatabase } from '../graph/database';
import { resolvers } from '../resolvers';
import { typeDefs } from '../server/app';
import { createContext, type Context } from '../server/context';
import { formatError } from '../server/formatError';
import { UnavailableError, UsageError } from './failure';

export interface GraphQLRequestBody {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: string;
}

export interface GraphQLResponseBody {
  readonly data?: unknown;
  readonly errors?: readonly GraphQLFormattedError[];
}

/** Parses the document here, so a syntax error names the file, line and column before anything runs. */
export function parseDocument(source: string, file: string): DocumentNode {
  try {
    return parse(source);
  } catch (error) {
    if (error instanceof GraphQLError) {
      const where = error.locations?.[0];
      throw new UsageError(`${file}${where ? `:${where.line}:${where.column}` : ''}: ${error.message}`);
    }
    throw error;
  }
}

function chooseOperation(document: DocumentNode, file: string, operationName?: string): OperationDefinitionNode {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const names = operations.map((operation) => operation.name?.value ?? '(anonymous)');
  if (operationName !== undefined) {
    const chosen = operations.find((operation) => operation.name?.value === operationName);
    if (!chosen) throw new UsageError(`${file} has no operation "${operationName}" (it has ${names.join(', ')})`);
    return chosen;
  }
  const [only, ...others] = operations;
  if (!only) throw new UsageError(`${file} holds no query`);
  if (others.length > 0) {
    throw new UsageError(
      `${file} has ${operations.length} operations (${names.join(', ')}): choose one with --operation`,
    );
  }
  return only;
}

const namedType = (type: TypeNode): TypeNode => (type.kind === Kind.NON_NULL_TYPE ? type.type : type);

/**
 * `--var name=value` pairs as the operation's variables. A String or ID variable takes the text as it is; any
 * other is read as JSON when it is JSON (`5`, `true`, `["STATE"]`, `{"from": "2019"}`), else as text (enum
 * values such as SIGNED).
 */
export function variablesOf(
  pairs: readonly string[],
  document: DocumentNode,
  file: string,
  operationName?: string,
): Record<string, unknown> {
  const operation = chooseOperation(document, file, operationName);
  const declared = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.type]),
  );
  const variables: Record<string, unknown> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new UsageError(`--var ${pair}: expected name=value`);
    const name = pair.slice(0, equals);
    const text = pair.slice(equals + 1);
    const type = declared.get(name);
    if (!type) {
      const known = [...declared.keys()].map((n) => `$${n}`).join(', ') || 'none';
      throw new UsageError(`--var ${name}: ${file} declares no variable $${name} (it declares ${known})`);
    }
    const target = namedType(type);
    if (target.kind === Kind.NAMED_TYPE && (target.name.value === 'String' || target.name.value === 'ID')) {
      variables[name] = text;
      continue;
    }
    try {
      variables[name] = JSON.parse(text);
    } catch {
      variables[name] = text;
    }
  }
  return variables;
}

/** Runs the request against this project's schema and resolvers over `db`, as the API would answer it. */
export async function executeInProcess(db: GraphDatabase, request: GraphQLRequestBody): Promise<GraphQLResponseBody> {
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    // As in production: coded errors pass, anything else is a neutral INTERNAL_SERVER_ERROR without a stack.
    formatError: (formatted, error) => formatError(formatted, error, true),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
  });
  await server.start();
  try {
    const response = await server.executeOperation(request, { contextValue: createContext(db) });
    if (response.body.kind !== 'single')
      throw new Error('incremental delivery (@defer, @stream) is not supported here');
    const { data, errors } = response.body.singleResult;
    return errors ? { errors, data } : { data };
  } finally {
    await server.stop();
  }
}

/** POSTs the request to a running API (its /graphql URL). */
export async function executeRemote(url: string, request: GraphQLRequestBody): Promise<GraphQLResponseBody> {
  let endpoint: URL;
  try {
    endpoint = new URL(url);
  } catch {
    throw new UsageError(`--url ${url}: not a URL (example: http://127.0.0.1:4000/graphql)`);
  }
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') {
    throw new UsageError(`--url ${url}: must be an http:// or https:// URL`);
  }
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(request),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new UnavailableError(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? String(error)}`);
  }
  const text = await response.text();
  try {
    const body = JSON.parse(text) as GraphQLResponseBody;
    if (typeof body === 'object' && body !== null && ('data' in body || 'errors' in body)) return body;
  } catch {
    // Not JSON: reported below.
  }
  throw new UnavailableError(`${url} answered HTTP ${response.status} without a GraphQL response`);
}
