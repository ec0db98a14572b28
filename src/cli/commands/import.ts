/** @module `hindsight import FILE`: restores an export into an empty database. */
import { readFile } from 'node:fs/promises';
import { describeExportCounts, parseExportDocument } from '../../shared/schemas/export.js';
import { importWorkspace } from '../../usecases/workspace-export-import.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { openCliDatabase } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';

export const importCommand: Command = {
  name: 'import',
  summary:
    'Restore a file written by "hindsight export" (format version 1 or 2) into an empty database, all or nothing',
  usage: 'hindsight import FILE',
  async run(args, io) {
    const { positionals } = parseOptions(args, {}, true);
    if (positionals.length !== 1) {
      throw new UsageError('give one file, written by "hindsight export"');
    }
    const file = positionals[0]!;
    const document = parseExportDocument(await readJson(file));
    if ('problem' in document) throw new UsageError(`${file}: ${document.problem}`);
    const database = await openCliDatabase(io.env);
    try {
      const report = await importWorkspace(database, document);
      io.stdout(
        `Imported workspace "${report.workspace.slug}" into ${database.location}: ${describeExportCounts(report)}.\n`,
      );
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: cannot read it (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file}: is not JSON (${error instanceof Error ? error.message : error})`,
    );
  }
}
