/**
 * Ingesting a document: check what the editor says about it, extract and analyse it outside any transaction,
 * then write the source, its passages, the mentions of known entities and the review queue in one transaction
 * with an INGEST_DOCUMENT change. The same bytes again write nothing; changed bytes of the same document (same
 * id: the title's slug and the date, or the id given) become its next version.
 */
import type { GraphDatabase, TransactionRunner } from '../graph/database';
import { toSource, type ChangeRecord, type SourceRecord } from '../graph/records';
import { recordChange } from '../graph/write/changes';
import { latestVersion, sourceWithFileHash, writeDocument } from '../graph/write/documents';
import { parsePartialDate, isPartialDate } from '../ingest/dates';
import { ENTITY_KINDS, type EntityKind } from '../ingest/vocabulary';
import { analyseDocument, type DocumentAnalysis } from './analyse';
import { extractDocument } from './extract';
import { documentRows, type SourceIdentity } from './rows';
import { DocumentInputError, type CatalogueEntity, type DocumentFormat, type DocumentMetadata } from './types';

export interface IngestRequest {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly format?: DocumentFormat;
  readonly metadata: Partial<Record<keyof DocumentMetadata, string | null | undefined>>;
  /** The source id to use; default: the title's slug and the date. */
  readonly id?: string | null;
  readonly maxBytes?: number;
}

export type IngestOutcome = 'CREATED' | 'NEW_VERSION' | 'UNCHANGED';

export interface IngestRecord {
  readonly source: SourceRecord;
  readonly outcome: IngestOutcome;
  readonly passages: number;
  readonly linkedMentions: number;
  readonly candidateEntities: number;
  readonly candidateFacts: number;
  readonly negativeFacts: number;
  readonly change: ChangeRecord | null;
  /** Milliseconds: extraction, analysis, writing. */
  readonly timings: { readonly extract: number; readonly analyse: number; readonly write: number };
}

export interface IngestHooks {
  /** Names metadata fields in messages: `--date` for the CLI, `input.date` for GraphQL. */
  readonly field?: (name: keyof DocumentMetadata | 'id') => string;
  readonly onStage?: (stage: string) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugOf(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'document';
}

/** Checks what the editor says about a document; the first problem is one clear error naming the field. */
export function checkMetadata(
  metadata: IngestRequest['metadata'],
  field: (name: keyof DocumentMetadata | 'id') => string = (name) => name,
): DocumentMetadata {
  const bad = (name: keyof DocumentMetadata | 'id', what: string, fix: string): DocumentInputError =>
    new DocumentInputError('BAD_METADATA', field(name), what, fix);
  const required = (name: 'title' | 'publisher' | 'kind' | 'date', example: string): string => {
    const value = metadata[name]?.trim() ?? '';
    if (value === '') throw bad(name, `the document's ${name} is missing`, `Give it, e.g. ${field(name)} ${example}`);
    if (value.length > 500) throw bad(name, `is ${value.length} characters long`, 'Give at most 500 characters');
    return value;
  };
  const title = required('title', '"Joint communiqué of the SCO Council of Foreign Ministers"');
  const date = required('date', '2019-05-22');
  const parsed = parsePartialDate(date);
  if (!isPartialDate(parsed) || parsed.precision !== 'day') {
    throw bad(
      'date',
      `"${date}" is not a day`,
      `Give the document's date as YYYY-MM-DD (relative dates in its text are resolved against it)`,
    );
  }
  const publisher = required('publisher', '"SCO Secretariat"');
  const kind = required('kind', 'communique');
  const language = (metadata.language ?? 'en').trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(language)) throw bad('language', `"${language}" is not a two-letter language code`, 'e.g. en');
  const url = metadata.url?.trim() || null;
  if (url !== null && !/^https?:\/\/\S+$/.test(url)) {
    throw bad('url', `"${url.slice(0, 100)}" is not an http(s) URL`, 'Give the page the document was published at');
  }
  return { title, date, publisher, kind, language, url };
}

const CATALOGUE = {
  name: 'entityCatalogue',
  cypher: `MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases,
       e.value AS value, e.unit AS unit, e.subject AS subject`,
};

/** A statistic's figure from its node (value and unit both set), for linking figures (link/figures.ts). */
function figureOf(value: unknown, unit: unknown, subject: unknown): Pick<CatalogueEntity, 'figure'> {
  const number =
    typeof value === 'number' ? value : Number((value as { toNumber?: () => number } | null)?.toNumber?.());
  if (!Number.isFinite(number) || typeof unit !== 'string') return {};
  return { figure: { value: number, unit, subject: typeof subject === 'string' ? subject : null } };
}

