/** @module The `## Timeline` section: one list item per curated event, in the incident's zone. */
import { TIMELINE_EVENT_KINDS, type TimelineEventKind } from '../../domain/timeline-event.js';
import type { ReviewTimelineEntry } from '../review-document.js';
import { formatZonedTime, zonedTimeFrom } from '../zoned-time.js';
import { parseListItems, type SourceLine } from './list-items.js';
import { escapeInline, itemLines, normalizeSingleLine, unescapeInline } from './markdown-text.js';
import { assignIds, clip, type ReadContext, textOf } from './read-items.js';

const ENTRY = /^(.+?) — \[([a-z_]+)(?: by ((?:\\.|[^\\\]])*))?\](?: (.*))?$/s;

/** `- 2026-03-12 09:15 UTC — [alert by Alertmanager] text {#id}` lines. */
export function timelineToMarkdown(entries: ReviewTimelineEntry[], zone: string): string {
  return entries
    .flatMap((entry) => {
      const actor = normalizeSingleLine(entry.actor ?? '');
      const label = actor === '' ? entry.kind : `${entry.kind} by ${escapeInline(actor, ']')}`;
      const marker = `- ${formatZonedTime(entry.at, zone)} — [${label}] `;
      return itemLines(marker, entry.text, '  ', entry.id);
    })
    .join('\n');
}

export function timelineFromMarkdown(
  source: SourceLine[],
  context: ReadContext,
): ReviewTimelineEntry[] {
  const { items, problems } = parseListItems(source);
  context.problems.push(...problems);
  const read = items.flatMap((item) => {
    const match = ENTRY.exec(item.lines[0]!);
    if (!match) {
      context.problems.push({
        line: item.line,
        message: `expected "- 2026-03-12 09:15 UTC — [alert] what happened", got "${clip(item.lines[0]!)}"`,
      });
      return [];
    }
    const [, time, kind, actor, first] = match as unknown as (string | undefined)[];
    const at = zonedTimeFrom(time!, context.zone);
    if (typeof at === 'object') {
      context.problems.push({ line: item.line, message: `time: ${at.problem}` });
      return [];
    }
    if (!(TIMELINE_EVENT_KINDS as readonly string[]).includes(kind!)) {
      context.problems.push({
        line: item.line,
        message: `kind: must be one of ${TIMELINE_EVENT_KINDS.join(', ')}, got "${kind}"`,
      });
      return [];
    }
    const { text, id } = textOf([first ?? '', ...item.lines.slice(1)], true);
    const actorText = actor === undefined ? '' : unescapeInline(actor).trim();
    return [
      { id, at, kind: kind as TimelineEventKind, actor: actorText === '' ? null : actorText, text },
    ];
  });
  const ids = assignIds(
    read.map((entry) => entry.id),
    'ev',
  );
  return read.map((entry, index) => ({ ...entry, id: ids[index]! }));
}
