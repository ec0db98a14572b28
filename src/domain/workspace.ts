/** @module A workspace: the tenant every row belongs to (an organisation or a team). */
import type { WorkspaceId } from './ids.js';
import type { Instant } from './instant.js';

export interface Workspace {
  id: WorkspaceId;
  /** URL-safe name, unique across the installation. */
  slug: string;
  name: string;
  /** Prefix of incident keys, e.g. `INC` for `INC-42`. */
  incidentPrefix: string;
  /** The zone the team works in, the default for display. */
  timeZone: string;
  createdAt: Instant;
}

export const DEFAULT_WORKSPACE_SLUG = 'default';
