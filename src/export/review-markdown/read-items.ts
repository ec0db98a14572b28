/** @module Shared reading of list items: their text and id, their `key: value` fields, and ids for new items. */
import type { Instant } from '../../domain/instant.js';
import { zonedTimeFrom } from '../zoned-time.js';
import type { ImportProblem, ListItem } from './list-items.js';
import { normalizeMultiline, splitId, unescapeItemLine } from './markdown-text.js';

export interface ReadContext {
  /** The incident's zone: times written without a zone are local to it. */
  zone: string;
  problems: ImportProblem[];
}

/** The text of item lines (escapes undone); with `withId`, the `{#id}` ending the last line too. */
export function textOf(lines: string[], withId: boolean): { text: string; id: string | null } {
  const copy = [...lines];
  let id: string | null = null;
  if (withId) {
    const split = splitId(copy.at(-1) ?? '');
    copy[copy.length - 1] = split.text;
    id = split.id;
  }
  return { text: normalizeMultiline(copy.map(unescapeItemLine).join('\n')), id };
}

export interface Field {
  line: number;
  /** The value's lines: the rest of the first line after `key: `, then its continuation lines. */
  lines: string[];
  item: ListItem;
}

/** The `key: value` children of an item; unknown and repeated keys are problems. */
export function fieldsOf(
  items: ListItem[],
  keys: readonly string[],
  context: ReadContext,
): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const item of items) {
    const match = /^([^:]+):(?: |$)(.*)$/s.exec(item.lines[0]!);
    const key = match?.[1]?.trim().toLowerCase();
    if (!match || key === undefined || !keys.includes(key)) {
      context.problems.push({
        line: item.line,
        message: `expected one of ${keys.map((k) => `"${k}:"`).join(', ')}, got "${clip(item.lines[0]!)}"`,
      });
      continue;
    }
    if (fields.has(key)) {
      context.problems.push({ line: item.line, message: `${key}: given twice` });
      continue;
    }
    fields.set(key, { line: item.line, lines: [match[2]!, ...item.lines.slice(1)], item });
  }
  return fields;
}

/** A single-line field's value, trimmed. */
export function fieldValue(field: Field | undefined): string | undefined {
  return field === undefined ? undefined : textOf(field.lines, false).text.trim();
}

/** Fills in ids for items written without one: `prefix-1`, `prefix-2`, … skipping ids in use. */
export function assignIds(ids: (string | null)[], prefix: string): string[] {
  const used = new Set(ids.filter((id): id is string => id !== null));
  let next = 1;
  return ids.map((id) => {
    if (id !== null) return id;
    while (used.has(`${prefix}-${next}`)) next++;
    used.add(`${prefix}-${next}`);
    return `${prefix}-${next}`;
  });
}

/** Reports every id used by more than one item. */
export function checkUniqueIds(
  entries: { id: string; line: number }[],
  what: string,
  context: ReadContext,
): void {
  const seen = new Set<string>();
  for (const { id, line } of entries) {
    if (seen.has(id)) {
      context.problems.push({ line, message: `${what} id "${id}" is used more than once` });
    }
    seen.add(id);
  }
}

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The instant a `key: time` field gives (local to the incident's zone unless it names one); null if absent or wrong, with the problem noted. */
export function instantFieldOf(
  field: Field | undefined,
  key: string,
  context: ReadContext,
): Instant | null {
  const value = fieldValue(field);
  if (field === undefined || value === undefined) return null;
  const at = zonedTimeFrom(value, context.zone);
  if (typeof at === 'string') return at;
  context.problems.push({ line: field.line, message: `${key}: ${at.problem}` });
  return null;
}
