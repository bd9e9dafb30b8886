import { fromDate, gregorianToHijri, hijriToGregorian, isoDay, isoMonth, shift, toDate, type CalendarDate } from '../calendar.js';
import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { DAY, DIRECTION_WORD, FIRST_DAY_WORD, HIJRI_MONTH, ORDINAL_DAY, WEEKDAY, directionOf, hijriMonthNumber, ordinalDayNumber, weekdayNumber, HIJRI_OPENING } from '../lexicon.js';
import type { DateParser, DateResult } from '../types.js';

/**
 * `<weekday>? (<day> (من)? | <ordinal> من | غرة)? (شهر)? <hijri-month> (<hijri-year> (هـ)? | <direction>)`,
 * converted to Gregorian (Umm al-Qura). "15 رمضان 1446 هـ", "غرة شوال", "رمضان الماضي".
 */
export const hijriDate: DateParser = {
  rule: '<day> <hijri-month> <hijri-year>',
  opensWith: HIJRI_OPENING,
  pattern: pattern(
    `${WORD_START}(?:(?:يوم\\s+)?(?<weekday>{{weekday}})\\s*,?\\s*)?` +
      `(?:(?<day>{{day}})\\s+(?:من\\s+)?|(?<ord>{{ordinal}})\\s+من\\s+|(?<first>{{first}})\\s+)?(?:شهر\\s+)?(?<month>{{month}})` +
      `(?:\\s+(?<year>1[34]\\d\\d)(?:\\s*(?:ه|هجري|هجريه|للهجره)(?![\\p{L}\\p{N}]))?|\\s+(?<dir>{{dir}}))${WORD_END}`,
    { weekday: WEEKDAY, day: DAY, ordinal: ORDINAL_DAY, first: FIRST_DAY_WORD, month: HIJRI_MONTH, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const g = m.groups;
    const month = hijriMonthNumber.get(g.month!.text);
    if (!month) return null;
    const day = g.day ? Number(g.day.text) : g.ord ? ordinalDayNumber.get(g.ord.text) : g.first ? 1 : null;
    if (day === undefined) return null;
    let year: number | null = g.year ? Number(g.year.text) : null;
    if (year === null) {
      const dir = directionOf.get(g.dir!.text);
      if (dir === undefined) return null;
      if (!ctx.docDate) return unknown(day);
      year = impliedHijriYear(month, day, gregorianToHijri(ctx.docDate), dir);
    }
    if (day !== null) {
      const d = hijriToGregorian({ year, month, day });
      return d ? { value: isoDay(onWeekday(d, g.weekday ? weekdayNumber.get(g.weekday.text) : undefined)), grain: 'day' } : null;
    }
    // a Hijri month spans two Gregorian months: report the one that holds its middle
    const mid = hijriToGregorian({ year, month, day: 15 });
    return mid ? { value: isoMonth(mid.year, mid.month), grain: 'month', mod: 'APPROX' } : null;
  },
};

/**
 * The day of the weekday the text gives, a day either side of the reckoned one: a Hijri month starts
 * on the sighting of the moon, a day apart from one country to another ("السبت، ٢٧ شوال ١٤٤٦ هـ" in
 * Oman is 26 April 2025, Umm al-Qura's 25 April a Friday).
 */
function onWeekday(d: CalendarDate, weekday: number | undefined): CalendarDate {
  if (weekday === undefined) return d;
  const date = toDate(d);
  for (const n of [0, 1, -1]) {
    const candidate = shift(date, 'day', n);
    if (candidate.getDay() === weekday % 7) return fromDate(candidate);
  }
  return d;
}

function unknown(day: number | null): Omit<DateResult, 'rule' | 'start' | 'end'> {
  return day === null ? { value: 'XXXX-XX', grain: 'month', mod: 'APPROX' } : { value: 'XXXX-XX-XX', grain: 'day' };
}

/** The Hijri year of a month named with a direction, as impliedYear does for Gregorian months. */
export function impliedHijriYear(month: number, day: number | null, doc: CalendarDate, dir: -1 | 0 | 1): number {
  const cmp = month - doc.month || (day === null ? 0 : day - doc.day);
  if (dir === -1 && cmp >= 0) return doc.year - 1;
  if (dir === 1 && cmp <= 0) return doc.year + 1;
  return doc.year;
}
