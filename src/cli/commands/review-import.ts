/** @module `hindsight review import FILE.md`: saves a reviews-as-code file over the review of its incident. */
import { readFile } from 'node:fs/promises';
import { reviewFromMarkdown } from '../../export/review-markdown/review-from-markdown.js';
import { getIncident } from '../../usecases/incidents.js';
import { saveReviewFromDocument } from '../../usecases/review-document.js';
import { reviewDocumentOf, reviewDraftOf } from '../../usecases/review-document-of.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { incidentDifferences } from '../review-import-differences.js';

export const reviewImportCommand: Command = {
  name: 'review import',
  summary:
    'Save a review Markdown file as the review of its incident (the incident must exist; its facts and timeline are not changed)',
  usage: 'hindsight review import FILE.md [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('give one Markdown file, e.g. INC-42.md');
    const file = positionals[0]!;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        `FILE: cannot read ${file} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const parsed = reviewFromMarkdown(text);
    if ('problems' in parsed) {
      for (const { line, message } of parsed.problems) io.stderr(`${file}:${line}: ${message}\n`);
      io.stderr(
        `hindsight review import: ${parsed.problems.length} problem(s); nothing was saved\n`,
      );
      return EXIT.usage;
    }
    const { document } = parsed;
    const key = document.incident.key;
    const { detail, notApplied } = await withWorkspace(io.env, async (ctx) => {
      const { incident, events } = await getIncident(ctx, key);
      const highlighted = events.filter((event) => event.highlight);
      const notApplied = incidentDifferences(document, incident, highlighted);
      return {
        detail: await saveReviewFromDocument(ctx, key, reviewDraftOf(document)),
        notApplied,
      };
    });
    const saved = reviewDocumentOf(detail).review;
    if (saved.status !== document.review.status) {
      notApplied.push(
        `review status "${document.review.status}" in the file was not applied (it is ${saved.status}); change it with the review's own transitions`,
      );
    }
    if (JSON.stringify(saved.reviewers) !== JSON.stringify(document.review.reviewers)) {
      notApplied.push(
        "reviewers' decisions in the file were not applied; reviewers approve or request changes themselves",
      );
    }
    if (JSON.stringify(saved.followUp) !== JSON.stringify(document.review.followUp)) {
      notApplied.push(
        'the follow-up in the file was not applied; it is scheduled at publication and its answers are recorded on the review',
      );
    }
    if (values.json) {
      const body = { key, version: detail.review.version, notApplied };
      io.stdout(`${JSON.stringify(body, null, 2)}\n`);
      return EXIT.ok;
    }
    for (const note of notApplied) io.stderr(`note: ${note}\n`);
    io.stdout(
      `Saved the review of ${key} (version ${detail.review.version}): ${saved.whyTrees.length} why-tree(s), ${saved.factors.length} factor(s), ${saved.actionItems.length} action item(s).\n`,
    );
    return EXIT.ok;
  },
};
