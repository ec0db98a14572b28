import { describe, expect, it } from 'vitest';
import { findConstructionBlame } from './find-construction-blame.js';
import { participantPattern } from './participant-pattern.js';
import { findPeople } from './person-subject.js';
import { scanText } from './scan-text.js';

function spansOf(text: string, participants: string[] = []) {
  const scan = scanText(text);
  const people = findPeople(scan, participantPattern(participants));
  return findConstructionBlame(scan, people).map((hit) => [
    hit.rule,
    text.slice(hit.start, hit.end),
  ]);
}

describe('findConstructionBlame', () => {
  it.each([
    [
      'Oskar pasted the token into the wrong channel.',
      ['Oskar'],
      'Oskar pasted the token into the wrong',
    ],
    ['The developer merged unreviewed code on Friday.', [], 'developer merged unreviewed'],
    [
      'At 03:10 I restarted the cluster without checking the replicas.',
      [],
      'I restarted the cluster without checking',
    ],
    ['It all came down to the reviewer not reading the diff.', [], 'reviewer not reading'],
    [
      'Ines rebooted the primary even though she was told not to.',
      ['Ines'],
      'though she was told not to',
    ],
    [
      'If the approver had opened the plan, the drop would have been caught.',
      [],
      'If the approver had opened',
    ],
    [
      'Had the DBA waited for the backup, we would never have lost the rows.',
      [],
      'Had the DBA waited',
    ],
  ])('blames the person in %j', (text, participants, span) => {
    expect(spansOf(text, participants)).toContainEqual(['blame-person-cause', span]);
  });

  it('reports "this is on <person>" as a verdict', () => {
    expect(spansOf('Honestly this is on Wen.', ['Wen'])).toEqual([
      ['blame-human-error', 'this is on Wen'],
    ]);
  });

  it.each([
    ['Oskar was given the wrong token by the vault script.', ['Oskar']],
    ['The pipeline sent the engineer to the wrong dashboard.', []],
    ['The job ran without checking the replicas.', []],
    ["The engineer didn't merge anything without review.", []],
    ['If the on-call had been paged, the failover would have started sooner.', []],
    ['Had the alert fired, the on-call would have failed over.', []],
    ['If the engineer had access to the console, she restarted it.', []],
    ['It is on the on-call to decide when to fail over.', []],
    ['This is on the roadmap for the platform team.', []],
  ])('does not blame anyone in %j', (text, participants) => {
    expect(spansOf(text, participants)).toEqual([]);
  });
});
