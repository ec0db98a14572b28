import { describe, expect, it } from 'vitest';
import type { DocBlock } from './doc-block.js';
import { outlineFromBlocks, sectionText } from './document-outline.js';

const heading = (text: string, level: number): DocBlock => ({
  kind: 'heading',
  level,
  text,
  line: 1,
});
const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', text, line: 1 });
const item = (text: string): DocBlock => ({ kind: 'item', text, line: 1 });

describe('outlineFromBlocks', () => {
  it('takes the first H1 as the title and splits sections by heading', () => {
    const outline = outlineFromBlocks([
      heading('Checkout outage', 1),
      paragraph('Date: 2026-03-03'),
      heading('Summary', 2),
      paragraph('It broke.'),
      heading('Timeline', 2),
      item('14:03 alert'),
    ]);
    expect(outline.title).toBe('Checkout outage');
    expect(outline.preamble.map((b) => b.text)).toEqual(['Date: 2026-03-03']);
    expect(outline.parts.map((p) => [p.key, p.blocks.map((b) => b.text)])).toEqual([
      ['summary', ['It broke.']],
      ['timeline', ['14:03 alert']],
    ]);
  });

  it('keeps date headings and unknown deeper headings inside the current section', () => {
    const outline = outlineFromBlocks([
      heading('Timeline', 2),
      heading('Tuesday, March 3', 2),
      item('22:30 start'),
      heading('Details', 3),
    ]);
    expect(outline.parts).toHaveLength(1);
    expect(outline.parts[0]?.blocks.map((b) => b.text)).toEqual([
      'Tuesday, March 3',
      '22:30 start',
      'Details',
    ]);
  });

  it('treats a short line naming a known section as its heading', () => {
    const outline = outlineFromBlocks([
      heading('Outage', 1),
      paragraph('Action items:'),
      item('Add alert'),
    ]);
    expect(outline.parts.map((p) => p.key)).toEqual(['actionItems']);
  });

  it('gives unknown sections a camelCase key and does not take a later heading as the title', () => {
    const outline = outlineFromBlocks([
      paragraph('Intro'),
      heading('Background', 2),
      paragraph('Context'),
    ]);
    expect(outline.title).toBeNull();
    expect(outline.parts.map((p) => p.key)).toEqual(['background']);
  });
});

describe('sectionText', () => {
  it('marks list items and keeps rows as text', () => {
    expect(
      sectionText([
        paragraph('Intro'),
        item('one'),
        { kind: 'row', cells: ['a', 'b'], text: 'a | b', line: 1 },
      ]),
    ).toBe('Intro\n- one\na | b');
  });
});
