import { describe, expect, it } from 'vitest';
import type { DocBlock } from './doc-block.js';
import { firstEntryZoneOf, timelineFromBlocks, zoneStatedIn } from './timeline-from-blocks.js';
import type { TimelineContext } from './timestamp-resolver.js';
import { offsetZone } from './zone-ref.js';

const CONTEXT: TimelineContext = {
  incidentDate: { year: 2026, month: 3, day: 3 },
  referenceYear: null,
  noteZone: offsetZone(0),
  firstEntryZone: null,
  defaultZone: null,
  dateOrder: null,
  zoneHints: '',
  t0: null,
};
const item = (text: string, line = 1): DocBlock => ({ kind: 'item', text, line });
const row = (cells: string[], line = 1): DocBlock => ({
  kind: 'row',
  cells,
  text: cells.join(' | '),
  line,
});

describe('timelineFromBlocks', () => {
  it('reads list lines into entries with the text after the timestamp', () => {
    expect(timelineFromBlocks([item('14:03 — alert fired', 7)], CONTEXT)).toEqual([
      {
        at: '2026-03-03T14:03:00.000Z',
        text: 'alert fired',
        ambiguous: false,
        zone: 'UTC',
        line: 7,
      },
    ]);
  });

  it('skips lines without a timestamp', () => {
    expect(timelineFromBlocks([item('Everyone joined the bridge')], CONTEXT)).toEqual([]);
  });

  it('moves to the day a date heading names', () => {
    const blocks: DocBlock[] = [
      { kind: 'heading', level: 3, text: 'Wednesday, March 4', line: 1 },
      item('00:10 errors started'),
    ];
    expect(timelineFromBlocks(blocks, CONTEXT)[0]?.at).toBe('2026-03-04T00:10:00.000Z');
  });

  it('reads table rows using the header to find the time column and its zone', () => {
    const entries = timelineFromBlocks(
      [row(['Event', 'Time (PST)']), row(['Alert fired', '09:15'])],
      { ...CONTEXT, noteZone: null },
    );
    expect(entries).toEqual([
      {
        at: '2026-03-03T17:15:00.000Z',
        text: 'Alert fired',
        ambiguous: false,
        zone: 'PST',
        line: 1,
      },
    ]);
  });

  it('combines a date cell and a time cell in rows without a header', () => {
    expect(
      timelineFromBlocks([row(['2026-03-05', '10:00', 'Rolled back'])], CONTEXT)[0],
    ).toMatchObject({
      at: '2026-03-05T10:00:00.000Z',
      text: 'Rolled back',
    });
  });

  it('reads one entry per prose sentence that says when it happened, keeping untimed sentences with it', () => {
    const prose: DocBlock = {
      kind: 'paragraph',
      text: 'Our alert fired at 13:52, and Priya looked. She rolled back at 14:15. Then we waited.',
      line: 4,
    };
    expect(timelineFromBlocks([prose], CONTEXT).map((e) => [e.at, e.text])).toEqual([
      ['2026-03-03T13:52:00.000Z', 'Our alert fired at 13:52, and Priya looked.'],
      ['2026-03-03T14:15:00.000Z', 'She rolled back at 14:15. Then we waited.'],
    ]);
  });

  it('flags entries whose date or zone is unknown, with the reason', () => {
    const entries = timelineFromBlocks([item('14:03 alert')], {
      ...CONTEXT,
      noteZone: null,
      incidentDate: null,
    });
    expect(entries[0]).toEqual({
      at: null,
      text: 'alert',
      ambiguous: true,
      reason: 'no date; no time zone',
      line: 1,
    });
  });

  it('keeps a dated line without a time as an entry with no instant', () => {
    expect(
      timelineFromBlocks([item('March 5: review meeting held with the whole team')], CONTEXT)[0],
    ).toMatchObject({
      at: null,
      ambiguous: true,
      reason: 'no time of day',
    });
  });

  it('needs a clock time on every line when there is no timeline section', () => {
    expect(
      timelineFromBlocks([item('March 5: review meeting held with the whole team')], CONTEXT, true),
    ).toEqual([]);
  });
});

describe('timeline zone helpers', () => {
  it('finds the first zone written on a line', () => {
    expect(firstEntryZoneOf([item('14:01 deploy'), item('14:03 CEST alert')])?.label).toBe('CEST');
  });

  it('finds the zone a heading or note states', () => {
    expect(
      zoneStatedIn([{ kind: 'heading', level: 2, text: 'Timeline (UTC)', line: 1 }])?.label,
    ).toBe('UTC');
    expect(zoneStatedIn([{ kind: 'paragraph', text: 'All times are PDT.', line: 1 }])?.label).toBe(
      'PDT',
    );
  });
});
