/** @module Rebuilds the documents of incidents the triggers marked stale, inside the caller's transaction. */
import { buildSearchDocument } from '../../domain/library/index.js';
import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';
import { clearDirtyMarks, listDirtyMarks } from './search-dirty.js';
import type { IndexedDocument } from './search-documents.js';
import { searchEngineFor } from './search-engine.js';
import { loadSearchSources } from './search-sources.js';

/** Incidents rebuilt together: their sources load in three queries and their rows go in a few statements. */
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
  // Marks are read past the last one handled: on PostgreSQL the cleared ones stay in the index as
  // dead entries until vacuum, and reading from the start each time would step over all of them.
  // A mark bumped by a concurrent commit survives its clear, so a pass that started past the
  // beginning is followed by one from the start; the cap ends a loop another process keeps feeding.
  let after = '';
  for (let round = 0; round < 10_000; round++) {
    const from = after;
    const marks = await listDirtyMarks(db, workspaceId, BATCH, from);
    if (marks.length < BATCH) after = '';
    if (marks.length === 0) {
      if (from === '') break;
      continue;
    }
    const sources = await loadSearchSources(
      db,
      workspaceId,
      marks.map((m) => m.incidentId),
    );
    const entries: IndexedDocument[] = [];
    const gone: string[] = [];
    for (const mark of marks) {
      const entry = sources.get(mark.incidentId);
      if (entry) {
        entries.push({
          incidentId: mark.incidentId,
          workspaceId: entry.workspaceId,
          document: buildSearchDocument(entry.source),
          indexedAt: now,
        });
      } else {
        gone.push(mark.incidentId);
      }
    }
    await engine.writeDocuments(db, entries);
    await engine.deleteDocuments(db, gone);
    await clearDirtyMarks(db, marks);
    rebuilt += marks.length;
    if (marks.length === BATCH) after = marks[marks.length - 1]?.incidentId ?? '';
    else if (from === '') break;
  }
  return rebuilt;
}
