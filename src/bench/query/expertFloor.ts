/**
 * The true floor (issue 18): for each benchmark question, one Cypher statement written by hand as a Neo4j expert
 * would, not taken from our code. Each reads only what the client asked for (no properties(n) of whole nodes), in
 * one round trip (our API sends two or three), without the label checks and second counting pass that our
 * general-purpose statements carry; it returns the same answer, which is checked before anything is timed. Each
 * statement's PROFILE (db hits, rows) is written beside ours (cypherProfile.ts).
 */
import { fuzzyLuceneQuery, luceneQuery, searchTerms } from '../../graph/read/searchText';
import { PASSAGES_LENT, WEIGHTS } from '../../graph/read/subjects';
import { nameKey } from '../../ingest/rules';
import { RELATIONSHIP_TYPE_NAMES } from '../../ingest/vocabulary';
import {
  NESTED_PAGE,
  nestedDigest,
  PATH_LENGTH,
  PATHS,
  RELATION_PAGE,
  relationDigest,
  SEARCH_HITS,
  TIMELINE_PAGE,
  type AnswerDigest,
} from './analystQueries';
import type { CapturedOperation } from './cypherCapture';
import type { BenchmarkParameters } from './parameters';
import { PAGE, rowsDigest } from './statementQueries';

export interface ExpertStatement {
  readonly name: string;
  readonly cypher: string;
  params(p: BenchmarkParameters, ours: CapturedOperation): Record<string, unknown>;
  /** The answer as the client reads it; `params` are the ones `params()` gave, for answers that need them. */
  digest(records: readonly Record<string, unknown>[], params: Record<string, unknown>): AnswerDigest;
}

const FACTS = RELATIONSHIP_TYPE_NAMES.join('|');
// A relationship never retired has no `retired` property: the cheapest live test there is.
const LIVE = (r: string) => `(${r}.retired IS NULL OR ${r}.retired = false)`;

type Row = Record<string, unknown>;
const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const first = (records: readonly Row[]): Row => records[0] ?? {};
/** Our GraphQL enums spell stored statuses in capitals with underscores: `not-under-consideration` -> ... */
const enumSpelling = (status: unknown): string => String(status).replace(/-/g, '_').toUpperCase();

const entityById: ExpertStatement = {
  name: 'expert_entityById',
  cypher: `MATCH (e:Entity {id: $id})
    RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.subtype AS subtype, e.description AS description,
           e.status AS status`,
  params: (p) => ({ id: p.hubId }),
  digest: (records) => {
    const e = records[0];
    return {
      id: e ? String(e.id) : null,
      name: e ? String(e.name) : null,
      aliases: strings(e?.aliases),
      description: e ? String(e.description ?? '') : null,
    };
  },
};

const organisationMembers: ExpertStatement = {
  name: 'expert_organisationMembers',
  cypher: `MATCH (:Entity {id: $id})<-[r:MEMBER_OF]-(member:Entity)
    WHERE ${LIVE('r')}
    WITH r, member ORDER BY toLower(member.name), r.key
    WITH collect({id: member.id, name: member.name, status: r.status, time: r.timeText, quotes: r.evidenceQuotes}) AS rows
    RETURN size(rows) AS total, rows[0..$first] AS page`,
  params: (p) => ({ id: p.hubId, first: RELATION_PAGE }),
  digest: (records) => {
    const { total, page } = first(records);
    return relationDigest(
      Number(total ?? 0),
      list(page).map((row) => ({
        id: String(row.id),
        status: enumSpelling(row.status).toLowerCase(),
        quotes: strings(row.quotes).length,
      })),
    );
  },
};

