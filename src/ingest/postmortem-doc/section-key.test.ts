import { describe, expect, it } from 'vitest';
import { otherSectionKey, sectionKeyFromHeading } from './section-key.js';

describe('sectionKeyFromHeading', () => {
  it.each([
    ['Summary', 'summary'],
    ['Overview', 'summary'],
    ['TL;DR', 'summary'],
    ['Executive summary', 'summary'],
    ['1. Incident Summary', 'summary'],
    ['Impact', 'impact'],
    ['Customer impact', 'impact'],
    ['What was affected', 'impact'],
    ['Root cause', 'rootCause'],
    ['Root Causes', 'rootCause'],
    ['Cause', 'rootCause'],
    ['Why it happened', 'rootCause'],
    ['Contributing factors', 'contributingFactors'],
    ['Lessons learned', 'lessons'],
    ['What went well', 'lessons'],
    ['What went wrong', 'lessons'],
    ["What didn't go well", 'lessons'],
    ['Where we got lucky', 'lessons'],
    ['Timeline', 'timeline'],
    ['Timeline (all times UTC)', 'timeline'],
    ['Sequence of events', 'timeline'],
    ['Chronology', 'timeline'],
    ['Action items', 'actionItems'],
    ['Follow-ups', 'actionItems'],
    ['Remediation', 'actionItems'],
    ['Next steps', 'actionItems'],
    ['Corrective actions', 'actionItems'],
    ["What we're changing", 'actionItems'],
    ['5) Action Items:', 'actionItems'],
  ])('maps %j to %s', (heading, key) => {
    expect(sectionKeyFromHeading(heading)).toBe(key);
  });

  it.each(['Background', 'Detection and response', 'Appendix: dashboards'])(
    'knows no section %j',
    (heading) => {
      expect(sectionKeyFromHeading(heading)).toBeNull();
    },
  );
});

describe('otherSectionKey', () => {
  it.each([
    ['Detection and response', 'detectionAndResponse'],
    ['Appendix: dashboards', 'appendixDashboards'],
    ['__proto__', 'proto'],
    ['!!!', null],
  ])('keys %j as %j', (heading, key) => {
    expect(otherSectionKey(heading)).toBe(key);
  });
});
