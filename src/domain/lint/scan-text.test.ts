import { describe, expect, it } from 'vitest';
import { scanText, tokenIndexAt } from './scan-text.js';

function sentencesOf(text: string): string[] {
  const groups = new Map<number, string[]>();
  for (const token of scanText(text).tokens) {
    groups.set(token.sentence, [...(groups.get(token.sentence) ?? []), token.lower]);
  }
  return [...groups.values()].map((words) => words.join(' '));
}

describe('scanText', () => {
  it.each([
    ['One thing. Another thing!', ['one thing', 'another thing']],
    [
      'Paged at 3 a.m. and acked at 3.05, e.g. fast.',
      ['paged at 3 a.m and acked at 3.05 , e.g fast'],
    ],
    ['- first item\n- second item', ['first item', 'second item']],
    ['A wrapped\nline stays one sentence.', ['a wrapped line stays one sentence']],
    ['Para one\n\nPara two', ['para one', 'para two']],
  ])('splits %j into sentences', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('starts a new clause at semicolons and at words like "because" and ", so"', () => {
    const clauses = scanText('A broke; B held because C, so D').tokens.map((t) => t.clause);
    expect(clauses).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 3, 3]);
  });

  it('keeps identifiers such as checkout-api and orders.customer_id as one token', () => {
    const words = scanText('Index orders.customer_id on checkout-api now.').tokens.map(
      (t) => t.lower,
    );
    expect(words).toEqual(['index', 'orders.customer_id', 'on', 'checkout-api', 'now']);
  });

  it('finds the token covering a character offset', () => {
    const { tokens } = scanText('alpha beta gamma');
    expect([0, 5, 6, 11, 16].map((offset) => tokenIndexAt(tokens, offset))).toEqual([
      0, 1, 1, 2, 3,
    ]);
  });
});
