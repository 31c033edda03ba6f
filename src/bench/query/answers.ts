/**
 * Before anything is timed, every variant must give the same answer: a benchmark of different work is
 * meaningless, so a difference stops the run with both answers in the message.
 */
import type { AnswerDigest, GraphqlRequest } from './analystQueries';

export class AnswerMismatchError extends Error {
  override readonly name = 'AnswerMismatchError';
}

interface GraphqlResponse {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL request and returns its `data`; GraphQL errors are thrown with the query's name. */
export async function askGraphql(url: string, request: GraphqlRequest, label: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as GraphqlResponse;
  if (body.errors?.length) {
    const codes = body.errors.map((e) => `${String(e.extensions?.code ?? '')} ${e.message}`.trim()).join('; ');
    throw new AnswerMismatchError(`${label} answered with errors (HTTP ${response.status}): ${codes}`);
  }
  return body.data;
}

export function assertSameAnswer(query: string, expected: AnswerDigest, actual: AnswerDigest, label: string): void {
  const want = JSON.stringify(expected);
  const got = JSON.stringify(actual);
  if (want !== got) {
    throw new AnswerMismatchError(`${query}: ${label} answered differently.\n  expected ${want}\n  got      ${got}`);
  }
}
