import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [270, '4 min 30 s'],
    [600, '10 min'],
    [7500, '2 h 5 min'],
    [3600, '1 h'],
    [266_400, '3 d 2 h'],
    [-90, '−1 min 30 s'],
  ])('writes %i seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
