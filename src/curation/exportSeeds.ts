/**
 * Curated edits (made through the API, marked `curated: true`) back into seed files, so nothing made in the API
 * is lost when the seeds are edited and reloaded. Two ways:
 * - `exportCuration`: the edits as seed YAML of their own (entities/curated.yaml, facts/<source>.curated.yaml),
 *   plus the keys of the facts retired through the API, for an editor to fold in by hand;
 * - `foldCuration`: the same, written into a seed folder, with the seed entries they replace removed (comments
 *   and the rest of the files kept), so that `npm run seed -- --check` accepts the folder as it is.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import type { GraphDatabase } from '../graph/database';
import { isLive, statementsOf, type Statement } from '../graph/statements';
import { toEntity, toRelation, type EvidenceRecord, type RelationRecord, type TimeRecord } from '../graph/records';

export interface CurationExport {
  readonly entities: Record<string, unknown>[];
  /** Seed relationships by source id. */
  readonly facts: Map<string, Record<string, unknown>[]>;
  /** Keys of facts retired through the API, by source id, with the reason. */
  readonly retired: Map<string, { key: string; reason: string }[]>;
  /** Entities merged away through the API (and not restored): merged id -> kept id. */
  readonly merged: Map<string, string>;
}

const CURATED_ENTITIES = {
  name: 'curatedEntities',
  cypher: 'MATCH (e:Entity) WHERE e.curated = true RETURN properties(e) AS props ORDER BY e.kind, e.id',
};
const MERGED_AWAY = {
  name: 'mergedAwayEntities',
  cypher: `MATCH (c:Change {action: 'MERGE_ENTITIES'})
           WITH c.entityIds[0] AS keep, c.entityIds[1] AS merged
           WHERE NOT EXISTS { MATCH (:Entity {id: merged}) }
           RETURN DISTINCT merged, keep`,
};
const CURATED_FACTS = {
  name: 'curatedFacts',
  cypher: `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.curated = true
           RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.sourceId, r.key`,
};

/**
 * Each source's word on a fact: its newest live statement (an analyst's statement of a source replaces that
 * source's seeded one: a seed file states a fact once), or its retired statement when none is live.
 */
function wordsBySource(key: string, props: Record<string, unknown>): Map<string, Statement> {
  const words = new Map<string, Statement>();
  for (const statement of statementsOf(key, props)) {
    const source = String(statement.props.sourceId ?? '');
    const kept = words.get(source);
    if (!kept || isLive(statement) || !isLive(kept)) words.set(source, statement);
  }
  return words;
}

function timeFields(time: TimeRecord | null): Record<string, unknown> {
  if (!time) return {};
  return {
    ...(time.at ? { date: time.at.value } : {}),
    ...(time.from || time.to
      ? { period: { ...(time.from ? { from: time.from.value } : {}), ...(time.to ? { to: time.to.value } : {}) } }
      : {}),
    ...(time.text ? { dateText: time.text } : {}),
  };
}

/** Evidence in seed terms: the passage's local id, and the source only when it is not the file's own. */
function evidenceFields(evidence: readonly EvidenceRecord[], fileSource: string | null): Record<string, unknown>[] {
  return evidence.map((e) => ({
    ...(e.sourceId !== fileSource ? { source: e.sourceId } : {}),
    passage: e.passageId.slice(e.passageId.indexOf('#') + 1),
    quote: e.quote,
  }));
}

function factEntry(relation: RelationRecord): Record<string, unknown> {
  const qualifier = relation.key.split(':').slice(3).join(':');
  return {
    type: relation.type,
    from: relation.fromId,
    to: relation.toId,
    status: relation.status,
    ...(qualifier ? { key: qualifier } : {}),
    ...(relation.role ? { role: relation.role } : {}),
    ...timeFields(relation.time),
    ...(relation.basis !== 'stated' ? { basis: relation.basis } : {}),
    ...(relation.note ? { note: relation.note } : {}),
    evidence: evidenceFields(relation.evidence, null),
  };
}

export async function exportCuration(db: GraphDatabase): Promise<CurationExport> {
  const entityRows = await db.read(CURATED_ENTITIES);
  const entities = entityRows.records.map((record) => {
    const entity = toEntity(record.get('props') as Record<string, unknown>);
    const statistic = entity.statistic;
    return {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      ...(entity.aliases.length ? { aliases: [...entity.aliases] } : {}),
      ...(entity.subtype ? { subtype: entity.subtype } : {}),
      description: entity.description,
      ...(entity.status ? { status: entity.status } : {}),
      ...timeFields(entity.time),
      ...(statistic
        ? {
            value: statistic.value,
            bound: statistic.bound,
            unit: statistic.unit,
            counts: statistic.counts,
            subject: statistic.subject,
            ...(statistic.total !== null ? { total: statistic.total } : {}),
          }
        : {}),
      ...(entity.evidence.length ? { evidence: evidenceFields(entity.evidence, null) } : {}),
    };
  });

  const facts = new Map<string, Record<string, unknown>[]>();
  const retired = new Map<string, { key: string; reason: string }[]>();
  const factRows = await db.read(CURATED_FACTS);
  for (const record of factRows.records) {
    const row = record.toObject() as Record<string, unknown>;
    const props = row.props as Record<string, unknown>;
    if (props.type === 'MEASURES' || row.type === 'MEASURES') continue; // written from the statistic's subject
    const sourceId = String(props.sourceId ?? '');
    const relation = toRelation(row);
    if (props.retired === true) {
      retired.set(sourceId, [
        ...(retired.get(sourceId) ?? []),
        { key: relation.key, reason: String(props.retiredReason ?? '') },
      ]);
      continue;
    }
    // One seed entry per source that states the fact, in that source's file, with that source's own status,
    // time and quotes: folded back, the fact loads as the same statements, not as one source's word.
    for (const [source, word] of wordsBySource(relation.key, props)) {
      if (word.retiredAt !== null) {
        retired.set(source, [...(retired.get(source) ?? []), { key: relation.key, reason: word.retiredReason ?? '' }]);
        continue;
      }
      const stated = toRelation({
        type: row.type,
        from: row.from,
        to: row.to,
        props: { key: relation.key, ...word.props },
      });
      const entry = factEntry(stated);
      entry.evidence = evidenceFields(stated.evidence, source);
      facts.set(source, [...(facts.get(source) ?? []), entry]);
    }
  }
  const mergedRows = await db.read(MERGED_AWAY);
  const merged = new Map(mergedRows.records.map((r) => [String(r.get('merged')), String(r.get('keep'))]));
  return { entities, facts, retired, merged };
}

