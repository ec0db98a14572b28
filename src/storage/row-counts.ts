/** @module How many rows the database holds, across every workspace: what import checks is empty. */
import type { Executor } from './executor.js';

export interface RowCounts {
  incidents: number;
  services: number;
  auditEntries: number;
}

export async function countStoredRows(db: Executor): Promise<RowCounts> {
  const count = async (table: 'incidents' | 'services' | 'audit_log') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };
  return {
    incidents: await count('incidents'),
    services: await count('services'),
    auditEntries: await count('audit_log'),
  };
}
