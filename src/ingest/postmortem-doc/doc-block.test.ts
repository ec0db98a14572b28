import { describe, expect, it } from 'vitest';
import { rowText } from './doc-block.js';

describe('rowText', () => {
  it('joins the non-empty cells of a row with a bar', () => {
    expect(rowText(['14:03', '', 'Alert fired'])).toBe('14:03 | Alert fired');
  });
});
