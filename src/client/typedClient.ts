/**
 * A small typed GraphQL client over HTTP: the result type comes from the TypedDocumentNode that graphql-codegen
 * generates for each query in examples/ (src/__generated__/client), so callers get checked types for free.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponseError {
  readonly message: string;
  readonly extensions?: Record<string, unknown>;
}

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(readonly errors: readonly GraphQLResponseError[]) {
    super(errors.map((e) => `${String(e.extensions?.code ?? 'ERROR')}: ${e.message}`).join('; '));
  }
}

export interface ClientOptions {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly url: string;
  /** Sent as `Authorization: Bearer <token>` when given. */
  readonly token?: string;
}

export async function request<TResult, TVariables extends Record<string, unknown>>(
  options: ClientOptions,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: GraphQLResponseError[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (body.data === undefined) throw new GraphQLRequestError([{ message: `HTTP ${response.status} without data` }]);
  return body.data;
}
