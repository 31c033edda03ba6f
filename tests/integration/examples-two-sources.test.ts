/**
 * The README's many-sources examples (examples/two-sources/*.graphql) on the seeds plus the INVENTED second
 * source: each runs without errors and the README shows exactly what the API returns today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApi, type TestApi } from '../support/api';
import { seedTwoSources } from '../support/secondSource';

const ROOT = path.resolve(__dirname, '../..');
const FOLDER = 'examples/two-sources';
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const files = readdirSync(path.join(ROOT, FOLDER)).filter((f) => f.endsWith('.graphql'));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedTwoSources(api.db);
}, 180_000);
afterAll(async () => api.stop());

function readmeOutput(file: string): unknown {
  const at = readme.indexOf(`\`${FOLDER}/${file}\``);
  expect(at).toBeGreaterThan(0);
  return JSON.parse(/```json\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? '');
}

describe('README many-sources examples', () => {
  it('there are some', () => expect(files.length).toBeGreaterThanOrEqual(3));

  it.each(files)('%s: the README shows the real output', async (file) => {
    const response = await api.graphql(readFileSync(path.join(ROOT, FOLDER, file), 'utf8'));
    expect(response.errors).toBeUndefined();
    const shown = JSON.parse(JSON.stringify({ data: response.data }).replace(/\\u00a0|\u00a0/g, ' '));
    expect(shown).toEqual(readmeOutput(file));
  });
});
