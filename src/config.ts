/**
 * The one reader of the environment. It runs once at start-up, validates every variable and fails fast with a
 * single line naming the variable, what was wrong and an example of a good value. Options passed in code win
 * over the environment.
 */
import path from 'node:path';
import { z } from 'zod';

export interface LocalNeo4jConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly heap: string;
  readonly pageCache: string;
  /** Off by default (Bolt is bound to 127.0.0.1); tests turn it on to prove bad credentials are reported. */
  readonly authEnabled?: boolean;
}

export interface RemoteNeo4jConfig {
  readonly uri: string;
  readonly username: string | null;
  readonly password: string | null;
}

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly production: boolean;
  readonly database: string;
  /** Set when NEO4J_URI is given: use that server and start nothing locally. */
  readonly remote: RemoteNeo4jConfig | null;
  readonly local: LocalNeo4jConfig;
  readonly queryTimeoutMs: number;
  readonly seedOnEmpty: boolean;
  /** How long start-up keeps retrying an unreachable Neo4j (with backoff) before giving up. */
  readonly startupWaitMs: number;
  readonly limits: QueryLimits;
  /** Origins allowed to call the API from a browser (CORS); empty = same origin only. */
  readonly corsOrigins: readonly string[];
  readonly auth: AuthConfig;
}

/**
 * Bearer JWTs: verified with an HS256 secret or a PEM public key (RS256/ES256). Writes always need an `editor`
 * token; reads need any valid token only when `readsRequireToken` is set.
 */
export interface AuthConfig {
  readonly secret: string | null;
  readonly publicKey: string | null;
  readonly issuer: string | null;
  readonly audience: string | null;
  readonly readsRequireToken: boolean;
}

/** Checked before any Cypher runs; every rejection is a coded error naming the limit. */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  /** Largest request body, in bytes (the GraphQL document and its variables). */
  readonly maxBodyBytes: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
    readonly example: string,
  ) {
    super(`${variable}: ${problem} (example: ${variable}=${example})`);
    this.name = 'ConfigError';
  }
}

const MEMORY_SIZE = /^\d+[kmg]$/i;
const NEO4J_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];

interface VariableSpec<T> {
  readonly schema: z.ZodType<T>;
  readonly example: string;
  /** A secret's value is never repeated in an error message (it would end up in logs). */
  readonly secret: boolean;
}

function variable<T>(schema: z.ZodType<T>, example: string, secret = false): VariableSpec<T> {
  return { schema, example, secret };
}

const PEM_PUBLIC_KEY = /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n?$/;

const portText = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be 1 to 65535').max(65535, 'must be 1 to 65535'));

