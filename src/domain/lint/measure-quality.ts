/** @module Precision and recall of the checker over labelled examples (used by the quality test and QUALITY.md). */
import { lintText } from './lint-text.js';

export interface BlameExample {
  text: string;
  blame: boolean;
  participants?: string[];
  hindsight?: boolean;
  /** The section a line was appended in, e.g. `added-2026-11-23`; absent for the original set. */
  set?: string;
}

export interface ActionItemExample {
  text: string;
  vague: boolean;
  set?: string;
}

export interface Score {
  size: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Parses JSON Lines, skipping blank lines. */
export function examplesFromJsonl<T>(jsonl: string): T[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Separates the original lines from sections appended later (which carry a `set` tag). */
export function splitAppended<T extends { set?: string }>(
  examples: T[],
): { original: T[]; appended: T[] } {
  return {
    original: examples.filter((example) => example.set === undefined),
    appended: examples.filter((example) => example.set !== undefined),
  };
}

/** Splits examples into the tuned part and the held-out last quarter. */
export function splitHeldOut<T>(examples: T[]): { dev: T[]; heldOut: T[] } {
  const boundary = Math.floor(examples.length * 0.75);
  return { dev: examples.slice(0, boundary), heldOut: examples.slice(boundary) };
}

function scoreOf(labels: boolean[], flags: boolean[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  labels.forEach((label, i) => {
    if (flags[i] && label) tp++;
    else if (flags[i]) fp++;
    else if (label) fn++;
  });
  return {
    size: labels.length,
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** A sentence counts as flagged for blame when it gets an error-severity blame-* finding. */
export function scoreBlame(examples: BlameExample[]): Score {
  const flags = examples.map((example) =>
    lintText(example.text, { kind: 'narrative', participants: example.participants ?? [] }).some(
      (finding) => finding.severity === 'error' && finding.rule.startsWith('blame-'),
    ),
  );
  return scoreOf(
    examples.map((example) => example.blame),
    flags,
  );
}

/** Hindsight warnings scored against the sentences labelled `hindsight` (warnings only). */
export function scoreHindsight(examples: BlameExample[]): Score {
  const unblamed = examples.filter((example) => !example.blame);
  const flags = unblamed.map((example) =>
    lintText(example.text, { kind: 'narrative', participants: example.participants ?? [] }).some(
      (finding) => finding.rule === 'hindsight-counterfactual',
    ),
  );
  return scoreOf(
    unblamed.map((example) => example.hindsight === true),
    flags,
  );
}

/** An item counts as flagged when it gets any vague-* finding. */
export function scoreVagueness(examples: ActionItemExample[]): Score {
  const flags = examples.map((example) =>
    lintText(example.text, { kind: 'actionItem' }).some((finding) =>
      finding.rule.startsWith('vague-'),
    ),
  );
  return scoreOf(
    examples.map((example) => example.vague),
    flags,
  );
}
