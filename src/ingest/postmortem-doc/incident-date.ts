/** @module Finds the incident's date: a "Date:" line, the title, headings, the opening text. */
import { type CalendarDate, type DateMention, datesInText } from './calendar-date.js';
import type { DocBlock } from './doc-block.js';
import type { DocumentOutline } from './document-outline.js';
import type { DatedDay } from './timestamp-resolver.js';

export type DateSettings = { referenceYear: number | null; dateOrder: 'dmy' | 'mdy' | null };

const LABEL =
  /^\s*(?:incident\s+date|date\s+of\s+(?:the\s+)?(?:incident|outage)|(?:incident\s+)?date(?:\s*\/\s*time)?|when|occurred(?:\s+on)?|day|incident\s+start(?:ed)?|start(?:ed)?(?:\s+at)?|outage\s+date)\s*(?:[:|=]|\s-\s|—|–)\s*/i;
const CELL_LABEL =
  /^\s*(?:incident\s+date|date(?:\s+of\s+(?:the\s+)?incident)?|when|occurred|day|start(?:ed)?)\s*:?\s*$/i;
const FRONT_MATTER_KEYS = ['incident_date', 'incident-date', 'incidentdate', 'incident'];

/** The incident's date, first from explicit labels, then the title, headings and opening text. */
export function incidentDateOf(
  outline: DocumentOutline,
  blocks: DocBlock[],
  frontMatter: Record<string, string>,
  settings: DateSettings,
): DatedDay | null {
  const opening = [
    ...outline.preamble,
    ...outline.parts.filter((part) => part.key === 'summary').flatMap((part) => part.blocks),
  ];
  const labelled = blocks.map(labelledDateText).filter((text): text is string => text !== null);
  const candidates: Array<{ text: string; needsYear: boolean }> = [
    ...labelled.map((text) => ({ text, needsYear: false })),
    ...FRONT_MATTER_KEYS.map((key) => ({ text: frontMatter[key] ?? '', needsYear: false })),
    { text: outline.title ?? '', needsYear: false },
    ...blocks.filter((b) => b.kind === 'heading').map((b) => ({ text: b.text, needsYear: true })),
    ...opening.map((b) => ({ text: b.text, needsYear: true })),
    ...outline.parts
      .filter((part) => part.key === 'timeline')
      .flatMap((part) => part.blocks.map((b) => ({ text: b.text, needsYear: true }))),
    { text: frontMatter.date ?? '', needsYear: false },
    // Last resort: a year-less date heading of the timeline, dated with referenceYear.
    ...outline.parts
      .filter((part) => part.key === 'timeline')
      .flatMap((part) => part.blocks.map((b) => ({ text: b.text, needsYear: false }))),
  ];
  for (const { text, needsYear } of candidates) {
    for (const mention of datesInText(text)) {
      const date = settle(mention, settings, needsYear);
      if (date) return date;
    }
  }
  return null;
}

function labelledDateText(block: DocBlock): string | null {
  if (block.kind === 'row') {
    const [label, value] = block.cells;
    return label !== undefined && value !== undefined && CELL_LABEL.test(label) ? value : null;
  }
  const label = LABEL.exec(block.text);
  return label ? block.text.slice(label[0].length) : null;
}

function settle(mention: DateMention, settings: DateSettings, needsYear: boolean): DatedDay | null {
  let date: CalendarDate | null = mention.date;
  if (!date && mention.orders && settings.dateOrder) date = mention.orders[settings.dateOrder];
  if (!date) return null;
  if (date.year !== null) return { ...date, year: date.year };
  if (needsYear || settings.referenceYear === null) return null;
  return { ...date, year: settings.referenceYear };
}
