/**
 * One enum of error codes and one GraphQLError base that fills `extensions.code`. Everything the API reports
 * goes through these; unknown errors become INTERNAL_SERVER_ERROR without a stack trace.
 */
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  UNAVAILABLE = 'UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, argument?: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

export const notFound = (message: string): AppError => new AppError(ErrorCode.NOT_FOUND, message);
