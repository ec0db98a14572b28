/** @module Contributing factors: what in the system allowed the incident, its evidence, and how it is addressed. */
import type { Finding } from '../finding.js';
import type { TimelineEventId } from '../ids.js';
import type { ActionItem } from './action-item.js';
import type { FactorCategory } from './why-tree.js';

/** The categories a workspace starts with; workspaces may edit the list. */
export const DEFAULT_FACTOR_CATEGORIES: readonly FactorCategory[] = [
  'technical',
  'process',
  'human',
  'organizational',
  'tooling',
  'external',
];

/** Categories that point at how the organisation works rather than at one component or person. */
export const SYSTEMIC_CATEGORIES: readonly FactorCategory[] = [
  'process',
  'organizational',
  'tooling',
];

export interface ContributingFactor {
  id: string;
  category: FactorCategory;
  description: string;
  evidenceEventIds: TimelineEventId[];
  actionItemIds: string[];
  /** Why leaving the factor unaddressed is acceptable, when no action item addresses it. */
  acceptedRisk: string | null;
  /** The why-tree nodes (root causes) this factor stands for. */
  whyNodeIds: string[];
}

/** What a factor may refer to: the workspace's categories and the ids that exist in the review. */
export interface FactorReferences {
  categories: readonly FactorCategory[];
  actionItemIds: readonly string[];
  whyNodeIds: readonly string[];
  /** Omitted when the caller has not loaded the timeline. */
  eventIds?: readonly string[];
}

/** Input problems (`field: what is wrong`) that make a factor invalid; the API answers them with 400/422. */
export function validateContributingFactor(
  factor: ContributingFactor,
  references: FactorReferences,
): string[] {
  const problems: string[] = [];
  if (!references.categories.includes(factor.category)) {
    problems.push(
      `category: must be one of ${references.categories.join(', ')}, got "${factor.category}"`,
    );
  }
  if (factor.description.trim() === '') problems.push('description: must not be empty');
  const unknown = (
    field: string,
    ids: readonly string[],
    known: readonly string[] | undefined,
    what: string,
  ) => {
    if (known === undefined) return;
    for (const id of ids)
      if (!known.includes(id)) problems.push(`${field}: "${id}" is not ${what}`);
  };
  unknown(
    'actionItemIds',
    factor.actionItemIds,
    references.actionItemIds,
    'an action item of this review',
  );
  unknown(
    'whyNodeIds',
    factor.whyNodeIds,
    references.whyNodeIds,
    "a node of this review's why-trees",
  );
  unknown(
    'evidenceEventIds',
    factor.evidenceEventIds,
    references.eventIds,
    "an event on this incident's timeline",
  );
  return problems;
}

/** Findings for factors that nothing addresses, factors in unknown categories, and factors without evidence. */
export function checkContributingFactors(
  factors: ContributingFactor[],
  actionItems: ActionItem[],
  categories: readonly FactorCategory[],
): Finding[] {
  const findings: Finding[] = [];
  factors.forEach((factor, index) => {
    const path = `factors.${index}`;
    if (!categories.includes(factor.category)) {
      findings.push({
        rule: 'factor-unknown-category',
        severity: 'error',
        message: `Factor ${index + 1} has the category "${factor.category}", which is not in this workspace's list`,
        where: { path: `${path}.category` },
        suggestion: `Use one of ${categories.join(', ')}.`,
      });
    }
    // An item the team decided not to do addresses nothing.
    const addressing = actionItems.filter(
      (item) => factor.actionItemIds.includes(item.id) && item.status !== 'wont_do',
    );
    if (addressing.length === 0 && (factor.acceptedRisk ?? '').trim() === '') {
      findings.push({
        rule: 'factor-not-addressed',
        severity: 'error',
        message: `Factor ${index + 1} ("${clip(factor.description)}") has no action item and no accepted-risk note`,
        where: { path },
        suggestion:
          'Link an action item that changes the system, or write down why the risk is accepted.',
      });
    }
    if (factor.evidenceEventIds.length === 0) {
      findings.push({
        rule: 'factor-no-evidence',
        severity: 'info',
        message: `Factor ${index + 1} cites no timeline event as evidence`,
        where: { path: `${path}.evidenceEventIds` },
      });
    }
  });
  return findings;
}

function clip(text: string): string {
  return text.length > 50 ? `${text.slice(0, 49)}…` : text;
}
