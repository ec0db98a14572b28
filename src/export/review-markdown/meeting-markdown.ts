/** @module The `## Meeting` section: when the review meeting was held and who attended, with their teams. */
import type { Meeting } from '../../domain/review/index.js';
import { formatZonedTime, zonedTimeFrom } from '../zoned-time.js';
import { parseListItems, type SourceLine } from './list-items.js';
import { escapeInline, normalizeSingleLine, unescapeInline } from './markdown-text.js';
import { fieldsOf, fieldValue, type ReadContext } from './read-items.js';

const ATTENDEE = /^((?:\\.|[^\\(])*?)(?: \(((?:\\.|[^\\)])*)\))?$/s;

export function meetingToMarkdown(meeting: Meeting, zone: string): string {
  const lines: string[] = [];
  if (meeting.at !== null) lines.push(`- when: ${formatZonedTime(meeting.at, zone)}`);
  if (meeting.attendees.length > 0) {
    lines.push('- attendees:');
    for (const { name, team } of meeting.attendees) {
      const who = escapeInline(normalizeSingleLine(name), '()');
      const group = normalizeSingleLine(team);
      lines.push(`  - ${who}${group === '' ? '' : ` (${escapeInline(group, '()')})`}`.trimEnd());
    }
  }
  return lines.join('\n');
}

export function meetingFromMarkdown(source: SourceLine[], context: ReadContext): Meeting {
  const { items, problems } = parseListItems(source);
  context.problems.push(...problems);
  const fields = fieldsOf(items, ['when', 'attendees'], context);
  const when = fields.get('when');
  const whenText = fieldValue(when);
  let at: Meeting['at'] = null;
  if (when !== undefined && whenText !== undefined && whenText !== '') {
    const parsed = zonedTimeFrom(whenText, context.zone);
    if (typeof parsed === 'string') at = parsed;
    else context.problems.push({ line: when.line, message: `when: ${parsed.problem}` });
  }
  const attendees = (fields.get('attendees')?.item.children ?? []).flatMap((item) => {
    const match = ATTENDEE.exec(item.lines.join(' ').trimEnd());
    if (match) {
      return [
        { name: unescapeInline(match[1]!).trim(), team: unescapeInline(match[2] ?? '').trim() },
      ];
    }
    context.problems.push({
      line: item.line,
      message:
        'expected an attendee such as "Ana Silva (payments)"; write \\( for a bracket in a name',
    });
    return [];
  });
  return { at, attendees };
}
