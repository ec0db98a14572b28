/** @module A service in the catalog: who owns it, its SLO, and what an hour of downtime costs. */
import type { ServiceId, WorkspaceId } from './ids.js';
import type { Instant } from './instant.js';

export interface Service {
  id: ServiceId;
  workspaceId: WorkspaceId;
  /** Unique within a workspace; incidents refer to services by name. */
  name: string;
  owningTeam: string | null;
  /** Availability target as a fraction, e.g. 0.999. */
  sloTarget: number | null;
  sloWindowDays: number;
  /** Revenue per hour in the workspace currency, for the cost of downtime. */
  revenuePerHour: number | null;
  tags: string[];
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}