const membersAndTheirMemberships: ExpertStatement = {
  name: 'expert_membersAndTheirMemberships',
  cypher: `MATCH (:Entity {id: $id})<-[r:MEMBER_OF]-(member:Entity)
    WHERE ${LIVE('r')}
    WITH r, member ORDER BY toLower(member.name), r.key
    WITH collect({member: member, status: r.status}) AS found
    WITH size(found) AS total, found[0..$first] AS page
    UNWIND page AS row
    WITH total, row.member AS member, row.status AS status
    CALL (member) {
      MATCH (member)-[m:MEMBER_OF]->(target:Entity)
      WHERE ${LIVE('m')}
      WITH m, target ORDER BY toLower(target.name), m.key
      WITH collect(target.id) AS targets
      RETURN size(targets) AS nestedTotal, targets[0..$nestedFirst] AS nestedIds
    }
    RETURN total, member.id AS id, member.name AS name, status, nestedTotal, nestedIds`,
  params: (p) => ({ id: p.hubId, first: RELATION_PAGE, nestedFirst: NESTED_PAGE }),
  digest: (records) =>
    nestedDigest(
      records.map((row) => ({
        id: String(row.id),
        status: enumSpelling(row.status).toLowerCase(),
        nested: { count: Number(row.nestedTotal), ids: strings(row.nestedIds) },
      })),
      Number(records[0]?.total ?? 0),
    ),
};

