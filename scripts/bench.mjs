#!/usr/bin/env node
// `npm run bench`: builds dist/ (the cold-start bench runs the built CLI), then runs each bench
// listed in BENCHES on SQLite, and on PostgreSQL too when BENCH_DATABASE_URL is set. Each bench prints its
// table and appends a JSON line to .bench/results.jsonl. BENCH_ONLY=name,name runs a subset;
// BENCH_SKIP_BUILD=1 reuses an existing dist/.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

// Each bench is bench/<name>.ts; `dialects: 'both'` runs it once per database with `--db`.
const BENCHES = [
  { name: 'bulk-insert', dialects: 'both' },
  { name: 'http-get-incident', dialects: 'both' },
  { name: 'cold-start', dialects: 'both' },
  { name: 'review-get', dialects: 'sqlite' },
  { name: 'webhook-intake', dialects: 'sqlite' },
  { name: 'import-jsonl', dialects: 'sqlite' },
  { name: 'import-slack', dialects: 'sqlite' },
  { name: 'lint', dialects: 'sqlite' },
  // The two below build 100,000 incidents first: minutes each, the PostgreSQL ones longer.
  { name: 'insights-overview', dialects: 'both' },
  { name: 'library-search', dialects: 'both' },
];
const NAMES = BENCHES.map((bench) => bench.name);
const only = process.env.BENCH_ONLY?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = (only ?? []).filter((name) => !NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`BENCH_ONLY: unknown bench ${unknown.join(', ')} (known: ${NAMES.join(', ')})`);
  process.exit(2);
}
const selected = BENCHES.filter((bench) => !only || only.includes(bench.name));
const dialects = process.env.BENCH_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function printLoad(when) {
  const [one, five] = loadavg();
  console.log(`load average ${when}: ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)`);
}

if (selected.some((bench) => bench.name === 'cold-start') && !process.env.BENCH_SKIP_BUILD) {
  if (run('npm', ['run', 'build']) !== 0) {
    console.error('bench: the build failed; fix it or set BENCH_SKIP_BUILD=1 to reuse dist/');
    process.exit(1);
  }
}

printLoad('before');
const failures = [];
for (const dialect of dialects) {
  for (const { name, dialects: which } of selected) {
    if (which !== 'both' && which !== dialect) continue;
    console.log(`\n== ${name} on ${dialect}`);
    if (run(process.execPath, ['--import', 'tsx', `bench/${name}.ts`, '--db', dialect]) !== 0) {
      failures.push(`${name} on ${dialect}`);
    }
  }
}
printLoad('after');
if (!process.env.BENCH_DATABASE_URL) {
  console.log('PostgreSQL skipped: set BENCH_DATABASE_URL (see BENCHMARKS.md) to bench it too.');
}
if (failures.length > 0) {
  console.error(`bench: failed: ${failures.join('; ')}`);
  process.exit(1);
}
