import { describe, expect, it } from 'vitest';
import { incidentKeyOf, isIncidentKey } from './ids.js';

describe('isIncidentKey', () => {
  it.each([
    ['INC-1', true],
    ['INC-42', true],
    ['OPS2-123456789', true],
    ['A-9', true],
    ['ABCDEFGHIJ-1', true],
    ['ABCDEFGHIJK-1', false],
    ['INC-0', false],
    ['INC-042', false],
    ['INC-1234567890', false],
    ['inc-42', false],
    ['INC42', false],
    ['2INC-4', false],
    ['INC-42 ', false],
    ['', false],
  ])('says %j is a key: %s', (text, expected) => {
    expect(isIncidentKey(text)).toBe(expected);
  });
});

describe('incidentKeyOf', () => {
  it('joins the prefix and the number', () => {
    expect(incidentKeyOf('INC', 42)).toBe('INC-42');
    expect(isIncidentKey(incidentKeyOf('OPS', 1))).toBe(true);
  });
});
