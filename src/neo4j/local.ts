/**
 * The local Neo4j: Neo4j Community 5.26 run from Maven Central's jars through the server's own entry point
 * (org.neo4j.server.CommunityEntryPoint) with a neo4j.conf of ours. No Docker, no tarball.
 *
 * - jars are fetched once by Maven into .cache/neo4j/<version>/lib and reused;
 * - Bolt listens on 127.0.0.1 only; `start` returns only when Bolt answers a query;
 * - `stop` sends SIGTERM, which runs Neo4j's own shutdown (a clean store), and waits for the process to exit.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config';
import { PROJECT_ROOT } from '../projectRoot';

const execFileAsync = promisify(execFile);

const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const CONF_TEMPLATE = path.join(PROJECT_ROOT, 'neo4j', 'neo4j.conf.template');
const COMPLETE_MARKER = '.complete';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/** A problem a user can fix: printed as one line, never as a stack trace. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export interface LocalNeo4j {
  readonly boltUrl: string;
  readonly pid: number;
  /** Stops the server cleanly; safe to call twice. */
  stop(): Promise<void>;
}

export type Log = (line: string) => void;

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`${POM}: no <neo4j.version> property`);
  return match[1];
}

export function jarDirectory(): string {
  return path.join(PROJECT_ROOT, '.cache', 'neo4j', neo4jVersion(), 'lib');
}

