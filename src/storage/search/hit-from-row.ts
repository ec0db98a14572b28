/** @module Maps an engine's result row to a hit. */
import type { HitRow } from './search-filters.js';
import type { SearchHit } from './search-request.js';

export function hitFromRow(row: HitRow): SearchHit {
  return {
    incidentId: row.incident_id,
    key: row.key,
    number: Number(row.number),
    title: row.incident_title,
    severity: row.severity,
    publishedAt: row.published_at,
    score: Number(row.score),
    text: {
      title: row.title,
      summary: row.summary,
      factors: row.factors,
      lessons: row.lessons,
      actions: row.actions,
      timeline: row.timeline,
    },
  };
}
