import { describe, expect, it } from 'vitest';
import { stemWord } from './stem-word.js';

describe('stemWord', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['renewals', 'renew'],
    ['renewed', 'renew'],
    ['renewal', 'renew'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['relational', 'relat'],
    ['certificates', 'certif'],
    ['certificate', 'certif'],
    ['expiry', 'expiri'],
    ['expired', 'expir'],
    ['generalization', 'gener'],
    ['failover', 'failov'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it.each(['db', 'k8s', 'http2', 'straße', '日本'])(
    'leaves %s alone (short, digits or outside a–z)',
    (word) => {
      expect(stemWord(word)).toBe(word);
    },
  );
});
