import { describe, expect, it } from 'vitest';
import { csvRecordsFromChunks } from './csv-records.js';

async function records(chunks: string[]) {
  const out = [];
  for await (const record of csvRecordsFromChunks(chunks)) out.push(record);
  return out;
}

describe('csvRecordsFromChunks', () => {
  it.each([
    ['splits plain fields', ['a,b,c\n'], [{ line: 1, fields: ['a', 'b', 'c'] }]],
    [
      'keeps commas and doubled quotes inside quotes',
      ['"a,1","say ""hi""",c'],
      [{ line: 1, fields: ['a,1', 'say "hi"', 'c'] }],
    ],
    [
      'reads CRLF line ends',
      ['a,b\r\nc,d\r\n'],
      [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd'] },
      ],
    ],
    [
      'joins a quoted field across lines and names its first line',
      ['x\n"one\ntwo",3\ny'],
      [
        { line: 1, fields: ['x'] },
        { line: 2, fields: ['one\ntwo', '3'] },
        { line: 4, fields: ['y'] },
      ],
    ],
    [
      'does not care where chunks split',
      ['a,"b', '\nc",d\ne', ',f\n'],
      [
        { line: 1, fields: ['a', 'b\nc', 'd'] },
        { line: 3, fields: ['e', 'f'] },
      ],
    ],
    [
      'skips blank lines',
      ['a\n\nb\n'],
      [
        { line: 1, fields: ['a'] },
        { line: 3, fields: ['b'] },
      ],
    ],
    ['keeps empty trailing fields', ['a,,\n'], [{ line: 1, fields: ['a', '', ''] }]],
  ])('%s', async (_name, chunks, expected) => {
    expect(await records(chunks)).toEqual(expected);
  });

  it('reports a quote that is never closed on the line its record starts', async () => {
    expect(await records(['a\n"b,c\nd\n'])).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, problem: 'a quoted field is never closed' },
    ]);
  });

  it('reports text after a closing quote', async () => {
    expect(await records(['"a"b,c\n'])).toEqual([
      {
        line: 1,
        problem: 'column 1: text after a closing quote; double a quote inside a quoted field ("")',
      },
    ]);
  });
});
