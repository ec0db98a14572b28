/** @module `hindsight review export KEY --format md|html|pdf|json [--out FILE]`: one review as a file. */
import { rename, writeFile } from 'node:fs/promises';
import { type IncidentKey, isIncidentKey } from '../../domain/ids.js';
import {
  exportReview,
  REVIEW_EXPORT_FORMATS,
  type ReviewExportFormat,
} from '../../usecases/review-export.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';

const FORMATS = REVIEW_EXPORT_FORMATS;

export const reviewExportCommand: Command = {
  name: 'review export',
  summary: 'Write a review as Markdown (reviews-as-code), standalone HTML, PDF or JSON',
  usage:
    'hindsight review export KEY --format md|html|pdf|json [--out FILE]   (pdf needs --out and Chromium; HINDSIGHT_CHROMIUM names its path)',
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      { format: { type: 'string' }, out: { type: 'string' } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give one incident key, e.g. INC-42');
    const key = positionals[0]!.toUpperCase();
    if (!isIncidentKey(key)) {
      throw new UsageError(`KEY: "${positionals[0]}" is not an incident key such as INC-42`);
    }
    const format = values.format;
    if (!(FORMATS as readonly (string | undefined)[]).includes(format)) {
      throw new UsageError(
        `--format: must be one of ${FORMATS.join(', ')}, got ${format === undefined ? 'nothing' : `"${format}"`}`,
      );
    }
    if (format === 'pdf' && values.out === undefined) {
      throw new UsageError('--out: a PDF is binary; give the file to write, e.g. --out review.pdf');
    }
    const rendered = await withWorkspace(io.env, (ctx) =>
      exportReview(ctx, key as IncidentKey, format as ReviewExportFormat, {
        chromiumPath: io.env.HINDSIGHT_CHROMIUM ?? null,
      }),
    );
    const content = rendered.body;
    if (values.out === undefined) {
      io.stdout(content as string);
      return EXIT.ok;
    }
    // Written beside the target and renamed, so an interrupted export never leaves half a file.
    const partial = `${values.out}.partial`;
    try {
      await writeFile(partial, content);
      await rename(partial, values.out);
    } catch (error) {
      throw new UsageError(
        `--out: cannot write ${values.out} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    io.stdout(`Wrote the review of ${key} as ${format} to ${values.out}.\n`);
    return EXIT.ok;
  },
};
