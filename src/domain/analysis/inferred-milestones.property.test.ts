import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantFromEpochMs } from '../instant.js';
import { MILESTONE_NAMES, type Milestones, NO_MILESTONES } from '../milestones.js';
import { TIMELINE_EVENT_KINDS } from '../timeline-event.js';
import { inferMilestones } from './inferred-milestones.js';
import { buildEvent } from './test-builders.js';

const START = Date.UTC(2026, 2, 12, 9);
const instant = fc
  .integer({ min: 0, max: 6 * 3600 })
  .map((s) => instantFromEpochMs(START + s * 1000));
const texts = [
  'Customer reported failed payments',
  'Page acknowledged',
  'Rolled back the release',
  'Incident resolved',
  'Status page updated',
  'Looking at graphs',
];
const events = fc
  .array(
    fc.record({
      at: instant,
      kind: fc.constantFrom(...TIMELINE_EVENT_KINDS),
      text: fc.constantFrom(...texts),
    }),
    { maxLength: 15 },
  )
  .map((list) => list.map((e, i) => buildEvent({ id: `e${i}`, ...e })));
const explicit = fc.record(
  Object.fromEntries(MILESTONE_NAMES.map((name) => [name, fc.option(instant, { nil: null })])),
) as fc.Arbitrary<Milestones>;

describe('inferMilestones (properties)', () => {
  it('never replaces a milestone set by hand', () => {
    fc.assert(
      fc.property(explicit, events, (set, list) => {
        const result = inferMilestones(set, list);
        for (const name of MILESTONE_NAMES) {
          if (set[name] !== null) {
            expect(result[name]).toEqual({ at: set[name], inferred: false, sourceEventId: null });
          }
        }
      }),
    );
  });

  it('takes every inferred instant from the event it names', () => {
    fc.assert(
      fc.property(events, (list) => {
        const result = inferMilestones(NO_MILESTONES, list);
        for (const name of MILESTONE_NAMES) {
          const { at, inferred, sourceEventId } = result[name];
          expect(inferred).toBe(sourceEventId !== null);
          if (inferred) expect(list.find((e) => e.id === sourceEventId)?.at).toBe(at);
        }
      }),
    );
  });

  it('does not depend on the order the events arrive in', () => {
    fc.assert(
      fc.property(events, (list) => {
        expect(inferMilestones(NO_MILESTONES, [...list].reverse())).toEqual(
          inferMilestones(NO_MILESTONES, list),
        );
      }),
    );
  });
});
