import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoInstant, optionalText, parsePayload } from './payload-schema.js';

const schema = z.object({
  when: isoInstant,
  count: z.number().int().min(1).max(5),
  name: z.string().min(1),
  tags: z.array(z.string()).max(2),
  mode: z.enum(['a', 'b']),
  note: optionalText,
});
const valid = { when: '2026-03-12T10:00:00+01:00', count: 2, name: 'n', tags: [], mode: 'a' };

describe('parsePayload', () => {
  it('keeps the instant with the zone it was written in', () => {
    expect(parsePayload(schema, valid)).toEqual({
      value: { ...valid, when: { at: '2026-03-12T09:00:00.000Z', zone: '+01:00' }, note: null },
    });
  });

  it.each([
    [{ when: undefined }, 'when: is required'],
    [{ when: 5 }, 'when: must be a string, got number 5'],
    [{ count: 1.5 }, 'count: must be an integer, got number 1.5'],
    [{ count: 0 }, 'count: must be at least 1'],
    [{ count: 9 }, 'count: must be at most 5'],
    [{ name: '' }, 'name: must not be empty'],
    [{ tags: ['a', 'b', 'c'] }, 'tags: must have at most 2 items'],
    [{ tags: [1] }, 'tags.0: must be a string, got number 1'],
    [{ mode: 'c' }, 'mode: must be one of "a", "b"'],
    [{ note: {} }, 'note: must be a string, got an object'],
  ])('reports %j as %s', (change, expected) => {
    expect(parsePayload(schema, { ...valid, ...change })).toEqual({ problem: expected });
  });

  it('names the body when the payload is not an object', () => {
    expect(parsePayload(schema, 'text')).toEqual({
      problem: 'body: must be an object, got string "text"',
    });
  });
});
