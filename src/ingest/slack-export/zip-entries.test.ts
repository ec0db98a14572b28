import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ZipEntry, zipEntriesFromBuffer } from './zip-entries.js';

const MAX32 = 0xffffffff;

/**
 * A minimal ZIP writer for the test: one local header and directory entry per file. With
 * `zip64`, every size and offset lives in ZIP64 extra fields and the ZIP64 end records, and the
 * classic fields hold 0xffff / 0xffffffff, as a writer does for archives past 4 GiB.
 */
function buildZip(
  files: { name: string; data: string; method: 0 | 8 }[],
  { zip64 = false } = {},
): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name);
    const raw = Buffer.from(file.data);
    const data = file.method === 8 ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(file.method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(file.method, 10);
    entry.writeUInt32LE(zip64 ? MAX32 : data.length, 20);
    entry.writeUInt32LE(zip64 ? MAX32 : raw.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(zip64 ? MAX32 : offset, 42);
    // An unrelated extra field first, so the ZIP64 one has to be found, not assumed first.
    const extra = zip64
      ? Buffer.concat([
          extraField(0x5455, Buffer.alloc(5)),
          extraField(0x0001, u64s(raw.length, data.length, offset)),
        ])
      : Buffer.alloc(0);
    entry.writeUInt16LE(extra.length, 30);
    central.push(entry, name, extra);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : files.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : files.length, 10);
  end.writeUInt32LE(zip64 ? MAX32 : directory.length, 12);
  end.writeUInt32LE(zip64 ? MAX32 : offset, 16);
  if (!zip64) return Buffer.concat([...locals, directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(files.length), 24);
  record.writeBigUInt64LE(BigInt(files.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, record, locator, end]);
}

function extraField(id: number, data: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16LE(id, 0);
  header.writeUInt16LE(data.length, 2);
  return Buffer.concat([header, data]);
}

function u64s(...values: number[]): Buffer {
  const buffer = Buffer.alloc(8 * values.length);
  for (const [i, value] of values.entries()) buffer.writeBigUInt64LE(BigInt(value), 8 * i);
  return buffer;
}

function contentsOf(entries: ZipEntry[] | { problem: string }): [string, string][] {
  if ('problem' in entries) throw new Error(entries.problem);
  return entries.map((entry) => [entry.name, entry.read().toString()]);
}

const EXPORT_FILES: { name: string; data: string; method: 0 | 8 }[] = [
  { name: 'export/channels.json', data: '[{"id":"C1","name":"ops"}]', method: 8 },
  { name: 'export/ops/2026-03-12.json', data: '[]', method: 0 },
];

describe('zipEntriesFromBuffer', () => {
  it('reads stored and deflated files and leaves directories out', () => {
    const zip = buildZip([
      { name: 'export/', data: '', method: 0 },
      { name: 'export/channels.json', data: '[{"id":"C1","name":"ops"}]', method: 8 },
      { name: 'export/ops/2026-03-12.json', data: '[]', method: 0 },
    ]);
    const entries = zipEntriesFromBuffer(zip);
    if ('problem' in entries) throw new Error(entries.problem);
    expect(entries.map((entry) => [entry.name, entry.read().toString()])).toEqual([
      ['export/channels.json', '[{"id":"C1","name":"ops"}]'],
      ['export/ops/2026-03-12.json', '[]'],
    ]);
  });

  it('reads a ZIP64 archive, taking sizes and offsets from its extra fields and end records', () => {
    expect(contentsOf(zipEntriesFromBuffer(buildZip(EXPORT_FILES, { zip64: true })))).toEqual([
      ['export/channels.json', '[{"id":"C1","name":"ops"}]'],
      ['export/ops/2026-03-12.json', '[]'],
    ]);
  });

  it('refuses a ZIP64 directory entry whose extra field is missing', () => {
    const zip = buildZip(EXPORT_FILES, { zip64: true });
    // Renaming the ZIP64 extra field's id (0x0001) leaves the entry's sizes unknown.
    const at = zip.indexOf(Buffer.from([0x01, 0x00, 0x18, 0x00]));
    zip.writeUInt16LE(0x9999, at);
    expect(zipEntriesFromBuffer(zip)).toEqual({
      problem: 'export/channels.json: damaged ZIP64 extra field',
    });
  });

  it.skipIf(!existsSync('/usr/bin/zip'))('reads what `zip -fz` (forced ZIP64) writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-zip64-'));
    try {
      mkdirSync(join(dir, 'export', 'ops'), { recursive: true });
      writeFileSync(join(dir, 'export', 'channels.json'), '[{"id":"C1","name":"ops"}]');
      writeFileSync(join(dir, 'export', 'ops', '2026-03-12.json'), '[]');
      execFileSync('zip', ['-q', '-fz', '-r', 'export.zip', 'export'], { cwd: dir });
      const entries = contentsOf(zipEntriesFromBuffer(readFileSync(join(dir, 'export.zip'))));
      expect(entries.sort()).toEqual([
        ['export/channels.json', '[{"id":"C1","name":"ops"}]'],
        ['export/ops/2026-03-12.json', '[]'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says when the bytes are not a ZIP archive', () => {
    expect(zipEntriesFromBuffer(Buffer.from('not a zip at all, just text'))).toEqual({
      problem: 'is not a ZIP archive (no end of central directory)',
    });
  });
});
