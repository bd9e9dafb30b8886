/** Turning stated parts plus the document date into ISO values. */
import { isValidDay, isoDay, isoMonth, periodValue, shift, toDate, type CalendarDate, type Grain } from './calendar.js';
import { directionOf } from './lexicon.js';
import type { PatternMatch } from '../patterns.js';
import type { DateContext } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

type Direction = -1 | 0 | 1;

/**
 * The year named after a day and month or a month (the groups of YEAR_TAIL): a stated year, a
 * direction for the date itself ("أبريل الماضي"), or a year named relatively ("من العام الماضي").
 */
export interface YearTail {
  year: number | null;
  direction?: Direction;
  /** The year relative to the document's year ("من العام الماضي" = -1). */
  yearOffset?: number;
}

export function yearTail(m: PatternMatch): YearTail {
  const g = m.groups;
  if (g.year) return { year: Number(g.year.text) };
  if (g.thisYear) return { year: null, yearOffset: 0 };
  if (g.yearDir) {
    const d = directionOf.get(g.yearDir.text);
    return d === undefined ? { year: null } : { year: null, yearOffset: d };
  }
  const d = g.dir ? directionOf.get(g.dir.text) : undefined;
  return d === undefined ? { year: null } : { year: null, direction: d };
}

/** A day whose year may be unknown: implied from the document date (or an undated story's day), else XXXX. */
export function dayValue(day: number, month: number, tail: YearTail, ctx: DateContext):
  { value: string; grain: Grain; implied?: boolean } | null {
  if (tail.year !== null) {
    const d = { year: tail.year, month, day };
    return isValidDay(d) ? { value: isoDay(d), grain: 'day' } : null;
  }
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const reference = ctx.docDate ?? ctx.storyDay;
  if (!reference) return { value: `XXXX-${pad(month)}-${pad(day)}`, grain: 'day' };
  const y = impliedYear(month, day, reference, tail);
  const d: CalendarDate = { year: y, month, day };
  return isValidDay(d) ? { value: isoDay(d), grain: 'day', implied: true } : null;
}

export function monthValue(month: number, tail: YearTail, ctx: DateContext): { value: string; grain: Grain; implied?: boolean } {
  if (tail.year !== null) return { value: isoMonth(tail.year, month), grain: 'month' };
  const reference = ctx.docDate ?? ctx.storyDay;
  if (!reference) return { value: `XXXX-${pad(month)}`, grain: 'month' };
  return { value: isoMonth(impliedYear(month, undefined, reference, tail), month), grain: 'month', implied: true };
}

/**
 * The year of a date named without one. "من العام الماضي" names it; الجاري (or nothing) means the
 * document's year; الماضي/المقبل the nearest such date before/after the document date (a month
 * alone is compared as a whole: "أبريل الماضي" written in April is last year's).
 */
function impliedYear(month: number, day: number | undefined, doc: CalendarDate, tail: YearTail): number {
  if (tail.yearOffset !== undefined) return doc.year + tail.yearOffset;
  const cmp = month - doc.month || (day === undefined ? 0 : day - doc.day);
  if (tail.direction === -1 && cmp >= 0) return doc.year - 1;
  if (tail.direction === 1 && cmp <= 0) return doc.year + 1;
  return doc.year;
}

/** The period `n` units away from the document date, or an unknown value without one. */
export function relativePeriod(unit: Grain, n: number, ctx: DateContext): { value: string; grain: Grain } {
  if (!ctx.docDate) return { value: unknownValue(unit), grain: unit };
  return { value: periodValue(shift(toDate(ctx.docDate), unit, n), unit), grain: unit };
}

export function unknownValue(grain: Grain): string {
  switch (grain) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'year':
      return 'XXXX';
  }
}
