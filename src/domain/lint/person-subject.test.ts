import { describe, expect, it } from 'vitest';
import { BLAME_VERB } from './blame-lexicon.js';
import { locateMatches } from './hits.js';
import { participantPattern } from './participant-pattern.js';
import { findPeople, findSubject } from './person-subject.js';
import { scanText } from './scan-text.js';

function subjectOf(text: string, participants: string[] = []): string | null {
  const scan = scanText(text);
  const people = findPeople(scan, participantPattern(participants));
  const [verb] = locateMatches(BLAME_VERB, scan.lower, scan.tokens);
  const subject = verb && findSubject(scan, people, verb);
  return subject ? text.slice(subject.start, subject.end) : null;
}

describe('findSubject', () => {
  it.each([
    ['Noor forgot the renewal.', ['Noor'], 'Noor'],
    ['They skipped the canary.', [], 'They'],
    ['The engineers were tired and they skipped the canary.', [], 'they'],
    ['Engineering leadership missed the capacity warning.', [], 'leadership'],
    ['We ignored the disk alert for a week.', [], 'We'],
    ['We missed the page because we were asleep.', [], 'We'],
  ])('finds the person subject in %j', (text, participants, subject) => {
    expect(subjectOf(text, participants)).toBe(subject);
  });

  it.each([
    ['The pods crashed and they failed to restart.', []],
    ['Both replicas lagged. They missed the checkpoint.', []],
    ['We missed the spike because the panel averaged all regions.', []],
    ['We missed the alert as it was routed to an archived channel.', []],
    ['The consumers fell behind, so they skipped the checkpoint.', []],
  ])('finds no person subject in %j', (text, participants) => {
    expect(subjectOf(text, participants)).toBeNull();
  });
});
