/**
 * The JSON export, format `sco-kg-export` version 3 (docs/cli.md describes it): the whole graph as
 * `{ format, version, sources, passages, entities, relationships, mentions, changes, candidates }`, every property
 * as stored, the curation history (`changes`) and the review queues of ingested documents (`candidates`)
 * included. Version 1 files (no `changes`) and version 2 files (no `candidates`) still read. It is the one format `kg import` reads back, so reading it checks everything an import relies on: the
 * shape, the property values Neo4j can store, labels and relationship types from the vocabulary, and every
 * reference.
 */
import { z } from 'zod';
import { SNAPSHOT_PARTS, type GraphSnapshot } from '../graph/snapshot';
import { ENTITY_KINDS, isRelationshipType } from '../ingest/vocabulary';
import { jsonSyntaxProblem } from './jsonSyntax';

export const EXPORT_FORMAT = 'sco-kg-export';
export const EXPORT_VERSION = 3;
/** The oldest version this kg still reads: version 1 had no `changes`. */
export const OLDEST_READABLE_VERSION = 1;

export interface ExportDocument extends GraphSnapshot {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
}

/** What is wrong with an export file: one `file: field: message` line per problem. */
export class ExportFileError extends Error {
  override readonly name = 'ExportFileError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

export interface SnapshotProblem {
  readonly field: string;
  readonly message: string;
}

const MAX_REPORTED = 20;

export function formatJsonExport(snapshot: GraphSnapshot): string {
  const document: ExportDocument = { format: EXPORT_FORMAT, version: EXPORT_VERSION, ...snapshot };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const id = z.string().min(1, 'must be a non-empty id');
const reference = z.string().min(1, 'must be an id');
const propertyValue = z.union(
  [z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number()), z.array(z.boolean())],
  { error: 'must be a string, a number, a boolean or a list of one of these (Neo4j cannot store anything else)' },
);
const properties = z.record(z.string(), propertyValue);

const exportDocumentV1 = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(OLDEST_READABLE_VERSION),
  sources: z.array(z.strictObject({ id, properties })),
  passages: z.array(z.strictObject({ id, source: reference.nullable(), section: reference.nullable(), properties })),
  entities: z.array(z.strictObject({ id, labels: z.array(z.string()), properties })),
  relationships: z.array(z.strictObject({ type: z.string(), from: reference, to: reference, properties })),
  mentions: z.array(z.strictObject({ passage: reference, entity: reference, properties })),
});

const exportDocumentV2 = exportDocumentV1.extend({
  version: z.literal(2),
  changes: z.array(z.strictObject({ id, entities: z.array(reference), properties })),
});

const exportDocument = exportDocumentV2.extend({
  version: z.literal(EXPORT_VERSION),
  candidates: z.array(z.strictObject({ id, properties })),
});

/** `entities[3].properties.name` from a path of keys and indexes. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Parses and checks an export file; throws ExportFileError naming the file and each bad field. */
export function parseJsonExport(text: string, file: string): GraphSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ExportFileError([jsonSyntaxProblem(text, file, error)]);
  }
  const header = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown };
  if (header.format !== EXPORT_FORMAT) {
    throw new ExportFileError([`${file}: format: not a kg export (expected "format": "${EXPORT_FORMAT}")`]);
  }
  if (typeof header.version === 'number' && header.version > EXPORT_VERSION) {
    throw new ExportFileError([
      `${file}: version: written by a newer kg (format version ${header.version}); this kg reads versions ${OLDEST_READABLE_VERSION} to ${EXPORT_VERSION}`,
    ]);
  }
  const parsed =
    header.version === OLDEST_READABLE_VERSION
      ? exportDocumentV1.transform((document) => ({ ...document, changes: [], candidates: [] })).safeParse(data)
      : header.version === 2
        ? exportDocumentV2.transform((document) => ({ ...document, candidates: [] })).safeParse(data)
        : exportDocument.safeParse(data);
  if (!parsed.success) {
    throw new ExportFileError(
      parsed.error.issues.slice(0, MAX_REPORTED).map((issue) => `${file}: ${fieldOf(issue.path)}: ${issue.message}`),
    );
  }
  const { format: _format, version: _version, ...snapshot } = parsed.data;
  const problems = snapshotProblems(snapshot);
  if (problems.length > 0) {
    throw new ExportFileError(problems.slice(0, MAX_REPORTED).map((p) => `${file}: ${p.field}: ${p.message}`));
  }
  return snapshot;
}

const KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);

function entityLabelProblem(labels: readonly string[]): string | null {
  const kinds = labels.filter((label) => KINDS.has(label));
  const others = labels.filter((label) => label !== 'Entity' && !KINDS.has(label));
  if (!labels.includes('Entity')) return 'must include "Entity"';
  if (others.length > 0) return `${others.map((l) => JSON.stringify(l)).join(', ')} is not a label of the model`;
  if (kinds.length !== 1) return `must name exactly one kind of ${ENTITY_KINDS.join(', ')}`;
  return null;
}

/**
 * What would stop a snapshot from loading as the same graph: duplicate ids, an id that is not the node's own,
 * labels or relationship types outside the vocabulary, references to nodes the snapshot does not hold, a change
 * linked twice to one entity, a candidate of a source the snapshot does not hold.
 */
export function snapshotProblems(snapshot: GraphSnapshot): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const problem = (field: string, message: string): void => {
    problems.push({ field, message });
  };
  const ids = (part: 'sources' | 'passages' | 'entities' | 'changes' | 'candidates'): Set<string> => {
    const seen = new Set<string>();
    snapshot[part].forEach((node, i) => {
      if (seen.has(node.id)) problem(`${part}[${i}].id`, `"${node.id}" appears twice`);
      if (node.properties.id !== node.id) problem(`${part}[${i}].properties.id`, `must equal the id "${node.id}"`);
      seen.add(node.id);
    });
    return seen;
  };
  const sources = ids('sources');
  const passages = ids('passages');
  const entities = ids('entities');
  ids('changes');
  ids('candidates');
  const known = (set: Set<string>, value: string | null, field: string, what: string): void => {
    if (value !== null && !set.has(value)) problem(field, `no ${what} "${value}" in this export`);
  };

  // Neo4j refuses empty property names and names with NUL characters.
  for (const part of SNAPSHOT_PARTS) {
    snapshot[part].forEach((item, i) => {
      for (const name of Object.keys(item.properties)) {
        if (name.length === 0 || name.includes('\0')) {
          problem(`${part}[${i}].properties[${JSON.stringify(name)}]`, 'is not a property name Neo4j accepts');
        }
      }
    });
  }
  snapshot.passages.forEach((passage, i) => {
    known(sources, passage.source, `passages[${i}].source`, 'source');
    known(passages, passage.section, `passages[${i}].section`, 'passage');
  });
  snapshot.entities.forEach((entity, i) => {
    const labelProblem = entityLabelProblem(entity.labels);
    if (labelProblem) problem(`entities[${i}].labels`, labelProblem);
  });
  snapshot.relationships.forEach((relationship, i) => {
    if (!isRelationshipType(relationship.type)) {
      problem(`relationships[${i}].type`, `"${relationship.type}" is not a relationship type of the vocabulary`);
    }
    known(entities, relationship.from, `relationships[${i}].from`, 'entity');
    known(entities, relationship.to, `relationships[${i}].to`, 'entity');
  });
  snapshot.mentions.forEach((mention, i) => {
    known(passages, mention.passage, `mentions[${i}].passage`, 'passage');
    known(entities, mention.entity, `mentions[${i}].entity`, 'entity');
  });
  snapshot.changes.forEach((change, i) => {
    const linked = new Set<string>();
    change.entities.forEach((entity, j) => {
      if (linked.has(entity)) problem(`changes[${i}].entities[${j}]`, `"${entity}" appears twice`);
      linked.add(entity);
      known(entities, entity, `changes[${i}].entities[${j}]`, 'entity');
    });
  });
  snapshot.candidates.forEach((candidate, i) => {
    const sourceId = candidate.properties.sourceId;
    if (typeof sourceId !== 'string') problem(`candidates[${i}].properties.sourceId`, 'must name its source');
    else known(sources, sourceId, `candidates[${i}].properties.sourceId`, 'source');
  });
  return problems;
}
