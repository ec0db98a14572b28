import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type DocumentImportOptions,
  type ImportedPostmortem,
  postmortemFromDocument,
} from './postmortem-from-document.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/postmortem-docs');
const MILESTONE_KEYS = ['impactStarted', 'detected', 'mitigated', 'resolved'] as const;

type Expected = {
  options: DocumentImportOptions;
  title: string | null;
  date: string | null;
  timeline: Array<{ contains: string; at: string | null; ambiguous: boolean }>;
  milestones: Partial<Record<(typeof MILESTONE_KEYS)[number], string>>;
  actionItemCount: number;
};

type Score = {
  name: string;
  expectedEntries: number;
  found: number;
  extra: number;
  instantsCorrect: number;
  ambiguityCorrect: number;
  milestonesCorrect: number;
  titleCorrect: boolean;
  dateCorrect: boolean;
  actionItemsCorrect: boolean;
};

/** Scores one import: expected entries are matched in order to the first unused entry containing their text. */
function scoreFixture(name: string, result: ImportedPostmortem, expected: Expected): Score {
  const used = new Set<number>();
  let found = 0;
  let instantsCorrect = 0;
  let ambiguityCorrect = 0;
  for (const want of expected.timeline) {
    const index = result.timeline.findIndex(
      (entry, k) => !used.has(k) && entry.text.includes(want.contains),
    );
    if (index === -1) continue;
    used.add(index);
    found++;
    const entry = result.timeline[index]!;
    if (entry.at === want.at) instantsCorrect++;
    if (entry.ambiguous === want.ambiguous) ambiguityCorrect++;
  }
  const milestonesCorrect = MILESTONE_KEYS.filter(
    (key) => result.milestones[key] === expected.milestones[key],
  ).length;
  return {
    name,
    expectedEntries: expected.timeline.length,
    found,
    extra: result.timeline.length - used.size,
    instantsCorrect,
    ambiguityCorrect,
    milestonesCorrect,
    titleCorrect: result.title === expected.title,
    dateCorrect: result.date === expected.date,
    actionItemsCorrect: result.actionItems.length === expected.actionItemCount,
  };
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

const names = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace(/\.expected\.json$/, ''))
  .sort();

const scores = names.map((name) => {
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'),
  ) as Expected;
  const extension = expected.options.format === 'html' ? 'html' : 'md';
  const text = readFileSync(join(FIXTURES, `${name}.${extension}`), 'utf8');
  return scoreFixture(name, postmortemFromDocument(text, expected.options), expected);
});

const total = (pick: (score: Score) => number) =>
  scores.reduce((sum, score) => sum + pick(score), 0);
const expectedEntries = total((s) => s.expectedEntries);
const figures = {
  documents: scores.length,
  expectedEntries,
  entryRecall: percent(
    total((s) => s.found),
    expectedEntries,
  ),
  extraEntries: total((s) => s.extra),
  instantsCorrect: percent(
    total((s) => s.instantsCorrect),
    expectedEntries,
  ),
  ambiguityCorrect: percent(
    total((s) => s.ambiguityCorrect),
    expectedEntries,
  ),
  milestonesCorrect: percent(
    total((s) => s.milestonesCorrect),
    scores.length * MILESTONE_KEYS.length,
  ),
  titlesCorrect: percent(
    total((s) => (s.titleCorrect ? 1 : 0)),
    scores.length,
  ),
  datesCorrect: percent(
    total((s) => (s.dateCorrect ? 1 : 0)),
    scores.length,
  ),
  actionItemCountsCorrect: percent(
    total((s) => (s.actionItemsCorrect ? 1 : 0)),
    scores.length,
  ),
};

describe('postmortem document fixtures', () => {
  it('has at least 14 fixture documents with expected results', () => {
    expect(scores.length).toBeGreaterThanOrEqual(14);
  });

  it('scores a wrong import below a right one, so the floors can fail', () => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, 'no-zone.expected.json'), 'utf8'),
    ) as Expected;
    const empty = postmortemFromDocument('', { format: 'md' });
    const score = scoreFixture('empty', empty, expected);
    expect([score.found, score.titleCorrect, score.actionItemsCorrect]).toEqual([0, false, false]);
  });

  it('extracts timelines, milestones and titles at or above the measured floors', () => {
    console.log(
      scores
        .map(
          (s) =>
            `${s.name.padEnd(24)} entries ${s.found}/${s.expectedEntries} (+${s.extra} extra)  instants ${s.instantsCorrect}  ambiguity ${s.ambiguityCorrect}  milestones ${s.milestonesCorrect}/4  title ${s.titleCorrect ? 'ok' : 'WRONG'}  date ${s.dateCorrect ? 'ok' : 'WRONG'}  actions ${s.actionItemsCorrect ? 'ok' : 'WRONG'}`,
        )
        .join('\n'),
    );
    console.table(figures);
    // Floors are the figures measured on 2026-11-23 (see README.md), rounded down.
    expect(figures.entryRecall).toBeGreaterThanOrEqual(100);
    expect(figures.extraEntries).toBeLessThanOrEqual(0);
    expect(figures.instantsCorrect).toBeGreaterThanOrEqual(100);
    expect(figures.ambiguityCorrect).toBeGreaterThanOrEqual(100);
    expect(figures.milestonesCorrect).toBeGreaterThanOrEqual(97);
    expect(figures.titlesCorrect).toBeGreaterThanOrEqual(100);
    expect(figures.datesCorrect).toBeGreaterThanOrEqual(100);
    expect(figures.actionItemCountsCorrect).toBeGreaterThanOrEqual(100);
  });
});
