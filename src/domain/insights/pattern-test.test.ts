import { describe, expect, it } from 'vitest';
import { epochMsOf, type Instant, instantFromEpochMs } from '../instant.js';
import { buildCalendarInputs } from './calendar-patterns.js';
import { buildDeployWindowInput } from './deploy-window.js';
import { testPatterns } from './pattern-test.js';
import { at, seededRandom } from './test-builders.js';

const FROM = at('2026-01-05T00:00:00.000Z');
const TO = at('2026-04-06T00:00:00.000Z');
const SPAN = epochMsOf(TO) - epochMsOf(FROM);
const HOUR = 3_600_000;

function uniformStarts(count: number, random: () => number): Instant[] {
  return Array.from({ length: count }, () =>
    instantFromEpochMs(epochMsOf(FROM) + Math.floor(random() * SPAN)),
  );
}

/** Deploys every 8 hours to one service, as a steady release train. */
const deploys = new Map([
  [
    'checkout',
    Array.from({ length: 91 * 3 + 3 }, (_, i) =>
      instantFromEpochMs(epochMsOf(FROM) - 24 * HOUR + i * 8 * HOUR),
    ),
  ],
]);

function uniformInputs(starts: Instant[]) {
  return [
    ...buildCalendarInputs(starts, FROM, TO, 'UTC'),
    buildDeployWindowInput(
      starts.map((start) => ({ start, service: 'checkout' })),
      deploys,
      FROM,
      TO,
    ),
  ];
}

describe('testPatterns', () => {
  it('reports nothing significant for incidents spread uniformly at random', () => {
    const starts = uniformStarts(400, seededRandom(1));
    const { patterns, tests } = testPatterns(uniformInputs(starts));
    expect(patterns.filter((p) => p.significant)).toEqual([]);
    expect(tests.every((t) => t.skipped === null)).toBe(true);
  });

  it('reports a false pattern in at most 5% of uniform data sets, as the Holm correction promises', () => {
    let withFinding = 0;
    for (let seed = 100; seed < 200; seed++) {
      const { patterns } = testPatterns(uniformInputs(uniformStarts(400, seededRandom(seed))));
      if (patterns.some((p) => p.significant)) withFinding += 1;
    }
    // Family-wise error at most 5% of 100 = 5 expected at worst; allow for binomial spread.
    expect(withFinding).toBeLessThanOrEqual(10);
  });

  it('finds incidents planted in the hour after deploys, and at 14:00 on Tuesdays', () => {
    const random = seededRandom(42);
    const background = uniformStarts(300, random);
    const trainDeploys = deploys
      .get('checkout')!
      .map(epochMsOf)
      .filter((ms) => ms >= epochMsOf(FROM));
    // 60 more incidents within 40 minutes of a deploy, and 25 on Tuesday afternoons at 14:xx.
    const afterDeploy = Array.from({ length: 60 }, () =>
      instantFromEpochMs(
        trainDeploys[Math.floor(random() * trainDeploys.length)]! +
          Math.floor(random() * 40 * 60_000),
      ),
    );
    const tuesdays = Array.from({ length: 25 }, (_, i) =>
      instantFromEpochMs(
        epochMsOf(at('2026-01-06T14:00:00.000Z')) +
          (i % 13) * 7 * 24 * HOUR +
          Math.floor(random() * 50 * 60_000),
      ),
    );
    const starts = [...background, ...afterDeploy, ...tuesdays];
    const { patterns } = testPatterns([
      ...buildCalendarInputs(starts, FROM, TO, 'UTC'),
      buildDeployWindowInput(
        starts.map((start) => ({ start, service: 'checkout' })),
        deploys,
        FROM,
        TO,
      ),
    ]);
    const found = patterns
      .filter((p) => p.significant)
      .map((p) => [p.dimension, p.value, p.direction]);
    expect(found).toContainEqual(['deployWindow', '< 1 h', 'more']);
    expect(found).toContainEqual(['hourOfDay', '14:00', 'more']);
    expect(found).toContainEqual(['dayOfWeek', 'Tuesday', 'more']);
    const window = patterns.find((p) => p.dimension === 'deployWindow' && p.value === '< 1 h')!;
    // Deploys every 8 h: the first hour is 1/8 of the time, so 385 incidents expect 48.1.
    expect(window.expected).toBeCloseTo(385 / 8, 1);
    expect(window.pValue).toBeLessThan(0.001);
  });

  it('does not test a dimension with too few incidents, and says why', () => {
    const { tests, patterns } = testPatterns(
      buildCalendarInputs(uniformStarts(12, seededRandom(7)), FROM, TO, 'UTC'),
    );
    expect(tests[0]!.skipped).toBe('only 12 incidents; at least 20 are needed');
    expect(patterns.every((p) => p.pValue === null && !p.significant)).toBe(true);
  });

  it('does not test cells expecting fewer than five incidents', () => {
    const { patterns } = testPatterns([
      {
        dimension: 'detectionSource',
        scope: null,
        baseline: 'test',
        cells: [
          { value: 'alert', observed: 90, expectedShare: 0.97 },
          { value: 'customerReport', observed: 10, expectedShare: 0.03 },
        ],
      },
    ]);
    expect(patterns.map((p) => [p.value, p.expected, p.pValue === null])).toEqual([
      ['alert', 97, false],
      ['customerReport', 3, true],
    ]);
  });
});
