/** @module Finds a document's statement of its time zone: "all times in UTC", "Timeline (PDT)". */
import { type ZoneRef, zoneAt } from './zone-ref.js';

const STATEMENTS = [
  /\b(?:all\s+)?(?:times?|timestamps?)\b(?:\s+(?:below|above|here|shown|listed|given|written|expressed|noted|used|in\s+this\s+(?:document|doc|report|post|timeline|page|section)|are|is|in|the)\b)*\s*[:=]?\s*/gi,
  /\b(?:time\s*zone|timezone|tz)\b\s*(?:is|:|=|-)?\s*(?:the\s+)?/gi,
];

/** The zone a sentence says the document's times are in, or null. */
export function zoneNoteFromText(text: string): ZoneRef | null {
  for (const statement of STATEMENTS) {
    statement.lastIndex = 0;
    for (let match = statement.exec(text); match; match = statement.exec(text)) {
      const found = zoneAt(text, match.index + match[0].length);
      if (found) return found.zone;
      if (match[0].length === 0) statement.lastIndex++;
    }
  }
  return null;
}

/** The zone a heading or table header names in parentheses: `Timeline (UTC)`, `Time (PDT)`. */
export function zoneInParentheses(text: string): ZoneRef | null {
  for (let index = text.indexOf('('); index !== -1; index = text.indexOf('(', index + 1)) {
    const inner = text
      .slice(index + 1)
      .replace(/^\s*(?:all\s+)?(?:times?\s+)?(?:are\s+)?(?:in\s+)?/i, '');
    const found = zoneAt(inner, 0);
    if (found && /^\s*\)/.test(inner.slice(found.length))) return found.zone;
  }
  return null;
}
