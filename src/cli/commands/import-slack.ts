/** @module `hindsight import slack DIR|ZIP --channel NAME --incident KEY`: a channel of a Slack export onto a timeline. */
import { isIncidentKey } from '../../domain/ids.js';
import { type Instant, instantFromIso, isInstantProblem } from '../../domain/instant.js';
import { importSlackExport, openSlackExport } from '../../usecases/import-slack.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { createImportProgress } from './import-progress.js';

export const importSlackCommand: Command = {
  name: 'import slack',
  summary: 'Import one channel of a Slack workspace export (folder or .zip) as timeline events',
  usage:
    'hindsight import slack DIR|ZIP --channel NAME --incident KEY [--from ISO] [--to ISO] [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        channel: { type: 'string' },
        incident: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
      },
      true,
    );
    const [path, ...extra] = positionals;
    if (path === undefined || extra.length > 0) throw new UsageError('give exactly one DIR or ZIP');
    if (!values.channel) throw new UsageError('--channel: is required (the channel name)');
    const key = (values.incident ?? '').toUpperCase();
    if (!isIncidentKey(key))
      throw new UsageError('--incident: must be an incident key such as INC-42');
    const from = instantOption('--from', values.from);
    const to = instantOption('--to', values.to);
    const progress = createImportProgress(io, 'messages');
    const summary = await withWorkspace(io.env, async (ctx) => {
      try {
        return await importSlackExport(ctx, key, await openSlackExport(path), {
          channel: values.channel!,
          from,
          to,
          onProgress: (read) => progress.update(read),
        });
      } finally {
        progress.done();
      }
    });
    if (values.json) io.stdout(`${JSON.stringify({ incident: key, ...summary })}\n`);
    else
      io.stdout(
        `Imported ${summary.imported} message(s) from #${summary.channel} onto ${key}` +
          (summary.duplicates > 0 ? ` (${summary.duplicates} already there, skipped)` : '') +
          '.\n',
      );
    return EXIT.ok;
  },
};

function instantOption(name: string, value: string | undefined): Instant | null {
  if (value === undefined) return null;
  const parsed = instantFromIso(value);
  if (isInstantProblem(parsed)) throw new UsageError(`${name}: ${parsed.problem}`);
  return parsed;
}
