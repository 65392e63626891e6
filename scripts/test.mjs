// npm test: builds what the suites need (Nx cache makes this quick), then runs every suite in turn
// and ends with one line "N passed, N failed" that adds them all up.
//   node scripts/test.mjs                   all suites
//   node scripts/test.mjs --suite api ...   only the named suites (see SUITES)
//   node scripts/test.mjs --no-build ...    without the build and type-check step
import fs from 'node:fs';
import path from 'node:path';
import { NX, ROOT, findChromium, onStopSignals, readJson, run, say, stoppedBy } from './lib.mjs';

// Per-run folder (overridable), so a nested run (the hygiene suite signals this script) cannot
// clobber the outer run's results.
const RESULTS = process.env.INVEST_TEST_RESULTS ?? path.join(ROOT, '.test-results', String(process.pid));
const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js');
const NODE_ESM = [process.execPath, '--experimental-vm-modules'];

function jestSuite(name, title, config, extra = []) {
  return {
    name,
    title,
    command: () => [...NODE_ESM, JEST, '-c', config, '--json', `--outputFile=${path.join(RESULTS, `${name}.json`)}`, ...extra],
    count: () => {
      const r = readJson(path.join(RESULTS, `${name}.json`));
      if (!r) return null;
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests + r.numRuntimeErrorTestSuites,
        skipped: r.numPendingTests + r.numTodoTests,
      };
    },
  };
}

const SUITES = [
  jestSuite('backend', 'backend unit', 'backend/jest.config.js'),
  jestSuite('search', 'search library unit', 'search/jest.config.js'),
  jestSuite('integration', 'search, database and API end-to-end (real PostgreSQL + Meilisearch)', 'tests/jest.config.js'),
  {
    name: 'frontend',
    title: 'frontend unit (Vitest + jsdom)',
    cwd: path.join(ROOT, 'frontend'),
    command: () => [
      process.execPath,
      path.join(ROOT, 'node_modules/@angular/cli/bin/ng.js'),
      'test',
      '--watch=false',
      '--reporters=json',
      `--output-file=${path.join(RESULTS, 'frontend.json')}`,
      '--reporters=default',
    ],
    count: () => {
      const r = readJson(path.join(RESULTS, 'frontend.json'));
      if (!r) return null;
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0),
        skipped: r.numPendingTests + (r.numTodoTests ?? 0),
      };
    },
  },
  {
    ...jestSuite('browser', 'browser end-to-end (headless Chromium)', 'tests/jest.browser.config.js'),
    precheck: () => {
      if (findChromium()) return null;
      const how = 'apt-get update && apt-get install -y chromium   (or set CHROME_PATH)';
      if (process.env.CI === 'true') return { fail: `Chromium not found and CI=true: install it with\n    ${how}` };
      return { skip: `Chromium not found: the browser suite is SKIPPED. Install it with\n    ${how}` };
    },
  },
  // Used by the hygiene suite to signal this very script; not part of a normal run.
  { ...jestSuite('hygiene-fixture', 'hygiene fixture', 'tests/hygiene/fixtures/jest.config.js'), explicitOnly: true },
];

const args = process.argv.slice(2);
// --no-build: the caller has built already (the hygiene suite runs this script inside npm test).
const skipBuild = args.includes('--no-build');
const wanted = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--suite') wanted.push(args[++i]);
const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
if (unknown.length) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES.filter((s) => !s.explicitOnly);

onStopSignals('tests');
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });
process.on('exit', () => fs.rmSync(RESULTS, { recursive: true, force: true }));

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

if (!skipBuild && !selected.every((s) => s.explicitOnly)) {
  say('building (Nx, cached)…');
  const build = await run(process.execPath, [NX, 'run-many', '-t', 'build', '--outputStyle=static'], { group: true });
  if (stoppedBy()) {
    console.log(`stopped by ${stoppedBy()} during the build\n0 passed, 1 failed`);
    process.exit(1);
  }
  if (build.code !== 0) {
    say('build failed: no tests were run');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  say('type-checking every package (Nx lint, cached)…');
  const lint = await run(process.execPath, [NX, 'run-many', '-t', 'lint', '--outputStyle=static'], { group: true });
  if (stoppedBy()) {
    console.log(`stopped by ${stoppedBy()} during the type-check\n0 passed, 1 failed`);
    process.exit(1);
  }
  if (lint.code !== 0) {
    lines.push('type-check: FAILED');
    totals.failed += 1;
  }
}

for (const suite of selected) {
  const pre = suite.precheck?.();
  if (pre?.skip) {
    console.warn(`\n!!!!!!!!!!\n!!! ${pre.skip}\n!!!!!!!!!!\n`);
    lines.push(`${suite.title}: SKIPPED (Chromium missing)`);
    totals.skipped += 1;
    continue;
  }
  if (pre?.fail) {
    console.error(`\n${pre.fail}\n`);
    lines.push(`${suite.title}: FAILED (${pre.fail.split('\n')[0]})`);
    totals.failed += 1;
    continue;
  }
  say(`suite: ${suite.title}`);
  const t = Date.now();
  const [cmd, ...cmdArgs] = suite.command();
  const result = await run(cmd, cmdArgs, {
    group: true,
    cwd: suite.cwd ?? ROOT,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  const counted = suite.count();
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (!counted) {
    totals.failed += 1;
    lines.push(`${suite.title}: FAILED before reporting results (exit ${result.code}) in ${seconds} s`);
  } else {
    // A runner that exits non-zero with nothing failed still failed (e.g. an error outside tests).
    const failed = counted.failed || (result.code !== 0 ? 1 : 0);
    totals.passed += counted.passed;
    totals.failed += failed;
    totals.skipped += counted.skipped;
    lines.push(`${suite.title}: ${counted.passed} passed, ${failed} failed${counted.skipped ? `, ${counted.skipped} skipped` : ''} in ${seconds} s`);
  }
  if (stoppedBy()) break;
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (stoppedBy()) {
  console.log(`stopped by ${stoppedBy()}: the run is incomplete`);
  totals.failed += 1;
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || stoppedBy() ? 1 : 0);
