/**
 * Writes need an editor's bearer token; reads are open unless READS_REQUIRE_TOKEN is set. A rejected write leaves
 * the graph as it was.
 */
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { graphChecksum } from '../../../src/graph/checksum';
import { startTestApi, type TestApi } from '../../support/api';
import { editorToken, readerToken, signToken, testAuth, TEST_AUDIENCE, TEST_ISSUER } from '../../support/tokens';

const RETIRE = `mutation { retireRelation(id: "MEMBER_OF:russia:sco", reason: "auth test") { id } }`;
const READ = `{ entity(id: "sco") { name } }`;

describe('writes need an editor token', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { auth: testAuth() } });
  });
  afterAll(async () => api.stop());

  it.each([
    ['no token', async () => undefined],
    [
      'a token signed with another secret',
      () => signToken({ sub: 'x', roles: ['editor'] }, { secret: 'another-secret-another-secret-another' }),
    ],
    [
      'an expired token',
      () => signToken({ sub: 'x', roles: ['editor'] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
    ],
    [
      'a token from another issuer',
      () => signToken({ sub: 'x', roles: ['editor'] }, { issuer: 'https://evil.invalid/' }),
    ],
    ['a token without a subject', () => signToken({ roles: ['editor'] })],
    ['garbage', async () => 'not.a.jwt'],
  ])('refuses a write with %s: UNAUTHENTICATED, 401, graph unchanged', async (_name, token) => {
    const before = await graphChecksum(api.db);
    const value = await token();
    const response = await api.graphql(RETIRE, {}, value === undefined ? {} : { token: value });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await graphChecksum(api.db)).toEqual(before);
  });

  it('refuses a reader: FORBIDDEN, 403, graph unchanged', async () => {
    const before = await graphChecksum(api.db);
    const response = await api.graphql(RETIRE, {}, { token: await readerToken() });
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphChecksum(api.db)).toEqual(before);
  });

  it('keeps reads open without a token, and ignores no valid token on reads', async () => {
    expect((await api.graphql(READ)).data).toEqual({ entity: { name: 'Shanghai Cooperation Organisation' } });
  });

  it('lets an editor write, recorded under the token subject', async () => {
    const response = await api.graphql<{ retireRelation: { id: string } }>(
      RETIRE,
      {},
      { token: await editorToken('ed-1') },
    );
    expect(response.errors).toBeUndefined();
    const history = await api.graphql<{ history: { nodes: { by: string; action: string }[] } }>(
      `{ history(entityId: "russia") { nodes { by action } } }`,
    );
    expect(history.data?.history.nodes[0]).toEqual({ by: 'ed-1', action: 'RETIRE_RELATION' });
  });
});

describe('READS_REQUIRE_TOKEN and public keys', () => {
  let api: TestApi;
  let sign: (roles: string[]) => Promise<string>;
  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    sign = (roles) =>
      new SignJWT({ roles })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('es-user')
        .setIssuer(TEST_ISSUER)
        .setAudience(TEST_AUDIENCE)
        .setExpirationTime('5m')
        .sign(privateKey);
    api = await startTestApi({
      config: { auth: testAuth({ secret: null, publicKey: await exportSPKI(publicKey), readsRequireToken: true }) },
    });
  });
  afterAll(async () => api.stop());

  it('refuses a read without a token', async () => {
    const response = await api.graphql(READ);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  });

  it('refuses an HS256 token when the server verifies with a public key', async () => {
    const response = await api.graphql(READ, {}, { token: await editorToken() });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves a read to a reader with an ES256 token', async () => {
    const response = await api.graphql(READ, {}, { token: await sign(['reader']) });
    expect(response.data).toEqual({ entity: { name: 'Shanghai Cooperation Organisation' } });
  });

  it('still refuses a reader a write', async () => {
    const response = await api.graphql(RETIRE, {}, { token: await sign(['reader']) });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
