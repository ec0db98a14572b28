import { describe, expect, it } from 'vitest';
import { payloadFromRawBody } from './payload-from-raw-body.js';

describe('payloadFromRawBody', () => {
  it.each([
    ['{"a":1}', { payload: { a: 1 } }],
    ['[]', { payload: [] }],
    ['', { problem: 'body: must be a JSON document, got an empty body' }],
    ['{"a":', { problem: 'body: must be valid JSON' }],
  ])('reads %j', (rawBody, expected) => {
    expect(payloadFromRawBody(rawBody)).toEqual(expected);
  });
});
