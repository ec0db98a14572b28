/** @module The phrases that make a timeline entry read as a report, an acknowledgement, a mitigation, a resolution or a customer notice. */

export const EVENT_SIGNALS = [
  'humanReport',
  'acknowledgement',
  'mitigation',
  'resolution',
  'customerNotice',
] as const;
export type EventSignal = (typeof EVENT_SIGNALS)[number];

const WHO = '(?:customers?|users?|clients?|merchants?|support|someone|a colleague)';

/**
 * | signal          | reads as                                                                      |
 * |-----------------|-------------------------------------------------------------------------------|
 * | humanReport     | "customer reported", "users report", "support ticket", "noticed", "reported by" |
 * | acknowledgement | "acknowledged", "acked", "ack'd"                                               |
 * | mitigation      | "mitigated", "rolled back", "rollback complete", "failover complete", "workaround in place" |
 * | resolution      | "resolved", "fully recovered", "fully restored", "all clear", "incident closed" |
 * | customerNotice  | "status page", "customers notified/informed/emailed", "email to customers"     |
 */
const PHRASES: Record<EventSignal, RegExp> = {
  humanReport: new RegExp(
    `\\b${WHO}\\s+(?:reported|reports|report|reporting|complained|complaining|flagged|noticed)\\b` +
      '|\\bsupport tickets?\\b|\\bnoticed\\b|\\breported by\\b',
    'gi',
  ),
  acknowledgement: /\b(?:acknowledged|acknowledges|acked|ack'd)\b/gi,
  mitigation:
    /\bmitigated\b|\bmitigation (?:is )?(?:in place|applied|complete)\b|\brolled back\b|\brollback (?:is )?(?:complete|completed|done|finished)\b|\bfail[- ]?over (?:is )?(?:complete|completed|done|finished)\b|\bworkaround (?:is )?(?:in place|applied|live|deployed)\b/gi,
  resolution:
    /\bresolved\b|\bfully (?:recovered|restored)\b|\ball[- ]clear\b|\bincident (?:is )?closed\b/gi,
  customerNotice:
    /\bstatus ?page\b|\bcustomers? (?:were |have been |has been |are )?(?:notified|informed|emailed|told)\b|\bnotified (?:all |affected )*customers\b|\b(?:email|e-mail|message|notice|notification)s? (?:sent )?to (?:all |affected |our )*customers\b/gi,
};

const NEGATION_BEFORE =
  /\b(?:not|no|never|isn't|hasn't|haven't|wasn't|weren't|aren't|didn't|without|yet to)\s+(?:\S+\s+){0,2}$/i;
const NEGATION_AFTER = /^\s+(?:not|isn't|wasn't|hasn't|has not|is not|was not)\b/i;

/**
 * True when some sentence of `text` reads as `signal`.
 * A sentence that asks ("is it resolved?") or negates ("not yet mitigated") the phrase does not count.
 */
export function readsAs(text: string, signal: EventSignal): boolean {
  for (const sentence of text.split(/(?<=[.!?;\n])/)) {
    if (sentence.trim().endsWith('?')) continue;
    for (const match of sentence.matchAll(PHRASES[signal])) {
      const before = sentence.slice(0, match.index);
      const after = sentence.slice(match.index + match[0].length);
      if (!NEGATION_BEFORE.test(before) && !NEGATION_AFTER.test(after)) return true;
    }
  }
  return false;
}