const pathsBetween: ExpertStatement = {
  name: 'expert_pathsBetween',
  // GQL's ALL SHORTEST with the live test inside the quantified pattern: the search itself skips retired facts
  // and non-entities, instead of filtering whole paths after allShortestPaths found them.
  cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = ALL SHORTEST (a)(()-[r:${FACTS} WHERE ${LIVE('r')}]-(:Entity)){1,${PATH_LENGTH}}(b)
    WITH p, relationships(p) AS hops
    WITH p, hops,
         size([h IN hops WHERE h.status IN $weakStatuses]) AS weak,
         size([h IN hops WHERE h.basis = 'implied']) AS implied,
         size([h IN hops WHERE NOT type(h) IN $structuralTypes]) AS incidental
    ORDER BY weak, implied, incidental, [n IN nodes(p) | n.id], [h IN hops | h.key]
    LIMIT toInteger($first)
    RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.name] AS names,
           [h IN hops | {key: coalesce(h.key, type(h) + ':' + startNode(h).id + ':' + endNode(h).id),
                         type: type(h), status: h.status, quotes: h.evidenceQuotes}] AS hops`,
  params: (p, ours) => {
    const statement = ours.statements.find((s) => s.name.startsWith('shortestPaths_'));
    if (!statement) throw new Error('our paths operation sent no shortestPaths statement');
    return {
      from: p.pathFromId,
      to: p.pathToId,
      first: PATHS,
      weakStatuses: statement.params.weakStatuses,
      structuralTypes: statement.params.structuralTypes,
    };
  },
  digest: (records) => ({
    paths: records.map((row) => {
      const hops = list(row.hops);
      const quotes = hops.reduce((sum, h) => sum + strings(h.quotes).length, 0);
      return `${strings(row.ids).join('>')} (${strings(row.names).join(' > ')}) via ${hops.map((h) => String(h.key)).join(',')} quotes:${quotes}`;
    }),
  }),
};

const timelineWindow: ExpertStatement = {
  name: 'expert_timelineWindow',
  // Events with a stated date (HAPPENED or PLANNED: the question asks for both, so which one each is needs no
  // reading of its sources); both composite indexes (kind, timeEnd) and (kind, timeStart) seek their half of the
  // window; only ids, names and dates' text leave the server. Our order: by the last day an entry can mean.
  cypher: `CALL () {
      MATCH (e:Entity) WHERE e.kind = 'Event' AND e.timeEnd >= $from AND (e.timeStart IS NULL OR e.timeStart <= $to)
      RETURN e
      UNION ALL
      MATCH (e:Entity) WHERE e.kind = 'Event' AND e.timeStart <= $to AND e.timeEnd IS NULL
      RETURN e
    }
    WITH e ORDER BY coalesce(e.timeEnd, '9999-12-31'), coalesce(e.timeStart, '0000-01-01') DESC, e.id
    WITH collect({id: e.id, name: e.name, time: e.timeText}) AS found
    RETURN size(found) AS total, found[0..$first] AS page`,
  params: (p) => ({ from: p.windowFrom, to: p.windowTo, first: TIMELINE_PAGE }),
  digest: (records) => {
    const { total, page } = first(records);
    return {
      count: Number(total ?? 0),
      ids: list(page)
        .map((row) => String(row.id))
        .sort(),
    };
  },
};

const relationKey = (r: string) => `coalesce(${r}.key, type(${r}) + ':' + startNode(${r}).id + ':' + endNode(${r}).id)`;

const hubStatements: ExpertStatement = {
  name: 'expert_hubStatements',
  // A fact stated once keeps its statement in its own properties; from the second on, statementsJson holds them
  // all (src/graph/statements.ts). The client decodes the JSON; the count of live ones is stored.
  cypher: `MATCH (:Entity {id: $id})-[r:${FACTS}]-(other:Entity)
    WHERE ${LIVE('r')}
    WITH r, other ORDER BY type(r), toLower(other.name), r.key
    WITH collect(r) AS found
    RETURN size(found) AS total,
           [r IN found[0..$first] | {id: ${relationKey('r')}, status: r.status, statementCount: r.statementCount,
             statementsJson: r.statementsJson, sourceId: r.sourceId, assertedOn: r.assertedOn,
             quotes: r.evidenceQuotes}] AS page`,
  params: (p) => ({ id: p.hubId, first: PAGE }),
  digest: (records) => {
    const { total, page } = first(records);
    return rowsDigest(
      Number(total ?? 0),
      list(page).map((row) => ({
        id: String(row.id),
        status: enumSpelling(row.status),
        statements: Array.from({ length: Number(row.statementCount ?? 1) }, () => ({ source: { id: '' } })),
      })),
    );
  },
};

const relationsToHub: ExpertStatement = {
  name: 'expert_relationsToHub',
  cypher: `MATCH (:Entity {id: $id})<-[r:MEMBER_OF]-(:Entity)
    WHERE ${LIVE('r')}
    WITH r ORDER BY r.key
    WITH collect({id: ${relationKey('r')}, status: r.status}) AS found
    RETURN size(found) AS total, found[0..$first] AS page`,
  params: (p) => ({ id: p.hubId, first: PAGE }),
  digest: (records) => {
    const { total, page } = first(records);
    return rowsDigest(
      Number(total ?? 0),
      list(page).map((row) => ({ id: String(row.id), status: enumSpelling(row.status) })),
    );
  },
};

const relationsImplied: ExpertStatement = {
  name: 'expert_relationsImplied',
  // No index can answer "every implied fact": one scan of the fact relationships (no label checks on either
  // end: facts only join entities), counting and keeping the top of the order in the same pass.
  cypher: `MATCH ()-[r:${FACTS}]->()
    WHERE r.basis = 'implied' AND ${LIVE('r')}
    WITH r ORDER BY type(r), r.key
    WITH collect(r) AS found
    RETURN size(found) AS total, [r IN found[0..$first] | {id: ${relationKey('r')}, status: r.status}] AS page`,
  params: () => ({ first: PAGE }),
  digest: (records) => {
    const { total, page } = first(records);
    return rowsDigest(
      Number(total ?? 0),
      list(page).map((row) => ({ id: String(row.id), status: enumSpelling(row.status) })),
    );
  },
};

/** Our neighbourhood's defaults: at most 200 nodes, each level reading at most ten times that many relations. */
const NODE_LIMIT = 200;

/**
 * The drawing's node limit, as our API applies it: relations in key order, each new end taken while there is room;
 * a relation is drawn when both its ends are.
 */
function neighbourhoodDigest(records: readonly Row[]): AnswerDigest {
  const { centre, rows } = first(records);
  const nodes = new Set<string>([String(centre)]);
  const edges = new Map<string, Row>();
  for (const row of list(rows)) {
    const other = String(row.other);
    if (!nodes.has(other)) {
      if (nodes.size >= NODE_LIMIT) continue;
      nodes.add(other);
    }
    edges.set(String(row.id), row);
  }
  const drawn = [...edges.values()].filter((row) => nodes.has(String(row.from)) && nodes.has(String(row.to)));
  return {
    nodes: nodes.size,
    ...rowsDigest(
      drawn.length,
      drawn.map((row) => ({ id: String(row.id), status: enumSpelling(row.status) })),
    ),
  };
}

const NEIGHBOUR_ROW = `{id: ${relationKey('r')}, from: startNode(r).id, to: endNode(r).id, other: other.id, status: status}`;

const neighbourhood: ExpertStatement = {
  name: 'expert_neighbourhood',
  cypher: `MATCH (c:Entity {id: $id})
    CALL (c) {
      MATCH (c)-[r:${FACTS}]-(other:Entity)
      WHERE ${LIVE('r')}
      WITH r, other, r.status AS status ORDER BY r.key LIMIT toInteger($rowLimit)
      RETURN collect(${NEIGHBOUR_ROW}) AS rows
    }
    RETURN c.id AS centre, rows`,
  params: (p) => ({ id: p.hubId, rowLimit: NODE_LIMIT * 10 + 1 }),
  digest: neighbourhoodDigest,
};

const neighbourhoodAsOf: ExpertStatement = {
  name: 'expert_neighbourhoodAsOf',
  // As known on the date: the last live statement dated on or before it gives the status (statements.ts keeps
  // them oldest first); a fact stated once is its own single statement.
  cypher: `MATCH (c:Entity {id: $id})
    CALL (c) {
      MATCH (c)-[r:${FACTS}]-(other:Entity)
      WHERE ${LIVE('r')}
      WITH r, other, coalesce(r.statementDates, [r.assertedOn]) AS dates
      WITH r, other, [i IN range(0, size(dates) - 1) WHERE dates[i] <= $asOf] AS known
      WHERE size(known) > 0
      WITH r, other, coalesce(r.statementStatuses, [r.status])[last(known)] AS status ORDER BY r.key
      LIMIT toInteger($rowLimit)
      RETURN collect(${NEIGHBOUR_ROW}) AS rows
    }
    RETURN c.id AS centre, rows`,
  params: (p) => ({ id: p.hubId, asOf: p.windowTo, rowLimit: NODE_LIMIT * 10 + 1 }),
  digest: neighbourhoodDigest,
};

/**
 * Search ranks an entity whose name or alias is exactly the text searched for above every other hit (our
 * liftExactNames): its score gains the best score found. The test is on name keys (Unicode normalisation, case,
 * punctuation), which Cypher cannot compute without APOC, so the client applies it to the rows the statement
 * returns - at most twice the page, sorted by score - and keeps the page.
 */
function liftedIds(records: readonly Row[], text: unknown): string[] {
  const wanted = nameKey(String(text));
  const best = Math.max(0, ...records.map((row) => Number(row.score)));
  return records
    .map((row) => {
      const exact = row.forms !== null && strings(row.forms).some((form) => nameKey(form) === wanted);
      return { id: String(row.id), score: Number(row.score) + (exact ? best : 0) };
    })
    .sort((a, b) => b.score - a.score) // stable: ties keep the statement's order
    .slice(0, SEARCH_HITS)
    .map((hit) => hit.id);
}

const fulltextSearch: ExpertStatement = {
  name: 'expert_fulltextSearch',
  // Names and aliases of one kind: the name index alone, filtered on the kind as it streams, the page cut in the
  // database; name and aliases come back for the exact-name test.
  cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
    WHERE node.kind IN $kinds
    WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
    RETURN node.id AS id, score, [node.name] + coalesce(node.aliases, []) AS forms`,
  params: (p) => ({
    query: luceneQuery(searchTerms(p.searchText)),
    kinds: ['Organisation'],
    first: SEARCH_HITS,
    text: p.searchText,
  }),
  digest: (records, params) => ({ ids: liftedIds(records, params.text) }),
};

