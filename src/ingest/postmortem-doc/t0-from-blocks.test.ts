import { describe, expect, it } from 'vitest';
import type { DocBlock } from './doc-block.js';
import { t0FromBlocks } from './t0-from-blocks.js';
import type { TimelineContext } from './timestamp-resolver.js';

const CONTEXT: TimelineContext = {
  incidentDate: { year: 2026, month: 8, day: 20 },
  referenceYear: null,
  noteZone: null,
  firstEntryZone: null,
  defaultZone: null,
  dateOrder: null,
  zoneHints: '',
  t0: null,
};
const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', text, line: 1 });

describe('t0FromBlocks', () => {
  it.each([
    ['T0 = 16:00 UTC, when the first alert fired.', '2026-08-20T16:00:00.000Z'],
    ['T+0 (16:00 UTC) disk alert', '2026-08-20T16:00:00.000Z'],
    [
      'Times are relative to T0, the first alert at 2026-08-21 09:30 UTC.',
      '2026-08-21T09:30:00.000Z',
    ],
  ])('pins T0 from %j', (text, at) => {
    expect(t0FromBlocks([paragraph(text)], CONTEXT)).toBe(at);
  });

  it('finds no T0 when its time has no zone', () => {
    expect(t0FromBlocks([paragraph('T0 = 16:00')], CONTEXT)).toBeNull();
  });

  it('finds no T0 in a document that never names one', () => {
    expect(t0FromBlocks([paragraph('At 16:00 UTC the alert fired.')], CONTEXT)).toBeNull();
  });
});
