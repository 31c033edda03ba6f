/**
 * The loaded graph against the text: every checklist entity, relationship and figure is in Neo4j; each analyst
 * question of the checklist gets the text's answer; every piece of evidence is the source's own words at its
 * offsets; one real-world thing is one node.
 */
import type { GraphDatabase } from '../../src/graph/database';
import {
  checklist,
  isStatisticQuestion,
  type RelationshipQuestion,
  type StatisticQuestion,
} from '../support/checklist';
import { openTestDatabase, resetAndSeed } from '../support/db';

let db: GraphDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  await resetAndSeed(db);
});
afterAll(async () => db.close());

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await db.read({ name: 'test', cypher }, params);
  return result.records.map((r) => r.toObject() as T);
}

describe('entities', () => {
  it('has every checklist entity, with its kind as its label', async () => {
    const found = await rows<{ id: string; kind: string; labels: string[] }>(
      'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.kind AS kind, labels(e) AS labels',
      { ids: checklist.entities.map((e) => e.id) },
    );
    const byId = new Map(found.map((e) => [e.id, e]));
    const missing = checklist.entities.filter((e) => byId.get(e.id)?.kind !== e.kind).map((e) => `${e.kind} ${e.id}`);
    expect(missing).toEqual([]);
    for (const entity of found) expect(entity.labels).toEqual(expect.arrayContaining(['Entity', entity.kind]));
  });

  it('counts per kind match the checklist', async () => {
    const counts = await rows<{ kind: string; n: number }>('MATCH (e:Entity) RETURN e.kind AS kind, count(*) AS n');
    const expected = new Map<string, number>();
    for (const e of checklist.entities) expected.set(e.kind, (expected.get(e.kind) ?? 0) + 1);
    expect(Object.fromEntries(counts.map((c) => [c.kind, c.n]))).toEqual(Object.fromEntries(expected));
  });

  it('gives no name or alias to two nodes', async () => {
    const clashes = await rows<{ name: string; ids: string[] }>(`
      MATCH (e:Entity)
      UNWIND [e.name] + coalesce(e.aliases, []) AS name
      WITH toLower(name) AS name, collect(DISTINCT e.id) AS ids
      WHERE size(ids) > 1
      RETURN name, ids`);
    expect(clashes).toEqual([]);
  });

  it('resolves acronyms and full names used in different places to one node', async () => {
    const [csto] = await rows<{ aliases: string[]; passages: string[] }>(`
      MATCH (e:Entity {id: 'csto'})<-[:MENTIONS]-(p:Passage)
      RETURN e.aliases AS aliases, collect(p.localId) AS passages`);
    expect(csto?.aliases).toContain('CSTO');
    // "CSTO" in q3.p2 and q14.p11; "Collective Security Treaty Organisation (CSTO)" in q4.p6.
    expect(csto?.passages).toEqual(expect.arrayContaining(['q3.p2', 'q4.p6', 'q14.p11']));
  });
});

