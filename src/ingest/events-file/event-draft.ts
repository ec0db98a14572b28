/** @module A timeline event read from an import (a CSV/JSONL row, a Slack message), before storage. */
import type { Instant } from '../../domain/instant.js';
import type { TimelineEventKind } from '../../domain/timeline-event.js';

export interface EventDraft {
  at: Instant;
  /** The zone the time was written in (`Europe/Paris`, `+02:00`, `UTC`), for display. */
  sourceZone: string;
  kind: Exclude<TimelineEventKind, 'field_change'>;
  /** Where the entry came from: `import`, `slack`, or the row's `source` column. */
  source: string;
  actor: string | null;
  text: string;
  /** Stable id of the row at its origin, so importing the same file again adds nothing; or null. */
  originKey: string | null;
}

/** A parsed row with its line number (1-based, counting the CSV header) or why it was refused. */
export type EventRow = { line: number; draft: EventDraft } | { line: number; problem: string };
