/**
 * @module The domain's fixed lists and pure why-tree edits that the web client needs, exported
 * through shared so the client depends on one surface and never reaches into the domain itself.
 */
export { nextIncidentStatuses } from '../domain/incident-lifecycle.js';
export { ACTION_ITEM_STATUSES, ACTION_ITEM_TYPES } from '../domain/review/action-item.js';
export {
  DEFAULT_FACTOR_CATEGORIES,
  SYSTEMIC_CATEGORIES,
} from '../domain/review/contributing-factor.js';
export { ACTION_HORIZONS } from '../domain/review/policy.js';
export {
  addWhyAnswer,
  branchWhyNode,
  editWhyNodeText,
  markRootCause,
  newWhyNode,
  removeWhyNode,
  type WhyTree,
} from '../domain/review/why-tree.js';
