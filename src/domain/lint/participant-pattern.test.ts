import { describe, expect, it } from 'vitest';
import { participantPattern } from './participant-pattern.js';

function namesIn(text: string, participants: string[]): string[] {
  const pattern = participantPattern(participants);
  return pattern ? [...text.matchAll(pattern)].map((m) => m[0]) : [];
}

describe('participantPattern', () => {
  it.each([
    [
      'Alice Moreau paged Bob; later Alice slept.',
      ['Alice Moreau', 'Bob'],
      ['Alice Moreau', 'Bob', 'Alice'],
    ],
    ['Tomás and José restarted it.', ['Tomás', 'José'], ['Tomás', 'José']],
    ["Priya's rollback", ['Priya'], ['Priya']],
    ['Samsung phones and Samuel', ['Sam'], []],
    ['alice lower-case is not a name match', ['Alice'], []],
  ])('finds the names in %j', (text, participants, expected) => {
    expect(namesIn(text, participants)).toEqual(expected);
  });

  it('returns null when there are no participants', () => {
    expect(participantPattern([])).toBeNull();
    expect(participantPattern(['  '])).toBeNull();
  });
});
