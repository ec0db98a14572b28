/** @module The `## Follow-up` section: when it was due and asked, and per action item whether it was verified and worked. */
import { type IncidentKey, isIncidentKey } from '../../domain/ids.js';
import type { Instant } from '../../domain/instant.js';
import {
  ACTION_HORIZONS,
  type ActionHorizon,
  type FollowUp,
  type FollowUpAnswer,
  type FollowUpItem,
} from '../../domain/review/index.js';
import { formatZonedTime } from '../zoned-time.js';
import { type ListItem, parseListItems, type SourceLine } from './list-items.js';
import { itemLines, normalizeMultiline, normalizeSingleLine } from './markdown-text.js';
import {
  type Field,
  fieldsOf,
  fieldValue,
  instantFieldOf,
  type ReadContext,
  textOf,
} from './read-items.js';

const FIELDS = ['due', 'asked', 'completed', 'recurred', 'items'] as const;
const ITEM_FIELDS = ['horizon', 'verified', 'worked', 'note'] as const;
const WORKED = { yes: true, no: false, 'too early': null } as const;

/** An exported follow-up always says when it was asked, null before the job asked it. */
export type ExportedFollowUp = FollowUp & { askedAt: Instant | null };

export function followUpToMarkdown(followUp: FollowUp | null, zone: string): string {
  if (followUp === null) return '';
  const lines = [`- due: ${formatZonedTime(followUp.dueAt, zone)}`];
  if (followUp.askedAt) lines.push(`- asked: ${formatZonedTime(followUp.askedAt, zone)}`);
  if (followUp.completedAt !== null) {
    const by = normalizeSingleLine(followUp.completedBy ?? '');
    const when = formatZonedTime(followUp.completedAt, zone);
    lines.push(`- completed: ${when}${by === '' ? '' : ` by ${by}`}`);
  }
  if (followUp.recurrence !== null) {
    const { recurred, incidentKeys } = followUp.recurrence;
    lines.push(
      `- recurred: ${!recurred ? 'no' : incidentKeys.length === 0 ? 'yes' : incidentKeys.join(', ')}`,
    );
  }
  if (followUp.items.length > 0) {
    lines.push('- items:');
    for (const item of followUp.items) {
      lines.push(...itemLines('  - ', item.title, '    ', item.actionItemId));
      lines.push(`    - horizon: ${item.horizon}`);
      if (item.answer !== null) {
        const { verified, effective, note } = item.answer;
        lines.push(`    - verified: ${verified ? 'yes' : 'no'}`);
        lines.push(`    - worked: ${effective === null ? 'too early' : effective ? 'yes' : 'no'}`);
        if (normalizeMultiline(note) !== '')
          lines.push(...itemLines('    - note: ', note, '      '));
      }
    }
  }
  return lines.join('\n');
}

export function followUpFromMarkdown(
  source: SourceLine[],
  context: ReadContext,
): ExportedFollowUp | null {
  const { items, problems } = parseListItems(source);
  context.problems.push(...problems);
  if (items.length === 0) return null;
  const fields = fieldsOf(items, FIELDS, context);
  const due = fields.get('due');
  const dueAt = instantFieldOf(due, 'due', context);
  if (due === undefined) {
    context.problems.push({
      line: items[0]!.line,
      message: 'due: missing; a follow-up says when it is due, e.g. "- due: 2026-04-11 09:00 UTC"',
    });
  }
  const completed = fields.get('completed');
  const completedText = fieldValue(completed);
  const completion =
    completed === undefined || completedText === undefined
      ? null
      : /^(.+?)(?: by (.*))?$/s.exec(completedText)!;
  const completedAt =
    completion === null
      ? null
      : instantFieldOf({ ...completed!, lines: [completion[1]!] }, 'completed', context);
  const completedBy = completion?.[2]?.trim() || null;
  return {
    dueAt: dueAt ?? ('1970-01-01T00:00:00.000Z' as Instant),
    askedAt: instantFieldOf(fields.get('asked'), 'asked', context),
    items: (fields.get('items')?.item.children ?? []).map((item) => followUpItemOf(item, context)),
    recurrence: recurrenceOf(fields.get('recurred'), context),
    completedAt,
    completedBy: completedAt === null ? null : completedBy,
  };
}

function followUpItemOf(item: ListItem, context: ReadContext): FollowUpItem {
  const { text, id } = textOf(item.lines, true);
  if (id === null) {
    context.problems.push({
      line: item.line,
      message: 'items: end each item with the {#id} of the action item it asks about',
    });
  }
  const fields = fieldsOf(item.children, ITEM_FIELDS, context);
  const horizonText = fieldValue(fields.get('horizon'));
  const horizon = ACTION_HORIZONS.find((known) => known === horizonText);
  if (horizon === undefined) {
    context.problems.push({
      line: fields.get('horizon')?.line ?? item.line,
      message: `horizon: must be one of ${ACTION_HORIZONS.join(', ')}${horizonText === undefined ? '' : `, got "${horizonText}"`}`,
    });
  }
  return {
    actionItemId: id ?? '',
    title: text,
    horizon: horizon ?? ('short' as ActionHorizon),
    answer: answerOf(fields, item, context),
  };
}

function answerOf(
  fields: Map<string, Field>,
  item: ListItem,
  context: ReadContext,
): FollowUpAnswer | null {
  const verified = fields.get('verified');
  const worked = fields.get('worked');
  const note = fields.get('note');
  if (verified === undefined && worked === undefined && note === undefined) return null;
  const verifiedText = fieldValue(verified);
  if (verifiedText !== 'yes' && verifiedText !== 'no') {
    context.problems.push({
      line: verified?.line ?? item.line,
      message: `verified: must be yes or no${verifiedText === undefined ? ' in an answered item' : `, got "${verifiedText}"`}`,
    });
  }
  const workedText = fieldValue(worked) ?? '';
  if (!(workedText in WORKED)) {
    context.problems.push({
      line: worked?.line ?? item.line,
      message: `worked: must be yes, no or too early, got "${workedText}"`,
    });
  }
  return {
    verified: verifiedText === 'yes',
    effective: WORKED[workedText as keyof typeof WORKED] ?? null,
    note: note === undefined ? '' : textOf(note.lines, false).text,
  };
}

function recurrenceOf(field: Field | undefined, context: ReadContext): FollowUp['recurrence'] {
  const value = fieldValue(field);
  if (field === undefined || value === undefined) return null;
  if (value === 'no') return { recurred: false, incidentKeys: [] };
  if (value === 'yes') return { recurred: true, incidentKeys: [] };
  const keys = value.split(',').map((key) => key.trim());
  const wrong = keys.filter((key) => !isIncidentKey(key));
  if (wrong.length > 0) {
    context.problems.push({
      line: field.line,
      message: `recurred: write no, yes, or the incidents that recurred such as "INC-50, INC-51"; "${wrong[0]}" is not an incident key`,
    });
  }
  return { recurred: true, incidentKeys: keys.filter(isIncidentKey) as IncidentKey[] };
}
