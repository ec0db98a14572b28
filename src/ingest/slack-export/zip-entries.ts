/** @module Reads the files of a ZIP archive (stored or deflated, ZIP64 included) from a buffer, with node:zlib. */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Inflates the entry when called, so only the files read cost memory. */
  read(): Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
/** A 16- or 32-bit field holding its maximum says "the real value is in the ZIP64 record". */
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

interface Directory {
  count: number;
  offset: number;
}

/** The file entries of a ZIP archive (directories left out), or why it cannot be read. */
export function zipEntriesFromBuffer(zip: Buffer): ZipEntry[] | { problem: string } {
  const end = findEndOfDirectory(zip);
  if (end === -1) return { problem: 'is not a ZIP archive (no end of central directory)' };
  const directory = directoryOf(zip, end);
  if ('problem' in directory) return directory;
  const entries: ZipEntry[] = [];
  let offset = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      return { problem: 'has a damaged central directory' };
    }
    const method = zip.readUInt16LE(offset + 10);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const extra = zip.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength);
    const sizes = sizesOf(zip, offset, extra);
    offset += 46 + nameLength + extraLength + commentLength;
    if (sizes === null) return { problem: `${name}: damaged ZIP64 extra field` };
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8) {
      return {
        problem: `${name}: compression method ${method} is not supported (only stored and deflate)`,
      };
    }
    const { compressedSize, localOffset } = sizes;
    entries.push({
      name,
      read: () => {
        if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) {
          throw new Error(`${name}: damaged local header`);
        }
        const start =
          localOffset +
          30 +
          zip.readUInt16LE(localOffset + 26) +
          zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(start, start + compressedSize);
        return method === 0 ? Buffer.from(data) : inflateRawSync(data);
      },
    });
  }
  return entries;
}

/** Where the central directory starts and how many entries it has, from the ZIP64 record if any. */
function directoryOf(zip: Buffer, end: number): Directory | { problem: string } {
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  const locator = end - 20;
  // Writers may add the ZIP64 records even when no field overflows (`zip -fz` does): prefer them.
  if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR) {
    if (count === MAX16 || offset === MAX32) {
      return { problem: 'says it is ZIP64 but has no ZIP64 end of central directory' };
    }
    return { count, offset };
  }
  const record = Number(zip.readBigUInt64LE(locator + 8));
  if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) {
    return { problem: 'has a damaged ZIP64 end of central directory' };
  }
  return {
    count: Number(zip.readBigUInt64LE(record + 32)),
    offset: Number(zip.readBigUInt64LE(record + 48)),
  };
}

/**
 * The compressed size and local header offset of the directory entry at `offset`, reading the
 * ZIP64 extra field for those stored as 0xffffffff; null when that field is missing or short.
 */
function sizesOf(
  zip: Buffer,
  offset: number,
  extra: Buffer,
): { compressedSize: number; localOffset: number } | null {
  const uncompressed = zip.readUInt32LE(offset + 24);
  let compressedSize = zip.readUInt32LE(offset + 20);
  let localOffset = zip.readUInt32LE(offset + 42);
  if (uncompressed !== MAX32 && compressedSize !== MAX32 && localOffset !== MAX32) {
    return { compressedSize, localOffset };
  }
  const field = findExtraField(extra, ZIP64_EXTRA);
  if (field === null) return null;
  // The ZIP64 field holds only the values that overflowed, always in this order.
  let at = 0;
  const next = (): number | null => {
    if (at + 8 > field.length) return null;
    const value = Number(field.readBigUInt64LE(at));
    at += 8;
    return value;
  };
  if (uncompressed === MAX32 && next() === null) return null;
  if (compressedSize === MAX32) {
    const value = next();
    if (value === null) return null;
    compressedSize = value;
  }
  if (localOffset === MAX32) {
    const value = next();
    if (value === null) return null;
    localOffset = value;
  }
  return { compressedSize, localOffset };
}

function findExtraField(extra: Buffer, id: number): Buffer | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const size = extra.readUInt16LE(at + 2);
    if (extra.readUInt16LE(at) === id) {
      return at + 4 + size <= extra.length ? extra.subarray(at + 4, at + 4 + size) : null;
    }
    at += 4 + size;
  }
  return null;
}

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= earliest; i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}
