import { describe, expect, it } from 'vitest';
import type { IncidentId, TimelineEventId, WorkspaceId } from '../ids.js';
import type { TimelineEvent, TimelineEventKind } from '../timeline-event.js';
import { buildDetectionSourceInput, classifyDetectionSource } from './detection-source.js';
import { at } from './test-builders.js';

function event(n: number, kind: TimelineEventKind, text: string): TimelineEvent {
  return {
    id: `event-${n}` as TimelineEventId,
    workspaceId: 'w' as WorkspaceId,
    incidentId: 'i' as IncidentId,
    at: at(`2026-03-02T10:0${n}:00.000Z`),
    sourceZone: 'UTC',
    kind,
    source: 'manual',
    actor: null,
    text,
    highlight: false,
    links: [],
    change: null,
    version: 1,
    createdAt: at('2026-03-02T11:00:00.000Z'),
    createdBy: 'owner',
  };
}

describe('classifyDetectionSource', () => {
  it.each([
    [[event(1, 'alert', 'Checkout error rate above 5%')], 'alert'],
    [
      [
        event(1, 'communication', 'Support ticket: merchants cannot pay'),
        event(2, 'alert', 'Error rate high'),
      ],
      'customerReport',
    ],
    [
      [event(1, 'note', 'Kim noticed the graphs flatten'), event(2, 'alert', 'Error rate high')],
      'personNoticed',
    ],
    [[event(1, 'action', 'Restarted the pods')], 'unknown'],
    [[], 'unknown'],
  ])('reads %j as %s', (events, source) => {
    expect(classifyDetectionSource(events)).toBe(source);
  });
});

describe('buildDetectionSourceInput', () => {
  it('compares this range with the previous one, leaving unknown sources out', () => {
    const input = buildDetectionSourceInput(
      ['alert', 'customerReport', 'customerReport', 'unknown'],
      ['alert', 'alert', 'alert', 'personNoticed'],
    );
    expect(input.cells).toEqual([
      { value: 'alert', observed: 1, expectedShare: 3 },
      { value: 'customerReport', observed: 2, expectedShare: 0 },
      { value: 'personNoticed', observed: 0, expectedShare: 1 },
    ]);
  });
});
