import { describe, expect, it } from 'vitest';
import type { Instant } from '../../domain/instant.js';
import { milestonesFromTimeline } from './milestones-from-timeline.js';
import type { ImportedTimelineEntry } from './timeline-from-blocks.js';

const at = (hhmm: string) => `2026-03-03T${hhmm}:00.000Z` as Instant;
const entry = (hhmm: string | null, text: string, line = 1): ImportedTimelineEntry => ({
  at: hhmm === null ? null : at(hhmm),
  text,
  ambiguous: hhmm === null,
  line,
});

describe('milestonesFromTimeline', () => {
  it('guesses all four milestones from typical wording', () => {
    expect(
      milestonesFromTimeline([
        entry('14:00', 'Deploy of v2 started'),
        entry('14:02', 'Checkout began returning 500s'),
        entry('14:09', 'Error-rate alert fired, on-call paged'),
        entry('14:20', 'Rolled back to v1'),
        entry('14:40', 'Error rate back to normal, incident closed'),
      ]),
    ).toEqual({
      impactStarted: at('14:02'),
      detected: at('14:09'),
      mitigated: at('14:20'),
      resolved: at('14:40'),
    });
  });

  it.each([
    ['Customers began seeing timeouts', 'impactStarted'],
    ['Errors started on /checkout', 'impactStarted'],
    ['API started failing health checks', 'impactStarted'],
    ['A customer reported broken images', 'detected'],
    ['Support noticed the ticket spike', 'detected'],
    ['Anomaly detected by the SLO burn alert', 'detected'],
    ['Failover to the standby region', 'mitigated'],
    ['Traffic drained from zone b', 'mitigated'],
    ['Service recovered partially', 'mitigated'],
    ['Certificate renewed; printing recovered', 'mitigated'],
    ['Duplicate entries began posting to the ledger', 'impactStarted'],
    ['Uploads started queueing', 'impactStarted'],
    ['Finance reported duplicates', 'detected'],
    ['Fully recovered', 'resolved'],
    ['All clear given', 'resolved'],
    ['We closed the incident', 'resolved'],
  ])('reads %j as %s', (text, milestone) => {
    expect(Object.keys(milestonesFromTimeline([entry('10:00', text)]))).toContain(milestone);
  });

  it('does not read a full recovery as a mitigation', () => {
    expect(milestonesFromTimeline([entry('10:00', 'Service fully recovered')])).toEqual({
      resolved: at('10:00'),
    });
  });

  it('ignores negated wording and investigation that merely started', () => {
    expect(
      milestonesFromTimeline([entry('10:00', 'The issue was not resolved by the restart')]),
    ).toEqual({});
    expect(milestonesFromTimeline([entry('10:00', 'Engineers started investigating')])).toEqual({});
  });

  it('takes mitigation and resolution only after detection', () => {
    const result = milestonesFromTimeline([
      entry('09:00', 'Earlier failover drill completed'),
      entry('10:00', 'Alert fired'),
      entry('10:30', 'Failover to replica'),
    ]);
    expect(result.mitigated).toBe(at('10:30'));
  });

  it('uses the earliest instant, not document order, and skips entries without one', () => {
    const result = milestonesFromTimeline([
      entry('10:05', 'Alert fired', 1),
      entry('10:01', 'Customer reported errors', 2),
      entry(null, 'Paged again', 3),
    ]);
    expect(result.detected).toBe(at('10:01'));
  });
});
