/** @module The analysis of an incident's timeline against the workspace policy for its severity. */
import { analyzeIncident, type IncidentAnalysis } from '../domain/analysis/index.js';
import type { IncidentKey } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { Policy } from '../domain/review/index.js';
import type { UseCaseContext } from './context.js';
import { loadIncidentState } from './review-state.js';

export async function getIncidentAnalysis(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<{ incident: Incident; policy: Policy; analysis: IncidentAnalysis }> {
  const { incident, events, policy } = await loadIncidentState(ctx.database.db, ctx, key);
  return { incident, policy, analysis: analyzeIncident(incident, events, policy) };
}
