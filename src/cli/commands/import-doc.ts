/** @module `hindsight import doc FILE`: an existing postmortem (Markdown or HTML) becomes an incident with its timeline. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { SEVERITIES, type Severity } from '../../domain/incident.js';
import { isTimeZone } from '../../domain/instant.js';
import { postmortemFromDocument } from '../../ingest/postmortem-doc/postmortem-from-document.js';
import { importPostmortem } from '../../usecases/import-postmortem.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';

const FORMATS: Record<string, 'md' | 'html'> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export const importDocCommand: Command = {
  name: 'import doc',
  summary:
    'Read an existing postmortem (Markdown or HTML) into an incident and a draft review with its factors and action items; --dry-run only shows what it found',
  usage:
    'hindsight import doc FILE.md|FILE.html [--dry-run] [--json] [--zone IANA] [--year YYYY] [--severity SEV1..SEV4] [--service NAME]…',
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        zone: { type: 'string' },
        year: { type: 'string' },
        severity: { type: 'string' },
        service: { type: 'string', multiple: true },
      },
      true,
    );
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one FILE');
    const format = FORMATS[extname(file).toLowerCase()];
    if (!format) throw new UsageError(`${file}: must end in .md, .markdown, .html or .htm`);
    if (values.zone !== undefined && !isTimeZone(values.zone)) {
      throw new UsageError(
        `--zone: "${values.zone}" is not an IANA time zone such as America/Los_Angeles`,
      );
    }
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1970 && year <= 9999)) {
      throw new UsageError(`--year: must be a year such as 2026, got "${values.year}"`);
    }
    const severity = (values.severity ?? 'SEV3').toUpperCase() as Severity;
    if (!SEVERITIES.includes(severity))
      throw new UsageError(`--severity: must be one of ${SEVERITIES.join(', ')}`);
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UsageError(`${file}: cannot be read`);
    });
    const document = postmortemFromDocument(text, {
      format,
      ...(values.zone ? { defaultZone: values.zone } : {}),
      ...(year ? { referenceYear: year } : {}),
    });

    if (values['dry-run']) {
      io.stdout(
        values.json ? `${JSON.stringify(document, null, 2)}\n` : describeDocument(document),
      );
      return EXIT.ok;
    }
    const result = await withWorkspace(io.env, (ctx) =>
      importPostmortem(ctx, document, { severity, services: values.service ?? [], origin: file }),
    );
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ incident: result.incident.key, imported: result.imported, review: result.review, skipped: result.skipped })}\n`,
      );
    } else {
      io.stdout(
        `Created ${result.incident.key} "${result.incident.title}" with ${result.imported} timeline event(s).\n`,
      );
      const { actionItems, factors } = result.review;
      if (actionItems + factors > 0) {
        io.stdout(
          `  Its draft review has ${actionItems} action item(s) and ${factors} contributing factor(s) from the document.\n`,
        );
      }
      for (const entry of result.skipped) {
        io.stdout(
          `  not placed (line ${entry.line}: ${entry.reason ?? 'time unknown'}): ${entry.text}\n`,
        );
      }
      if (result.skipped.length > 0) {
        io.stdout(
          '  Give --zone (and --year) if the document never says them, or add these by hand.\n',
        );
      }
    }
    return EXIT.ok;
  },
};

function describeDocument(document: ReturnType<typeof postmortemFromDocument>): string {
  const lines = [
    `title: ${document.title ?? '(none found)'}`,
    `date: ${document.date ?? '(none found)'}`,
    `sections: ${Object.keys(document.sections).join(', ') || '(none)'}`,
    `milestones: ${
      Object.entries(document.milestones)
        .map(([name, at]) => `${name} ${at}`)
        .join(', ') || '(none guessed)'
    }`,
    `timeline (${document.timeline.length} entries):`,
    ...document.timeline.map(
      (entry) =>
        `  ${entry.at ?? '?'.padEnd(24)}  ${entry.ambiguous ? `[${entry.reason ?? 'ambiguous'}] ` : ''}${entry.text}`,
    ),
    `action items (${document.actionItems.length}):`,
    ...document.actionItems.map(
      (item) =>
        `  - ${item.text}${item.owner ? ` (owner ${item.owner})` : ''}${item.due ? ` due ${item.due}` : ''}`,
    ),
    ...document.warnings.map((warning) => `warning: ${warning}`),
  ];
  return `${lines.join('\n')}\n`;
}
