import { describe, expect, it } from 'vitest';
import type { Instant } from '../../domain/instant.js';
import { draftSignal, firstLabel } from './draft-signal.js';

const base = {
  source: 'generic' as const,
  dedupeKey: 'k',
  kind: 'event' as const,
  at: '2026-03-12T09:00:00.000Z' as Instant,
  sourceZone: 'UTC',
  title: 'Failover for INC-7',
  text: 'linked to OPS-12',
  service: null,
  actor: null,
  url: null,
  labels: { ticket: 'SUP-301' },
};

describe('draftSignal', () => {
  it('collects incident keys from title, text, labels and extra texts in that order', () => {
    expect(draftSignal(base, ['also INC-7 and INC-8']).incidentKeys).toEqual([
      'INC-7',
      'OPS-12',
      'SUP-301',
      'INC-8',
    ]);
  });
});

describe('firstLabel', () => {
  it.each([
    [{ job: 'api', service: 'checkout' }, 'checkout'],
    [{ job: 'api', app: 'web' }, 'api'],
    [{ service: ' ', app: 'web' }, 'web'],
    [{ team: 'x' }, null],
  ])('picks the service from %j', (labels, expected) => {
    expect(firstLabel(labels, ['service', 'job', 'app'])).toBe(expected);
  });
});
