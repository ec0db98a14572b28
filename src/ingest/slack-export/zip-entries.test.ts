import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipEntriesFromBuffer } from './zip-entries.js';

/** A minimal ZIP writer for the test: one local header and directory entry per file. */
function buildZip(files: { name: string; data: string; method: 0 | 8 }[]): Buffer {
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
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

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

  it('says when the bytes are not a ZIP archive', () => {
    expect(zipEntriesFromBuffer(Buffer.from('not a zip at all, just text'))).toEqual({
      problem: 'is not a ZIP archive (no end of central directory)',
    });
  });
});
