import { describe, expect, it } from 'vitest';
import { computeWindow } from './compute-window.js';

describe('computeWindow', () => {
  it.each([
    ['the top of a long list', 0, { start: 0, end: 19, offset: 0 }],
    ['the middle of a long list', 56 * 1000, { start: 992, end: 1019, offset: 992 * 56 }],
    ['the bottom of a long list', 56 * 1990, { start: 1982, end: 2000, offset: 1982 * 56 }],
    ['a scroll past the end', 56 * 5000, { start: 2000, end: 2000, offset: 2000 * 56 }],
  ])('renders only the rows around the viewport at %s', (_, scrollTop, expected) => {
    expect(computeWindow(scrollTop, 560, 56, 2000, 8)).toEqual(expected);
  });

  it('renders every row of a list shorter than the viewport', () => {
    expect(computeWindow(0, 560, 56, 3, 8)).toEqual({ start: 0, end: 3, offset: 0 });
  });
});