// One reason per row: which index found the entity, its weighed score, the text its snippet is cut from.
const INDEX_REASONS = (index: string, kind: string, weight: number, query = '$query') => `
      CALL db.index.fulltext.queryNodes('${index}', ${query}) YIELD node, score
      WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
      RETURN node AS e, '${kind}' AS kind, ${weight} * score AS s, ${kind === 'DESCRIPTION' ? 'node.description' : 'node.name'} AS text`;

const searchAcrossKinds: ExpertStatement = {
  name: 'expert_searchAcrossKinds',
  // Every source of a subject hit in one statement (four index calls and the passages' mentions, as UNION ALL
  // branches), weighed and added up per entity in the database; a close spelling counts only for an entity its
  // name did not find; a passage lends a share of its score, divided by how many entities it mentions and by how
  // widely the entity is mentioned. Then the best paragraphs themselves. The client highlights the snippets.
  cypher: `CALL () {
      CALL () {${INDEX_REASONS('entity_names', 'NAME', WEIGHTS.NAME)}
        UNION ALL${INDEX_REASONS('entity_descriptions', 'DESCRIPTION', WEIGHTS.DESCRIPTION)}
        UNION ALL${INDEX_REASONS('entity_external_aliases', 'EXTERNAL_ALIAS', WEIGHTS.EXTERNAL_ALIAS)}
        UNION ALL
        WITH $fuzzy AS fuzzy WHERE fuzzy IS NOT NULL${INDEX_REASONS('entity_names', 'FUZZY', WEIGHTS.FUZZY, 'fuzzy')}
        UNION ALL
        CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node, score
        WHERE node.kind = 'paragraph'
        WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($passages)
        WITH node, score, COUNT { (node)-[:MENTIONS]->(:Entity) } AS crowd
        MATCH (node)-[:MENTIONS]->(e:Entity)
        WITH e, node, score, crowd, COUNT { (e)<-[:MENTIONS]-(:Passage) } AS mentionedIn
        RETURN e, 'PASSAGE' AS kind,
               ${WEIGHTS.PASSAGE} * score / (1 + log(CASE WHEN mentionedIn > 1 THEN mentionedIn ELSE 1 END))
                 / sqrt(CASE WHEN crowd > 1 THEN crowd ELSE 1 END) AS s,
               node.text AS text
      }
      WITH e, kind, s, text ORDER BY s DESC
      WITH e, collect(kind) AS kinds, collect(text)[0] AS snippetText,
           sum(CASE WHEN kind = 'FUZZY' THEN 0.0 ELSE s END) AS sure, sum(CASE WHEN kind = 'FUZZY' THEN s ELSE 0.0 END) AS close
      WITH e, snippetText, CASE WHEN 'NAME' IN kinds THEN sure ELSE sure + close END AS score
      WITH e, snippetText, score ORDER BY score DESC, e.id LIMIT toInteger($first)
      RETURN e.id AS id, score, snippetText, [e.name] + coalesce(e.aliases, []) AS forms
      UNION ALL
      CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node, score
      WHERE node.kind = 'paragraph'
      WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
      RETURN node.id AS id, score, node.text AS snippetText, null AS forms
    }
    RETURN id, score, snippetText, forms ORDER BY score DESC, forms IS NOT NULL, id`,
  params: (p) => {
    const terms = searchTerms(p.searchText);
    return {
      query: luceneQuery(terms),
      fuzzy: fuzzyLuceneQuery(terms),
      first: SEARCH_HITS,
      passages: PASSAGES_LENT,
      text: p.searchText,
    };
  },
  digest: (records, params) => ({ hits: liftedIds(records, params.text) }),
};

const EXPERT_STATEMENTS: Readonly<Record<string, ExpertStatement>> = {
  entityById,
  organisationMembers,
  membersAndTheirMemberships,
  pathsBetween,
  timelineWindow,
  hubStatements,
  neighbourhood,
  neighbourhoodAsOf,
  relationsToHub,
  relationsImplied,
  fulltextSearch,
  searchAcrossKinds,
};

/** The hand-written statement for a benchmark query; null where none is written yet (the report says so). */
export function expertStatementFor(queryName: string): ExpertStatement | null {
  return EXPERT_STATEMENTS[queryName] ?? null;
}
