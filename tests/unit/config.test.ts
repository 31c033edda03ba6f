import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('defaults to the local Neo4j and the loopback interface', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, remote: null, database: 'neo4j', production: false });
    expect(config.local).toMatchObject({
      port: 7687,
      dataDir: path.resolve('.data/neo4j'),
      heap: '1g',
      pageCache: '256m',
    });
  });

  it('uses a remote Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 's',
    });
    expect(config.remote).toEqual({ uri: 'neo4j+s://x.databases.neo4j.io', username: 'neo4j', password: 's' });
  });

  it('lets options given in code win over the environment', () => {
    expect(loadConfig({ PORT: '5000' }, { port: 6000 }).port).toBe(6000);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: "eighty" must be a whole number (example: PORT=4000)'],
    [{ PORT: '70000' }, 'PORT: "70000" must be 1 to 65535 (example: PORT=4000)'],
    [{ NEO4J_URI: 'http://x' }, 'NEO4J_URI: "http://x" must be a URL with scheme'],
    [{ NEO4J_URI: 'bolt://x', NEO4J_USERNAME: 'neo4j' }, 'NEO4J_PASSWORD: is required when NEO4J_USERNAME is set'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP: "lots" must be a size such as 512m or 1g (example: NEO4J_HEAP=1g)'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV: "prod"'],
  ])('refuses %j with one line naming the variable and an example', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads the JWT settings and never repeats a secret in an error', () => {
    const secret = 'x'.repeat(40);
    expect(
      loadConfig({ JWT_SECRET: secret, JWT_ISSUER: 'https://id.example.org/', READS_REQUIRE_TOKEN: 'true' }).auth,
    ).toEqual({
      secret,
      publicKey: null,
      issuer: 'https://id.example.org/',
      audience: null,
      readsRequireToken: true,
    });
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow('JWT_SECRET: must be at least 32 characters');
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(() => loadConfig({ JWT_PUBLIC_KEY: 'not a key' })).toThrow('JWT_PUBLIC_KEY: must be a PEM public key');
    expect(() => loadConfig({ READS_REQUIRE_TOKEN: 'true' })).toThrow('JWT_SECRET: is required (or JWT_PUBLIC_KEY)');
  });
});
