/** @module The one-line timeline entry: `09:15 alert 5xx above 2% on checkout` → instant, kind, text. */
import { instantFromZoned } from '../lib/zoned-time.js';

export interface QuickEntry {
  at: string;
  kind: string;
  text: string;
}

export interface QuickEntryContext {
  /** YYYY-MM-DD used when the line gives only a time. */
  defaultDate: string;
  /** IANA zone the typed time is read in. */
  zone: string;
  kinds: readonly string[];
  /** Kind used when the second word is not a kind. */
  defaultKind: string;
}

const LINE = /^\s*(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}:\d{2}(?::\d{2})?)\s+(.*)$/s;

/**
 * Reads `[YYYY-MM-DD ]HH:MM[:SS] [kind] text`; the kind may be omitted (then `defaultKind`).
 * Returns a problem sentence a person can act on when the line does not fit.
 */
export function parseQuickEntry(
  line: string,
  context: QuickEntryContext,
): QuickEntry | { problem: string } {
  const match = LINE.exec(line);
  if (!match) {
    return { problem: 'Start with a time such as 09:15, then the kind and what happened.' };
  }
  const [, date = context.defaultDate, time = '', rest = ''] = match;
  const at = instantFromZoned(date, time, context.zone);
  if (at === null) return { problem: `${date} ${time} is not a valid date and time.` };
  const [first = '', ...words] = rest.trim().split(/\s+/);
  const isKind = context.kinds.includes(first.toLowerCase());
  const kind = isKind ? first.toLowerCase() : context.defaultKind;
  const text = (isKind ? words.join(' ') : rest).trim();
  if (text === '') return { problem: 'Add what happened after the time and kind.' };
  return { at, kind, text };
}
