/** @module Rebuilds the documents of incidents the triggers marked stale, inside the caller's transaction. */
import { buildSearchDocument } from '../../domain/library/index.js';
import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';
import { clearDirtyMark, listDirtyMarks } from './search-dirty.js';
import { deleteDocumentRow } from './search-documents.js';
import { searchEngineFor } from './search-engine.js';
import { loadSearchSources } from './search-sources.js';

const BATCH = 200;

/** Rebuilds every stale document of a workspace; returns how many were rebuilt (or removed). */
export async function refreshWorkspaceIndex(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  now: string,
): Promise<number> {
  const engine = searchEngineFor(dialect);
  let rebuilt = 0;
  // A mark bumped by a concurrent commit survives its clear and is read again; the cap ends a loop
  // that another process keeps feeding.
  for (let round = 0; round < 10_000; round++) {
    const marks = await listDirtyMarks(db, workspaceId, BATCH);
    if (marks.length === 0) break;
    const sources = await loadSearchSources(
      db,
      workspaceId,
      marks.map((m) => m.incidentId),
    );
    for (const mark of marks) {
      const entry = sources.get(mark.incidentId);
      if (entry) {
        await engine.writeDocument(db, {
          incidentId: mark.incidentId,
          workspaceId: entry.workspaceId,
          document: buildSearchDocument(entry.source),
          indexedAt: now,
        });
      } else {
        await deleteDocumentRow(db, mark.incidentId);
      }
      await clearDirtyMark(db, mark);
      rebuilt++;
    }
    if (marks.length < BATCH) break;
  }
  return rebuilt;
}
