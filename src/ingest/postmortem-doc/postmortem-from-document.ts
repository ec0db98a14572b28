import { actionItemsFromBlocks, type ImportedActionItem } from './action-items-from-blocks.js';
import { isoDateOf } from './calendar-date.js';
import { dateOrderOf } from './date-order.js';
import type { DocBlock, ParsedDocument } from './doc-block.js';
import { type DocumentOutline, outlineFromBlocks, sectionText } from './document-outline.js';
import { documentFromHtml } from './html-blocks.js';
import { incidentDateOf } from './incident-date.js';
import { documentFromMarkdown } from './markdown-blocks.js';
import { type ImportedMilestones, milestonesFromTimeline } from './milestones-from-timeline.js';
import { t0FromBlocks } from './t0-from-blocks.js';
import {
  firstEntryZoneOf,
  type ImportedTimelineEntry,
  timelineFromBlocks,
  zoneStatedIn,
} from './timeline-from-blocks.js';
import type { TimelineContext } from './timestamp-resolver.js';
import { zoneFromName } from './zone-ref.js';

export type ImportedSections = {
  summary?: string;
  impact?: string;
  rootCause?: string;
  contributingFactors?: string;
  lessons?: string;
  timeline?: string;
  actionItems?: string;
  [other: string]: string | undefined;
};

/** What `hindsight import doc FILE --dry-run --json` prints. Milestones are all inferred from wording. */
export type ImportedPostmortem = {
  title: string | null;
  /** YYYY-MM-DD of the incident when found. */
  date: string | null;
  timeline: ImportedTimelineEntry[];
  milestones: ImportedMilestones;
  sections: ImportedSections;
  actionItems: ImportedActionItem[];
  warnings: string[];
};

export type DocumentImportOptions = {
  format: 'md' | 'html';
  /** IANA zone for times the document gives no zone for; only when the caller names it. */
  defaultZone?: string;
  /** Year for dates written without one ("March 3") when the document never says. */
  referenceYear?: number;
};

const LABEL_LINE = /^[\p{L}][\p{L}\s/&-]{0,30}:\s/u;
const TITLE_MAX_CHARS = 120;

/**
 * Reads a postmortem document into title, date, timeline, milestones, sections and action items.
 * Never throws: what cannot be read is reported in `warnings`.
 * @example postmortemFromDocument('# Outage\n## Timeline\n- 14:03 UTC alert fired', { format: 'md', referenceYear: 2026 })
 */
export function postmortemFromDocument(
  text: string,
  options: DocumentImportOptions,
): ImportedPostmortem {
  try {
    const document =
      options.format === 'html' ? documentFromHtml(text) : documentFromMarkdown(text);
    return postmortemFromParsed(document, text, options);
  } catch (error) {
    return {
      title: null,
      date: null,
      timeline: [],
      milestones: {},
      sections: {},
      actionItems: [],
      warnings: [
        `could not read the document: ${error instanceof Error ? error.message : String(error)}`,
      ],
    };
  }
}

