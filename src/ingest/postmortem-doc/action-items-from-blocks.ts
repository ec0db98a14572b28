/** @module Action items from the action-items section: list lines and table rows, with owner and due date. */
import { type CalendarDate, dateAt, isoDateOf } from './calendar-date.js';
import type { DocBlock } from './doc-block.js';
import type { DatedDay } from './timestamp-resolver.js';

export type ImportedActionItem = { text: string; owner?: string; due?: string };

export type ActionItemSettings = {
  incidentDate: DatedDay | null;
  referenceYear: number | null;
  dateOrder: 'dmy' | 'mdy' | null;
};

type Columns = { text: number; owner: number; due: number };

const OWNER_HEADER = /^(?:owner|owners|assignee|assigned(?:\s+to)?|who|responsible|dri|team)\b/i;
const DUE_HEADER = /^(?:due|due date|deadline|target(?:\s+date)?|by when|eta|when|date)\b/i;
const TEXT_HEADER =
  /^(?:action|action item|item|task|description|what|title|summary|follow[-\s]?up|remediation|fix|change)\b/i;
const OWNER_LABEL =
  /(?:\b(?:owner|owners|assignee|dri)\s*[:=]\s*|\b(?:assigned to|owned by|owner is)\s+)@?([A-Za-z][\w'-]*(?:\.[A-Za-z][\w'-]*)*(?:\s+(?!(?:Due|By|Deadline|Target|ETA|Status|Priority)\b)[A-Z][\w'-]*)?)/i;
const MENTION = /(?<![\w.])@([A-Za-z][\w.-]*[A-Za-z0-9])/;
const TRAILING_PARENS =
  /\(\s*@?([A-Za-z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*)?)\s*(?:[,;][^)]*)?\)\s*\.?\s*$/;
const NOT_A_NAME =
  /^(?:done|open|closed|todo|to do|in progress|complete|completed|wip|blocked|high|medium|low|critical|p\d|optional|ongoing|pending|planned|tbd|n\/a|none|prevent|detect|mitigate|process|repair)$/i;
const DUE_LABEL =
  /\b(?:due(?:\s+(?:date|by|on))?|by|deadline|target(?:\s+date)?|eta)\s*[:=-]?\s*(?:on\s+)?/gi;

/** Action items of an action-items section; paragraphs and sub-headings are not items. */
export function actionItemsFromBlocks(
  blocks: DocBlock[],
  settings: ActionItemSettings,
): ImportedActionItem[] {
  const items: ImportedActionItem[] = [];
  let columns: Columns | null = null;
  for (const block of blocks) {
    if (block.kind === 'row') {
      const header = columnsOf(block.cells);
      if (header) {
        columns = header;
        continue;
      }
      const item = columns
        ? itemFromColumns(block.cells, columns, settings)
        : itemFromText(block.cells[0] ?? '', settings, block.cells.slice(1).join(' | '));
      if (item) items.push(item);
    } else if (block.kind === 'item') {
      columns = null;
      const item = itemFromText(block.text, settings, '');
      if (item) items.push(item);
    } else columns = null;
  }
  return items;
}

function columnsOf(cells: string[]): Columns | null {
  const owner = cells.findIndex((cell) => OWNER_HEADER.test(cell.trim()));
  const due = cells.findIndex((cell) => DUE_HEADER.test(cell.trim()));
  let text = cells.findIndex((cell) => TEXT_HEADER.test(cell.trim()));
  if (owner === -1 && due === -1 && text === -1) return null;
  if (cells.some((cell) => dateAt(cell.trim(), 0))) return null;
  if (text === -1) text = cells.findIndex((_, k) => k !== owner && k !== due);
  return { text, owner, due };
}

function itemFromColumns(
  cells: string[],
  columns: Columns,
  settings: ActionItemSettings,
): ImportedActionItem | null {
  const text = (cells[columns.text] ?? '').trim();
  if (!text) return null;
  const item: ImportedActionItem = { text };
  const owner = (cells[columns.owner] ?? '').replace(/^@/, '').trim();
  if (owner && !NOT_A_NAME.test(owner) && owner !== '-') item.owner = owner;
  const dueCell = (cells[columns.due] ?? '').trim();
  const due = dueCell ? dateText(dueCell, 0, settings) : null;
  if (due) item.due = due;
  return item;
}

function itemFromText(
  raw: string,
  settings: ActionItemSettings,
  extra: string,
): ImportedActionItem | null {
  const text = raw.replace(/^\[[ xX]\]\s*/, '').trim();
  if (!text) return null;
  const item: ImportedActionItem = { text };
  const all = extra ? `${text} | ${extra}` : text;
  const annotations: string[] = [];
  const labelled = OWNER_LABEL.exec(all);
  const mention = MENTION.exec(all);
  const parens = TRAILING_PARENS.exec(text);
  if (labelled && !NOT_A_NAME.test(labelled[1]!)) {
    item.owner = labelled[1]!;
    annotations.push(labelled[0]);
  } else if (mention) {
    item.owner = mention[1]!;
    annotations.push(mention[0]);
  } else if (parens && !NOT_A_NAME.test(parens[1]!)) {
    item.owner = parens[1]!;
    annotations.push(parens[0]);
  }
  for (const label of all.matchAll(DUE_LABEL)) {
    const start = label.index + label[0].length;
    const due = dateText(all, start, settings);
    if (due) {
      item.due = due;
      annotations.push(all.slice(label.index, start + (dateAt(all, start)?.length ?? 0)));
      break;
    }
  }
  item.text = withoutAnnotations(text, annotations) || text;
  return item;
}

/** The item's wording without its owner and due-date annotations. */
function withoutAnnotations(text: string, annotations: string[]): string {
  let rest = text;
  for (const annotation of annotations) rest = rest.replace(annotation, ' ');
  // A parenthesis that held only annotations is dropped whole.
  rest = rest.replace(/\(([^()]*)\)/g, (group, inner: string) =>
    /[\p{L}\p{N}]/u.test(inner) ? group : ' ',
  );
  return rest
    .replace(/\s+([,;:.])/g, '$1')
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function dateText(text: string, index: number, settings: ActionItemSettings): string | null {
  const mention = dateAt(text, index);
  if (!mention) return null;
  let date: CalendarDate | null = mention.date;
  if (!date && mention.orders && settings.dateOrder) date = mention.orders[settings.dateOrder];
  if (!date) return null;
  if (date.year !== null) return isoDateOf({ ...date, year: date.year });
  const base = settings.incidentDate;
  if (!base)
    return settings.referenceYear === null
      ? null
      : isoDateOf({ ...date, year: settings.referenceYear });
  // "by April 1" written after a December incident means the next April.
  const sameYear = { ...date, year: base.year };
  return isoDateOf(
    isoDateOf(sameYear) < isoDateOf(base) ? { ...date, year: base.year + 1 } : sameYear,
  );
}
