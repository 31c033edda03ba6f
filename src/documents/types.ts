/**
 * The document pipeline's shared shapes: a file becomes an extracted text with blocks (extract/), the blocks
 * become passages (layout.ts), known entities are linked and unknown ones proposed (link/), and sentences that
 * join two entities propose facts (facts/). Nothing here touches Neo4j: candidates are stored apart from facts
 * by src/graph/write/candidates.ts and enter the graph only when a reviewer accepts them.
 *
 * Offsets everywhere are UTF-16 code-unit offsets into `ExtractedDocument.text` (JavaScript string indices),
 * end exclusive - the same convention as the seed passages (src/ingest/passages.ts).
 */
import type { Passage } from '../ingest/passages';
import type { EntityKind, RelationshipType } from '../ingest/vocabulary';

export const DOCUMENT_FORMATS = ['text', 'markdown', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What an editor says about a document when ingesting it. */
export interface DocumentMetadata {
  readonly title: string;
  /** The document's own date, `YYYY-MM-DD` (relative dates in the text resolve against it). */
  readonly date: string;
  readonly publisher: string;
  /** communique, interview, declaration, news, transcript, press-release ... */
  readonly kind: string;
  /** Two-letter language code. */
  readonly language: string;
  readonly url: string | null;
}

/** The role of a block of text in the document's layout. */
export type BlockRole = 'title' | 'heading' | 'paragraph' | 'question' | 'answer' | 'list-item';

export interface TextBlock {
  readonly role: BlockRole;
  /** Heading level (1 = top) for headings and the title; 0 otherwise. */
  readonly level: number;
  readonly start: number;
  readonly end: number;
}

/** A file's text after extraction: one string, blocks in reading order, separated in `text` by blank lines. */
export interface ExtractedDocument {
  readonly format: DocumentFormat;
  readonly text: string;
  readonly blocks: readonly TextBlock[];
  /** Size of the file as read. */
  readonly bytes: number;
  /** sha256 of the file's bytes, hex: the same bytes are the same version. */
  readonly contentHash: string;
  /** A title found in the document itself (HTML <title>, Markdown `# ...`, PDF metadata), if any. */
  readonly foundTitle: string | null;
}

/** A passage of an ingested document: the seed passage shape plus its layout role. */
export interface DocumentPassage extends Passage {
  readonly role: BlockRole | 'section';
}

/** An entity already in the graph, as linking needs it. */
export interface CatalogueEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** A statistic's figure: how a document states it (value and unit), and what it is about (an entity id). */
  readonly figure?: { readonly value: number; readonly unit: string; readonly subject: string | null };
}

/** How a mention was found. */
/**
 * `coreference`: a description without a name ("the organisation"), read as the document's organisation.
 * `figure`: a number and unit equal to a known statistic's (link/figures.ts).
 * `description`: a description of an event that names no event but fits one known event only (link/descriptions.ts).
 */
export type LinkMethod =
  'name' | 'alias' | 'variant' | 'acronym' | 'fuzzy' | 'ner' | 'coreference' | 'figure' | 'description';

export interface DocumentMention {
  /** Set when the mention is of a known entity. */
  readonly entityId: string | null;
  /** Set when the mention supports a candidate entity (`CandidateEntity.key`). */
  readonly candidateKey: string | null;
  readonly passageId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly method: LinkMethod;
  /** 1 for an exact name or alias; lower for fuzzy matches and NER guesses. */
  readonly score: number;
}

/** Something the graph does not know yet, proposed with the mentions that support it. */
export interface CandidateEntity {
  /** A proposed slug id, unique within the document (`collective-security-treaty-organisation`). */
  readonly key: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  /** 0..1: how sure the pipeline is that this is a real, new entity of that kind. */
  readonly score: number;
  /** What proposed it: an acronym definition, named-entity recognition, or a near miss of a known name. */
  readonly method: 'acronym' | 'ner' | 'fuzzy';
  /** For a near miss: the known entity it may be, with the similarity score. */
  readonly similarTo: { readonly entityId: string; readonly score: number } | null;
}

export type EntityRef = { readonly entityId: string } | { readonly candidateKey: string };

/** The time a candidate fact states, resolved against the document's date. Dates are partial `YYYY[-MM[-DD]]`. */
export interface CandidateTime {
  readonly text: string;
  readonly date: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export interface CandidateFact {
  readonly type: RelationshipType;
  readonly from: EntityRef;
  readonly to: EntityRef;
  /** One of the type's statuses in src/ingest/vocabulary.ts. */
  readonly status: string;
  /** True when the sentence states the relation does not hold ("is not under consideration"). */
  readonly negated: boolean;
  readonly time: CandidateTime | null;
  readonly passageId: string;
  /** The exact words of the sentence that state it, and where they are in the document text. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** The id of the cue rule that proposed it. */
  readonly rule: string;
  readonly score: number;
}

export interface LinkResult {
  readonly mentions: readonly DocumentMention[];
  readonly candidates: readonly CandidateEntity[];
}

/** A problem with an input document: what is wrong, where, and how to fix it. */
export class DocumentInputError extends Error {
  constructor(
    readonly code:
      | 'EMPTY'
      | 'BINARY'
      | 'UNKNOWN_ENCODING'
      | 'NO_TEXT_LAYER'
      | 'TOO_LARGE'
      | 'UNSUPPORTED_FORMAT'
      | 'UNREADABLE'
      | 'BAD_METADATA'
      | 'ALREADY_INGESTED',
    readonly where: string,
    readonly what: string,
    readonly fix: string,
  ) {
    super(`${where}: ${what}. ${fix}`);
    this.name = 'DocumentInputError';
  }
}
