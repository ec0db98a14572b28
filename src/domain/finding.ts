/** @module The one shape every check returns: readiness, linting, gaps and policy breaches. */

export type FindingSeverity = 'error' | 'warning' | 'info';

/** Where a finding points: a field path, optionally with character offsets into its text. */
export interface FindingLocation {
  /** A dotted path to the thing checked, e.g. `milestones.detected` or `actionItems.3.title`. */
  path: string;
  start?: number;
  end?: number;
}

export interface Finding {
  /** A permanent rule id, kebab-case, e.g. `milestone-order`. */
  rule: string;
  severity: FindingSeverity;
  message: string;
  where?: FindingLocation;
  suggestion?: string;
}
