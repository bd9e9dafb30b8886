/** Calendar arithmetic: date-fns for Gregorian, Intl's Umm al-Qura calendar for Hijri. */
// one module per function: the package's index loads hundreds of them at start-up
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { setISOWeek } from 'date-fns/setISOWeek';
import { setISOWeekYear } from 'date-fns/setISOWeekYear';

export type Grain = 'day' | 'week' | 'month' | 'year';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function toDate(d: CalendarDate): Date {
  return new Date(d.year, d.month - 1, d.day);
}

export function fromDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function parseIsoDay(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  return isValidDay(d) ? d : null;
}

export function isValidDay(d: CalendarDate): boolean {
  const date = toDate(d);
  return date.getFullYear() === d.year && date.getMonth() + 1 === d.month && date.getDate() === d.day;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoWeek(d: Date): string {
  return `${getISOWeekYear(d)}-W${pad(getISOWeek(d))}`;
}

/** The last day (Sunday) of an ISO week ("2025-W02" → "2025-01-12"), or null for another value. */
export function lastDayOfIsoWeek(value: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/u.exec(value);
  if (!m) return null;
  return isoDate(endOfISOWeek(setISOWeek(setISOWeekYear(new Date(+m[1]!, 0, 4), +m[1]!), +m[2]!)));
}

export function isoDate(d: Date): string {
  return isoDay(fromDate(d));
}

/** Shifts a date by whole units. */
export function shift(d: Date, unit: Grain, n: number): Date {
  switch (unit) {
    case 'day':
      return addDays(d, n);
    case 'week':
      return addWeeks(d, n);
    case 'month':
      return addMonths(d, n);
    case 'year':
      return addYears(d, n);
  }
}

/** The value of the period of `grain` containing `d`. */
export function periodValue(d: Date, grain: Grain): string {
  switch (grain) {
    case 'day':
      return isoDate(d);
    case 'week':
      return isoWeek(d);
    case 'month':
      return isoMonth(d.getFullYear(), d.getMonth() + 1);
    case 'year':
      return pad(d.getFullYear(), 4);
  }
}

/** Made on the first Hijri date: loading the calendar's ICU data costs start-up time most articles never repay. */
let hijriFormat: Intl.DateTimeFormat | null = null;

/** Drops the Hijri format made (an Intl object cannot be saved in the startup snapshot). */
export function forgetHijriFormat(): void {
  hijriFormat = null;
}

function hijriOf(utcMs: number): CalendarDate {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = hijriFormat.formatToParts(new Date(utcMs));
  const get = (t: string): number => Number.parseInt(parts.find((p) => p.type === t)?.value ?? 'NaN', 10);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const DAY_MS = 86_400_000;
const cmp = (a: CalendarDate, b: CalendarDate): number => a.year - b.year || a.month - b.month || a.day - b.day;

/** The Umm al-Qura Hijri date of a Gregorian day. */
export function gregorianToHijri(d: CalendarDate): CalendarDate {
  return hijriOf(Date.UTC(d.year, d.month - 1, d.day, 12));
}

/** Conversions made (few distinct days recur in a run: each costs several calls into ICU). */
const TO_GREGORIAN = new Map<number, CalendarDate | null>();
const MAX_REMEMBERED_CONVERSIONS = 4096;

/** Converts an Umm al-Qura Hijri date to Gregorian, or null when it does not exist. */
export function hijriToGregorian(h: CalendarDate): CalendarDate | null {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30) return null;
  const key = (h.year * 13 + h.month) * 31 + h.day;
  const known = TO_GREGORIAN.get(key);
  if (known !== undefined) return known && { ...known };
  if (TO_GREGORIAN.size >= MAX_REMEMBERED_CONVERSIONS) TO_GREGORIAN.clear();
  const found = walkToHijri(h);
  TO_GREGORIAN.set(key, found);
  return found && { ...found };
}

/**
 * Walks from an estimate to the Gregorian day of `h`: by the days the two Hijri dates seem apart
 * (exact within a month), then a day at a time near the answer, where months of 29 and 30 days blur
 * the estimate. A day that does not exist (30 of a month of 29) is never reached: null.
 */
function walkToHijri(h: CalendarDate): CalendarDate | null {
  // Hijri years are ~354.37 days, months ~29.53
  let ms = Date.UTC(622, 6, 16) + Math.round(((h.year - 1) * 354.367 + (h.month - 1) * 29.53 + (h.day - 1)) * DAY_MS);
  for (let i = 0; i < 60; i++) {
    const at = hijriOf(ms);
    const c = cmp(at, h);
    if (c === 0) {
      const d = new Date(ms);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
    const apart = Math.round((h.year - at.year) * 354.367 + (h.month - at.month) * 29.53 + (h.day - at.day));
    ms += (Math.abs(apart) > 1 && i < 4 ? apart : c < 0 ? 1 : -1) * DAY_MS;
  }
  return null;
}
