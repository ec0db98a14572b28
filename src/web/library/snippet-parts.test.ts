import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet-parts.js';

describe('snippetParts', () => {
  it('splits marked words from the text around them', () => {
    expect(snippetParts('the <mark>certificate</mark> expired')).toEqual([
      { text: 'the ', marked: false },
      { text: 'certificate', marked: true },
      { text: ' expired', marked: false },
    ]);
  });

  it('turns escaped characters back into text without interpreting any tag', () => {
    expect(
      snippetParts('&#60;script&#62; &amp; <mark>5xx</mark> &#34;spike&#34; &#x27;ok&#x27;'),
    ).toEqual([
      { text: '<script> & ', marked: false },
      { text: '5xx', marked: true },
      { text: ` "spike" 'ok'`, marked: false },
    ]);
  });

  it('returns one plain part when nothing is marked', () => {
    expect(snippetParts('no match here')).toEqual([{ text: 'no match here', marked: false }]);
  });
});
