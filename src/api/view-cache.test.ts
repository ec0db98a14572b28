import { describe, expect, it } from 'vitest';
import { ViewCache } from './view-cache.js';

const body = (text: string) => new TextEncoder().encode(text);

describe('ViewCache', () => {
  it('returns what was stored under the same key', () => {
    const cache = new ViewCache(100);
    cache.set('a:1', body('first'));
    expect(new TextDecoder().decode(cache.get('a:1'))).toBe('first');
    expect(cache.get('a:2')).toBeUndefined();
  });

  it('evicts the least recently used entries once over its byte budget', () => {
    const cache = new ViewCache(10);
    cache.set('a', body('aaaa'));
    cache.set('b', body('bbbb'));
    cache.get('a');
    cache.set('c', body('cccc'));
    expect([
      cache.get('a') !== undefined,
      cache.get('b') !== undefined,
      cache.get('c') !== undefined,
    ]).toEqual([true, false, true]);
  });

  it('does not keep a body larger than the whole budget', () => {
    const cache = new ViewCache(3);
    cache.set('big', body('four'));
    expect(cache.size).toBe(0);
  });
});
