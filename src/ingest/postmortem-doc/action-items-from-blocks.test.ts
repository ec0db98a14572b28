import { describe, expect, it } from 'vitest';
import { actionItemsFromBlocks } from './action-items-from-blocks.js';
import type { DocBlock } from './doc-block.js';

const SETTINGS = {
  incidentDate: { year: 2026, month: 3, day: 3 },
  referenceYear: null,
  dateOrder: null,
};
const item = (text: string): DocBlock => ({ kind: 'item', text, line: 1 });
const row = (cells: string[]): DocBlock => ({
  kind: 'row',
  cells,
  text: cells.join(' | '),
  line: 1,
});

describe('actionItemsFromBlocks', () => {
  it.each([
    [
      'Add canary for cart-svc (@dana, due 2026-04-01)',
      { text: 'Add canary for cart-svc', owner: 'dana', due: '2026-04-01' },
    ],
    [
      'Owner: Ravi — add alert on p99 latency by April 1',
      { text: 'add alert on p99 latency', owner: 'Ravi', due: '2026-04-01' },
    ],
    ['Write the failover runbook (alice)', { text: 'Write the failover runbook', owner: 'alice' }],
    ['[ ] Pin autoscaler versions @wen', { text: 'Pin autoscaler versions', owner: 'wen' }],
    [
      'Rotate keys. Owner: Ana Lopes; due: 2026-05-01',
      { text: 'Rotate keys.', owner: 'Ana Lopes', due: '2026-05-01' },
    ],
    ['Alert on lag (P1)', { text: 'Alert on lag (P1)' }],
    ['Add broker config drift detection', { text: 'Add broker config drift detection' }],
    ['Review quotas by January 15', { text: 'Review quotas', due: '2027-01-15' }],
  ])('reads %j', (text, expected) => {
    expect(actionItemsFromBlocks([item(text)], SETTINGS)).toEqual([expected]);
  });

  it('reads tables by their owner and due columns', () => {
    const blocks = [
      row(['Action', 'Owner', 'Due', 'Status']),
      row(['Derive concurrency from pool size', 'Tomasz Nowak', '01 Oct 2026', 'OPEN']),
      row(['Alert on lease age', '@mirela', '', 'DONE']),
    ];
    expect(actionItemsFromBlocks(blocks, SETTINGS)).toEqual([
      { text: 'Derive concurrency from pool size', owner: 'Tomasz Nowak', due: '2026-10-01' },
      { text: 'Alert on lease age', owner: 'mirela' },
    ]);
  });

  it('reads day-first due dates when the document writes dates day-first', () => {
    expect(
      actionItemsFromBlocks([item('Fix it (owner: Gareth, due 03/04/2026)')], {
        ...SETTINGS,
        dateOrder: 'dmy',
      }),
    ).toEqual([{ text: 'Fix it', owner: 'Gareth', due: '2026-04-03' }]);
  });

  it('ignores paragraphs and headings in the section', () => {
    expect(
      actionItemsFromBlocks([{ kind: 'paragraph', text: 'We will do better.', line: 1 }], SETTINGS),
    ).toEqual([]);
  });
});
