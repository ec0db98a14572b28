/** @module Setting and clearing milestones, and the metrics computed from them. */
import { computeDurations, type Durations } from '../domain/durations.js';
import type { Finding } from '../domain/finding.js';
import type { IncidentKey } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import { checkMilestoneOrder, type MilestoneName, type Milestones } from '../domain/milestones.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { saveIncidentChanges } from './incident-changes.js';
import { requireIncident } from './incidents.js';

export type MilestoneChanges = Partial<Record<MilestoneName, Instant | null>>;

/**
 * Sets (an instant) or clears (null) milestones; those not named keep their value. Out-of-order
 * milestones are accepted and reported as findings: the first report of a time is often wrong,
 * and refusing it would lose the information.
 */
export async function setMilestones(
  ctx: UseCaseContext,
  key: IncidentKey,
  changes: MilestoneChanges,
  expectedVersion: number | null,
): Promise<{ incident: Incident; findings: Finding[] }> {
  return inTransaction(ctx, async (db) => {
    const incident = await requireIncident(db, ctx, key);
    const milestones: Milestones = { ...incident.milestones };
    for (const [name, value] of Object.entries(changes) as [MilestoneName, Instant | null][]) {
      if (value !== undefined) milestones[name] = value;
    }
    const saved = await saveIncidentChanges(
      db,
      ctx,
      incident,
      { ...incident, milestones },
      expectedVersion ?? incident.version,
    );
    return { incident: saved, findings: checkMilestoneOrder(saved.milestones) };
  });
}

export interface IncidentMetrics {
  milestones: Milestones;
  durations: Durations;
  findings: Finding[];
}

export async function getIncidentMetrics(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<IncidentMetrics> {
  const incident = await requireIncident(ctx.database.db, ctx, key);
  return {
    milestones: incident.milestones,
    durations: computeDurations(incident.milestones),
    findings: checkMilestoneOrder(incident.milestones),
  };
}
