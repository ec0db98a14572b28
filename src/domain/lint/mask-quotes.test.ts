import { describe, expect, it } from 'vitest';
import { maskQuotes } from './mask-quotes.js';

describe('maskQuotes', () => {
  it.each([
    [
      'The customer wrote "you are careless" today.',
      'The customer wrote                    today.',
    ],
    ['They said “human error” twice.', 'They said               twice.'],
    [
      "We dropped the phrase 'human error' entirely.",
      'We dropped the phrase               entirely.',
    ],
    ['Run `rm -rf` carefully.', 'Run          carefully.'],
  ])('blanks the quoted part of %j', (text, expected) => {
    expect(maskQuotes(text)).toBe(expected);
  });

  it.each([
    "He didn't check the engineers' dashboard.",
    "It's the on-call's fault.",
    'An unbalanced "quote stays as it is.',
  ])('leaves apostrophes and unbalanced quotes alone in %j', (text) => {
    expect(maskQuotes(text)).toBe(text);
  });

  it('keeps the length of the text so offsets stay valid', () => {
    const text = 'A "quoted" word and a \'single\' one.';
    expect(maskQuotes(text)).toHaveLength(text.length);
  });
});
