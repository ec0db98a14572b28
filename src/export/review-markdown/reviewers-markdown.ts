/** @module The `## Reviewers` section: each reviewer's decision (approved, changes requested, pending), when, and their comment. */
import {
  REVIEWER_DECISIONS,
  type Reviewer,
  type ReviewerDecision,
} from '../../domain/review/index.js';
import { formatZonedTime } from '../zoned-time.js';
import { parseListItems, type SourceLine } from './list-items.js';
import { itemLines, normalizeMultiline, normalizeSingleLine } from './markdown-text.js';
import { fieldsOf, fieldValue, instantFieldOf, type ReadContext, textOf } from './read-items.js';

const FIELDS = ['decision', 'at', 'comment'] as const;

/** Decisions as a person writes them: `changes requested` rather than the stored `changes_requested`. */
function decisionText(decision: ReviewerDecision): string {
  return decision.replace('_', ' ');
}

export function reviewersToMarkdown(reviewers: Reviewer[], zone: string): string {
  return reviewers
    .map((reviewer) => {
      const lines = itemLines('- ', normalizeSingleLine(reviewer.name), '  ');
      lines.push(`  - decision: ${decisionText(reviewer.decision)}`);
      if (reviewer.at !== null) lines.push(`  - at: ${formatZonedTime(reviewer.at, zone)}`);
      if (normalizeMultiline(reviewer.comment) !== '') {
        lines.push(...itemLines('  - comment: ', reviewer.comment, '    '));
      }
      return lines.join('\n');
    })
    .join('\n');
}

export function reviewersFromMarkdown(source: SourceLine[], context: ReadContext): Reviewer[] {
  const { items, problems } = parseListItems(source);
  context.problems.push(...problems);
  return items.map((item) => {
    const fields = fieldsOf(item.children, FIELDS, context);
    const decisionField = fields.get('decision');
    const written = fieldValue(decisionField);
    const decision = REVIEWER_DECISIONS.find((known) => decisionText(known) === written);
    if (decision === undefined) {
      context.problems.push({
        line: decisionField?.line ?? item.line,
        message: `decision: ${written === undefined ? 'missing; add' : 'must be'} one of ${REVIEWER_DECISIONS.map(decisionText).join(', ')}${written === undefined ? '' : `, got "${written}"`}`,
      });
    }
    const atField = fields.get('at');
    const at: Reviewer['at'] = instantFieldOf(atField, 'at', context);
    const comment = fields.get('comment');
    return {
      name: textOf(item.lines, false).text,
      decision: decision ?? 'pending',
      comment: comment === undefined ? '' : textOf(comment.lines, false).text,
      at,
    };
  });
}
