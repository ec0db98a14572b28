/** @module Printing a benchmark's figures as a table and appending them to .bench/results.jsonl. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export type FigureRow = [label: string, value: string];

export function printTable(title: string, rows: FigureRow[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const rule = `+${'-'.repeat(width + 2)}+${'-'.repeat(valueWidth + 2)}+`;
  const lines = rows.map(
    ([label, value]) => `| ${label.padEnd(width)} | ${value.padStart(valueWidth)} |`,
  );
  process.stdout.write(`\n${title}\n${rule}\n${lines.join('\n')}\n${rule}\n`);
}

/** Appends one JSON line (figures plus when, where and on what) to .bench/results.jsonl. */
export function appendResult(bench: string, figures: Record<string, unknown>): void {
  const dir = join(process.cwd(), '.bench');
  mkdirSync(dir, { recursive: true });
  const record = {
    bench,
    at: new Date().toISOString(),
    commit: currentCommit(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryBytes: totalmem(),
    loadAverage1m: loadavg()[0],
    ...figures,
  };
  appendFileSync(join(dir, 'results.jsonl'), `${JSON.stringify(record)}\n`);
}

export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function formatMiB(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024, 1)} MiB`;
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** The commit measured: BENCH_COMMIT when the tree is a copy without .git, else HEAD. */
function currentCommit(): string | null {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