async function commandOutput(command: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { timeout: 30_000 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') return null;
    return `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
  }
}

/** Java 17 or newer must be on the PATH (or in JAVA_HOME). */
export async function javaCommand(): Promise<string> {
  const javaHome = process.env.JAVA_HOME;
  const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const output = await commandOutput(java, ['-version']);
  if (output === null) {
    throw new LocalNeo4jError(
      `Java was not found (${java}): the local Neo4j needs Java 17 or newer. Install it (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use a remote Neo4j.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new LocalNeo4jError(
      `Java 17 or newer is needed for Neo4j 5.26, found: ${output.split('\n')[0]?.trim() ?? 'unknown'}. Install openjdk-17 or set JAVA_HOME to a Java 17+ JDK.`,
    );
  }
  return java;
}

/** Fetches the Neo4j jars with Maven unless the cache already holds them. */
export async function ensureJars(log: Log): Promise<string> {
  const lib = jarDirectory();
  if (existsSync(path.join(lib, COMPLETE_MARKER))) return lib;

  const mvnVersion = await commandOutput('mvn', ['-v']);
  if (mvnVersion === null) {
    throw new LocalNeo4jError(
      'Maven (mvn) was not found: it fetches the Neo4j jars from Maven Central once. Install it (Debian: apt-get install maven) or set NEO4J_URI to use a remote Neo4j.',
    );
  }
  const staging = `${lib}.partial`;
  rmSync(staging, { recursive: true, force: true });
  log(`Fetching Neo4j ${neo4jVersion()} jars from Maven Central into ${path.relative(PROJECT_ROOT, lib)} (once) ...`);
  try {
    await execFileAsync(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'],
      { timeout: 20 * 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    const detail = `${failure.stdout ?? ''}${failure.stderr ?? ''}`
      .split('\n')
      .filter((line) => line.includes('ERROR'))
      .slice(0, 3)
      .join(' ');
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars: ${detail || String(error)}`);
  }
  const jars = readdirSync(staging).filter((name) => name.endsWith('.jar'));
  if (!jars.some((name) => name.startsWith('neo4j-server-'))) {
    throw new LocalNeo4jError(`Maven finished but ${staging} holds no neo4j-server jar`);
  }
  writeFileSync(path.join(staging, COMPLETE_MARKER), `${jars.length} jars\n`);
  rmSync(lib, { recursive: true, force: true });
  renameSync(staging, lib);
  log(`Fetched ${jars.length} jars.`);
  return lib;
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalNeo4jError(
              `Bolt port ${port} on 127.0.0.1 is already taken (another Neo4j?). Stop that process or choose another port, e.g. NEO4J_LOCAL_PORT=${port + 1}.`,
            )
          : new LocalNeo4jError(`Cannot bind Bolt port ${port} on 127.0.0.1: ${error.message}`),
      );
    });
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Asks the OS for a free loopback port (for tests). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Writes `<dataDir>/conf/neo4j.conf` from the template; returns the conf directory. */
export function writeConf(config: LocalNeo4jConfig): string {
  const confDir = path.join(config.dataDir, 'conf');
  mkdirSync(confDir, { recursive: true });
  mkdirSync(path.join(config.dataDir, 'logs'), { recursive: true });
  const conf = readFileSync(CONF_TEMPLATE, 'utf8')
    .replaceAll('{{BOLT_PORT}}', String(config.port))
    .replaceAll('{{DATA_DIR}}', config.dataDir)
    .replaceAll('{{PAGECACHE}}', config.pageCache)
    .replaceAll('{{AUTH_ENABLED}}', String(config.authEnabled ?? false));
  writeFileSync(path.join(confDir, 'neo4j.conf'), conf);
  return confDir;
}

function tail(file: string, lines = 8): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function explainEarlyExit(consoleLog: string, code: number | null): LocalNeo4jError {
  const output = tail(consoleLog, 40);
  if (/Another process may be using|store_lock|FileLockException/i.test(output)) {
    return new LocalNeo4jError(
      `The Neo4j data directory is in use by another process (only one Neo4j per data directory). Stop it, or choose another directory with NEO4J_DATA_DIR. Log: ${consoleLog}`,
    );
  }
  if (/Address already in use|BindException/i.test(output)) {
    return new LocalNeo4jError(`Neo4j could not bind its Bolt port: it is already in use. Log: ${consoleLog}`);
  }
  const lastError = output
    .split('\n')
    .reverse()
    .find((line) => /ERROR|Exception/.test(line));
  return new LocalNeo4jError(
    `Neo4j exited during start-up (code ${code}): ${lastError?.trim() ?? 'see log'}. Log: ${consoleLog}`,
  );
}

async function boltAnswers(boltUrl: string): Promise<boolean> {
  const driver = neo4j.driver(boltUrl, undefined, {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    logging: undefined,
  });
  try {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('RETURN 1 AS ready');
      return true;
    } finally {
      await session.close();
    }
  } catch (error) {
    // With authentication on, a refusal proves Bolt is up and answering.
    return String((error as { code?: unknown }).code ?? '').startsWith('Neo.ClientError.Security');
  } finally {
    await driver.close();
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startLocalNeo4j(config: LocalNeo4jConfig, log: Log = () => undefined): Promise<LocalNeo4j> {
  const java = await javaCommand();
  const lib = await ensureJars(log);
  await assertPortFree(config.port);
  const confDir = writeConf(config);
  const consoleLog = path.join(config.dataDir, 'logs', 'console.log');
  const out = openSync(consoleLog, 'a');

  const child = spawn(
    java,
    [
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-cp',
      path.join(lib, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${config.dataDir}`,
      `--config-dir=${confDir}`,
      '--console-mode',
    ],
    { stdio: ['ignore', out, out], cwd: config.dataDir },
  );
  closeSync(out);

  let exitCode: number | null | undefined;
  child.once('exit', (code) => {
    exitCode = code;
  });

  const boltUrl = `bolt://127.0.0.1:${config.port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exitCode !== undefined) throw explainEarlyExit(consoleLog, exitCode);
    if (await boltAnswers(boltUrl)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new LocalNeo4jError(
        `Neo4j did not answer on ${boltUrl} within ${START_TIMEOUT_MS / 1000} s. Log: ${consoleLog}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  let stopping: Promise<void> | null = null;
  return {
    boltUrl,
    pid: child.pid ?? -1,
    stop(): Promise<void> {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
          log(`Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
          child.kill('SIGKILL');
          await waitForExit(child, 10_000);
        }
      })();
      return stopping;
    },
  };
}
