/**
 * A GraphQL server under test, in its own Node process so that its memory is its own: started from dist/ with
 * the environment given, ready once it prints its GraphQL URL. Its memory is read from /proc/<pid>/status:
 * VmHWM (peak resident set since start) and VmRSS, sampled while load runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../projectRoot';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly graphqlUrl: string;
  readonly startupMs: number;
  /** Resident set size now and its peak since the process started, in MiB (null where /proc is missing). */
  memory(): { rssMiB: number; peakRssMiB: number } | null;
  stop(): Promise<void>;
}

export class ServerStartError extends Error {
  override readonly name = 'ServerStartError';
}

function statusField(status: string, field: string): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : null;
}

export function processMemory(pid: number): { rssMiB: number; peakRssMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = statusField(status, 'VmRSS');
    const peak = statusField(status, 'VmHWM');
    return rss === null || peak === null ? null : { rssMiB: rss, peakRssMiB: peak };
  } catch {
    return null;
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts `node <script> ...args` (script relative to the project root) and resolves once its output shows a
 * `http://.../graphql` URL. `nodeOptions` go before the script (e.g. `--cpu-prof`).
 */
export function startServerProcess(options: {
  name: string;
  script: string;
  args?: readonly string[];
  nodeOptions?: readonly string[];
  env: NodeJS.ProcessEnv;
}): Promise<ServerProcess> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeOptions ?? []), path.join(PROJECT_ROOT, options.script), ...(options.args ?? [])],
    { cwd: PROJECT_ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (reason: string): void => {
      clearTimeout(timer);
      if (!exited(child)) child.kill('SIGKILL');
      reject(new ServerStartError(`${options.name} ${reason}: ${output.trim().split('\n').slice(-5).join(' | ')}`));
    };
    const timer = setTimeout(() => fail(`was not ready within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.once('exit', (code) => fail(`exited with ${code} before it was ready`));
    const onOutput = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /(http:\/\/[^\s,]+\/graphql)\b/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.off('data', onOutput);
      child.stderr?.off('data', onOutput);
      // Keep draining the pipes so that a chatty server never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      const pid = child.pid ?? -1;
      resolve({
        name: options.name,
        pid,
        graphqlUrl: url,
        startupMs: Date.now() - started,
        memory: () => processMemory(pid),
        async stop() {
          if (exited(child)) return;
          child.kill('SIGTERM');
          if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
            child.kill('SIGKILL');
            await waitForExit(child, 5000);
          }
        },
      });
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
  });
}

/** Samples a process's resident set while `work` runs; returns the largest sample with the work's result. */
export async function sampleRssDuring<T>(
  server: ServerProcess,
  work: () => Promise<T>,
  everyMs = 200,
): Promise<{ result: T; maxRssMiB: number | null }> {
  let max: number | null = server.memory()?.rssMiB ?? null;
  const timer = setInterval(() => {
    const rss = server.memory()?.rssMiB;
    if (rss !== undefined) max = Math.max(max ?? 0, rss);
  }, everyMs);
  try {
    const result = await work();
    const rss = server.memory()?.rssMiB;
    if (rss !== undefined) max = Math.max(max ?? 0, rss);
    return { result, maxRssMiB: max };
  } finally {
    clearInterval(timer);
  }
}
