import { describe, expect, it } from 'vitest';
import { findSilences } from './silences.js';
import { at, buildEvent, buildStatusChange } from './test-builders.js';

const THIRTY_MINUTES = 1800;

describe('findSilences', () => {
  it('reports a stretch without entries longer than the threshold', () => {
    const events = [
      buildEvent({ id: 'a', at: at('09:00'), kind: 'action', text: 'Restarted api pods' }),
      buildEvent({ id: 'b', at: at('09:45'), kind: 'note', text: 'Errors continue' }),
    ];
    const silences = findSilences(events, at('09:00'), at('09:45'), THIRTY_MINUTES);
    expect(
      silences.map((s) => [s.start, s.end, s.seconds, s.beforeEventId, s.afterEventId]),
    ).toEqual([[at('09:00'), at('09:45'), 2700, 'a', 'b']]);
  });

  it('names the events before and after in a warning', () => {
    const events = [
      buildEvent({ id: 'a', at: at('09:00'), kind: 'action', text: 'Restarted api pods' }),
      buildEvent({ id: 'b', at: at('09:45'), kind: 'note', text: 'Errors continue' }),
    ];
    const [silence] = findSilences(events, at('09:00'), at('09:45'), THIRTY_MINUTES);
    expect(silence?.finding).toMatchObject({
      rule: 'timeline-silence',
      severity: 'warning',
      message:
        'No timeline entry for 45 min during impact, between 2026-03-12 09:00 UTC [action] "Restarted api pods" and 2026-03-12 09:45 UTC [note] "Errors continue"',
    });
  });

  it('does not report a stretch exactly at the threshold', () => {
    const events = [
      buildEvent({ id: 'a', at: at('09:00'), text: 'Looking at logs' }),
      buildEvent({ id: 'b', at: at('09:30'), text: 'Found the failing query' }),
    ];
    expect(findSilences(events, at('09:00'), at('09:30'), THIRTY_MINUTES)).toEqual([]);
  });

  it('ignores field changes, which are not a record of the work', () => {
    const events = [
      buildEvent({ id: 'a', at: at('09:00'), text: 'Looking at logs' }),
      buildStatusChange('s', at('09:20'), 'investigating', 'mitigated'),
      buildEvent({ id: 'b', at: at('09:40'), text: 'Found the failing query' }),
    ];
    expect(
      findSilences(events, at('09:00'), at('09:40'), THIRTY_MINUTES).map((s) => s.seconds),
    ).toEqual([2400]);
  });

  it('counts from the start of impact to the first entry', () => {
    const events = [buildEvent({ id: 'a', at: at('09:40'), text: 'First look at dashboards' })];
    const [silence] = findSilences(events, at('09:00'), at('09:40'), THIRTY_MINUTES);
    expect([silence?.beforeEventId, silence?.finding.message]).toEqual([
      null,
      'No timeline entry for 40 min during impact, between the start of impact (2026-03-12 09:00 UTC) and 2026-03-12 09:40 UTC [note] "First look at dashboards"',
    ]);
  });

  it('counts from the last entry to resolution', () => {
    const events = [buildEvent({ id: 'a', at: at('09:00'), text: 'Cache flushed' })];
    const [silence] = findSilences(events, at('09:00'), at('10:00'), THIRTY_MINUTES);
    expect([silence?.beforeEventId, silence?.afterEventId, silence?.seconds]).toEqual([
      'a',
      null,
      3600,
    ]);
  });

  it('ignores entries outside the impact window', () => {
    const events = [
      buildEvent({ id: 'pre', at: at('07:00'), text: 'Routine deploy' }),
      buildEvent({ id: 'a', at: at('09:00'), text: 'Cache flushed' }),
      buildEvent({ id: 'post', at: at('12:00'), text: 'Retro scheduled' }),
    ];
    expect(findSilences(events, at('09:00'), at('09:20'), THIRTY_MINUTES)).toEqual([]);
  });

  it('falls back to the first and last entries when the window is unknown', () => {
    const events = [
      buildEvent({ id: 'b', at: at('10:00'), text: 'Second' }),
      buildEvent({ id: 'a', at: at('09:00'), text: 'First' }),
    ];
    expect(
      findSilences(events, null, null, THIRTY_MINUTES).map((s) => [
        s.beforeEventId,
        s.afterEventId,
      ]),
    ).toEqual([['a', 'b']]);
  });
});
