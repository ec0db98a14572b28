/** @module Timeline capture: integrations, the signals they deliver, signal ↔ incident links, import origins. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('integrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // Kept in the clear: HMAC sources (PagerDuty, GitHub, Slack) need it to recompute signatures.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('clock_offset_seconds', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();
  await db.schema
    .createIndex('integrations_workspace')
    .on('integrations')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('signals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('integration_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('source_zone', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('service', 'text')
    .addColumn('incident_keys', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('url', 'text')
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    // A redelivery (or a concurrent duplicate) hits this constraint and stores nothing.
    .addUniqueConstraint('signals_workspace_source_dedupe', [
      'workspace_id',
      'source',
      'dedupe_key',
    ])
    .execute();
  await db.schema
    .createIndex('signals_workspace_at')
    .on('signals')
    .columns(['workspace_id', 'at', 'id'])
    .execute();
  await db.schema
    .createIndex('signals_workspace_service_at')
    .on('signals')
    .columns(['workspace_id', 'service', 'at'])
    .execute();

  // One row per (incident, signal): attached (with its timeline event) or dismissed as a suggestion.
  await db.schema
    .createTable('signal_links')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('signal_id', 'text', (c) => c.notNull().references('signals.id').onDelete('cascade'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('timeline_event_id', 'text', (c) =>
      c.references('timeline_events.id').onDelete('cascade'),
    )
    .addColumn('milestone_hint', 'text')
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('signal_links_pk', ['incident_id', 'signal_id'])
    .execute();
  await db.schema
    .createIndex('signal_links_event')
    .on('signal_links')
    .columns(['timeline_event_id'])
    .execute();

  // The source id of an imported row (CSV/JSONL `source id`, a Slack message ts), so re-imports skip it.
  await db.schema
    .createTable('timeline_event_origins')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('origin_key', 'text', (c) => c.notNull())
    .addColumn('timeline_event_id', 'text', (c) =>
      c.notNull().references('timeline_events.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('timeline_event_origins_pk', ['incident_id', 'origin_key'])
    .execute();
}
