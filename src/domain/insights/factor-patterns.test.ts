import { describe, expect, it } from 'vitest';
import { buildFactorCategoryInputs, topCounts } from './factor-patterns.js';

describe('buildFactorCategoryInputs', () => {
  it('compares each service with the workspace’s category shares', () => {
    const [checkout, search] = buildFactorCategoryInputs([
      { service: 'checkout', categories: { process: 6, technical: 2 }, triggers: {} },
      { service: 'search', categories: { technical: 4 }, triggers: {} },
    ]);
    expect(checkout).toMatchObject({ dimension: 'factorCategory', scope: 'checkout' });
    expect(checkout!.cells).toEqual([
      { value: 'process', observed: 6, expectedShare: 6 },
      { value: 'technical', observed: 2, expectedShare: 6 },
    ]);
    expect(search!.cells.map((c) => c.observed)).toEqual([0, 4]);
  });
});

describe('topCounts', () => {
  it('orders by count, then name, and keeps the first few', () => {
    expect(topCounts({ deploy: 3, config: 3, capacity: 1, dns: 2 }, 3)).toEqual([
      { value: 'config', count: 3 },
      { value: 'deploy', count: 3 },
      { value: 'dns', count: 2 },
    ]);
  });
});
