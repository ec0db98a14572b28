/** @module Benchmark options: the database from `--db`, sizes from BENCH_* variables. */
import type { BenchDialect } from './bench-database.js';

/** The dialect named by `--db sqlite|postgres` (SQLite when absent). */
export function dialectFromArgs(args: string[]): BenchDialect {
  const index = args.indexOf('--db');
  const value = index === -1 ? 'sqlite' : args[index + 1];
  if (value === 'sqlite' || value === 'postgres') return value;
  throw new Error(`--db: must be sqlite or postgres, not ${String(value)}`);
}

/** A positive whole number from the environment, or `fallback` when unset. */
export function positiveIntFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name}: must be a positive whole number, not ${text}`);
  }
  return value;
}
