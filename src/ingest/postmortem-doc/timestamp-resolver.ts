/** @module Turns leading timestamps into instants using what the document said before them. */
import {
  type Instant,
  instantFromEpochMs,
  instantFromLocal,
  isInstantProblem,
} from '../../domain/instant.js';
import { addDays, type CalendarDate, isoDateOf } from './calendar-date.js';
import { type ClockTime, minutesOfDay } from './clock-time.js';
import type { LeadingTimestamp } from './leading-timestamp.js';
import type { ZoneRef } from './zone-ref.js';

export type DatedDay = CalendarDate & { year: number };

/** What the whole document tells about dates and zones, fixed before the timeline is read. */
export type TimelineContext = {
  incidentDate: DatedDay | null;
  referenceYear: number | null;
  /** "All times in UTC" and the like. */
  noteZone: ZoneRef | null;
  /** The first zone written on any timeline entry: used for entries before it. */
  firstEntryZone: ZoneRef | null;
  defaultZone: ZoneRef | null;
  /** Day/month order of numeric dates, when other dates in the document decide it. */
  dateOrder: 'dmy' | 'mdy' | null;
  /** The document's text, searched for country names that settle IST. */
  zoneHints: string;
  t0: Instant | null;
};

/** An instant read from a timestamp, or why it could not be. */
export type ResolvedTime = { at: Instant | null; reasons: string[]; zone?: string };

/** Only a gap this long (a later entry earlier in the day) is read as crossing midnight. */
const MIDNIGHT_GAP_MINUTES = 6 * 60;
const IST_HINTS: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:india|indian|bengaluru|bangalore|mumbai|delhi|hyderabad|pune|chennai|kolkata)\b/i,
    'Asia/Kolkata',
  ],
  [/\b(?:ireland|irish|dublin|cork)\b/i, 'Europe/Dublin'],
  [/\b(?:israel|israeli|tel aviv|jerusalem|haifa)\b/i, 'Asia/Jerusalem'],
];

/** Reads the timestamps of one timeline in order, carrying the current day and zone forward. */
export class TimestampResolver {
  private day: DatedDay | null;
  private lastMinutes: number | null = null;
  private lastZone: ZoneRef | null = null;
  private noteZone: ZoneRef | null;

  constructor(private readonly context: TimelineContext) {
    this.day = context.incidentDate;
    this.noteZone = context.noteZone;
  }

  /** A table header such as `Time (PDT)` states the zone of the rows below it. */
  setNoteZone(zone: ZoneRef): void {
    this.noteZone = zone;
  }

  /** A date heading (`### Tuesday, March 3`) moves the timeline to that day. */
  setDay(stamp: LeadingTimestamp): string[] {
    const reasons: string[] = [];
    const day = this.dateOf(stamp, reasons);
    if (day) {
      this.day = day;
      this.lastMinutes = null;
    }
    return reasons;
  }

  /** The instant of one entry's timestamp; updates the current day, last time and zone. */
  resolve(stamp: LeadingTimestamp): ResolvedTime {
    if (stamp.offsetSeconds !== null && stamp.time === null) {
      if (this.context.t0 === null)
        return { at: null, reasons: ['no T0 given for a relative time'] };
      const ms = Date.parse(this.context.t0) + stamp.offsetSeconds * 1000;
      if (!isSupportedMs(ms)) return { at: null, reasons: ['relative time out of range'] };
      return { at: instantFromEpochMs(ms), reasons: [] };
    }
    const reasons: string[] = [];
    let day: DatedDay | null;
    if (stamp.date) {
      day = this.dateOf(stamp, reasons);
      if (day) this.day = day;
      this.lastMinutes = null;
    } else {
      day = this.day;
      if (day && stamp.time && this.lastMinutes !== null) {
        if (minutesOfDay(stamp.time) < this.lastMinutes - MIDNIGHT_GAP_MINUTES) {
          day = addDays(day, 1);
          this.day = day;
        }
      }
      if (!day) reasons.push('no date');
    }
    if (stamp.time) this.lastMinutes = minutesOfDay(stamp.time);
    else reasons.push('no time of day');
    if (stamp.zone) this.lastZone = stamp.zone;
    const zone = this.zoneFor(stamp.zone, reasons);
    if (reasons.length > 0 || !day || !stamp.time || !zone) {
      return zone ? { at: null, reasons, zone: zone.label } : { at: null, reasons };
    }
    const at = instantOf(day, stamp.time, zone);
    if (at === null)
      return { at: null, reasons: ['time does not exist in its zone'], zone: zone.label };
    return { at, reasons: [], zone: zone.label };
  }

  private dateOf(stamp: LeadingTimestamp, reasons: string[]): DatedDay | null {
    const mention = stamp.date;
    if (!mention) return null;
    let date = mention.date;
    if (!date && mention.orders) date = this.chooseOrder(mention.orders);
    if (!date) {
      reasons.push('day/month order unclear');
      return null;
    }
    const year = date.year ?? this.day?.year ?? this.context.referenceYear;
    if (year === null) {
      reasons.push('no year');
      return null;
    }
    return { year, month: date.month, day: date.day };
  }

  private chooseOrder(orders: { dmy: CalendarDate; mdy: CalendarDate }): CalendarDate | null {
    if (this.context.dateOrder) return orders[this.context.dateOrder];
    const near = this.day ?? this.context.incidentDate;
    if (!near) return null;
    const close = (date: CalendarDate) =>
      date.year !== null &&
      Math.abs(Date.parse(isoDateOf({ ...date, year: date.year })) - Date.parse(isoDateOf(near))) <=
        2 * 86_400_000;
    if (close(orders.dmy) && !close(orders.mdy)) return orders.dmy;
    if (close(orders.mdy) && !close(orders.dmy)) return orders.mdy;
    return null;
  }

  private zoneFor(written: ZoneRef | null, reasons: string[]): ZoneRef | null {
    const { firstEntryZone, defaultZone } = this.context;
    const zone = written ?? this.noteZone ?? this.lastZone ?? firstEntryZone ?? defaultZone;
    if (!zone) {
      reasons.push('no time zone');
      return null;
    }
    if (zone.kind !== 'unclear') return zone;
    const settled = this.settleUnclear(zone);
    if (!settled) reasons.push(`time zone ${zone.label} is ambiguous`);
    return settled;
  }

  private settleUnclear(zone: Extract<ZoneRef, { kind: 'unclear' }>): ZoneRef | null {
    const preferred = this.context.defaultZone;
    if (preferred?.kind === 'iana' && zone.candidates.includes(preferred.name)) return preferred;
    const hinted = IST_HINTS.filter(([pattern]) => pattern.test(this.context.zoneHints)).map(
      ([, name]) => name,
    );
    const only = hinted.length === 1 ? hinted[0] : undefined;
    return only ? { kind: 'iana', name: only, label: only } : null;
  }
}

/** The instant of a wall-clock day and time in a zone, or null for an unclear zone or a time out of range. */
export function instantOf(day: DatedDay, time: ClockTime, zone: ZoneRef): Instant | null {
  if (zone.kind === 'unclear') return null;
  const wall = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute, time.second);
  if (zone.kind === 'offset') {
    const ms = wall - zone.minutes * 60_000;
    return isSupportedMs(ms) ? instantFromEpochMs(ms) : null;
  }
  const local = `${isoDateOf(day)}T${two(time.hour)}:${two(time.minute)}:${two(time.second)}`;
  const at = instantFromLocal(local, zone.name);
  return isInstantProblem(at) ? null : at;
}

function isSupportedMs(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= Date.UTC(9999, 11, 31, 23, 59, 59);
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}
