/**
 * `kg review accept|reject|merge CANDIDATE`: the review queue's decisions from the command line, on the
 * configured graph, recorded with `--by` (default cli:$USER) as the reviewer. The same rules as the API's
 * acceptCandidate / rejectCandidate / mergeCandidate (src/documents/review.ts).
 *
 * `kg token --sub NAME` signs a bearer token with JWT_SECRET for the review page and GraphiQL on this machine.
 */
import { SignJWT } from 'jose';
import type {
  CandidateEdit,
  EntityKind as EntityKindEnum,
  RelationStatus,
  RelationType,
} from '../../__generated__/resolvers-types';
import { loadConfig } from '../../config';
import { acceptCandidate, mergeCandidate, rejectCandidate, type ReviewRecord } from '../../documents/review';
import type { Viewer } from '../../server/auth';
import { withConfiguredGraph } from '../configuredGraph';
import { UsageError } from '../failure';
import { writeStdout } from '../output';
import { stderrProgress } from '../progress';

export interface ReviewOptions {
  readonly by?: string;
  readonly json?: boolean;
  readonly reason?: string;
  readonly into?: string;
  /** Edits: `--set status=member --set from=iran`. */
  readonly set?: string[];
}

const EDIT_FIELDS = [
  'id',
  'name',
  'kind',
  'aliases',
  'description',
  'type',
  'status',
  'from',
  'to',
  'date',
  'dateText',
  'quote',
];

export function parseEdits(pairs: readonly string[]): CandidateEdit | null {
  if (pairs.length === 0) return null;
  const edit: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const field = at > 0 ? pair.slice(0, at) : '';
    const value = pair.slice(at + 1);
    if (!EDIT_FIELDS.includes(field)) {
      throw new UsageError(`--set ${pair}: give field=value with one of ${EDIT_FIELDS.join(', ')}`);
    }
    if (field === 'aliases')
      edit.aliases = value
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean);
    else if (field === 'kind') edit.kind = value.toUpperCase() as EntityKindEnum;
    else if (field === 'type') edit.type = value.toUpperCase() as RelationType;
    else if (field === 'status') edit.status = value.toUpperCase().replace(/-/g, '_') as RelationStatus;
    else edit[field] = value;
  }
  return edit as CandidateEdit;
}

function viewerOf(options: ReviewOptions): Viewer {
  return { subject: options.by ?? `cli:${process.env.USER ?? 'unknown'}`, roles: ['editor'] };
}

function describe(result: ReviewRecord): string {
  const c = result.candidate;
  const made = result.entity
    ? ` -> entity ${result.entity.id} (${result.entity.name})`
    : result.relation
      ? ` -> relation ${result.relation.key} (${result.relation.status})`
      : '';
  return `${c.id}: ${c.state.toLowerCase()} by ${c.reviewedBy ?? '?'}${made}; change ${result.change.id}\n`;
}

async function run(
  options: ReviewOptions,
  work: (db: Parameters<typeof acceptCandidate>[0], viewer: Viewer) => Promise<ReviewRecord>,
): Promise<void> {
  const progress = stderrProgress();
  await withConfiguredGraph(progress, async (graph) => {
    const result = await work(graph.db, viewerOf(options));
    progress.end();
    await writeStdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : describe(result));
  });
}

export function reviewAcceptCommand(id: string, options: ReviewOptions): Promise<void> {
  const edit = parseEdits(options.set ?? []);
  return run(options, (db, viewer) => acceptCandidate(db, viewer, id, edit));
}

export function reviewRejectCommand(id: string, options: ReviewOptions): Promise<void> {
  return run(options, (db, viewer) => rejectCandidate(db, viewer, id, options.reason ?? null));
}

export function reviewMergeCommand(id: string, options: ReviewOptions): Promise<void> {
  if (!options.into) throw new UsageError('kg review merge needs --into <entity id>');
  const into = options.into;
  return run(options, (db, viewer) => mergeCandidate(db, viewer, id, into));
}

export async function tokenCommand(options: { sub: string; role: string[]; hours: number }): Promise<void> {
  const config = loadConfig();
  const secret = config.auth.secret;
  if (secret === null) {
    throw new UsageError(
      'kg token signs with JWT_SECRET, which is not set: start the API and run this with the same JWT_SECRET ' +
        '(32+ characters), e.g. JWT_SECRET=$(openssl rand -hex 32)',
    );
  }
  const jwt = new SignJWT({ roles: options.role.length > 0 ? options.role : ['reader', 'editor'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.sub)
    .setIssuedAt()
    .setExpirationTime(`${options.hours}h`);
  if (config.auth.issuer !== null) jwt.setIssuer(config.auth.issuer);
  if (config.auth.audience !== null) jwt.setAudience(config.auth.audience);
  await writeStdout(`${await jwt.sign(new TextEncoder().encode(secret))}\n`);
}
