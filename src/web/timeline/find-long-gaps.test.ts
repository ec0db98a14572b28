import { describe, expect, it } from 'vitest';
import { findLongGaps } from './find-long-gaps.js';

const MIN = 60_000;

describe('findLongGaps', () => {
  it('reports the quiet stretch between two bursts of events', () => {
    expect(findLongGaps([0, MIN, 2 * MIN, 40 * MIN, 41 * MIN], 10 * MIN)).toEqual([
      { fromMs: 2 * MIN, toMs: 40 * MIN },
    ]);
  });

  it('ignores gaps that are short against the whole incident', () => {
    expect(findLongGaps([0, 15 * MIN, 30 * MIN, 600 * MIN], 10 * MIN, 0.08)).toEqual([
      { fromMs: 30 * MIN, toMs: 600 * MIN },
    ]);
  });

  it.each([[[]], [[5 * MIN]]])(
    'finds nothing on a timeline of fewer than two events (%j)',
    (instants) => {
      expect(findLongGaps(instants, MIN)).toEqual([]);
    },
  );

  it('sorts the instants first', () => {
    expect(findLongGaps([30 * MIN, 0, MIN], 10 * MIN)).toEqual([{ fromMs: MIN, toMs: 30 * MIN }]);
  });
});
