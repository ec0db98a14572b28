/** @module Finds the clock time a document calls T0, so `T+15m` lines can become instants. */
import type { Instant } from '../../domain/instant.js';
import type { DocBlock } from './doc-block.js';
import { leadingTimestamp } from './leading-timestamp.js';
import { type TimelineContext, TimestampResolver } from './timestamp-resolver.js';

const T_ZERO = /\bT\s*(?:\+\s*)?0(?![\d:])/;
/** How far after the "T0" mark its clock time may be written ("T0 is the first alert, 14:03 UTC"). */
const SEARCH_CHARS = 120;

/** The instant of T0 when some line pins it to a clock time, or null. */
export function t0FromBlocks(blocks: DocBlock[], context: TimelineContext): Instant | null {
  for (const block of blocks) {
    const mark = T_ZERO.exec(block.text);
    if (!mark) continue;
    const from = mark.index + mark[0].length;
    const to = Math.min(block.text.length, from + SEARCH_CHARS);
    for (let index = from; index < to; index++) {
      if (
        !/[0-9A-Za-z]/.test(block.text[index] ?? '') ||
        /[0-9A-Za-z]/.test(block.text[index - 1] ?? '')
      )
        continue;
      const stamp = leadingTimestamp(block.text.slice(index));
      if (!stamp?.time || stamp.offsetSeconds !== null) continue;
      const at = new TimestampResolver({ ...context, t0: null }).resolve(stamp).at;
      if (at) return at;
      break;
    }
  }
  return null;
}
