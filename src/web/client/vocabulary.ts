/** @module The domain's fixed lists (severities, statuses, kinds, milestones) as the shared schemas define them. */
import {
  ACTION_HORIZONS,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  DEFAULT_FACTOR_CATEGORIES,
  nextIncidentStatuses,
  SYSTEMIC_CATEGORIES,
} from '../../shared/review-vocabulary.js';
import {
  IncidentStatusSchema,
  MilestonesSchema,
  SeveritySchema,
} from '../../shared/schemas/incidents.js';
import { ManualEventKindSchema } from '../../shared/schemas/timeline.js';
import type {
  ActionItemStatus,
  IncidentStatus,
  MilestoneName,
  ReviewStatus,
  Severity,
} from './types.js';

export const SEVERITIES: readonly Severity[] = SeveritySchema.options;
export const STATUSES: readonly IncidentStatus[] = IncidentStatusSchema.options;
export const MANUAL_KINDS: readonly string[] = ManualEventKindSchema.options;
export const MILESTONES = Object.keys(MilestonesSchema.shape) as MilestoneName[];

/** The statuses an incident may move to from `status` (the server enforces the same rule). */
export function allowedNextStatuses(status: IncidentStatus): readonly IncidentStatus[] {
  return nextIncidentStatuses(status);
}

export const MILESTONE_LABELS: Record<MilestoneName, string> = {
  impactStarted: 'Impact started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  customersNotified: 'Customers notified',
};

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  cancelled: 'Cancelled',
};

export const DURATION_LABELS: Record<string, string> = {
  timeToDetect: 'Time to detect',
  timeToAcknowledge: 'Time to acknowledge',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
  communicationDelay: 'Communication delay',
};

export const ACTION_STATUSES: readonly ActionItemStatus[] = ACTION_ITEM_STATUSES;
export const ACTION_TYPES = ACTION_ITEM_TYPES;
export const HORIZONS = ACTION_HORIZONS;
export const FACTOR_CATEGORIES = DEFAULT_FACTOR_CATEGORIES;
/** Root causes in these categories are about how the organisation works; readiness needs one. */
export const SYSTEMIC_FACTOR_CATEGORIES = SYSTEMIC_CATEGORIES;

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
};

export const ACTION_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  verified: 'Verified',
  wont_do: 'Won’t do',
};

export const HORIZON_LABELS: Record<string, string> = {
  immediate: 'Immediate',
  short: 'Short term',
  long: 'Long term',
};

/** The statuses an action item may move to from `status` (the server enforces the same rule). */
export const NEXT_ACTION_STATUSES: Record<ActionItemStatus, readonly ActionItemStatus[]> = {
  open: ['in_progress', 'done', 'verified', 'wont_do'],
  in_progress: ['open', 'done', 'verified', 'wont_do'],
  done: ['in_progress', 'verified'],
  verified: ['in_progress'],
  wont_do: ['open'],
};
