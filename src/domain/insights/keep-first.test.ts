import fc from 'fast-check';
import { expect, it } from 'vitest';
import { keepFirst } from './keep-first.js';

it('keeps what a stable sort would put first', () => {
  const entry = fc.record({ rank: fc.integer({ min: 0, max: 5 }), seen: fc.nat() });
  fc.assert(
    fc.property(fc.array(entry), fc.integer({ min: -1, max: 8 }), (values, count) => {
      const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;
      const first: typeof values = [];
      for (const value of values) keepFirst(first, value, count, byRank);
      expect(first).toEqual([...values].sort(byRank).slice(0, Math.max(0, count)));
    }),
  );
});
