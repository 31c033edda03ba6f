/**
 * `kg path <a> <b> [--max N] [--limit N] [--json]`: the shortest chains of facts between two entities (given by
 * id, name or alias), at most N hops, as the API's `paths` field finds them. Each hop shows the relationship
 * in its own direction, its status and time, and the first evidence quote with its passage.
 */
import type { GraphDatabase } from '../../graph/database';
import { entitiesByIds } from '../../graph/read/entities';
import { shortestPaths } from '../../graph/read/graphs';
import type { EntityRecord, PathRecord, RelationRecord, TimeRecord } from '../../graph/records';
import { withConfiguredGraph } from '../configuredGraph';
import { findEntity } from '../entityLookup';
import { UsageError } from '../failure';
import { printJson, writeStdout } from '../output';
import { stderrProgress } from '../progress';
import { formatTable } from '../table';

export interface PathOptions {
  readonly max: number;
  readonly limit: number;
  readonly json: boolean;
}

interface FoundPaths {
  readonly from: EntityRecord;
  readonly to: EntityRecord;
  readonly paths: readonly PathRecord[];
  readonly entities: ReadonlyMap<string, EntityRecord>;
}

/** The time of a fact as stated: its own words, else its date or period. */
export function timeText(time: TimeRecord | null): string {
  if (!time) return '';
  if (time.text) return time.text;
  if (time.at) return time.at.value;
  if (time.from || time.to) return `${time.from?.value ?? ''}..${time.to?.value ?? ''}`;
  return '';
}

async function findPaths(db: GraphDatabase, a: string, b: string, options: PathOptions): Promise<FoundPaths> {
  const from = await findEntity(db, a);
  const to = await findEntity(db, b);
  if (from.id === to.id) throw new UsageError(`"${a}" and "${b}" are the same entity (${from.id})`);
  const paths = await shortestPaths(db, from.id, to.id, options.max, null, options.limit);
  const entities = await entitiesByIds(db, [...new Set(paths.flatMap((path) => path.entityIds))]);
  return { from, to, paths, entities };
}

const entitySummary = (entity: EntityRecord | undefined, id: string): { id: string; name: string; kind: string } => ({
  id,
  name: entity?.name ?? id,
  kind: entity?.kind ?? '',
});

function hopJson(hop: RelationRecord) {
  return {
    type: hop.type,
    from: hop.fromId,
    to: hop.toId,
    status: hop.status,
    basis: hop.basis,
    role: hop.role,
    time: timeText(hop.time) || null,
    evidence: hop.evidence.map((e) => ({
      quote: e.quote,
      passageId: e.passageId,
      sourceId: e.sourceId,
      start: e.start,
      end: e.end,
    })),
  };
}

function evidenceText(hop: RelationRecord): string {
  const [first, ...more] = hop.evidence;
  if (!first) return '';
  return `"${first.quote}" (${first.passageId})${more.length > 0 ? ` (+${more.length} more)` : ''}`;
}

function pathTable(path: PathRecord, entities: ReadonlyMap<string, EntityRecord>): string {
  const rows = path.hops.map((hop, i) => {
    const here = path.entityIds[i] ?? '';
    const next = path.entityIds[i + 1] ?? '';
    // Paths are found in either direction; the arrow shows which way the fact itself points.
    const relation = hop.fromId === here ? `-${hop.type}->` : `<-${hop.type}-`;
    return [
      String(i + 1),
      entities.get(here)?.name ?? here,
      relation,
      entities.get(next)?.name ?? next,
      hop.status,
      timeText(hop.time),
      evidenceText(hop),
    ];
  });
  return formatTable(['#', 'from', 'relation', 'to', 'status', 'time', 'evidence'], rows);
}

export async function pathCommand(a: string, b: string, options: PathOptions): Promise<void> {
  const progress = stderrProgress();
  const found = await withConfiguredGraph(progress, (graph) => findPaths(graph.db, a, b, options));
  const { from, to, paths, entities } = found;

  if (options.json) {
    await printJson({
      from: entitySummary(from, from.id),
      to: entitySummary(to, to.id),
      maxLength: options.max,
      paths: paths.map((path) => ({
        length: path.hops.length,
        entities: path.entityIds.map((id) => entitySummary(entities.get(id), id)),
        hops: path.hops.map(hopJson),
      })),
    });
    return;
  }
  const ends = `${from.name} (${from.id}) and ${to.name} (${to.id})`;
  if (paths.length === 0) {
    await writeStdout(`No path of at most ${options.max} hops between ${ends}.\n`);
    return;
  }
  const hops = paths[0]?.hops.length ?? 0;
  const blocks = paths.map((path, i) => `Path ${i + 1} of ${paths.length}:\n${pathTable(path, entities)}`);
  await writeStdout(`${paths.length} shortest path(s) of ${hops} hop(s) between ${ends}.\n\n${blocks.join('\n\n')}\n`);
}
