/** @module Timeline entries from the blocks of a timeline: list lines, paragraphs, table rows. */
import type { Instant } from '../../domain/instant.js';
import type { DocBlock } from './doc-block.js';
import { type LeadingTimestamp, leadingTimestamp } from './leading-timestamp.js';
import { type TimelineContext, TimestampResolver } from './timestamp-resolver.js';
import { zoneInParentheses, zoneNoteFromText } from './zone-note.js';

/** One timeline line as imported; `ambiguous` entries say why in `reason`. */
export type ImportedTimelineEntry = {
  at: Instant | null;
  text: string;
  ambiguous: boolean;
  reason?: string;
  zone?: string;
  line: number;
};

type Columns = { date: number; time: number; text: number[] };

const HEADER_CELL =
  /^(?:date|day|time|when|timestamp|utc|event|events|description|what happened|what|details?|action|activity|who|owner|actor|source|notes?|comments?|status|phase|by)\b/i;

/**
 * Timeline entries of `blocks`, in document order; lines without a timestamp are skipped.
 * With `requireTime` (a document without a timeline section) a line needs a clock time or a T+ offset.
 */
export function timelineFromBlocks(
  blocks: DocBlock[],
  context: TimelineContext,
  requireTime = false,
): ImportedTimelineEntry[] {
  const entries: ImportedTimelineEntry[] = [];
  let columns: Columns | null = null;
  const resolver = new TimestampResolver(context);
  for (const block of blocks) {
    if (block.kind === 'row') {
      const header = columnsOfHeader(block.cells);
      if (header) {
        columns = header.columns;
        if (header.zone) resolver.setNoteZone(header.zone);
        continue;
      }
    } else columns = null;
    const reads =
      block.kind === 'paragraph' ? paragraphStamps(block.text) : [stampOf(block, columns)];
    for (const read of reads) {
      if (!read) continue;
      const entry = entryOf(read, block, resolver, requireTime);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function entryOf(
  read: { stamp: LeadingTimestamp; text: string },
  block: DocBlock,
  resolver: TimestampResolver,
  requireTime: boolean,
): ImportedTimelineEntry | null {
  {
    const { stamp, text } = read;
    if (isDayMarker(stamp)) {
      resolver.setDay(stamp);
      return null;
    }
    if (requireTime && stamp.time === null && stamp.offsetSeconds === null) return null;
    const resolved = resolver.resolve(stamp);
    const entry: ImportedTimelineEntry = {
      at: resolved.at,
      text: text.length > 0 ? text : block.text,
      ambiguous: resolved.reasons.length > 0,
      line: block.line,
    };
    if (resolved.reasons.length > 0) entry.reason = resolved.reasons.join('; ');
    if (resolved.zone !== undefined) entry.zone = resolved.zone;
    return entry;
  }
}

const SENTENCE_END = /(?<=[.!?])(?<![ap]\.m\.)\s+(?=[A-Z])/;
const TIME_CUE =
  /\b(?:at|by|around|about|until|shortly after|just after|just before)\s+(?=[\dT]|noon\b|midnight\b)/gi;

/**
 * A prose paragraph yields one entry per sentence that starts with a time or says "at 13:52";
 * sentences without a time stay with the entry before them.
 */
function paragraphStamps(text: string): Array<{ stamp: LeadingTimestamp; text: string }> {
  const found: Array<{ stamp: LeadingTimestamp; text: string }> = [];
  for (const sentence of text.split(SENTENCE_END)) {
    const stamp = sentenceStamp(sentence);
    const last = found[found.length - 1];
    if (stamp) found.push(stamp);
    else if (last) last.text = `${last.text} ${sentence.trim()}`;
  }
  return found;
}

function sentenceStamp(sentence: string): { stamp: LeadingTimestamp; text: string } | null {
  const leading = leadingTimestamp(sentence);
  if (leading) return { stamp: leading, text: leading.rest };
  for (const cue of sentence.matchAll(TIME_CUE)) {
    const stamp = leadingTimestamp(sentence.slice(cue.index + cue[0].length));
    if (stamp && (stamp.time !== null || stamp.offsetSeconds !== null))
      return { stamp, text: sentence.trim() };
  }
  return null;
}

/** The first zone written on a timeline line, used for the lines before it that name none. */
export function firstEntryZoneOf(blocks: DocBlock[]) {
  for (const block of blocks) {
    const zone = stampOf(block, null)?.stamp.zone;
    if (zone && zone.kind !== 'unclear') return zone;
  }
  return null;
}

/** The zone a timeline states for itself: a note line, a heading or a table header. */
export function zoneStatedIn(blocks: DocBlock[]) {
  for (const block of blocks) {
    const note =
      block.kind === 'heading' || block.kind === 'row' ? zoneInParentheses(block.text) : null;
    const found = note ?? (block.kind === 'row' ? null : zoneNoteFromText(block.text));
    if (found) return found;
  }
  return null;
}

function stampOf(
  block: DocBlock,
  columns: Columns | null,
): { stamp: LeadingTimestamp; text: string } | null {
  if (block.kind !== 'row') {
    const stamp = leadingTimestamp(block.text);
    return stamp ? { stamp, text: stamp.rest } : null;
  }
  const cells = block.cells;
  if (columns) {
    const when = [columns.date, columns.time].filter((k) => k >= 0).map((k) => cells[k] ?? '');
    const stamp = leadingTimestamp(when.join(' '));
    const text = columns.text.map((k) => cells[k] ?? '').filter((cell) => cell.length > 0);
    return stamp ? { stamp, text: text.join(' — ') } : null;
  }
  const first = leadingTimestamp(cells[0] ?? '');
  if (!first) return null;
  const second =
    first.time === null && cells.length > 2 ? leadingTimestamp(`${cells[0]} ${cells[1]}`) : null;
  if (second?.time) return { stamp: second, text: joinCells([second.rest, ...cells.slice(2)]) };
  return { stamp: first, text: joinCells([first.rest, ...cells.slice(1)]) };
}

function joinCells(cells: string[]): string {
  return cells.filter((cell) => !/^[\s—–-]*$/.test(cell)).join(' — ');
}

function columnsOfHeader(
  cells: string[],
): { columns: Columns; zone: ReturnType<typeof zoneInParentheses> } | null {
  if (cells.some((cell) => leadingTimestamp(cell)?.time)) return null;
  if (!cells.some((cell) => HEADER_CELL.test(cell.trim()))) return null;
  const time = cells.findIndex((cell) => /\b(?:time|when|timestamp|utc)\b/i.test(cell));
  const date = cells.findIndex((cell, k) => k !== time && /^(?:date|day)\b/i.test(cell.trim()));
  if (time === -1 && date === -1) return null;
  const text = cells.map((_, k) => k).filter((k) => k !== time && k !== date);
  let zone = null;
  for (const cell of cells)
    zone ??=
      zoneInParentheses(cell) ??
      (/^\s*(?:time|when)\s+(utc|gmt)\s*$/i.test(cell)
        ? zoneNoteFromText(`times ${cell.trim().split(/\s+/)[1]}`)
        : null);
  return { columns: { date, time, text }, zone };
}

/** A date with nothing after it but a weekday or a short label marks the day of the lines below. */
function isDayMarker(stamp: LeadingTimestamp): boolean {
  if (stamp.time !== null || stamp.offsetSeconds !== null || stamp.date === null) return false;
  const words = stamp.rest
    .replace(/\([^)]*\)/g, '')
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim();
  return words.length < 14;
}
