/** @module Time-ordered unique ids (UUID version 7), so rows written together sort in the order they were made. */
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

// One system call fills randomness for 512 ids: bulk imports make ids by the million.
const pool = Buffer.alloc(8 * 512);
let poolOffset = pool.length;

// Ids are spelled from a table of byte → hex pairs, and the timestamp part once per millisecond:
// building a Buffer and slicing its hex for every id was a visible share of a bulk import.
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
let prefixMs = -1;
let prefix = '';

function timestampPrefix(ms: number): string {
  if (ms !== prefixMs) {
    prefixMs = ms;
    const high = Math.floor(ms / 2 ** 32);
    prefix =
      HEX[(high >>> 8) & 0xff]! +
      HEX[high & 0xff]! +
      HEX[(ms >>> 24) & 0xff]! +
      HEX[(ms >>> 16) & 0xff]! +
      '-' +
      HEX[(ms >>> 8) & 0xff]! +
      HEX[ms & 0xff]! +
      '-';
  }
  return prefix;
}

/**
 * A UUIDv7: 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids made in the same
 * millisecond increasing (RFC 9562 method 1), then the variant and 62 random bits.
 */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
  } else {
    lastMs = nowMs;
    counter = 0;
  }
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const o = poolOffset;
  poolOffset += 8;
  return (
    timestampPrefix(lastMs) +
    HEX[0x70 | ((counter >>> 8) & 0x0f)]! +
    HEX[counter & 0xff]! +
    '-' +
    HEX[0x80 | (pool[o]! & 0x3f)]! +
    HEX[pool[o + 1]!]! +
    '-' +
    HEX[pool[o + 2]!]! +
    HEX[pool[o + 3]!]! +
    HEX[pool[o + 4]!]! +
    HEX[pool[o + 5]!]! +
    HEX[pool[o + 6]!]! +
    HEX[pool[o + 7]!]!
  );
}
