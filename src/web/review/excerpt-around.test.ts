import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt-around.js';

describe('excerptAround', () => {
  it('returns the whole short text split around the flagged words', () => {
    expect(excerptAround('Sam forgot the flag', 4, 10)).toEqual({
      before: 'Sam ',
      match: 'forgot',
      after: ' the flag',
    });
  });

  it('trims long text to whole words on either side, marking the cuts', () => {
    const text =
      'the deploy went out at noon and obviously nobody checked the dashboards that afternoon';
    const start = text.indexOf('obviously');
    expect(excerptAround(text, start, start + 'obviously'.length, 12)).toEqual({
      before: '…noon and ',
      match: 'obviously',
      after: ' nobody…',
    });
  });

  it('clamps offsets that fall outside the text', () => {
    expect(excerptAround('short', 3, 99)).toEqual({ before: 'sho', match: 'rt', after: '' });
  });
});
