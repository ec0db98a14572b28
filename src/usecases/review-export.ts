/** @module One review rendered as Markdown (reviews-as-code), standalone HTML, PDF or JSON: for the API and the CLI. */
import type { IncidentKey } from '../domain/ids.js';
import { ChromiumMissingError, htmlToPdf } from '../export/pdf/html-to-pdf.js';
import { reviewToHtml } from '../export/review-html/review-to-html.js';
import { reviewToJson } from '../export/review-json.js';
import { reviewToMarkdown } from '../export/review-markdown/review-to-markdown.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { reviewDocumentOf } from './review-document-of.js';
import { getReview } from './reviews.js';

export const REVIEW_EXPORT_FORMATS = ['md', 'html', 'pdf', 'json'] as const;
export type ReviewExportFormat = (typeof REVIEW_EXPORT_FORMATS)[number];

export interface ReviewExport {
  contentType: string;
  /** A file name such as `INC-42-review.md`. */
  fileName: string;
  body: string | Uint8Array;
}

const CONTENT_TYPES: Record<ReviewExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
};

/**
 * Renders the review of `key`. PDF needs a local Chromium (`chromiumPath`, default
 * /usr/bin/chromium); without one it fails with PDF_RENDERER_MISSING, naming what to install.
 */
export async function exportReview(
  ctx: UseCaseContext,
  key: IncidentKey,
  format: ReviewExportFormat,
  options: { chromiumPath?: string | null } = {},
): Promise<ReviewExport> {
  const document = reviewDocumentOf(await getReview(ctx, key));
  const fileName = `${key}-review.${format}`;
  const contentType = CONTENT_TYPES[format];
  if (format === 'md') return { contentType, fileName, body: reviewToMarkdown(document) };
  if (format === 'json') return { contentType, fileName, body: reviewToJson(document) };
  const html = reviewToHtml(document);
  if (format === 'html') return { contentType, fileName, body: html };
  try {
    const pdf = await htmlToPdf(
      html,
      options.chromiumPath ? { executablePath: options.chromiumPath } : {},
    );
    return { contentType, fileName, body: new Uint8Array(pdf) };
  } catch (error) {
    if (error instanceof ChromiumMissingError)
      throw new AppError('PDF_RENDERER_MISSING', error.message);
    throw error;
  }
}