const HEADER =
  '# Curated through the API and exported by `npm run export-curation`: review, then fold into the seeds.\n';

/** Writes the export as seed files of its own under `dir`. */
export function writeCuration(curation: CurationExport, dir: string): string[] {
  const written: string[] = [];
  mkdirSync(path.join(dir, 'entities'), { recursive: true });
  mkdirSync(path.join(dir, 'facts'), { recursive: true });
  const entitiesFile = path.join(dir, 'entities', 'curated.yaml');
  writeFileSync(entitiesFile, HEADER + stringify({ entities: curation.entities }, { lineWidth: 0 }));
  written.push(entitiesFile);
  const sources = new Set([...curation.facts.keys(), ...curation.retired.keys()]);
  for (const source of [...sources].sort()) {
    const retiredNote = (curation.retired.get(source) ?? [])
      .map((r) => `#   retired: ${r.key}${r.reason ? ` (${r.reason.replace(/\n/g, ' ')})` : ''}\n`)
      .join('');
    const file = path.join(dir, 'facts', `${source}.curated.yaml`);
    writeFileSync(
      file,
      HEADER +
        (retiredNote ? `# Facts retired through the API (delete them from the seeds):\n${retiredNote}` : '') +
        stringify({ source, relationships: curation.facts.get(source) ?? [] }, { lineWidth: 0 }),
    );
    written.push(file);
  }
  return written;
}

function relationshipKey(item: unknown): string | null {
  if (!isMap(item)) return null;
  const get = (name: string): string | null => {
    const value: unknown = item.get(name);
    return typeof value === 'string' ? value : null;
  };
  const type = get('type');
  const from = get('from');
  const to = get('to');
  if (!type || !from || !to) return null;
  return [type, from, to, get('key')].filter(Boolean).join(':');
}

function endpointsOf(item: unknown): string[] {
  return isMap(item) ? [item.get('from'), item.get('to')].map(String) : [];
}

function repointSubjects(dir: string, merged: ReadonlyMap<string, string>): void {
  if (merged.size === 0) return;
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !n.includes('curated'))) {
    const file = path.join(dir, name);
    const document = parseDocument(readFileSync(file, 'utf8'));
    const list = document.get('entities', true);
    if (!isSeq(list)) continue;
    let changed = false;
    for (const item of list.items) {
      const subject: unknown = isMap(item) ? item.get('subject') : undefined;
      const kept = typeof subject === 'string' ? merged.get(subject) : undefined;
      if (isMap(item) && kept) {
        item.set('subject', kept);
        changed = true;
      }
    }
    if (changed) writeFileSync(file, document.toString({ lineWidth: 0 }));
  }
}

/**
 * Folds the curated edits into a seed folder: removes the seed entries they replace (same entity id, same fact
 * key) and the facts retired through the API, then writes the curated files beside the others.
 */
export function foldCuration(curation: CurationExport, seedDir: string): { removed: number; written: string[] } {
  const entityIds = new Set(curation.entities.map((e) => String(e.id)));
  const factKeys = new Set<string>();
  for (const [, entries] of curation.facts) {
    for (const entry of entries) factKeys.add(relationshipKey(parseDocument(stringify(entry)).contents) ?? '');
  }
  for (const [, retired] of curation.retired) for (const r of retired) factKeys.add(r.key);

  let removed = 0;
  const prune = (folder: string, listName: string, drop: (item: unknown) => boolean): void => {
    const dir = path.join(seedDir, folder);
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !n.includes('curated'))) {
      const file = path.join(dir, name);
      const document = parseDocument(readFileSync(file, 'utf8'));
      const list = document.get(listName, true);
      if (!isSeq(list)) continue;
      const before = list.items.length;
      list.items = list.items.filter((item) => !drop(item));
      if (list.items.length !== before) {
        removed += before - list.items.length;
        writeFileSync(file, document.toString({ lineWidth: 0 }));
      }
    }
  };
  // A merged-away entity leaves the seeds; its facts were re-pointed to the kept entity and are exported as
  // curated facts, so its seed facts go too; statistics that measured it now measure the kept entity.
  prune(
    'entities',
    'entities',
    (item) => isMap(item) && (entityIds.has(String(item.get('id'))) || curation.merged.has(String(item.get('id')))),
  );
  prune(
    'facts',
    'relationships',
    (item) => factKeys.has(relationshipKey(item) ?? '') || endpointsOf(item).some((id) => curation.merged.has(id)),
  );
  repointSubjects(path.join(seedDir, 'entities'), curation.merged);
  return { removed, written: writeCuration(curation, seedDir) };
}
