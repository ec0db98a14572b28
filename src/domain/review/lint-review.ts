/** @module The one entry point that runs text checks (blame, vagueness, …) over every text field of a review. */
import type { Finding } from '../finding.js';
import type { Review } from './review.js';
import type { WhyNode } from './why-tree.js';

export type TextKind = 'narrative' | 'actionItem';

export interface TextCheckOptions {
  kind: TextKind;
  participants: string[];
  /** Where the text lives in the review, e.g. `whyTrees.0.answers.1.text`. */
  path: string;
}

export type TextCheck = (text: string, options: TextCheckOptions) => Finding[];

/** The parts of a review that hold what people wrote. */
export type ReviewTexts = Pick<
  Review,
  'summary' | 'impact' | 'lessons' | 'whyTrees' | 'factors' | 'actionItems'
>;

export interface ReviewTextField {
  path: string;
  kind: TextKind;
  text: string;
}

/**
 * Every non-empty text a person wrote in the review, with its path. Action item titles are
 * `actionItem` text (they must name an exact change); everything else is `narrative`.
 */
export function listReviewTextFields(review: ReviewTexts): ReviewTextField[] {
  const fields: ReviewTextField[] = [];
  const add = (path: string, text: string | null, kind: TextKind = 'narrative') => {
    if (text !== null && text.trim() !== '') fields.push({ path, kind, text });
  };
  add('summary', review.summary);
  add('impact.notes', review.impact.notes);
  for (const list of ['wentWell', 'wentWrong', 'gotLucky'] as const) {
    review.lessons[list].forEach((text, i) => {
      add(`lessons.${list}.${i}`, text);
    });
  }
  review.whyTrees.forEach((tree, t) => {
    add(`whyTrees.${t}.question`, tree.question);
    const walk = (nodes: WhyNode[], prefix: string) =>
      nodes.forEach((node, i) => {
        add(`${prefix}.${i}.text`, node.text);
        walk(node.children, `${prefix}.${i}.children`);
      });
    walk(tree.answers, `whyTrees.${t}.answers`);
  });
  review.factors.forEach((factor, i) => {
    add(`factors.${i}.description`, factor.description);
    add(`factors.${i}.acceptedRisk`, factor.acceptedRisk);
  });
  review.actionItems.forEach((item, i) => {
    add(`actionItems.${i}.title`, item.title, 'actionItem');
    add(`actionItems.${i}.successCriteria`, item.successCriteria);
    add(`actionItems.${i}.validationMethod`, item.validationMethod);
    add(`actionItems.${i}.wontDoReason`, item.wontDoReason);
  });
  return fields;
}

/** Runs every check on every text field; a finding without a location gets the field's path. */
export function lintReview(
  review: ReviewTexts,
  participants: string[],
  textChecks: TextCheck[],
): Finding[] {
  return listReviewTextFields(review).flatMap(({ path, kind, text }) =>
    textChecks.flatMap((check) =>
      check(text, { kind, participants, path }).map((finding) =>
        finding.where ? finding : { ...finding, where: { path } },
      ),
    ),
  );
}
