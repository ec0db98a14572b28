import { describe, expect, it } from 'vitest';
import type { TimelineEventId } from '../ids.js';
import { DEFAULT_POLICIES } from '../review/policy.js';
import { analyzeIncident } from './incident-analysis.js';
import { at, buildEvent, buildIncident, buildStatusChange } from './test-builders.js';

const events = [
  buildEvent({
    id: 'imp',
    at: at('09:00'),
    kind: 'impact',
    text: 'Card payments fail for EU shoppers',
  }),
  buildEvent({
    id: 'tkt',
    at: at('09:12'),
    kind: 'communication',
    text: 'Support ticket: checkout spins',
  }),
  buildEvent({ id: 'act', at: at('09:15'), kind: 'action', text: 'Opened the payments dashboard' }),
  buildEvent({
    id: 'rb',
    at: at('09:50'),
    kind: 'deploy',
    text: 'Rolled back payments-api to 4.12',
  }),
  buildEvent({ id: 'sp', at: at('09:55'), kind: 'communication', text: 'Status page updated' }),
  buildStatusChange('res', at('10:30'), 'mitigated', 'resolved'),
];

describe('analyzeIncident', () => {
  it('infers the milestones and computes the durations from them', () => {
    const analysis = analyzeIncident(buildIncident(), events, DEFAULT_POLICIES.SEV1);
    expect(analysis.durations).toEqual({
      timeToDetect: 720,
      timeToAcknowledge: 180,
      timeToMitigate: 3000,
      timeToResolve: 5400,
      communicationDelay: 2580,
    });
  });

  it('reports the gaps and silences of the timeline, in phase order', () => {
    const analysis = analyzeIncident(buildIncident(), events, DEFAULT_POLICIES.SEV1);
    expect(analysis.findings.map((f) => f.rule)).toEqual([
      'gap-detection',
      'gap-communication',
      'timeline-silence',
      'timeline-silence',
    ]);
  });

  it('lets an explicit milestone override what the timeline says', () => {
    const incident = buildIncident({
      milestones: { ...buildIncident().milestones, detected: at('09:03') },
    });
    const analysis = analyzeIncident(incident, events, DEFAULT_POLICIES.SEV1);
    expect([analysis.milestones.detected.inferred, analysis.durations.timeToDetect]).toEqual([
      false,
      180,
    ]);
  });

  it("measures acknowledgement from the pager's ack that a signal hint points at", () => {
    const ack = buildEvent({ id: 'pd', at: at('09:20'), kind: 'action', text: 'Taken by Rosa' });
    const hints = new Map([['pd' as TimelineEventId, 'acknowledged' as const]]);
    const analysis = analyzeIncident(
      buildIncident(),
      [...events, ack],
      DEFAULT_POLICIES.SEV1,
      hints,
    );
    expect([
      analysis.milestones.acknowledged.sourceEventId,
      analysis.durations.timeToAcknowledge,
    ]).toEqual(['pd', 480]);
  });

  it('reports milestones that run backwards before anything else', () => {
    const incident = buildIncident({
      milestones: { ...buildIncident().milestones, detected: at('08:30') },
    });
    const analysis = analyzeIncident(incident, events, DEFAULT_POLICIES.SEV1);
    expect(analysis.findings[0]?.rule).toBe('milestone-order');
  });

  it('returns an empty analysis for an empty timeline', () => {
    const analysis = analyzeIncident(buildIncident(), [], DEFAULT_POLICIES.SEV1);
    expect([
      analysis.gaps,
      analysis.silences,
      analysis.findings,
      analysis.durations.timeToResolve,
    ]).toEqual([[], [], [], null]);
  });
});
