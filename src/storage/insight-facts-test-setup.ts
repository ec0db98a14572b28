/** @module Test support: insight facts read the long way, from the live tables. */
import type { WorkspaceId } from '../domain/ids.js';
import type { ActionItemFacts, IncidentFacts, ReviewFacts } from '../domain/insights/index.js';
import type { Review } from '../domain/review/index.js';
import type { Executor } from './executor.js';
import type { InsightFacts } from './insight-facts.js';
import { fromJsonColumn } from './json-column.js';

/** The same facts read the long way, from the live tables: what the stored rows must equal. */
export async function liveFacts(db: Executor, workspaceId: WorkspaceId): Promise<InsightFacts> {
  const incidents = await db
    .selectFrom('incidents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('number')
    .execute();
  const facts: InsightFacts = { incidents: [], reviews: new Map(), items: [] };
  for (const row of incidents) {
    const services = await db
      .selectFrom('incident_services')
      .select('value')
      .where('incident_id', '=', row.id)
      .orderBy('position')
      .execute();
    facts.incidents.push({
      id: row.id,
      key: row.key,
      severity: row.severity,
      status: row.status,
      services: services.map((s) => s.value),
      tags: [],
      milestones: {
        impactStarted: row.impact_started_at,
        detected: row.detected_at,
        acknowledged: row.acknowledged_at,
        mitigated: row.mitigated_at,
        resolved: row.resolved_at,
        customersNotified: row.customers_notified_at,
      },
      declaredAt: row.created_at,
    } as unknown as IncidentFacts);
    const review = await db
      .selectFrom('reviews')
      .selectAll()
      .where('incident_id', '=', row.id)
      .executeTakeFirst();
    if (review) {
      facts.reviews.set(row.id, {
        incidentId: row.id,
        status: review.status,
        publishedAt: review.published_at,
        publishDueAt: review.publish_due_at,
        impact: JSON.parse(review.impact),
        factors: (JSON.parse(review.factors) as Review['factors']).map((f) => ({
          category: f.category,
          actionItemIds: f.actionItemIds,
        })),
      } as unknown as ReviewFacts);
    }
    const items = await db
      .selectFrom('action_items')
      .selectAll()
      .where('incident_id', '=', row.id)
      .orderBy('position')
      .execute();
    for (const item of items) {
      facts.items.push({
        id: item.id,
        incidentId: row.id,
        title: item.title,
        owner: item.owner,
        status: item.status,
        dueDate: item.due_date,
        createdAt: item.created_at,
        doneAt: item.done_at,
        verifiedAt: fromJsonColumn<{ at: string } | null>(item.verification, null)?.at ?? null,
      } as unknown as ActionItemFacts);
    }
  }
  return facts;
}
