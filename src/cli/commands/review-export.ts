/** @module `hindsight review export KEY --format md|html|pdf|json [--out FILE]`: one review as a file. */
import { rename, writeFile } from 'node:fs/promises';
import { isIncidentKey } from '../../domain/ids.js';
import { ChromiumMissingError, htmlToPdf } from '../../export/pdf/html-to-pdf.js';
import { reviewToHtml } from '../../export/review-html/review-to-html.js';
import { reviewToJson } from '../../export/review-json.js';
import { reviewToMarkdown } from '../../export/review-markdown/review-to-markdown.js';
import { getReview } from '../../usecases/reviews.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { reviewDocumentOf } from '../review-document-of.js';

const FORMATS = ['md', 'html', 'pdf', 'json'] as const;

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
    const doc = reviewDocumentOf(await withWorkspace(io.env, (ctx) => getReview(ctx, key)));
    let content: string | Buffer;
    if (format === 'md') content = reviewToMarkdown(doc);
    else if (format === 'json') content = reviewToJson(doc);
    else if (format === 'html') content = reviewToHtml(doc);
    else {
      try {
        const executablePath = io.env.HINDSIGHT_CHROMIUM;
        content = await htmlToPdf(reviewToHtml(doc), executablePath ? { executablePath } : {});
      } catch (error) {
        if (error instanceof ChromiumMissingError) {
          io.stderr(`hindsight review export: ${error.message}\n`);
          return EXIT.failed;
        }
        throw error;
      }
    }
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
