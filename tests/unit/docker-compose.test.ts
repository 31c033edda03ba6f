/**
 * We cannot run Docker here (no engine), so the compose file's promises are checked by reading it:
 * Neo4j 5.26 Community with credentials from env, a healthcheck and a named volume; the API built from our
 * Dockerfile, waiting for Neo4j's health; every port published on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const root = path.resolve(__dirname, '..', '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const neo4j = compose.services.neo4j as Service;
const api = compose.services.api as Service;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with credentials taken from the environment', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]*\}$/);
  });

  it('gives Neo4j a healthcheck that runs a query, and a named volume for its data', () => {
    expect(neo4j.healthcheck?.test.join(' ')).toContain('RETURN 1');
    const [volume] = (neo4j.volumes ?? [])[0]?.split(':') ?? [];
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('builds the API from our Dockerfile and starts it only when Neo4j is healthy', () => {
    expect(api.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
    expect(readFileSync(path.join(root, 'Dockerfile'), 'utf8')).toMatch(/CMD \["node", "dist\/src\/main\.js"\]/);
    expect(api.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD/);
  });

  it('publishes every port on 127.0.0.1 only', () => {
    const ports = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('keeps secrets out of the file', () => {
    for (const service of Object.values(compose.services)) {
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|AUTH|SECRET/.test(name)) expect(String(value)).toMatch(/\$\{NEO4J_PASSWORD:\?/);
      }
    }
  });
});