function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be ${min} to ${max}`).max(max, `must be ${min} to ${max}`));
}

const VARIABLES = {
  HOST: variable(z.string().min(1), '127.0.0.1'),
  PORT: variable(portText, '4000'),
  NODE_ENV: variable(z.enum(['development', 'production', 'test']), 'production'),
  NEO4J_URI: variable(
    z.string().refine(
      (value) => {
        try {
          const url = new URL(value);
          return NEO4J_SCHEMES.includes(url.protocol) && url.hostname.length > 0;
        } catch {
          return false;
        }
      },
      `must be a URL with scheme ${NEO4J_SCHEMES.map((s) => s.replace(':', '://')).join(', ')} and a host`,
    ),
    'neo4j+s://abcd1234.databases.neo4j.io',
  ),
  NEO4J_USERNAME: variable(z.string().min(1), 'neo4j'),
  NEO4J_PASSWORD: variable(z.string().min(1), 'a-long-secret'),
  NEO4J_DATABASE: variable(z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name'), 'neo4j'),
  NEO4J_LOCAL_PORT: variable(portText, '7687'),
  NEO4J_DATA_DIR: variable(z.string().min(1), '.data/neo4j'),
  NEO4J_HEAP: variable(z.string().regex(MEMORY_SIZE, 'must be a size such as 512m or 1g'), '1g'),
  NEO4J_PAGECACHE: variable(z.string().regex(MEMORY_SIZE, 'must be a size such as 256m or 1g'), '256m'),
  QUERY_TIMEOUT_MS: variable(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of milliseconds')
      .transform(Number)
      .pipe(z.number().int().min(100, 'must be at least 100').max(600000, 'must be at most 600000')),
    '10000',
  ),
  SEED_ON_EMPTY: variable(z.enum(['true', 'false']), 'true'),
  MAX_DEPTH: variable(wholeNumber(1, 100), '10'),
  MAX_COST: variable(wholeNumber(1, 10_000_000), '20000'),
  MAX_ALIASES: variable(wholeNumber(0, 1000), '20'),
  MAX_DIRECTIVES: variable(wholeNumber(0, 1000), '20'),
  MAX_TOKENS: variable(wholeNumber(10, 1_000_000), '3000'),
  MAX_BODY_BYTES: variable(wholeNumber(1024, 10_000_000), '102400'),
  CORS_ORIGINS: variable(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(/^https?:\/\/[^/\s]+$/, 'must be a comma-separated list of origins such as https://app.example.org'),
        ),
      ),
    'https://analysts.example.org,http://127.0.0.1:5173',
  ),
  NEO4J_STARTUP_WAIT_MS: variable(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of milliseconds')
      .transform(Number)
      .pipe(z.number().int().max(3_600_000, 'must be at most 3600000')),
    '30000',
  ),
  JWT_SECRET: variable(
    z.string().min(32, 'must be at least 32 characters (HS256 needs a 256-bit key)'),
    'a-random-string-of-at-least-32-characters',
    true,
  ),
  JWT_PUBLIC_KEY: variable(
    z
      .string()
      // Environment files often carry a PEM on one line with literal \n.
      .transform((value) => value.replace(/\\n/g, '\n').trim())
      .pipe(z.string().regex(PEM_PUBLIC_KEY, 'must be a PEM public key (-----BEGIN PUBLIC KEY----- ...)')),
    '"-----BEGIN PUBLIC KEY-----\\nMFkw...\\n-----END PUBLIC KEY-----"',
    true,
  ),
  JWT_ISSUER: variable(z.string().min(1), 'https://auth.example.org/'),
  JWT_AUDIENCE: variable(z.string().min(1), 'sco-knowledge-graph'),
  READS_REQUIRE_TOKEN: variable(z.enum(['true', 'false']), 'true'),
} as const;

type VariableName = keyof typeof VARIABLES;
type Environment = Readonly<Record<string, string | undefined>>;

function read<N extends VariableName>(
  env: Environment,
  name: N,
): z.output<(typeof VARIABLES)[N]['schema']> | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const spec = VARIABLES[name];
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const problem = (parsed.error.issues[0]?.message ?? 'is not valid').replace(/^Invalid input: /, '');
    throw new ConfigError(name, spec.secret ? problem : `${JSON.stringify(raw)} ${problem}`, spec.example);
  }
  return parsed.data as z.output<(typeof VARIABLES)[N]['schema']>;
}

function readRemote(env: Environment): RemoteNeo4jConfig | null {
  const uri = read(env, 'NEO4J_URI');
  if (uri === undefined) return null;
  const username = read(env, 'NEO4J_USERNAME');
  const password = read(env, 'NEO4J_PASSWORD');
  // Both or neither: a server with authentication disabled takes none.
  if (username !== undefined && password === undefined) {
    throw new ConfigError('NEO4J_PASSWORD', 'is required when NEO4J_USERNAME is set', VARIABLES.NEO4J_PASSWORD.example);
  }
  if (password !== undefined && username === undefined) {
    throw new ConfigError('NEO4J_USERNAME', 'is required when NEO4J_PASSWORD is set', VARIABLES.NEO4J_USERNAME.example);
  }
  return { uri, username: username ?? null, password: password ?? null };
}

function readAuth(env: Environment): AuthConfig {
  const secret = read(env, 'JWT_SECRET') ?? null;
  const publicKey = read(env, 'JWT_PUBLIC_KEY') ?? null;
  if (secret !== null && publicKey !== null) {
    throw new ConfigError('JWT_PUBLIC_KEY', 'set JWT_SECRET or JWT_PUBLIC_KEY, not both', 'unset');
  }
  const readsRequireToken = read(env, 'READS_REQUIRE_TOKEN') === 'true';
  if (readsRequireToken && secret === null && publicKey === null) {
    throw new ConfigError(
      'JWT_SECRET',
      'is required (or JWT_PUBLIC_KEY) when READS_REQUIRE_TOKEN=true',
      VARIABLES.JWT_SECRET.example,
    );
  }
  return {
    secret,
    publicKey,
    issuer: read(env, 'JWT_ISSUER') ?? null,
    audience: read(env, 'JWT_AUDIENCE') ?? null,
    readsRequireToken,
  };
}

function readLimits(env: Environment): QueryLimits {
  return {
    maxDepth: read(env, 'MAX_DEPTH') ?? 10,
    maxCost: read(env, 'MAX_COST') ?? 20_000,
    maxAliases: read(env, 'MAX_ALIASES') ?? 20,
    maxDirectives: read(env, 'MAX_DIRECTIVES') ?? 20,
    maxTokens: read(env, 'MAX_TOKENS') ?? 3000,
    maxBodyBytes: read(env, 'MAX_BODY_BYTES') ?? 100 * 1024,
  };
}

/** The limits with no environment: what a server runs with unless MAX_* variables say otherwise. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = readLimits({});

export function loadConfig(env: Environment = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = {
    host: read(env, 'HOST') ?? '127.0.0.1',
    port: read(env, 'PORT') ?? 4000,
    production: read(env, 'NODE_ENV') === 'production',
    database: read(env, 'NEO4J_DATABASE') ?? 'neo4j',
    remote: readRemote(env),
    local: {
      port: read(env, 'NEO4J_LOCAL_PORT') ?? 7687,
      dataDir: path.resolve(read(env, 'NEO4J_DATA_DIR') ?? '.data/neo4j'),
      heap: read(env, 'NEO4J_HEAP') ?? '1g',
      pageCache: read(env, 'NEO4J_PAGECACHE') ?? '256m',
    },
    queryTimeoutMs: read(env, 'QUERY_TIMEOUT_MS') ?? 10000,
    seedOnEmpty: (read(env, 'SEED_ON_EMPTY') ?? 'true') === 'true',
    startupWaitMs: read(env, 'NEO4J_STARTUP_WAIT_MS') ?? 30_000,
    limits: readLimits(env),
    corsOrigins: read(env, 'CORS_ORIGINS') ?? [],
    auth: readAuth(env),
  };
  return { ...config, ...overrides };
}
