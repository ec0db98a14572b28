import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerOf, hmacSha256Hex, isSameSecret, verifyHmacHeader } from './webhook-auth.js';

describe('headerOf', () => {
  it.each([
    [{ 'X-Hub-Signature-256': 'a' }, 'x-hub-signature-256', 'a'],
    [{ authorization: 'b' }, 'Authorization', 'b'],
    [{ other: 'c' }, 'authorization', null],
  ])('finds %j by %s whatever the case', (headers, name, expected) => {
    expect(headerOf(headers, name)).toBe(expected);
  });
});

describe('isSameSecret', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['', '', true],
  ])('compares %j with %j as %s', (a, b, expected) => {
    expect(isSameSecret(a, b)).toBe(expected);
  });
});

describe('hmacSha256Hex', () => {
  it('matches the RFC 4231 test case 2 digest', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});

describe('verifyHmacHeader', () => {
  const rawBody = '{"x":1}';
  const hex = createHmac('sha256', 'k').update(rawBody).digest('hex');

  it.each([
    ['accepts an uppercase hex signature', `v1=${hex.toUpperCase()}`, true],
    ['ignores entries without the prefix', `v0=abc, v1=${hex}`, true],
    ['refuses a list where nothing matches', 'v1=00, v1=11', false],
    ['refuses an empty header', '', false],
  ])('%s', (_name, header, ok) => {
    const request = { headers: { 'x-sig': header }, rawBody };
    expect(verifyHmacHeader(request, 'x-sig', 'v1=', 'k', rawBody).ok).toBe(ok);
  });

  it('refuses everything when no secret is configured', () => {
    const emptyKeyHex = createHmac('sha256', '').update(rawBody).digest('hex');
    const request = { headers: { 'x-sig': `v1=${emptyKeyHex}` }, rawBody };
    expect(verifyHmacHeader(request, 'x-sig', 'v1=', '', rawBody)).toEqual({
      ok: false,
      reason: 'no secret is configured for this source',
    });
  });
});
