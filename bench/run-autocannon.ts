/** @module Runs autocannon's CLI in its own process against a URL, so the server keeps its core. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface AutocannonJson {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}

const autocannonCli = createRequire(import.meta.url).resolve('autocannon');

/** `connections` keep-alive connections for `seconds` seconds; one request in flight on each. */
export function runAutocannon(
  url: string,
  options: { connections: number; seconds: number },
): Promise<LoadFigures> {
  const args = [autocannonCli, '--json', '-c', String(options.connections)];
  args.push('-d', String(options.seconds), url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`autocannon exited with ${code}: ${stderr.trim()}`));
        return;
      }
      const result = JSON.parse(stdout) as AutocannonJson;
      resolve({
        requests: result.requests.total,
        requestsPerSecond: result.requests.total / result.duration,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    });
  });
}
