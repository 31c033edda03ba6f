/**
 * The date scalars: `Date` is an ISO day; `PartialDate` is a date as precise as the source states it.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isPartialDate, parsePartialDate } from '../ingest/dates';
import { ErrorCode } from '../errors';

function parseLiteralString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) {
    throw new GraphQLError(`${scalar} must be a string`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  return ast.value;
}

function validPartialDate(value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError('PartialDate must be a string such as "2018", "2018-06" or "2018-08-late"', {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  const parsed = parsePartialDate(value);
  if (!isPartialDate(parsed)) throw new GraphQLError(parsed.error, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  return value;
}

function validDay(value: unknown): string {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : null;
  if (!parsed || !isPartialDate(parsed) || parsed.precision !== 'day') {
    throw new GraphQLError('Date must be a day such as "2019-03-20"', {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return parsed.value;
}

export const PartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  serialize: (value) => String(value),
  parseValue: validPartialDate,
  parseLiteral: (ast) => validPartialDate(parseLiteralString(ast, 'PartialDate')),
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: validDay,
  parseLiteral: (ast) => validDay(parseLiteralString(ast, 'Date')),
});
