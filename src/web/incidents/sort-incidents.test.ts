import { describe, expect, it } from 'vitest';
import type { Incident } from '../client/types.js';
import { sortIncidents } from './sort-incidents.js';

const incident = (key: string, severity: Incident['severity'], createdAt: string) =>
  ({ key, severity, createdAt }) as Incident;

const list = [
  incident('INC-1', 'SEV3', '2026-03-01T10:00:00.000Z'),
  incident('INC-2', 'SEV1', '2026-03-02T10:00:00.000Z'),
  incident('INC-3', 'SEV3', '2026-03-03T10:00:00.000Z'),
  incident('INC-4', 'SEV2', '2026-03-04T10:00:00.000Z'),
];

describe('sortIncidents', () => {
  it('puts the newest incident first', () => {
    expect(sortIncidents(list, 'newest').map((i) => i.key)).toEqual([
      'INC-4',
      'INC-3',
      'INC-2',
      'INC-1',
    ]);
  });

  it('puts the most severe first and the newest first within a severity', () => {
    expect(sortIncidents(list, 'severity').map((i) => i.key)).toEqual([
      'INC-2',
      'INC-4',
      'INC-3',
      'INC-1',
    ]);
  });
});
