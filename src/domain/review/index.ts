/** @module The post-incident review: policy, why-trees, factors, action items, cost, readiness, lifecycle and follow-up. */
export {
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  type ActionItem,
  type ActionItemStatus,
  type ActionItemType,
  type CalendarDate,
  defaultDueDate,
  isCalendarDate,
  isOpenActionItem,
  type Score,
  type Verification,
} from './action-item.js';
export { checkActionItem, checkActionItems } from './action-item-checks.js';
export {
  type ActionItemDigest,
  addCalendarDays,
  calendarDateIn,
  collectActionItemDigests,
  composeActionItemDigest,
  REMINDER_DAYS_AHEAD,
  type ReminderCandidate,
  reminderHorizon,
} from './action-item-digest.js';
export { rankActionItems } from './action-item-ranking.js';
export {
  type ActionItemTransitionInput,
  type ActionItemTransitionResult,
  transitionActionItem,
} from './action-item-transition.js';
export {
  type ContributingFactor,
  checkContributingFactors,
  DEFAULT_FACTOR_CATEGORIES,
  type FactorReferences,
  SYSTEMIC_CATEGORIES,
  validateContributingFactor,
} from './contributing-factor.js';
export { type CostEstimate, costFiguresOf, costFormulaOf, estimateCost } from './cost.js';
export {
  checkFollowUp,
  type FollowUp,
  type FollowUpAnswer,
  type FollowUpItem,
  recordFollowUpOutcome,
  scheduleFollowUp,
} from './follow-up.js';
export {
  composeFollowUpEmail,
  FOLLOW_UP_QUESTIONS,
  type FollowUpEmailInput,
} from './follow-up-email.js';
export { followUpRecipients } from './follow-up-recipients.js';
export { defaultImpactInputs, type ImpactInputs, validateImpactInputs } from './impact-inputs.js';
export {
  lintReview,
  listReviewTextFields,
  type ReviewTextField,
  type ReviewTexts,
  type TextCheck,
  type TextCheckOptions,
  type TextKind,
} from './lint-review.js';
export { mailAddressesOf, mailAddressOf } from './mail-address.js';
export { escapeHtml, htmlMail, type MailContent } from './mail-content.js';
export {
  ACTION_HORIZONS,
  type ActionHorizon,
  DEFAULT_POLICIES,
  GAP_PHASES,
  type GapPhase,
  type Policy,
} from './policy.js';
export { type PolicyPatch, type PolicyResult, policyFromPartial } from './policy-from-partial.js';
export { checkReadiness, hasBlockingFindings, type ReadinessContext } from './readiness.js';
export {
  type Lessons,
  type Meeting,
  type PublishOverride,
  REVIEW_STATUSES,
  REVIEWER_DECISIONS,
  type Review,
  type Reviewer,
  type ReviewerDecision,
  type ReviewId,
  type ReviewStatus,
} from './review.js';
export { checkReviewDeadlines, type ReviewDueDates, reviewDueDates } from './review-deadlines.js';
export {
  type ReviewAction,
  type ReviewActor,
  type ReviewTransitionContext,
  type ReviewTransitionResult,
  transitionReview,
} from './review-lifecycle.js';
export {
  DEFAULT_TEMPLATE,
  type ReviewTemplate,
  type TemplateSection,
  templateForSeverity,
} from './template.js';
export {
  addWhyAnswer,
  branchWhyNode,
  editWhyNodeText,
  type FactorCategory,
  findWhyNode,
  listWhyNodes,
  markRootCause,
  newWhyNode,
  removeWhyNode,
  type WhyNode,
  type WhyTree,
} from './why-tree.js';
export { checkWhyTrees, MIN_TECHNICAL_DEPTH, type WhyTreeCheckContext } from './why-tree-checks.js';
