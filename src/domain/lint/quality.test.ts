/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import actionItemsJsonl from '../../../test/fixtures/lint/action-items.jsonl?raw';
import actionItemsFreshJsonl from '../../../test/fixtures/lint/action-items-fresh.jsonl?raw';
import blameJsonl from '../../../test/fixtures/lint/blame.jsonl?raw';
import blameFreshJsonl from '../../../test/fixtures/lint/blame-fresh.jsonl?raw';
import {
  type ActionItemExample,
  type BlameExample,
  examplesFromJsonl,
  type Score,
  scoreBlame,
  scoreHindsight,
  scoreVagueness,
  splitHeldOut,
} from './measure-quality.js';

const blame = examplesFromJsonl<BlameExample>(blameJsonl);
const items = examplesFromJsonl<ActionItemExample>(actionItemsJsonl);
const blameParts = splitHeldOut(blame);
const itemParts = splitHeldOut(items);
const freshBlame = examplesFromJsonl<BlameExample>(blameFreshJsonl);
const freshItems = examplesFromJsonl<ActionItemExample>(actionItemsFreshJsonl);

function row(check: string, part: string, score: Score): string {
  const cells = [check, part, score.size, score.tp, score.fp, score.fn];
  return `| ${cells.join(' | ')} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} |`;
}

describe('language checker quality (figures in QUALITY.md)', () => {
  const blameAll = scoreBlame(blame);
  const vagueAll = scoreVagueness(items);
  const blameFresh = scoreBlame(freshBlame);
  const vagueFresh = scoreVagueness(freshItems);

  it('keeps blame precision and recall over the whole set at or above the recorded floors', () => {
    const table = [
      '| check | part | size | TP | FP | FN | precision | recall |',
      '|---|---|---|---|---|---|---|---|',
      row('blame', 'dev', scoreBlame(blameParts.dev)),
      row('blame', 'held-out', scoreBlame(blameParts.heldOut)),
      row('blame', 'all', blameAll),
      row('blame', 'fresh', blameFresh),
      row('hindsight (warning)', 'all', scoreHindsight(blame)),
      row('vague', 'dev', scoreVagueness(itemParts.dev)),
      row('vague', 'held-out', scoreVagueness(itemParts.heldOut)),
      row('vague', 'all', vagueAll),
      row('vague', 'fresh', vagueFresh),
    ];
    console.log(table.join('\n'));
    expect(blameAll.precision).toBeGreaterThanOrEqual(1);
    expect(blameAll.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps vagueness precision and recall over the whole set at or above the recorded floors', () => {
    expect(vagueAll.precision).toBeGreaterThanOrEqual(1);
    expect(vagueAll.recall).toBeGreaterThanOrEqual(1);
  });

  it('keeps the fresh (never tuned) sets at or above their recorded floors', () => {
    expect(blameFresh.precision).toBeGreaterThanOrEqual(0.77);
    expect(blameFresh.recall).toBeGreaterThanOrEqual(0.43);
    expect(vagueFresh.precision).toBeGreaterThanOrEqual(1);
    expect(vagueFresh.recall).toBeGreaterThanOrEqual(0.73);
  });
});
