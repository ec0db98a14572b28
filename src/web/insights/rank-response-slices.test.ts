import { describe, expect, it } from 'vitest';
import type { ResponseFigure } from '../client/types.js';
import { findOverallFigure, rankResponseSlices } from './rank-response-slices.js';

function figure(
  fields: Pick<ResponseFigure, 'dimension' | 'value'> & Partial<ResponseFigure>,
): ResponseFigure {
  return {
    period: 'total',
    metric: 'mttr',
    definition: 'resolved − impact started',
    count: 1,
    median: 600,
    p90: 600,
    mean: 600,
    excluded: 0,
    incidentKeys: ['INC-1'],
    excludedKeys: [],
    ...fields,
  };
}

const valuesOf = (figures: ResponseFigure[]) => figures.map((f) => f.value);

describe('rankResponseSlices', () => {
  it('keeps only the whole-range figures of the chosen dimension and metric', () => {
    const figures = [
      figure({ dimension: 'all', value: 'all' }),
      figure({ dimension: 'severity', value: 'SEV1' }),
      figure({ dimension: 'severity', value: 'SEV2', period: '2026-03' }),
      figure({ dimension: 'severity', value: 'SEV3', metric: 'mttd' }),
      figure({ dimension: 'service', value: 'checkout' }),
    ];
    expect(valuesOf(rankResponseSlices(figures, 'severity', 'mttr'))).toEqual(['SEV1']);
    expect(valuesOf(rankResponseSlices(figures, 'severity', 'mttd'))).toEqual(['SEV3']);
    expect(valuesOf(rankResponseSlices(figures, 'team', 'mttr'))).toEqual([]);
  });

  it.each([
    {
      rule: 'the slowest median first',
      figures: [
        figure({ dimension: 'service', value: 'api', median: 300 }),
        figure({ dimension: 'service', value: 'billing', median: 5_400 }),
        figure({ dimension: 'service', value: 'cdn', median: 1_200 }),
      ],
      expected: ['billing', 'cdn', 'api'],
    },
    {
      rule: 'on equal medians, the slower 90th percentile first',
      figures: [
        figure({ dimension: 'service', value: 'api', median: 600, p90: 700 }),
        figure({ dimension: 'service', value: 'billing', median: 600, p90: 2_000 }),
      ],
      expected: ['billing', 'api'],
    },
    {
      rule: 'then the slice with more incidents measured',
      figures: [
        figure({ dimension: 'service', value: 'api', count: 1 }),
        figure({ dimension: 'service', value: 'billing', count: 4 }),
      ],
      expected: ['billing', 'api'],
    },
    {
      rule: 'then by name, numbers compared as numbers',
      figures: [
        figure({ dimension: 'severity', value: 'SEV10' }),
        figure({ dimension: 'severity', value: 'SEV2' }),
        figure({ dimension: 'severity', value: 'SEV1' }),
      ],
      expected: ['SEV1', 'SEV2', 'SEV10'],
    },
    {
      rule: 'slices with nothing measured last, however many were left out',
      figures: [
        figure({
          dimension: 'severity',
          value: 'SEV1',
          count: 0,
          median: null,
          p90: null,
          excluded: 3,
        }),
        figure({ dimension: 'severity', value: 'SEV3', median: 60, p90: 60 }),
        figure({ dimension: 'severity', value: 'SEV2', median: 0, p90: 0 }),
      ],
      expected: ['SEV3', 'SEV2', 'SEV1'],
    },
  ])('puts $rule', ({ figures, expected }) => {
    const dimension = figures[0]!.dimension as 'severity' | 'service';
    expect(valuesOf(rankResponseSlices(figures, dimension, 'mttr'))).toEqual(expected);
  });

  it('does not reorder the figures it was given', () => {
    const figures = [
      figure({ dimension: 'service', value: 'api', median: 1 }),
      figure({ dimension: 'service', value: 'billing', median: 2 }),
    ];
    rankResponseSlices(figures, 'service', 'mttr');
    expect(valuesOf(figures)).toEqual(['api', 'billing']);
  });
});

describe('findOverallFigure', () => {
  it('finds the whole-range figure over all incidents for the metric', () => {
    const figures = [
      figure({ dimension: 'all', value: 'all', period: '2026-03', median: 1 }),
      figure({ dimension: 'all', value: 'all', metric: 'mtta', median: 2 }),
      figure({ dimension: 'all', value: 'all', median: 3 }),
    ];
    expect(findOverallFigure(figures, 'mttr')?.median).toBe(3);
    expect(findOverallFigure(figures, 'mttm')).toBeUndefined();
  });
});