describe('relationships', () => {
  it('has every checklist relationship with its status', async () => {
    const found = await rows<{ key: string; status: string }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) + ":" + startNode(r).id + ":" + endNode(r).id AS key, r.status AS status',
    );
    const statuses = new Map<string, Set<string>>();
    for (const f of found) statuses.set(f.key, (statuses.get(f.key) ?? new Set()).add(f.status));
    const missing = checklist.relationships
      .filter((r) => !statuses.get(`${r.type}:${r.from}:${r.to}`)?.has(r.status))
      .map((r) => `${r.type} ${r.from} -> ${r.to} (${r.status})`);
    expect(missing).toEqual([]);
  });

  it('keeps negative statements negative', async () => {
    const [afghanistan] = await rows<{ status: string; quote: string }>(`
      MATCH (:State {id: 'afghanistan'})-[r:MEMBER_OF]->(:Organisation {id: 'sco'})
      RETURN r.status AS status, r.evidenceQuotes[0] AS quote`);
    expect(afghanistan?.status).toBe('not-under-consideration');
    expect(afghanistan?.quote.replace(/\s/g, ' ')).toContain('is not currently being considered');
  });

  it('every relationship has evidence whose offsets slice the source to exactly its quote, inside its passage', async () => {
    const evidence = await rows<{
      key: string;
      quotes: string[];
      starts: number[];
      ends: number[];
      passages: string[];
    }>(`
      MATCH (:Entity)-[r]->(:Entity)
      RETURN r.key AS key, r.evidenceQuotes AS quotes, r.evidenceStarts AS starts, r.evidenceEnds AS ends,
             r.evidencePassageIds AS passages`);
    const passages = new Map(
      (
        await rows<{ id: string; start: number; end: number }>(
          'MATCH (p:Passage) RETURN p.id AS id, p.start AS start, p.end AS end',
        )
      ).map((p) => [p.id, p]),
    );
    const [source] = await rows<{ text: string }>('MATCH (s:Source) RETURN s.text AS text');
    const text = source?.text ?? '';
    expect(evidence.length).toBeGreaterThan(250);
    const bad: string[] = [];
    for (const r of evidence) {
      if (r.quotes.length === 0) bad.push(`${r.key}: no evidence`);
      r.quotes.forEach((quote, i) => {
        const start = r.starts[i] ?? -1;
        const end = r.ends[i] ?? -1;
        const passage = passages.get(r.passages[i] ?? '');
        if (text.slice(start, end) !== quote) bad.push(`${r.key}: offsets do not slice to the quote`);
        if (!passage || start < passage.start || end > passage.end) bad.push(`${r.key}: quote outside its passage`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('carries the source date as assertedOn on every fact', async () => {
    const dates = await rows<{ d: string }>('MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT r.assertedOn AS d');
    expect(dates).toEqual([{ d: '2019-03-20' }]);
  });
});

describe('provenance', () => {
  it('splits the source into the lead, 14 numbered sections and their paragraphs', async () => {
    const sections = await rows<{ id: string }>(
      "MATCH (:Source)-[:HAS_PASSAGE]->(p:Passage {kind: 'section'}) RETURN p.localId AS id ORDER BY p.start",
    );
    expect(sections.map((s) => s.id)).toEqual(['title', 'lead', ...Array.from({ length: 14 }, (_, i) => `q${i + 1}`)]);
    const [orphans] = await rows<{ n: number }>(
      "MATCH (p:Passage {kind: 'paragraph'}) WHERE NOT (p)-[:IN_SECTION]->(:Passage) RETURN count(p) AS n",
    );
    expect(orphans?.n).toBe(0);
  });

  it('links entities to every passage that names them, with offsets that slice to the words used', async () => {
    const mentions = await rows<{ id: string; texts: string[]; starts: number[]; ends: number[] }>(`
      MATCH (p:Passage)-[m:MENTIONS]->(e:Entity) RETURN e.id AS id, m.texts AS texts, m.starts AS starts, m.ends AS ends`);
    const [source] = await rows<{ text: string }>('MATCH (s:Source) RETURN s.text AS text');
    for (const m of mentions) {
      m.texts.forEach((t, i) => expect(source?.text.slice(m.starts[i], m.ends[i])).toBe(t));
    }
    // The five paragraphs that say "Qingdao summit", "Qingdao Summit" or "SCO Summit in Qingdao" mention the summit.
    const [qingdao] = await rows<{ passages: string[] }>(`
      MATCH (p:Passage)-[:MENTIONS]->(:Entity {id: 'qingdao-summit-2018'}) RETURN collect(p.localId) AS passages`);
    expect(qingdao?.passages).toEqual(expect.arrayContaining(['q4.p3', 'q4.p11', 'q7.p4', 'q10.p9', 'q13.p5']));
  });
});

describe('analyst questions from the checklist', () => {
  const relationshipQuestions = checklist.questions.filter((q): q is RelationshipQuestion => !isStatisticQuestion(q));
  const statisticQuestions = checklist.questions.filter(isStatisticQuestion);

  it.each(relationshipQuestions.map((q) => [q.question, q] as const))('%s', async (_question, q) => {
    const answers = await rows<{ id: string }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE type(r) = $type AND ($from IS NULL OR a.id = $from) AND ($to IS NULL OR b.id = $to)
         AND ($status IS NULL OR r.status = $status) AND ($role IS NULL OR r.role = $role)
       RETURN DISTINCT CASE WHEN $from IS NULL THEN a.id ELSE b.id END AS id`,
      { type: q.type, from: q.from ?? null, to: q.to ?? null, status: q.status ?? null, role: q.role ?? null },
    );
    expect(answers.map((a) => a.id).sort()).toEqual([...q.expect].sort());
  });

  it.each(statisticQuestions.map((q) => [q.question, q] as const))('%s', async (_question, q: StatisticQuestion) => {
    const found = await rows<Record<string, unknown>>(
      `MATCH (s:Statistic)-[:MEASURES]->(:Entity {id: $subject})
       WHERE s.unit = $unit AND ($counts IS NULL OR s.counts = $counts)
       RETURN s.value AS value, s.bound AS bound, s.total AS total, s.atValue AS date, s.timeText AS dateText,
              s.fromValue AS periodFrom, s.toValue AS periodTo`,
      { subject: q.statistic.subject, unit: q.statistic.unit, counts: q.statistic.counts ?? null },
    );
    expect(found).toHaveLength(1);
    const s = found[0] ?? {};
    expect(s.value).toBe(q.expect.value);
    expect(s.bound).toBe(q.expect.bound);
    if (q.expect.total !== undefined) expect(s.total).toBe(q.expect.total);
    if (q.expect.date !== undefined) expect(s.date).toBe(q.expect.date);
    if (q.expect.dateText !== undefined) expect(s.dateText).toBe(q.expect.dateText);
    if (q.expect.period?.from !== undefined) expect(s.periodFrom).toBe(q.expect.period.from);
    if (q.expect.period?.to !== undefined) expect(s.periodTo).toBe(q.expect.period.to);
  });

  it('has every checklist figure', async () => {
    const found = await rows<{ subject: string; value: number; bound: string; unit: string }>(
      'MATCH (s:Statistic) RETURN s.subject AS subject, s.value AS value, s.bound AS bound, s.unit AS unit',
    );
    const keys = new Set(found.map((s) => `${s.subject}|${s.value}|${s.bound}|${s.unit}`));
    const missing = checklist.statistics.filter((s) => !keys.has(`${s.subject}|${s.value}|${s.bound}|${s.unit}`));
    expect(missing).toEqual([]);
  });
});
