import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities.js';

describe('decodeEntities', () => {
  it.each([
    ['Ops &amp; SRE', 'Ops & SRE'],
    ['a&nbsp;b', 'a b'],
    ['09:15 &mdash; paged', '09:15 — paged'],
    ['&#8211; and &#x2014;', '– and —'],
    ['&lt;b&gt;', '<b>'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; &#xD800;', '\uFFFD \uFFFD'],
    ['no references', 'no references'],
  ])('decodes %j to %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
