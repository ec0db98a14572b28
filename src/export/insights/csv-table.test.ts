import { describe, expect, it } from 'vitest';
import { csvField, csvFromTable } from './csv-table.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-12.5', '-12.5'],
    [null, ''],
    [Number.NaN, ''],
    [['INC-1', 'INC-2'], 'INC-1;INC-2'],
  ])('writes %j as %s', (value, text) => {
    expect(csvField(value)).toBe(text);
  });
});

describe('csvFromTable', () => {
  it('writes a header line and CRLF line ends', () => {
    expect(csvFromTable({ columns: ['a', 'b'], rows: [[1, 'x']] })).toBe('a,b\r\n1,x\r\n');
  });
});
