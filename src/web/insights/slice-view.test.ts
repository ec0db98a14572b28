import { describe, expect, it } from 'vitest';
import { searchWithSliceView, sliceViewFromSearch } from './slice-view.js';

describe('sliceViewFromSearch', () => {
  it.each([
    ['', { by: 'severity', metric: 'mttr' }],
    ['?slice=service&metric=mtta', { by: 'service', metric: 'mtta' }],
    ['?from=2026-01-01&slice=team', { by: 'team', metric: 'mttr' }],
    ['?slice=region&metric=mtbf', { by: 'severity', metric: 'mttr' }],
    ['?slice=all&metric=MTTD', { by: 'severity', metric: 'mttr' }],
  ])('reads %j as %j', (search, view) => {
    expect(sliceViewFromSearch(search)).toEqual(view);
  });
});

describe('searchWithSliceView', () => {
  it('writes the view and keeps the range already in the address', () => {
    expect(
      searchWithSliceView('?from=2026-01-01&to=2026-03-31&period=week', {
        by: 'service',
        metric: 'mttm',
      }),
    ).toBe('?from=2026-01-01&to=2026-03-31&period=week&slice=service&metric=mttm');
  });

  it('replaces a view already in the address, and reads back as the same view', () => {
    const search = searchWithSliceView('?slice=team&metric=mttd', {
      by: 'severity',
      metric: 'mtta',
    });
    expect(search).toBe('?slice=severity&metric=mtta');
    expect(sliceViewFromSearch(search)).toEqual({ by: 'severity', metric: 'mtta' });
  });
});
