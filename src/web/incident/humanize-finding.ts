/** @module Finding messages for people: ISO instants in the chosen zone, milestone names in words. */
import { MILESTONE_LABELS } from '../client/vocabulary.js';
import { formatInstant } from '../lib/zoned-time.js';

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
const NAMES = new RegExp(`\\b(${Object.keys(MILESTONE_LABELS).join('|')})\\b`, 'g');

/** `detected (2026-03-12T09:00:00.000Z) is before impactStarted (…)` → `Detected (2026-03-12 09:00 UTC) is before impact started (…)` */
export function humanizeFinding(message: string, zone: string): string {
  const text = message
    .replace(ISO, (iso) => formatInstant(iso, zone))
    .replace(NAMES, (name) =>
      MILESTONE_LABELS[name as keyof typeof MILESTONE_LABELS].toLowerCase(),
    );
  return text.charAt(0).toUpperCase() + text.slice(1);
}
