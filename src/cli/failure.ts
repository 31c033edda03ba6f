/**
 * How the CLI ends: exit codes, and every failure as `error: ...` lines on stderr (one per problem, never a
 * stack trace). 0 ok; 1 bad input (arguments, files, seeds, an import refused); 2 the database or the
 * configuration (unreachable, misconfigured, a graph that cannot be exported).
 */
import { CommanderError } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { ConfigError } from '../config';
import { DocumentInputError } from '../documents/types';
import { AppError, ErrorCode } from '../errors';
import { ExportFileError } from '../export/jsonFormat';
import { ConnectError } from '../graph/connect';
import { GraphNotEmptyError, SnapshotCoverageError } from '../graph/snapshot';
import { StoreImportError } from '../ingest/bulk/storeImport';
import { SeedValidationError } from '../ingest/seed';
import { formatProblem } from '../ingest/seedFiles';
import { LocalNeo4jError } from '../neo4j/local';

export enum ExitCode {
  Ok = 0,
  BadInput = 1,
  Unavailable = 2,
}

/** Bad input a user can fix: a wrong argument, an unreadable file, an unknown entity. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The database or its configuration failed (a remote API that cannot be reached counts too). */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
}

/** A command that already printed what went wrong and only has to end with this code. */
export class ReportedFailure extends Error {
  override readonly name = 'ReportedFailure';
  constructor(readonly exitCode: ExitCode) {
    super(`exit ${exitCode}`);
  }
}

export interface Failure {
  readonly exitCode: number;
  /** Lines for stderr, each starting with `error: `. */
  readonly lines: readonly string[];
}

const firstLine = (text: string): string => text.split('\n')[0] ?? '';
const CLIENT_ERROR_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND]);

function explain(error: unknown): { exitCode: ExitCode; messages: string[] } {
  if (error instanceof UsageError) return { exitCode: ExitCode.BadInput, messages: [error.message] };
  if (error instanceof DocumentInputError) {
    return { exitCode: ExitCode.BadInput, messages: [error.message, 'nothing was written; the graph is unchanged'] };
  }
  if (error instanceof SeedValidationError) {
    return {
      exitCode: ExitCode.BadInput,
      messages: [
        ...error.problems.map(formatProblem),
        `${error.problems.length} problem(s) in the seeds; nothing was written`,
      ],
    };
  }
  if (error instanceof ExportFileError) {
    return { exitCode: ExitCode.BadInput, messages: [...error.problems, 'nothing was imported'] };
  }
  if (error instanceof StoreImportError) return { exitCode: ExitCode.BadInput, messages: [error.message] };
  if (error instanceof GraphNotEmptyError) {
    return {
      exitCode: ExitCode.BadInput,
      messages: [`${error.message}: nothing was imported; add --replace to delete everything in it first`],
    };
  }
  if (error instanceof AppError) {
    return {
      exitCode: CLIENT_ERROR_CODES.has(error.code) ? ExitCode.BadInput : ExitCode.Unavailable,
      messages: [error.message],
    };
  }
  if (error instanceof SnapshotCoverageError) {
    return { exitCode: ExitCode.Unavailable, messages: [`cannot export: ${error.message}`] };
  }
  if (
    error instanceof ConfigError ||
    error instanceof ConnectError ||
    error instanceof LocalNeo4jError ||
    error instanceof UnavailableError
  ) {
    return { exitCode: ExitCode.Unavailable, messages: [firstLine(error.message)] };
  }
  if (error instanceof Neo4jError) {
    return { exitCode: ExitCode.Unavailable, messages: [`Neo4j: ${error.code}: ${firstLine(error.message)}`] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: ExitCode.Unavailable, messages: [firstLine(message) || 'unexpected failure'] };
}

/** What to print and which code to exit with for anything a command threw. */
export function failureOf(error: unknown): Failure {
  // Commander has printed its own one-line message (or the help) already.
  if (error instanceof CommanderError) return { exitCode: error.exitCode, lines: [] };
  if (error instanceof ReportedFailure) return { exitCode: error.exitCode, lines: [] };
  const { exitCode, messages } = explain(error);
  return { exitCode, lines: messages.map((message) => `error: ${message}`) };
}
