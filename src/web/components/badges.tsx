/** @module Severity and status badges: colour plus words, never colour alone. */
import type { IncidentStatus, Severity } from '../client/types.js';
import { STATUS_LABELS } from '../client/vocabulary.js';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge sev sev-${severity.toLowerCase()}`}>{severity}</span>;
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`badge status status-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function KindBadge({ kind }: { kind: string }) {
  return <span className={`badge kind kind-${kind}`}>{kind.replace('_', ' ')}</span>;
}
