import { describe, expect, it } from 'vitest';
import type { ServiceId, WorkspaceId } from '../ids.js';
import type { Instant } from '../instant.js';
import { NO_MILESTONES } from '../milestones.js';
import type { Service } from '../service.js';
import { defaultImpactInputs, validateImpactInputs } from './impact-inputs.js';
import { buildImpact } from './test-builders.js';

const t = (hhmm: string) => `2026-03-12T${hhmm}:00.000Z` as Instant;

function service(name: string, revenuePerHour: number | null): Service {
  return {
    id: `svc-${name}` as ServiceId,
    workspaceId: 'ws-1' as WorkspaceId,
    name,
    owningTeam: null,
    sloTarget: null,
    sloWindowDays: 30,
    revenuePerHour,
    tags: [],
    version: 1,
    createdAt: t('00:00'),
    updatedAt: t('00:00'),
  };
}

const catalog = [
  service('checkout', 9000),
  service('search', 3000),
  service('billing', null),
  service('blog', 50),
];

describe('defaultImpactInputs', () => {
  it('sums the revenue per hour of the affected services only', () => {
    const inputs = defaultImpactInputs(
      NO_MILESTONES,
      ['checkout', 'search', 'billing'],
      catalog,
      'EUR',
    );
    expect(inputs.revenuePerHour).toBe(12000);
  });

  it('measures the duration from impact start to mitigation', () => {
    const milestones = {
      ...NO_MILESTONES,
      impactStarted: t('09:00'),
      mitigated: t('09:50'),
      resolved: t('11:00'),
    };
    expect(defaultImpactInputs(milestones, [], catalog, 'EUR').durationMinutes).toBe(50);
  });

  it('measures the duration to resolution when there was no separate mitigation', () => {
    const milestones = { ...NO_MILESTONES, impactStarted: t('09:00'), resolved: t('11:00') };
    expect(defaultImpactInputs(milestones, [], catalog, 'EUR').durationMinutes).toBe(120);
  });

  it('leaves the duration unknown without a start of impact', () => {
    const milestones = { ...NO_MILESTONES, resolved: t('11:00') };
    expect(defaultImpactInputs(milestones, [], catalog, 'EUR').durationMinutes).toBeNull();
  });

  it('assumes total impact until someone narrows it', () => {
    expect(defaultImpactInputs(NO_MILESTONES, [], catalog, 'EUR').impactFraction).toBe(1);
  });
});

describe('validateImpactInputs', () => {
  it('accepts sensible inputs', () => {
    expect(validateImpactInputs(buildImpact())).toEqual([]);
  });

  it.each([
    [
      'a fraction above 1',
      { impactFraction: 1.5 },
      'impactFraction: must be between 0 and 1, got 1.5',
    ],
    ['a negative rate', { hourlyRate: -5 }, 'hourlyRate: must be a number of 0 or more, got -5'],
    [
      'a fractional user count',
      { usersAffected: 10.5 },
      'usersAffected: must be a whole number of 0 or more, got 10.5',
    ],
    [
      'a currency name',
      { currency: 'euro' },
      'currency: must be a three-letter ISO 4217 code such as EUR, got "euro"',
    ],
  ])('refuses %s', (_case, overrides, problem) => {
    expect(validateImpactInputs(buildImpact(overrides))).toEqual([problem]);
  });
});
