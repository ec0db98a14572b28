/** @module Calendar dates as people write them: ISO, slashed, dotted, and with month names. */

/** A date without a time; `year` is null when the text left it out ("March 3"). */
export type CalendarDate = { year: number | null; month: number; day: number };

/** A date found in text; numeric dates whose day/month order is unclear carry both readings. */
export type DateMention = {
  date: CalendarDate | null;
  /** Set for `03/04/2026`-style dates where both parts are ≤ 12. */
  orders?: { dmy: CalendarDate; mdy: CalendarDate };
  index: number;
  length: number;
};

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY =
  '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';

const PATTERNS: ReadonlyArray<{
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, 'index' | 'length'> | null;
}> = [
  {
    re: new RegExp(`${WEEKDAY}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d/.-]\\d)`, 'iy'),
    read: (m) => dated(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    re: new RegExp(`${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d:])`, 'iy'),
    read: (m) => numericDate(Number(m[1]), Number(m[3]), yearOf(m[4]!), m[2] === '.'),
  },
  {
    re: new RegExp(
      `${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}(?!\\d|:\\d)(?:,?\\s+(\\d{4})(?!\\d|:\\d))?`,
      'iy',
    ),
    read: (m) => named(m[1]!, Number(m[2]), m[3]),
  },
  {
    re: new RegExp(
      `${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})(?!\\d|:\\d))?`,
      'iy',
    ),
    read: (m) => named(m[2]!, Number(m[1]), m[3]),
  },
];

/** The date written exactly at `index` of `text`, or null. */
export function dateAt(text: string, index: number): DateMention | null {
  for (const { re, read } of PATTERNS) {
    re.lastIndex = index;
    const match = re.exec(text);
    if (!match) continue;
    // "may" is a month only when written with a capital: "it may 10x the load" is not a date.
    if (/\bmay\b/.test(match[0]) && !/\bMay\b/.test(match[0])) continue;
    const mention = read(match);
    if (mention) return { ...mention, index, length: match[0].length };
  }
  return null;
}

/** Every date written in `text`, left to right, without overlaps. */
export function datesInText(text: string): DateMention[] {
  const found: DateMention[] = [];
  let index = 0;
  while (index < text.length) {
    const atBoundary = index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1] ?? '');
    const mention =
      atBoundary && /[\p{L}\p{N}]/u.test(text[index] ?? '') ? dateAt(text, index) : null;
    if (mention) {
      found.push(mention);
      index += mention.length;
    } else index++;
  }
  return found;
}

/** True when the date exists on the calendar (a year-less date is checked against a leap year). */
export function isRealDate(date: CalendarDate): boolean {
  const year = date.year ?? 2024;
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return date.day <= new Date(Date.UTC(year, date.month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a date with a year. */
export function isoDateOf(date: CalendarDate & { year: number }): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(
  date: CalendarDate & { year: number },
  days: number,
): CalendarDate & { year: number } {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function dated(year: number, month: number, day: number) {
  const date = { year, month, day };
  return isRealDate(date) ? { date } : null;
}

function numericDate(first: number, second: number, year: number, dotted: boolean) {
  const dmy = { year, month: second, day: first };
  const mdy = { year, month: first, day: second };
  const dmyReal = isRealDate(dmy);
  const mdyReal = isRealDate(mdy);
  // Dotted dates (31.01.2017) are a day-first convention everywhere they are used.
  if (dotted) return dmyReal ? { date: dmy } : null;
  if (dmyReal && mdyReal && first !== second) return { date: null, orders: { dmy, mdy } };
  if (dmyReal) return { date: dmy };
  if (mdyReal) return { date: mdy };
  return null;
}

function named(month: string, day: number, year: string | undefined) {
  const date = {
    year: year === undefined ? null : Number(year),
    month: MONTH_NAMES.indexOf(month.slice(0, 3).toLowerCase()) + 1,
    day,
  };
  return isRealDate(date) ? { date } : null;
}

function yearOf(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}
