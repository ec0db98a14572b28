import { describe, expect, it } from 'vitest';
import {
  incidentKeysIn,
  milestoneHintOfSignal,
  SIGNAL_KINDS,
  type SignalKind,
  timelineKindOfSignal,
} from './signal.js';

describe('timelineKindOfSignal', () => {
  it.each<[SignalKind, string]>([
    ['alert_fired', 'alert'],
    ['alert_resolved', 'alert'],
    ['page_triggered', 'alert'],
    ['page_acknowledged', 'action'],
    ['page_resolved', 'action'],
    ['deploy_started', 'deploy'],
    ['deploy_succeeded', 'deploy'],
    ['deploy_failed', 'deploy'],
    ['chat_message', 'communication'],
    ['event', 'external'],
  ])('puts a %s signal on the timeline as %s', (kind, expected) => {
    expect(timelineKindOfSignal(kind)).toBe(expected);
  });

  it('has a timeline kind for every signal kind', () => {
    for (const kind of SIGNAL_KINDS) expect(timelineKindOfSignal(kind)).toBeTypeOf('string');
  });
});

describe('milestoneHintOfSignal', () => {
  it.each<[SignalKind, string | null]>([
    ['alert_fired', 'detected'],
    ['page_triggered', 'detected'],
    ['page_acknowledged', 'acknowledged'],
    ['alert_resolved', 'resolved'],
    ['page_resolved', 'resolved'],
    ['deploy_started', null],
    ['deploy_failed', null],
    ['chat_message', null],
    ['event', null],
  ])('suggests %s → %s', (kind, expected) => {
    expect(milestoneHintOfSignal(kind)).toBe(expected);
  });
});

describe('incidentKeysIn', () => {
  it.each<[string, string[], string[]]>([
    [
      'finds keys in order of first mention',
      ['see OPS-7 then INC-42', 'again OPS-7'],
      ['OPS-7', 'INC-42'],
    ],
    ['finds keys in label values', ['INC-42'], ['INC-42']],
    ['ignores lowercase and single-letter prefixes', ['inc-42 and X-9'], []],
    ['ignores standards that look like keys', ['UTF-8, SHA-256, ISO-8601, CVE-2024-1234'], []],
    ['ignores numbers with a leading zero', ['build REL-007'], []],
    ['ignores numbers of ten digits or more', ['INC-1234567890'], []],
    ['does not match inside a longer word', ['xINC-42 INC-42x'], []],
    ['finds keys next to punctuation', ['(INC-42), [SEC-3].'], ['INC-42', 'SEC-3']],
  ])('%s', (_name, texts, expected) => {
    expect(incidentKeysIn(texts)).toEqual(expected);
  });
});