function postmortemFromParsed(
  document: ParsedDocument,
  raw: string,
  options: DocumentImportOptions,
): ImportedPostmortem {
  const warnings: string[] = [];
  const outline = outlineFromBlocks(document.blocks);
  const referenceYear = options.referenceYear ?? null;
  const allText = document.blocks.map((block) => block.text).join('\n');
  const dateOrder = dateOrderOf(allText);
  const incidentDate = incidentDateOf(outline, document.blocks, document.frontMatter, {
    referenceYear,
    dateOrder,
  });
  const defaultZone = options.defaultZone === undefined ? null : zoneFromName(options.defaultZone);
  if (options.defaultZone !== undefined && !defaultZone) {
    warnings.push(`defaultZone: "${options.defaultZone}" is not a known IANA time zone; ignored`);
  }

  const timelineParts = outline.parts.filter((part) => part.key === 'timeline');
  const hasTimelineSection = timelineParts.length > 0;
  const scope = hasTimelineSection
    ? timelineParts.flatMap((part) => part.blocks)
    : [
        ...outline.preamble,
        ...outline.parts
          .filter((part) => part.key !== 'actionItems')
          .flatMap((part) => part.blocks),
      ];
  const headings: DocBlock[] = timelineParts.map((part) => ({
    kind: 'heading',
    level: part.level,
    text: part.heading,
    line: part.line,
  }));
  const context: TimelineContext = {
    incidentDate,
    referenceYear,
    noteZone: zoneStatedIn([...headings, ...scope]) ?? zoneStatedIn(document.blocks),
    firstEntryZone: firstEntryZoneOf(scope),
    defaultZone,
    dateOrder,
    zoneHints: allText,
    t0: null,
  };
  context.t0 = t0FromBlocks(document.blocks, context);
  const timeline = timelineFromBlocks(scope, context, !hasTimelineSection);

  if (!hasTimelineSection) {
    warnings.push(
      timeline.length > 0
        ? 'no timeline section found; entries were taken from lines and sentences that give a time'
        : 'no timeline section found and no lines or sentences that give a time',
    );
  } else if (timeline.length === 0) warnings.push('the timeline section has no lines with a time');
  const unclear = timeline.filter((entry) => entry.ambiguous);
  if (unclear.length > 0) {
    const reasons = [...new Set(unclear.map((entry) => entry.reason ?? ''))].join(', ');
    warnings.push(
      `${unclear.length} of ${timeline.length} timeline entries are ambiguous (${reasons})`,
    );
  }
  if (!incidentDate) warnings.push('incident date not found');
  if (/(^|[\s(])(?:[01]?\d)\/(?:[01]?\d)\/\d{2,4}/.test(allText) && dateOrder === null) {
    warnings.push('numeric dates with day and month both ≤ 12 and no way to tell their order');
  }
  const title = titleOf(outline, document);
  if (!title) warnings.push('no title found');

  const actionParts = outline.parts.filter((part) => part.key === 'actionItems');
  const actionItems = actionItemsFromBlocks(
    actionParts.flatMap((part) => part.blocks),
    { incidentDate, referenceYear, dateOrder },
  );
  if (actionParts.length === 0) warnings.push('no action-items section found');
  if (raw.length > 0 && document.blocks.length === 0)
    warnings.push('the document has no readable text');

  return {
    title,
    date: incidentDate ? isoDateOf(incidentDate) : null,
    timeline,
    milestones: milestonesFromTimeline(timeline),
    sections: sectionsOf(outline),
    actionItems,
    warnings,
  };
}

function titleOf(outline: DocumentOutline, document: ParsedDocument): string | null {
  const chosen =
    (outline.titleLevel === 1 ? outline.title : null) ??
    document.documentTitle ??
    outline.title ??
    openingLineOf(document.blocks);
  // Confluence prefixes page titles with the space name: "ENG : Checkout outage".
  return chosen?.replace(/^[\p{L}\p{N} _-]{1,40} : /u, '').trim() || null;
}

/** A document without headings may open with its title as a plain short line. */
function openingLineOf(blocks: DocBlock[]): string | null {
  const first = blocks[0];
  if (first?.kind !== 'paragraph' || first.text.length > TITLE_MAX_CHARS) return null;
  if (/[.!?]$/.test(first.text) || LABEL_LINE.test(first.text)) return null;
  return first.text;
}

function sectionsOf(outline: DocumentOutline): ImportedSections {
  const parts = new Map<string, Array<{ heading: string; body: string }>>();
  for (const part of outline.parts) {
    const list = parts.get(part.key) ?? [];
    list.push({ heading: part.heading, body: sectionText(part.blocks) });
    parts.set(part.key, list);
  }
  const entries: Array<[string, string]> = [...parts].map(([key, list]) => [
    key,
    list.length === 1
      ? list[0]!.body
      : list.map(({ heading, body }) => `${heading}\n${body}`.trim()).join('\n\n'),
  ]);
  if (!parts.has('summary')) {
    const opening = outline.preamble.filter(
      (block) => block.kind === 'paragraph' && !LABEL_LINE.test(block.text),
    );
    if (opening.length > 0) entries.push(['summary', sectionText(opening)]);
  }
  return Object.fromEntries(entries.filter(([, body]) => body.length > 0)) as ImportedSections;
}

export type { ImportedActionItem, ImportedMilestones, ImportedTimelineEntry };
