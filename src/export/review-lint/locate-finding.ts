/** @module Places a finding (a field path and offsets in that field's text) at a line and column of the Markdown file. */
import type { Finding } from '../../domain/finding.js';
import type { ReviewContent } from '../review-document.js';

export interface SourcePosition {
  line: number;
  column: number;
  endColumn: number;
}

/**
 * Finds the field's text in the file, then the flagged words inside it. Markdown escapes and
 * re-indented continuation lines can make the exact text differ, so it falls back to the flagged
 * words alone, then to the field's first line, then to the top of the file.
 */
export function locateFinding(
  source: string,
  review: ReviewContent,
  finding: Finding,
): SourcePosition {
  const path = finding.where?.path ?? '';
  // A missing field (an action item without an owner) is shown where its item starts.
  const fieldText = textAtPath(review, path) || textAtPath(review, `${parentOf(path)}.title`);
  const start = finding.where?.start;
  const end = finding.where?.end;
  const span =
    fieldText !== null && start !== undefined && end !== undefined
      ? fieldText.slice(start, end)
      : '';
  const firstLine = (fieldText ?? '').split('\n')[0]!.trim();
  const fieldAt = firstLine === '' ? -1 : source.indexOf(firstLine);
  let at = -1;
  if (span !== '') at = source.indexOf(span, Math.max(fieldAt, 0));
  if (at === -1 && span !== '') at = source.indexOf(span);
  if (at === -1) at = fieldAt;
  if (at === -1) return { line: 1, column: 1, endColumn: 1 };
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { line, column, endColumn: column + Math.max(span.length, 1) };
}

function parentOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('.'), 0));
}

/** The text at a dotted path such as `whyTrees.0.answers.1.text`, or null. */
function textAtPath(review: ReviewContent, path: string): string | null {
  let value: unknown = review;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' ? value : null;
}
