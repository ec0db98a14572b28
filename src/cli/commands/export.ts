/** @module `hindsight export --out FILE`: the whole workspace as one JSON document. */
import { rename, writeFile } from 'node:fs/promises';
import { countExportDocument, describeExportCounts } from '../../shared/schemas/export.js';
import { exportWorkspace } from '../../usecases/workspace-export.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Write the whole workspace to a JSON file (docs/export-format.md): incidents, timelines, reviews, templates, policies, services, audit log; not signals, integrations or the search index',
  usage: 'hindsight export --out FILE [--pretty]   (--out - writes to standard output)',
  async run(args, io) {
    const { values } = parseOptions(args, {
      out: { type: 'string' },
      pretty: { type: 'boolean' },
    });
    if (!values.out) throw new UsageError('--out: give the file to write, e.g. --out backup.json');
    const document = await withWorkspace(io.env, exportWorkspace);
    const text = `${JSON.stringify(document, null, values.pretty ? 2 : undefined)}\n`;
    const summary = describeExportCounts(countExportDocument(document));
    if (values.out === '-') {
      io.stdout(text);
      io.stderr(`Exported ${summary}.\n`);
      return EXIT.ok;
    }
    // Written beside the target and renamed, so an interrupted export never leaves half a file there.
    const partial = `${values.out}.partial`;
    try {
      await writeFile(partial, text, 'utf8');
      await rename(partial, values.out);
    } catch (error) {
      throw new UsageError(`--out: cannot write ${values.out} (${messageOf(error)})`);
    }
    io.stdout(`Exported ${summary} to ${values.out}.\n`);
    return EXIT.ok;
  },
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