export async function readCatalogue(db: GraphDatabase): Promise<CatalogueEntity[]> {
  const result = await db.read(CATALOGUE);
  return result.records.flatMap((r) => {
    const kind = ENTITY_KINDS.find((k) => k === r.get('kind')) as EntityKind | undefined;
    if (!kind) return [];
    return [
      {
        id: String(r.get('id')),
        kind,
        name: String(r.get('name')),
        aliases: (r.get('aliases') as unknown[]).map(String),
        ...figureOf(r.get('value'), r.get('unit'), r.get('subject')),
      },
    ];
  });
}

async function identityFor(run: TransactionRunner, baseId: string): Promise<SourceIdentity> {
  const latest = await latestVersion(run, baseId);
  if (!latest) return { id: baseId, version: 1, versionOf: null, previousVersion: null };
  const version = latest.version + 1;
  return { id: `${baseId}-v${version}`, version, versionOf: baseId, previousVersion: latest.id };
}

function unchanged(existing: Record<string, unknown>): IngestRecord {
  return {
    source: toSource(existing),
    outcome: 'UNCHANGED',
    passages: 0,
    linkedMentions: 0,
    candidateEntities: 0,
    candidateFacts: 0,
    negativeFacts: 0,
    change: null,
    timings: { extract: 0, analyse: 0, write: 0 },
  };
}

export async function ingestDocument(
  db: GraphDatabase,
  by: string,
  request: IngestRequest,
  hooks: IngestHooks = {},
): Promise<IngestRecord> {
  const field = hooks.field ?? ((name) => name);
  const metadata = checkMetadata(request.metadata, field);
  const baseId = request.id?.trim() || `${slugOf(metadata.title)}-${metadata.date}`;
  if (!SLUG.test(baseId) || baseId.length > 120) {
    throw new DocumentInputError(
      'BAD_METADATA',
      field('id'),
      `"${baseId.slice(0, 120)}" is not a source id`,
      'Give a lowercase slug of at most 120 characters, e.g. sco-foreign-ministers-communique-2019-05-22',
    );
  }

  hooks.onStage?.('extracting text');
  const t0 = performance.now();
  const doc = await extractDocument(request.bytes, {
    fileName: request.fileName,
    ...(request.format ? { format: request.format } : {}),
    ...(request.maxBytes ? { maxBytes: request.maxBytes } : {}),
  });
  const t1 = performance.now();

  const earlier = await sourceWithFileHash((query, params) => db.read(query, params), doc.contentHash);
  if (earlier) return unchanged(earlier);

  hooks.onStage?.('linking entities and proposing facts');
  const catalogue = await readCatalogue(db);
  const analysis: DocumentAnalysis = analyseDocument(doc, catalogue, metadata.date);
  const t2 = performance.now();

  hooks.onStage?.('writing');
  return db.writeTransaction('ingest-document', async (run) => {
    // Checked again inside the writing transaction: two editors ingesting the same file at once write it once.
    const raced = await sourceWithFileHash(run, doc.contentHash);
    if (raced) return unchanged(raced);
    const identity = await identityFor(run, baseId);
    const rows = documentRows(identity, metadata, { name: request.fileName, doc }, analysis, by);
    const stored = await writeDocument(run, rows, hooks.onProgress);
    const summary = {
      sourceId: identity.id,
      version: identity.version,
      fileHash: doc.contentHash,
      passages: rows.passages.length,
      linkedMentions: rows.mentions.reduce((n, m) => n + (m.props.starts as unknown[]).length, 0),
      candidateEntities: analysis.candidates.length,
      candidateFacts: analysis.facts.length,
      negativeFacts: analysis.facts.filter((f) => f.negated).length,
    };
    const change = await recordChange(run, {
      action: 'INGEST_DOCUMENT',
      by,
      // No entity is changed: new mentions do not count as edits (they must not block undoing a merge).
      entityIds: [],
      reason: `ingested ${request.fileName} as ${identity.id}`,
      after: summary,
    });
    return {
      source: toSource(stored),
      outcome: identity.version === 1 ? 'CREATED' : 'NEW_VERSION',
      passages: summary.passages,
      linkedMentions: summary.linkedMentions,
      candidateEntities: summary.candidateEntities,
      candidateFacts: summary.candidateFacts,
      negativeFacts: summary.negativeFacts,
      change,
      timings: { extract: t1 - t0, analyse: t2 - t1, write: performance.now() - t2 },
    };
  });
}
