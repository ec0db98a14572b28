/** @module `hindsight import events FILE --incident KEY`: a CSV or JSONL file onto an incident's timeline. */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { isIncidentKey } from '../../domain/ids.js';
import { isTimeZone } from '../../domain/instant.js';
import { eventRowsFromChunks, eventsFormatOf } from '../../ingest/events-file/event-rows.js';
import { importTimelineEvents } from '../../usecases/import-events.js';
import { CLOCK_OFFSET_HELP, clockOffsetOption } from '../clock-offset-option.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { createImportProgress } from './import-progress.js';

export const importEventsCommand: Command = {
  name: 'import events',
  summary:
    'Import timeline events from a CSV or JSONL file (all or nothing; see src/ingest/events-file/README.md)',
  usage: [
    'hindsight import events FILE.csv|FILE.jsonl --incident KEY [--zone IANA] [--clock-offset SECONDS] [--json]',
    '',
    '  --zone IANA             the zone of times written without an offset',
    CLOCK_OFFSET_HELP,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        incident: { type: 'string' },
        zone: { type: 'string' },
        'clock-offset': { type: 'string' },
        json: { type: 'boolean' },
      },
      true,
    );
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one FILE');
    const format = eventsFormatOf(file);
    if (format === null) throw new UsageError(`${file}: must end in .csv, .jsonl or .ndjson`);
    const key = (values.incident ?? '').toUpperCase();
    if (!isIncidentKey(key))
      throw new UsageError('--incident: must be an incident key such as INC-42');
    if (values.zone !== undefined && !isTimeZone(values.zone)) {
      throw new UsageError(
        `--zone: "${values.zone}" is not an IANA time zone such as Europe/Paris`,
      );
    }
    const clockOffsetSeconds = clockOffsetOption(values['clock-offset']);
    await access(file).catch(() => {
      throw new UsageError(`${file}: cannot be read`);
    });
    const progress = createImportProgress(io, 'rows');
    const summary = await withWorkspace(io.env, async (ctx) => {
      try {
        return await importTimelineEvents(
          ctx,
          key,
          eventRowsFromChunks(chunksOf(file), format, values.zone ?? null),
          { origin: file, clockOffsetSeconds, onProgress: (read) => progress.update(read) },
        );
      } finally {
        progress.done();
      }
    });
    if (values.json) io.stdout(`${JSON.stringify({ incident: key, ...summary })}\n`);
    else
      io.stdout(
        `Imported ${summary.imported} event(s) onto ${key}` +
          (summary.duplicates > 0 ? ` (${summary.duplicates} already there, skipped)` : '') +
          '.\n',
      );
    return EXIT.ok;
  },
};

/** The file's text in 1 MiB chunks, opened only once the import starts reading. */
async function* chunksOf(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as string;
  } finally {
    stream.destroy();
  }
}
