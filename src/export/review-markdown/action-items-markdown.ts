import {
  ACTION_HORIZONS,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  type ActionItem,
  isCalendarDate,
  type Score,
  type Verification,
} from '../../domain/review/index.js';
import { formatZonedTime } from '../zoned-time.js';
import { parseListItems, type SourceLine } from './list-items.js';
import { escapeItemLine, itemLines, normalizeSingleLine } from './markdown-text.js';
import {
  assignIds,
  checkUniqueIds,
  type Field,
  fieldsOf,
  fieldValue,
  instantFieldOf,
  type ReadContext,
  textOf,
} from './read-items.js';

const FIELDS = [
  'owner',
  'due',
  'horizon',
  'type',
  'status',
  'impact',
  'effort',
  'success',
  'validation',
  "won't do",
  'done',
  'verified',
  'tracker',
] as const;

export function actionItemsToMarkdown(items: ActionItem[], zone: string): string {
  return items.map((item) => itemToLines(item, zone).join('\n')).join('\n\n');
}

function itemToLines(item: ActionItem, zone: string): string[] {
  const lines = itemLines('- ', item.title, '  ', item.id);
  // An empty one-line value reads back as absent, so it is written as absent.
  const single = (key: string, value: string | null, indent = '  ') => {
    const text = normalizeSingleLine(value ?? '');
    if (text !== '') lines.push(`${indent}- ${key}: ${escapeItemLine(text)}`);
  };
  const multi = (key: string, value: string | null, indent = '  ') => {
    if (value !== null) lines.push(...itemLines(`${indent}- ${key}: `, value, `${indent}  `));
  };
  single('owner', item.owner);
  single('due', item.dueDate);
  single('horizon', item.horizon);
  single('type', item.type);
  single('status', item.status);
  single('impact', String(item.impact));
  single('effort', String(item.effort));
  multi('success', item.successCriteria);
  multi('validation', item.validationMethod);
  multi("won't do", item.wontDoReason);
  single('done', item.doneAt === null ? null : formatZonedTime(item.doneAt, zone));
  if (item.verification !== null) {
    const { at, by, what, link } = item.verification;
    const who = normalizeSingleLine(by);
    single('verified', `${formatZonedTime(at, zone)}${who === '' ? '' : ` by ${who}`}`);
    multi('evidence', what, '    ');
    single('link', link, '    ');
  }
  single('tracker', item.trackerUrl);
  return lines;
}

export function actionItemsFromMarkdown(source: SourceLine[], context: ReadContext): ActionItem[] {
  const { items, problems } = parseListItems(source);
  context.problems.push(...problems);
  const read = items.map((item) => {
    const { text, id } = textOf(item.lines, true);
    const fields = fieldsOf(item.children, FIELDS, context);
    const line = item.line;
    const pick = <T extends string>(key: string, allowed: readonly T[]): T => {
      const value = fieldValue(fields.get(key));
      if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
      context.problems.push({
        line: fields.get(key)?.line ?? line,
        message: `${key}: ${value === undefined ? 'missing; add' : 'must be'} one of ${allowed.join(', ')}${value === undefined ? '' : `, got "${value}"`}`,
      });
      return allowed[0]!;
    };
    const multi = (key: string) => {
      const field = fields.get(key);
      return field === undefined ? null : textOf(field.lines, false).text;
    };
    return {
      line,
      id,
      title: text,
      owner: nonEmpty(fieldValue(fields.get('owner'))),
      dueDate: dueDateOf(fields.get('due'), context),
      horizon: pick('horizon', ACTION_HORIZONS),
      type: pick('type', ACTION_ITEM_TYPES),
      impact: scoreOf(fields.get('impact'), 'impact', context),
      effort: scoreOf(fields.get('effort'), 'effort', context),
      successCriteria: multi('success') ?? '',
      validationMethod: multi('validation') ?? '',
      status: fields.has('status') ? pick('status', ACTION_ITEM_STATUSES) : 'open',
      wontDoReason: multi("won't do"),
      verification: verificationOf(fields.get('verified'), context),
      doneAt: instantFieldOf(fields.get('done'), 'done', context),
      trackerUrl: nonEmpty(fieldValue(fields.get('tracker'))),
    };
  });
  const ids = assignIds(
    read.map((item) => item.id),
    'ai',
  );
  checkUniqueIds(
    read.map((item, index) => ({ id: ids[index]!, line: item.line })),
    'action item',
    context,
  );
  return read.map(({ line: _line, ...item }, index) => ({ ...item, id: ids[index]! }));
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function dueDateOf(field: Field | undefined, context: ReadContext): string | null {
  const value = fieldValue(field);
  if (field === undefined || value === undefined) return null;
  if (isCalendarDate(value)) return value;
  context.problems.push({
    line: field.line,
    message: `due: must be a date (YYYY-MM-DD), got "${value}"`,
  });
  return null;
}

function scoreOf(field: Field | undefined, key: string, context: ReadContext): Score {
  const value = fieldValue(field);
  if (field === undefined || value === undefined) return 3;
  if (/^[1-5]$/.test(value)) return Number(value) as Score;
  context.problems.push({
    line: field.line,
    message: `${key}: must be a whole number from 1 to 5, got "${value}"`,
  });
  return 3;
}

function verificationOf(field: Field | undefined, context: ReadContext): Verification | null {
  const value = fieldValue(field);
  if (field === undefined || value === undefined) return null;
  const match = /^(.+?)(?: by (.*))?$/s.exec(value)!;
  const at = instantFieldOf({ ...field, lines: [match[1]!] }, 'verified', context);
  const details = fieldsOf(field.item.children, ['evidence', 'link'], context);
  const evidence = details.get('evidence');
  if (at === null) return null;
  return {
    at,
    by: (match[2] ?? '').trim(),
    what: evidence === undefined ? '' : textOf(evidence.lines, false).text,
    link: nonEmpty(fieldValue(details.get('link'))),
  };
}
