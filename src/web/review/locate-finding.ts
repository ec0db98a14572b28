/** @module Where a finding's path (`whyTrees.0.answers.1.text`) lives in the review editor: the id of the control to focus. */
import type { Review, WhyNode } from '../client/types.js';

/** The editor control to focus, or the incident page when the fix belongs there. */
export type FindingTarget = { kind: 'field'; id: string } | { kind: 'incident' };

const SECTION_OF: Record<string, string> = {
  summary: 'review-summary',
  impact: 'impact-usersAffected',
  lessons: 'section-lessons',
  whyTrees: 'section-why-trees',
  factors: 'section-factors',
  actionItems: 'section-action-items',
  meeting: 'meeting-date',
  authors: 'review-authors',
  reviewers: 'review-reviewers',
  status: 'section-status',
};

function nodeAt(review: Review, parts: string[]): { node: WhyNode; rest: string[] } | null {
  const tree = review.whyTrees[Number(parts[1])];
  if (!tree || parts[2] !== 'answers') return null;
  let nodes = tree.answers;
  let node: WhyNode | undefined;
  let i = 3;
  for (; i < parts.length; i += 2) {
    node = nodes[Number(parts[i])];
    if (!node) return null;
    if (parts[i + 1] !== 'children') break;
    nodes = node.children;
  }
  return node ? { node, rest: parts.slice(i + 1) } : null;
}

function whyTreeTarget(review: Review, parts: string[]): string {
  const tree = review.whyTrees[Number(parts[1])];
  if (!tree) return SECTION_OF.whyTrees!;
  if (parts.length <= 3) return `why-tree-${tree.id}-question`;
  const found = nodeAt(review, parts);
  if (!found) return `why-tree-${tree.id}-question`;
  return found.rest[0] === 'category'
    ? `why-node-${found.node.id}-category`
    : `why-node-${found.node.id}`;
}

/** The control a finding at `path` points at; unknown paths fall back to their section. */
export function locateFinding(path: string | undefined, review: Review): FindingTarget {
  if (!path) return { kind: 'field', id: 'section-findings' };
  const parts = path.split('.');
  const [head = '', index, field] = parts;
  if (head === 'incident' || head === 'milestones') return { kind: 'incident' };
  if (head === 'whyTrees' && index !== undefined) {
    return { kind: 'field', id: whyTreeTarget(review, parts) };
  }
  if (head === 'factors' && index !== undefined) {
    const factor = review.factors[Number(index)];
    if (factor) {
      const suffix =
        field === 'category' || field === 'acceptedRisk'
          ? field
          : field === 'evidenceEventIds'
            ? 'evidence'
            : field === 'actionItemIds'
              ? 'actions'
              : 'description';
      return { kind: 'field', id: `factor-${factor.id}-${suffix}` };
    }
  }
  if (head === 'actionItems' && index !== undefined) {
    const item = review.actionItems[Number(index)];
    if (item) {
      const editable = ['title', 'owner', 'dueDate', 'successCriteria', 'validationMethod'];
      const suffix = field && editable.includes(field) ? field : field ? 'status' : 'title';
      return { kind: 'field', id: `action-${item.id}-${suffix}` };
    }
  }
  if (head === 'lessons' && index !== undefined) {
    return {
      kind: 'field',
      id: field === undefined ? `lesson-${index}-new` : `lesson-${index}-${field}`,
    };
  }
  if (head === 'impact' && index !== undefined) return { kind: 'field', id: `impact-${index}` };
  return { kind: 'field', id: SECTION_OF[head] ?? 'section-findings' };
}

/** Moves keyboard focus to the control with `id`, scrolled into the middle of the view. */
export function focusControl(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  return true;
}
