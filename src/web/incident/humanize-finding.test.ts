import { describe, expect, it } from 'vitest';
import { humanizeFinding } from './humanize-finding.js';

describe('humanizeFinding', () => {
  it('writes instants in the chosen zone and milestone names in words', () => {
    expect(
      humanizeFinding(
        'detected (2026-03-12T09:00:00.000Z) is before impactStarted (2026-03-12T09:10:00.000Z)',
        'Europe/Paris',
      ),
    ).toBe(
      'Detected (2026-03-12 10:00 Europe/Paris) is before impact started (2026-03-12 10:10 Europe/Paris)',
    );
  });

  it('leaves a message without instants or milestone names as it is', () => {
    expect(humanizeFinding('Check both times and their zones.', 'UTC')).toBe(
      'Check both times and their zones.',
    );
  });
});
