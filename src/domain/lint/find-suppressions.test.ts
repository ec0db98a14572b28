import { describe, expect, it } from 'vitest';
import { findSuppressions, isSuppressed } from './find-suppressions.js';

describe('findSuppressions', () => {
  it.each([
    ['x <!-- hindsight-ignore blame-human-error: quoting the customer -->', ['blame-human-error']],
    [
      'x hindsight-ignore blame-human-error, blame-character: verbatim chat log',
      ['blame-human-error', 'blame-character'],
    ],
    ['x hindsight-ignore blame-character — quoting the vendor', ['blame-character']],
  ])('reads the rules of %j', (text, rules) => {
    expect(findSuppressions(text).suppressions.map((s) => s.rules)).toEqual([rules]);
  });

  it.each([
    'x <!-- hindsight-ignore blame-human-error -->',
    'x hindsight-ignore blame-human-error:',
    'x hindsight-ignore blame-human-error:   ok',
    'x hindsight-ignore: because',
  ])('reports %j as a suppression without a reason', (text) => {
    const scan = findSuppressions(text);
    expect(scan.suppressions).toEqual([]);
    expect(scan.problems.map((p) => p.rule)).toContain('suppression-without-reason');
  });

  it('covers its own line, or the next non-blank line when it stands alone', () => {
    const text = 'a\n<!-- hindsight-ignore blame-character: quote -->\n\nnext line\nlast';
    expect(findSuppressions(text).suppressions[0]).toMatchObject({ start: 52, end: 61 });
    const inline = 'first line hindsight-ignore blame-character: quote\nsecond';
    expect(findSuppressions(inline).suppressions[0]).toMatchObject({ start: 0, end: 50 });
  });

  it('blanks the directive out of the text so its words are not linted', () => {
    const text = 'ok hindsight-ignore blame-character: careless quote';
    expect(findSuppressions(text).masked).toBe(`ok ${' '.repeat(text.length - 3)}`);
  });

  it('silences only the named rule inside the covered range', () => {
    const { suppressions } = findSuppressions('abc hindsight-ignore blame-character: quote');
    expect(isSuppressed(suppressions, 'blame-character', 0, 3)).toBe(true);
    expect(isSuppressed(suppressions, 'blame-human-error', 0, 3)).toBe(false);
  });
});
