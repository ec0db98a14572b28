/** @module The analysis of an incident's timeline against the workspace policy for its severity. */
import { analyzeIncident, type IncidentAnalysis } from '../domain/analysis/index.js';
import type { IncidentKey } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { Policy } from '../domain/review/index.js';
import type { UseCaseContext } from './context.js';
import { requireIncident } from './incidents.js';
import { loadPolicy } from './review-policies.js';
import { loadTimelineSnapshot } from './timeline-snapshot.js';

export async function getIncidentAnalysis(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<{ incident: Incident; policy: Policy; analysis: IncidentAnalysis }> {
  const db = ctx.database.db;
  const incident = await requireIncident(db, ctx, key);
  const [{ events, hints }, policy] = await Promise.all([
    loadTimelineSnapshot(db, incident),
    loadPolicy(db, ctx.workspace.id, incident.severity),
  ]);
  return { incident, policy, analysis: analyzeIncident(incident, events, policy, hints) };
}
