/**
 * The README's example queries, through the typed client generated from examples/*.graphql: each runs without
 * errors, its typed result reads as the text says, and the README shows exactly what the API returns today.
 */
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import path from 'node:path';
import {
  BishkekSummitDocument,
  CooperationDocumentsDocument,
  ImpliedFactsDocument,
  IndiaToUnodcDocument,
  MembershipDocument,
  NorovMeetingsDocument,
  QingdaoSummitDocument,
  RatsPartnersDocument,
  RatsStatisticsDocument,
  SearchDrugsDocument,
  TimelineDocument,
} from '../../src/__generated__/client/graphql';
import { request } from '../../src/client/typedClient';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
const client = (): { url: string } => ({ url: `${api.url}/graphql` });
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.stop());

const DOCUMENTS = {
  '01-cooperation-documents.graphql': CooperationDocumentsDocument,
  '02-qingdao-summit.graphql': QingdaoSummitDocument,
  '03-membership.graphql': MembershipDocument,
  '04-norov-meetings.graphql': NorovMeetingsDocument,
  '05-bishkek-summit.graphql': BishkekSummitDocument,
  '06-rats-statistics.graphql': RatsStatisticsDocument,
  '07-path.graphql': IndiaToUnodcDocument,
  '08-search.graphql': SearchDrugsDocument,
  '09-timeline.graphql': TimelineDocument,
  '10-rats-partners.graphql': RatsPartnersDocument,
  '11-implied-facts.graphql': ImpliedFactsDocument,
};

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** The JSON the README shows under an example (non-breaking spaces are shown as spaces there). */
function readmeOutput(file: string): unknown {
  const at = readme.indexOf(`\`examples/${file}\``);
  expect(at).toBeGreaterThan(0);
  const json = /```json\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? '';
  return JSON.parse(json);
}

/** Full-text scores depend on the index's history (documents deleted, merged segments); their order does not. */
const withoutScores = (key: string, value: unknown): unknown => (key === 'score' ? 'a number' : value);

describe('README examples', () => {
  it.each(Object.entries(DOCUMENTS))('%s: the README shows the real output', async (file, document) => {
    const data: unknown = await request(client(), document as TypedDocumentNode<unknown, Record<string, never>>);
    const shown = JSON.parse(JSON.stringify({ data }).replace(/\\u00a0|\u00a0/g, ' '), withoutScores);
    expect(shown).toEqual(JSON.parse(JSON.stringify(readmeOutput(file)), withoutScores));
  });
});

describe('typed results read as the text says', () => {
  it('cooperation documents by status', async () => {
    const data = await request(client(), CooperationDocumentsDocument);
    if (!data.entity || !('signed' in data.entity)) throw new Error('sco is not an Organisation');
    expect(data.entity.signed.totalCount).toBe(11);
    expect(data.entity.beingWorkedOut.nodes.map((n) => n.other.name).sort()).toEqual([
      'United Nations Economic Commission for Europe',
      'World Tourism Organization',
    ]);
  });

  it('statistics come with their bound and period', async () => {
    const data = await request(client(), RatsStatisticsDocument);
    const crimes = data.statistics.nodes.find((n) => 'unit' in n && n.unit === 'terrorist crimes');
    expect(crimes).toMatchObject({
      value: 600,
      bound: 'OVER',
      time: { from: { value: '2013' }, to: { value: '2017' } },
    });
  });
});
