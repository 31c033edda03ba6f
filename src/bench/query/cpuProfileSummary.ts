/**
 * Where a server's CPU went, from the `.cpuprofile` that `node --cpu-prof` writes on exit: self time grouped by
 * package (node_modules/<package>, our own files, Node internals, GC) and the functions with the most self time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
}

export interface CpuShare {
  readonly name: string;
  readonly selfMs: number;
  readonly percent: number;
}

export interface CpuProfileSummary {
  readonly totalMs: number;
  /** Time with nothing to run: waiting on Neo4j or the network. */
  readonly idleMs: number;
  readonly byPackage: readonly CpuShare[];
  /** As byPackage, but time in native code and Node internals goes to the package that called into them. */
  readonly byCallingPackage: readonly CpuShare[];
  readonly topFunctions: readonly CpuShare[];
}

/** The package a frame belongs to: `graphql`, `@apollo/server`, `our dist/src/graph/...`, `node:internal` ... */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  if (url.startsWith('node:')) return 'node internals';
  const ours = /\/(dist\/src\/[^/]+)/.exec(url);
  return ours?.[1] ? `ours: ${ours[1].replace('dist/', '')}` : url;
}

function ranked(totals: Map<string, number>, totalMs: number, limit: number): CpuShare[] {
  return [...totals]
    .sort(([, a], [, b]) => b - a)
    .slice(0, limit)
    .map(([name, selfMs]) => ({ name, selfMs, percent: (selfMs * 100) / totalMs }));
}

export function summariseCpuProfile(file: string, limit = 15): CpuProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const sampleMs = totalMs / Math.max(1, profile.samples.length);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byCaller = new Map<string, number>();
  const parentOf = new Map<number, ProfileNode>();
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const callerOf = (node: ProfileNode): string => {
    for (let at: ProfileNode | undefined = node; at; at = parentOf.get(at.id)) {
      const pkg = packageOf(at.callFrame.url, at.callFrame.functionName);
      if (pkg !== 'node internals' && pkg !== '(native)') return pkg;
    }
    return packageOf(node.callFrame.url, node.callFrame.functionName);
  };
  let idleMs = 0;
  for (const node of profile.nodes) {
    const selfMs = (node.hitCount ?? 0) * sampleMs;
    if (selfMs === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleMs += selfMs;
      continue;
    }
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + selfMs);
    const caller = callerOf(nodeById.get(node.id) ?? node);
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + selfMs);
    const where = url ? `${path.basename(url)}:${lineNumber + 1}` : '';
    const fn = `${functionName || '(anonymous)'} ${where} [${pkg}]`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + selfMs);
  }
  const busyMs = totalMs - idleMs;
  return {
    totalMs,
    idleMs,
    byPackage: ranked(byPackage, busyMs, limit),
    byCallingPackage: ranked(byCaller, busyMs, limit),
    topFunctions: ranked(byFunction, busyMs, limit),
  };
}

/** The newest `.cpuprofile` in a directory (node names them by time and pid). */
export function newestCpuProfile(directory: string): string | null {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(directory, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

export function cpuProfileReport(summary: CpuProfileSummary): string {
  const share = (s: CpuShare) => `| ${s.name} | ${s.selfMs.toFixed(0)} | ${s.percent.toFixed(1)} % |`;
  return [
    `Profile of ${(summary.totalMs / 1000).toFixed(1)} s, of which ${(summary.idleMs / 1000).toFixed(1)} s idle ` +
      '(waiting on Neo4j or the network); shares are of the busy time.',
    '',
    '| package | self ms | share |',
    '| --- | ---: | ---: |',
    ...summary.byPackage.map(share),
    '',
    '| package (native and Node-internal time given to its caller) | self ms | share |',
    '| --- | ---: | ---: |',
    ...summary.byCallingPackage.map(share),
    '',
    '| function | self ms | share |',
    '| --- | ---: | ---: |',
    ...summary.topFunctions.map(share),
    '',
  ].join('\n');
}
