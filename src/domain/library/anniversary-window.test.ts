import { describe, expect, it } from 'vitest';
import { anniversaryWindow } from './anniversary-window.js';

describe('anniversaryWindow', () => {
  it.each([
    ['2026-03-17', 'UTC', '2025-03-14T00:00:00.000Z', '2025-03-21T00:00:00.000Z'],
    ['2026-03-12', 'Europe/Paris', '2025-03-08T23:00:00.000Z', '2025-03-15T23:00:00.000Z'],
    ['2026-01-02', 'UTC', '2024-12-30T00:00:00.000Z', '2025-01-06T00:00:00.000Z'],
    ['2028-02-29', 'UTC', '2027-02-25T00:00:00.000Z', '2027-03-04T00:00:00.000Z'],
    ['2026-04-01', 'America/New_York', '2025-03-29T04:00:00.000Z', '2025-04-05T04:00:00.000Z'],
  ])('for %s in %s runs from %s up to %s', (date, zone, from, to) => {
    expect(anniversaryWindow(date, zone)).toEqual({ from, to });
  });

  it.each([['2026-02-30'], ['2026-3-1'], ['yesterday']])(
    'is null for %s, which is not a date',
    (date) => {
      expect(anniversaryWindow(date, 'UTC')).toBeNull();
    },
  );
});
