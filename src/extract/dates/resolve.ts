/** Turning stated parts plus the document date into ISO values. */
import { isValidDay, isoDay, isoMonth, periodValue, shift, toDate, type CalendarDate, type Grain } from './calendar.js';
import type { DateContext } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day whose year may be unknown: the document year when the text says "الجاري", else XXXX. */
export function dayValue(day: number, month: number, year: number | null, ctx: DateContext, direction?: -1 | 0 | 1):
  { value: string; grain: Grain; implied?: boolean } | null {
  if (year !== null) {
    const d = { year, month, day };
    return isValidDay(d) ? { value: isoDay(d), grain: 'day' } : null;
  }
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  if (!ctx.docDate) return { value: `XXXX-${pad(month)}-${pad(day)}`, grain: 'day' };
  const y = impliedYear(month, ctx.docDate, direction);
  const d: CalendarDate = { year: y, month, day };
  return isValidDay(d) ? { value: isoDay(d), grain: 'day', implied: true } : null;
}

export function monthValue(month: number, year: number | null, ctx: DateContext, direction?: -1 | 0 | 1):
  { value: string; grain: Grain; implied?: boolean } {
  if (year !== null) return { value: isoMonth(year, month), grain: 'month' };
  if (!ctx.docDate) return { value: `XXXX-${pad(month)}`, grain: 'month' };
  return { value: isoMonth(impliedYear(month, ctx.docDate, direction), month), grain: 'month', implied: true };
}

/** The year of a month named without one: this year for الجاري, else the nearest in the direction given. */
function impliedYear(month: number, doc: CalendarDate, direction?: -1 | 0 | 1): number {
  if (direction === -1 && month > doc.month) return doc.year - 1;
  if (direction === 1 && month < doc.month) return doc.year + 1;
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
