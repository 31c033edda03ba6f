/**
 * The last word on what a client sees of an error: our coded errors pass through; anything else becomes
 * INTERNAL_SERVER_ERROR with a neutral message, so no driver or Cypher text and no stack reaches a client.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../errors';
import { limitOf } from './limits';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A coded error reported by a validation rule reaches us wrapped by Apollo's ValidationError.
  const original =
    unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError
      ? unwrapped.originalError
      : unwrapped;
  if (original instanceof AppError) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: original.message,
      // All the error's extensions (a limit refusal's limit, limitValue, estimated, advice) and its own code.
      extensions: { ...(production ? extensions : formatted.extensions), code: original.code },
    };
  }
  const refusal = limitOf(formatted.message);
  if (refusal) {
    return {
      message: formatted.message.replace(/^Syntax Error: /, ''),
      locations: formatted.locations,
      extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, ...refusal },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code)) return formatted;
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: production
      ? { code: ErrorCode.INTERNAL_SERVER_ERROR }
      : { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
