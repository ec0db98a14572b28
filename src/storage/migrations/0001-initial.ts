/** @module The first schema: workspaces, incidents, their timelines, the service catalog and the audit log. */
import type { Kysely } from 'kysely';

// Column types are chosen to mean the same on SQLite and PostgreSQL: text instants, integer flags.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('incident_prefix', 'text', (c) => c.notNull())
    .addColumn('next_incident_number', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('customer_impact', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('private', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('impact_started_at', 'text')
    .addColumn('detected_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('mitigated_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('customers_notified_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('incidents_workspace_key', ['workspace_id', 'key'])
    .addUniqueConstraint('incidents_workspace_number', ['workspace_id', 'number'])
    .execute();
  await db.schema
    .createIndex('incidents_workspace_severity')
    .on('incidents')
    .columns(['workspace_id', 'severity', 'number'])
    .execute();
  await db.schema
    .createIndex('incidents_workspace_status')
    .on('incidents')
    .columns(['workspace_id', 'status', 'number'])
    .execute();

  for (const table of ['incident_services', 'incident_tags']) {
    await db.schema
      .createTable(table)
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('incident_id', 'text', (c) =>
        c.notNull().references('incidents.id').onDelete('cascade'),
      )
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['incident_id', 'value'])
      .execute();
    await db.schema
      .createIndex(`${table}_lookup`)
      .on(table)
      .columns(['workspace_id', 'value', 'incident_id'])
      .execute();
  }

  await db.schema
    .createTable('timeline_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('source_zone', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('highlight', 'integer', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('change', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timeline_events_incident_at')
    .on('timeline_events')
    .columns(['incident_id', 'at', 'created_at'])
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owning_team', 'text')
    .addColumn('slo_target', 'double precision')
    .addColumn('slo_window_days', 'integer', (c) => c.notNull())
    .addColumn('revenue_per_hour', 'double precision')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('services_workspace_name', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['workspace_id', 'entity', 'entity_id', 'at'])
    .execute();
}
