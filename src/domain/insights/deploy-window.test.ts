import { describe, expect, it } from 'vitest';
import { epochMsOf } from '../instant.js';
import { buildDeployWindowInput, deployWindowIndex, windowCoverage } from './deploy-window.js';
import { at } from './test-builders.js';

const H = 3_600_000;
const ms = (text: string) => epochMsOf(at(text));

describe('deployWindowIndex', () => {
  const deploys = [ms('2026-03-02T10:00:00.000Z'), ms('2026-03-03T10:00:00.000Z')];
  it.each([
    ['2026-03-02T09:59:00.000Z', 3, 'before any deploy'],
    ['2026-03-02T10:00:00.000Z', 0, 'at the deploy itself'],
    ['2026-03-02T11:00:00.000Z', 1, 'exactly one hour after'],
    ['2026-03-02T20:00:00.000Z', 2, 'ten hours after'],
    ['2026-03-03T10:30:00.000Z', 0, 'half an hour after the next deploy'],
    ['2026-03-05T10:30:00.000Z', 3, 'two days after the last'],
  ])('places %s in window %i (%s)', (instant, index) => {
    expect(deployWindowIndex(deploys, ms(instant))).toBe(index);
  });
});

describe('windowCoverage', () => {
  it('splits two days with one deploy at their start into 1 h, 5 h, 18 h and 24 h', () => {
    const cover = windowCoverage(
      [ms('2026-03-02T00:00:00.000Z')],
      ms('2026-03-02T00:00:00.000Z'),
      ms('2026-03-04T00:00:00.000Z'),
    );
    expect(cover.map((c) => c / H)).toEqual([1, 5, 18, 24]);
  });

  it('cuts a window short at the next deploy and counts time before the first as over 24 h', () => {
    const cover = windowCoverage(
      [ms('2026-03-02T02:00:00.000Z'), ms('2026-03-02T05:00:00.000Z')],
      ms('2026-03-02T00:00:00.000Z'),
      ms('2026-03-02T12:00:00.000Z'),
    );
    expect(cover.map((c) => c / H)).toEqual([2, 7, 1, 2]);
  });
});

describe('buildDeployWindowInput', () => {
  it('weights each service’s coverage by its incidents', () => {
    const input = buildDeployWindowInput(
      [
        { start: at('2026-03-02T00:30:00.000Z'), service: 'checkout' },
        { start: at('2026-03-03T00:30:00.000Z'), service: 'search' },
      ],
      new Map([['checkout', [at('2026-03-02T00:00:00.000Z')]]]),
      at('2026-03-02T00:00:00.000Z'),
      at('2026-03-04T00:00:00.000Z'),
    );
    // checkout: 1, 5, 18, 24 of 48 hours; search never deploys: all 48 over 24 h.
    expect(input.cells.map((c) => [c.value, c.observed, c.expectedShare])).toEqual([
      ['< 1 h', 1, 1 / 48],
      ['1–6 h', 0, 5 / 48],
      ['6–24 h', 0, 18 / 48],
      ['> 24 h or none', 1, 24 / 48 + 1],
    ]);
  });
});
