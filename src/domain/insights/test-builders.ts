/** @module Builders of insight facts for tests: fixed instants, overridable fields. */
import type { Instant } from '../instant.js';
import { type Milestones, NO_MILESTONES } from '../milestones.js';
import { defaultImpactInputs } from '../review/impact-inputs.js';
import type { ActionItemFacts, IncidentFacts, ReviewFacts } from './insight-facts.js';

export const at = (text: string) => text as Instant;

/** An incident `INC-n` declared at its impact start (or 2026-03-02T10:00Z). */
export function buildFacts(
  n: number,
  milestones: Partial<Milestones> = {},
  overrides: Partial<IncidentFacts> = {},
): IncidentFacts {
  const all = { ...NO_MILESTONES, ...milestones };
  return {
    id: `incident-${n}`,
    key: `INC-${n}`,
    severity: 'SEV2',
    status: 'resolved',
    services: ['checkout'],
    tags: [],
    milestones: all,
    declaredAt: all.impactStarted ?? at('2026-03-02T10:00:00.000Z'),
    ...overrides,
  };
}

export function buildReviewFacts(
  incidentId: string,
  overrides: Partial<ReviewFacts> = {},
): ReviewFacts {
  return {
    incidentId,
    status: 'published',
    publishedAt: at('2026-03-05T10:00:00.000Z'),
    publishDueAt: null,
    impact: defaultImpactInputs(NO_MILESTONES, [], [], 'EUR'),
    factors: [],
    ...overrides,
  };
}

export function buildItemFacts(
  id: string,
  incidentId: string,
  overrides: Partial<ActionItemFacts> = {},
): ActionItemFacts {
  return {
    id,
    incidentId,
    title: `Item ${id}`,
    owner: 'Ana',
    status: 'open',
    dueDate: '2026-03-10',
    createdAt: at('2026-03-03T09:00:00.000Z'),
    doneAt: null,
    verifiedAt: null,
    ...overrides,
  };
}

/** A deterministic pseudo-random generator (mulberry32), so generated data is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
