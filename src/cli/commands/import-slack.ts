/** @module `hindsight import slack DIR|ZIP --channel NAME --incident KEY`: a conversation of a Slack export onto a timeline. */
import { isIncidentKey } from '../../domain/ids.js';
import { type Instant, instantFromIso, isInstantProblem } from '../../domain/instant.js';
import { slackDomainFrom } from '../../ingest/slack-export/slack-permalink.js';
import { importSlackExport, openSlackExport } from '../../usecases/import-slack.js';
import { CLOCK_OFFSET_HELP, clockOffsetOption } from '../clock-offset-option.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { createImportProgress } from './import-progress.js';

export const importSlackCommand: Command = {
  name: 'import slack',
  summary:
    'Import one channel, private channel, group or direct message of a Slack workspace export (folder or .zip) as timeline events',
  usage: [
    'hindsight import slack DIR|ZIP --channel NAME --incident KEY [--from ISO] [--to ISO]',
    '       [--slack-domain DOMAIN] [--clock-offset SECONDS] [--json]',
    '',
    '  --channel NAME         a public or private channel by name (or id), a group message by its',
    '                         mpdm-… name, a direct message by its id (D…)',
    '  --from, --to ISO       keep only messages sent in this window',
    '  --slack-domain DOMAIN  the workspace domain (acme for acme.slack.com); each event then links',
    '                         to its message: https://acme.slack.com/archives/<channel id>/p<ts>',
    CLOCK_OFFSET_HELP,
    "                          (--from and --to are read on the export's own clock)",
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        channel: { type: 'string' },
        incident: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'slack-domain': { type: 'string' },
        'clock-offset': { type: 'string' },
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
    const slackDomain = domainOption(values['slack-domain']);
    const clockOffsetSeconds = clockOffsetOption(values['clock-offset']);
    const progress = createImportProgress(io, 'messages');
    const summary = await withWorkspace(io.env, async (ctx) => {
      try {
        return await importSlackExport(ctx, key, await openSlackExport(path), {
          channel: values.channel!,
          from,
          to,
          slackDomain,
          clockOffsetSeconds,
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

function domainOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const domain = slackDomainFrom(value);
  if (typeof domain !== 'string') throw new UsageError(`--slack-domain: ${domain.problem}`);
  return domain;
}

function instantOption(name: string, value: string | undefined): Instant | null {
  if (value === undefined) return null;
  const parsed = instantFromIso(value);
  if (isInstantProblem(parsed)) throw new UsageError(`${name}: ${parsed.problem}`);
  return parsed;
}
