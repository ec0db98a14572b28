/** @module Benchmark: lints a ~5,000-word review narrative many times and prints median and p99 ms. */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/domain/lint/index.js';

interface Example {
  text: string;
  participants?: string[];
}

const fixture = new URL('../test/fixtures/lint/blame.jsonl', import.meta.url);
const examples = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Example);
const participants = [...new Set(examples.flatMap((example) => example.participants ?? []))];

// Paragraphs of five sentences under a few headings, repeated until the text passes 5,000 words.
const paragraphs: string[] = [];
let words = 0;
for (let i = 0; words < 5000; i += 5) {
  const sentences = Array.from({ length: 5 }, (_, k) => examples[(i + k) % examples.length]!.text);
  if (i % 40 === 0) paragraphs.push(`## Section ${i / 40 + 1}`);
  paragraphs.push(sentences.join(' '));
  words += sentences.join(' ').split(/\s+/).length;
}
const review = paragraphs.join('\n\n');

const MAX_RUNS = 2000;
const BUDGET_MS = 8000;
const timings: number[] = [];
const findings = lintText(review, { kind: 'narrative', participants }).length;
const started = performance.now();
while (timings.length < MAX_RUNS && performance.now() - started < BUDGET_MS) {
  const t0 = performance.now();
  lintText(review, { kind: 'narrative', participants });
  timings.push(performance.now() - t0);
}
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
console.log(
  `lintText: ${words} words, ${review.length} chars, ${findings} findings, ${timings.length} runs`,
);
console.log(`median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms per lint`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
