/** @module Reads the files of a ZIP archive (stored or deflated, no ZIP64) from a buffer, with node:zlib. */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Inflates the entry when called, so only the files read cost memory. */
  read(): Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The file entries of a ZIP archive (directories left out), or why it cannot be read. */
export function zipEntriesFromBuffer(zip: Buffer): ZipEntry[] | { problem: string } {
  const end = findEndOfDirectory(zip);
  if (end === -1) return { problem: 'is not a ZIP archive (no end of central directory)' };
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    return {
      problem: 'is a ZIP64 archive, which is not supported: unzip it and import the folder',
    };
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      return { problem: 'has a damaged central directory' };
    }
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8) {
      return {
        problem: `${name}: compression method ${method} is not supported (only stored and deflate)`,
      };
    }
    entries.push({
      name,
      read: () => {
        if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) {
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

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= earliest; i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}
