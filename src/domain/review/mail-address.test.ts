import { describe, expect, it } from 'vitest';
import { mailAddressesOf, mailAddressOf } from './mail-address.js';

describe('mailAddressOf', () => {
  it.each([
    ['ana@example.com', 'ana@example.com'],
    ['  Ana@Example.COM ', 'ana@example.com'],
    ['Ana Silva <ana.silva@payments.example.com>', 'ana.silva@payments.example.com'],
    ['Ana Silva', null],
    ['@payments-oncall', null],
    ['ana@localhost', null],
    ['ana silva@example.com', null],
    ['Ana <not an address>', null],
    ['', null],
  ])('reads %j as %j', (text, expected) => {
    expect(mailAddressOf(text)).toBe(expected);
  });
});

describe('mailAddressesOf', () => {
  it('keeps the first spelling of each address, in order, and drops plain names and nulls', () => {
    expect(
      mailAddressesOf(['Ana <ana@example.com>', 'Jordan Lee', null, 'ANA@example.com', 'k@x.io']),
    ).toEqual(['ana@example.com', 'k@x.io']);
  });
});
