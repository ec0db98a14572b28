/** @module Signals: events received from alerting, paging, deploy and chat tools, before storage. */
import type { Instant } from './instant.js';
import type { MilestoneName } from './milestones.js';
import type { TimelineEventKind } from './timeline-event.js';

export const SIGNAL_SOURCES = [
  'alertmanager',
  'pagerduty',
  'opsgenie',
  'grafana',
  'github',
  'slack',
  'generic',
] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export const SIGNAL_KINDS = [
  'alert_fired',
  'alert_resolved',
  'page_triggered',
  'page_acknowledged',
  'page_resolved',
  'deploy_started',
  'deploy_succeeded',
  'deploy_failed',
  'chat_message',
  'event',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** What a webhook parser returns; storage adds the id, the workspace and the time it was received. */
export interface SignalDraft {
  source: SignalSource;
  /** Stable per real-world event: a redelivery of the same event gives the same key. */
  dedupeKey: string;
  kind: SignalKind;
  /** When it happened at the source. */
  at: Instant;
  /** The zone the source reported the time in (`UTC`, `+02:00`), for display. */
  sourceZone: string;
  title: string;
  text: string;
  service: string | null;
  /** Incident keys (`INC-42`) mentioned anywhere in the payload. */
  incidentKeys: string[];
  actor: string | null;
  url: string | null;
  labels: Record<string, string>;
}

const TIMELINE_KIND: Record<SignalKind, TimelineEventKind> = {
  alert_fired: 'alert',
  alert_resolved: 'alert',
  page_triggered: 'alert',
  // Acknowledging or resolving a page is something a responder did, not something the system said.
  page_acknowledged: 'action',
  page_resolved: 'action',
  deploy_started: 'deploy',
  deploy_succeeded: 'deploy',
  deploy_failed: 'deploy',
  chat_message: 'communication',
  event: 'external',
};

/** The timeline kind a signal becomes when it is attached to an incident. */
export function timelineKindOfSignal(kind: SignalKind): TimelineEventKind {
  return TIMELINE_KIND[kind];
}

/** The milestone a signal suggests (`detected` for a first alert or page), or null. */
export function milestoneHintOfSignal(kind: SignalKind): MilestoneName | null {
  switch (kind) {
    case 'alert_fired':
    case 'page_triggered':
      return 'detected';
    case 'page_acknowledged':
      return 'acknowledged';
    case 'alert_resolved':
    case 'page_resolved':
      return 'resolved';
    default:
      return null;
  }
}

const INCIDENT_KEY_IN_TEXT = /\b[A-Z][A-Z0-9]{1,9}-\d+\b/g;

/** Standards and hash names that share the shape of an incident key but never are one. */
const NOT_INCIDENT_PREFIXES = new Set(['CVE', 'ISO', 'RFC', 'SHA', 'UTF', 'TLS', 'HTTP', 'AES']);

/**
 * Incident keys mentioned in the texts, in order of first mention, without repeats.
 * @example incidentKeysIn(['see INC-42 and OPS-7', 'UTF-8']) // ['INC-42', 'OPS-7']
 */
export function incidentKeysIn(texts: readonly string[]): string[] {
  const keys: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(INCIDENT_KEY_IN_TEXT)) {
      const key = match[0];
      const prefix = key.slice(0, key.lastIndexOf('-'));
      const number = key.slice(key.lastIndexOf('-') + 1);
      // Keys are numbered from 1 (`REL-007` is a build tag) and stay below a billion (see ids.ts).
      if (NOT_INCIDENT_PREFIXES.has(prefix) || number.startsWith('0') || number.length > 9) {
        continue;
      }
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}
