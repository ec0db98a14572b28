import { describe, expect, it } from 'vitest';
import { lineBatchesFromChunks, linesFromChunks } from './lines-from-chunks.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('linesFromChunks', () => {
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\nb'], ['a', 'b']],
    [
      ['al', 'pha\nbe', 'ta\n'],
      ['alpha', 'beta'],
    ],
    [
      ['one\r', '\ntwo\r\n'],
      ['one', 'two'],
    ],
    [
      ['', 'x\n\n', '', 'y'],
      ['x', '', 'y'],
    ],
    [['\n'], ['']],
    [[''], []],
  ])('splits %j into %j', async (chunks, expected) => {
    const lines = await collect(linesFromChunks(chunks));
    expect(lines).toEqual(expected.map((text, i) => ({ line: i + 1, text })));
  });
});

describe('lineBatchesFromChunks', () => {
  it('yields the lines each chunk completes, numbered from the first of them', async () => {
    expect(
      await collect(lineBatchesFromChunks(['a\nb\nc', 'c\n', 'no newline', ' at the end'])),
    ).toEqual([
      { firstLine: 1, lines: ['a', 'b'] },
      { firstLine: 3, lines: ['cc'] },
      { firstLine: 4, lines: ['no newline at the end'] },
    ]);
  });
});
