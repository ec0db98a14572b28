/** @module Time zones as written in postmortems: abbreviations, offsets, "Pacific", IANA names. */
import { isTimeZone } from '../../domain/instant.js';

/** A zone read from text; `unclear` abbreviations (IST) name the zones they could mean. */
export type ZoneRef =
  | { kind: 'offset'; minutes: number; label: string }
  | { kind: 'iana'; name: string; label: string }
  | { kind: 'unclear'; label: string; candidates: string[] };

const FIXED: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  CET: 60,
  CEST: 120,
  BST: 60,
  WEST: 60,
  EET: 120,
  EEST: 180,
  MSK: 180,
  JST: 540,
  KST: 540,
  SGT: 480,
  HKT: 480,
  AWST: 480,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};
const REGIONS: Record<string, string> = {
  pacific: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  mountain: 'America/Denver',
  mt: 'America/Denver',
  central: 'America/Chicago',
  ct: 'America/Chicago',
  eastern: 'America/New_York',
  et: 'America/New_York',
};
/** IST is India, Ireland or Israel: only context can say which. */
export const IST_CANDIDATES = ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'];

const OFFSET = /(?:UTC|GMT|utc|gmt)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?(?![\d:])/y;
const BARE_OFFSET = /([+\-−])(\d{2}):?(\d{2})(?!\d)/y;
const ABBREVIATION =
  /(UTC|utc|Utc|GMT|Zulu|Z|PST|PDT|MST|MDT|CST|CDT|EST|EDT|AKST|AKDT|HST|CET|CEST|BST|WEST|WET|EEST|EET|MSK|JST|KST|SGT|HKT|AWST|ACST|AEST|AEDT|NZST|NZDT|IST|PT|MT|CT|ET)(?![A-Za-z])/y;
const REGION =
  /(?:US\s+)?(Pacific|Mountain|Central|Eastern|pacific|mountain|central|eastern)(?:\s+(?:standard|daylight|Standard|Daylight))?(?:\s+(?:time|Time))?(?![A-Za-z])/y;
const IANA = /([A-Z][A-Za-z_]+\/[A-Z][A-Za-z_-]+(?:\/[A-Z][A-Za-z_-]+)?)/y;

/** The zone written at `index` (after optional spaces and an opening parenthesis), with its length. */
export function zoneAt(text: string, index: number): { zone: ZoneRef; length: number } | null {
  const lead = /\s*\(?\s*/y;
  lead.lastIndex = index;
  const start = index + (lead.exec(text)?.[0].length ?? 0);
  const parenthesised = text.slice(index, start).includes('(');
  const found = tokenAt(text, start);
  if (!found) return null;
  let end = start + found.length;
  if (parenthesised) {
    const close = /\s*\)/y;
    close.lastIndex = end;
    const closing = close.exec(text);
    if (!closing) return null;
    end += closing[0].length;
  }
  return { zone: found.zone, length: end - index };
}

function tokenAt(text: string, start: number): { zone: ZoneRef; length: number } | null {
  const offset = matchAt(OFFSET, text, start) ?? matchAt(BARE_OFFSET, text, start);
  if (offset) {
    const sign = offset[1] === '+' ? 1 : -1;
    const minutes = sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    if (Math.abs(minutes) > 14 * 60) return null;
    return { zone: offsetZone(minutes), length: offset[0].length };
  }
  const abbreviation = matchAt(ABBREVIATION, text, start);
  if (abbreviation) {
    const label = abbreviation[1]!.toUpperCase();
    const length = abbreviation[0].length;
    if (label === 'IST')
      return { zone: { kind: 'unclear', label, candidates: IST_CANDIDATES }, length };
    const region = REGIONS[label.toLowerCase()];
    if (region) return { zone: { kind: 'iana', name: region, label }, length };
    const minutes = FIXED[label === 'ZULU' ? 'Z' : label]!;
    return { zone: { kind: 'offset', minutes, label: minutes === 0 ? 'UTC' : label }, length };
  }
  const region = matchAt(REGION, text, start);
  if (region) {
    const name = REGIONS[region[1]!.toLowerCase()]!;
    return { zone: { kind: 'iana', name, label: name }, length: region[0].length };
  }
  const iana = matchAt(IANA, text, start);
  if (iana && isTimeZone(iana[1]!)) {
    return { zone: { kind: 'iana', name: iana[1]!, label: iana[1]! }, length: iana[0].length };
  }
  return null;
}

/** A fixed offset zone labelled `+02:00` (or `UTC` for zero). */
export function offsetZone(minutes: number): ZoneRef {
  if (minutes === 0) return { kind: 'offset', minutes: 0, label: 'UTC' };
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const label = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { kind: 'offset', minutes, label };
}

/** A zone named by the caller (`defaultZone`): an IANA name or `UTC`. */
export function zoneFromName(name: string): ZoneRef | null {
  if (name.toUpperCase() === 'UTC' || name.toUpperCase() === 'Z') return offsetZone(0);
  return isTimeZone(name) ? { kind: 'iana', name, label: name } : null;
}

function matchAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}
