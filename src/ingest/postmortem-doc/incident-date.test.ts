import { describe, expect, it } from 'vitest';
import type { DocBlock } from './doc-block.js';
import { outlineFromBlocks } from './document-outline.js';
import { type DateSettings, incidentDateOf } from './incident-date.js';

const NO_SETTINGS: DateSettings = { referenceYear: null, dateOrder: null };
const dateOf = (
  blocks: DocBlock[],
  frontMatter: Record<string, string> = {},
  settings = NO_SETTINGS,
) => incidentDateOf(outlineFromBlocks(blocks), blocks, frontMatter, settings);
const heading = (text: string, level = 1): DocBlock => ({ kind: 'heading', level, text, line: 1 });
const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', text, line: 1 });

describe('incidentDateOf', () => {
  it('prefers a labelled date line over a date in the title', () => {
    expect(
      dateOf([heading('Outage of 2026-03-01'), paragraph('Incident date: March 3, 2026')]),
    ).toEqual({
      year: 2026,
      month: 3,
      day: 3,
    });
  });

  it('reads a labelled metadata table row', () => {
    const row: DocBlock = {
      kind: 'row',
      cells: ['Date', '15 Sep 2026'],
      text: 'Date | 15 Sep 2026',
      line: 1,
    };
    expect(dateOf([row])).toEqual({ year: 2026, month: 9, day: 15 });
  });

  it('falls back to the title, then the opening text', () => {
    expect(dateOf([heading('Checkout outage, 2026-05-14')])).toEqual({
      year: 2026,
      month: 5,
      day: 14,
    });
    expect(dateOf([heading('Outage'), paragraph('On 2 April 2026 exports failed.')])).toEqual({
      year: 2026,
      month: 4,
      day: 2,
    });
  });

  it('prefers an incident date in front matter over its publication date', () => {
    expect(
      dateOf([heading('Outage')], { date: '2027-02-19', incident_date: '2027-02-11' }),
    ).toEqual({
      year: 2027,
      month: 2,
      day: 11,
    });
  });

  it('dates a year-less title with referenceYear only', () => {
    expect(dateOf([heading('Outage on March 3')])).toBeNull();
    expect(
      dateOf([heading('Outage on March 3')], {}, { referenceYear: 2026, dateOrder: null }),
    ).toEqual({
      year: 2026,
      month: 3,
      day: 3,
    });
  });

  it('finds no date when day and month order cannot be told', () => {
    expect(dateOf([paragraph('Date: 03/04/2026')])).toBeNull();
    expect(
      dateOf([paragraph('Date: 03/04/2026')], {}, { referenceYear: null, dateOrder: 'dmy' }),
    ).toEqual({
      year: 2026,
      month: 4,
      day: 3,
    });
  });
});
