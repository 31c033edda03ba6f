#!/usr/bin/env node
/**
 * Turns jest's `--json` result files into the per-file timing table of docs/TEST-TIMINGS.md:
 *
 *   npx jest --selectProjects unit --json --outputFile=unit.json
 *   npx jest --selectProjects integration --runInBand --json --outputFile=integration.json
 *   node scripts/test-timings.mjs unit.json integration.json > table.md
 *
 * Each row: the file, its wall time, its share of its tier, its tests as jest counted them, the `expect(` calls in
 * its source, and the assertions that passed as the tests ran (jest's numPassingAsserts: an `expect` in a loop
 * counts once per pass, one in a beforeAll hook not at all). Compare both before and after a change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

function rows(resultFile) {
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  return result.testResults.map((file) => ({
    file: path.relative(process.cwd(), file.name),
    seconds: (file.endTime - file.startTime) / 1000,
    tests: file.assertionResults.length,
    passed: file.assertionResults.filter((test) => test.status === 'passed').length,
    expects: (readFileSync(file.name, 'utf8').match(/\bexpect\(/g) ?? []).length,
    asserted: file.assertionResults.reduce((sum, test) => sum + (test.numPassingAsserts ?? 0), 0),
  }));
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/test-timings.mjs RESULT.json [RESULT.json ...] (jest --json output files)');
  process.exit(2);
}

for (const resultFile of files) {
  const table = rows(resultFile).sort((a, b) => b.seconds - a.seconds);
  const total = table.reduce((sum, row) => sum + row.seconds, 0);
  const tests = table.reduce((sum, row) => sum + row.tests, 0);
  const expects = table.reduce((sum, row) => sum + row.expects, 0);
  const asserted = table.reduce((sum, row) => sum + row.asserted, 0);
  console.log(
    `### ${path.basename(resultFile)}: ${table.length} files, ${tests} tests, ${expects} expect calls, ` +
      `${asserted} assertions passed, ${total.toFixed(1)} s\n`,
  );
  console.log('| file | seconds | share | tests | passed | expect calls | assertions passed |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of table) {
    const share = total > 0 ? ((100 * row.seconds) / total).toFixed(1) : '0.0';
    console.log(
      `| ${row.file} | ${row.seconds.toFixed(1)} | ${share}% | ${row.tests} | ${row.passed} | ${row.expects} | ` +
        `${row.asserted} |`,
    );
  }
  console.log('');
}
