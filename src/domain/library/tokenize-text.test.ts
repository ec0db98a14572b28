import { describe, expect, it } from 'vitest';
import { foldWord, stemsOf, tokenizeText } from './tokenize-text.js';

describe('tokenizeText', () => {
  it('splits on anything but letters and digits and keeps offsets into the original', () => {
    expect(tokenizeText('TLS-cert: expired!')).toEqual([
      { start: 0, end: 3, folded: 'tls' },
      { start: 4, end: 8, folded: 'cert' },
      { start: 10, end: 17, folded: 'expired' },
    ]);
  });

  it('folds case and accents so Résumé and resume meet', () => {
    expect(foldWord('Résumé')).toBe('resume');
  });

  it('skips runs longer than 40 characters, which are hashes rather than words', () => {
    expect(stemsOf(`sha ${'a'.repeat(41)} done`)).toEqual(['sha', 'done']);
  });
});
