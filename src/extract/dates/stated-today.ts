/**
 * The article's day, stated in its lead when no dateline gives it: "أكدت وزارة الخارجية اليوم الأحد
 * 13 أبريل/نيسان 2025 أن …", "استقبل رئيس الجمهورية أمس الأحد 6 أفريل 2025" (a page that shows only
 * "منذ 3 ساعات" above its story). Without it, every relative date of the story (أمس، السبت المقبل)
 * stays unresolved.
 */
import { fromDate, parseIsoDay, shift, toDate, type CalendarDate } from './calendar.js';
import { parseDates, SINCE_BEFORE } from './index.js';
import { tokenize } from '../tokens.js';

/** How far into the content the lead's "today" may stand (key characters). */
const MAX_LEAD_CHARS = 1200;
/** "Today", "yesterday" or "tomorrow" (folded) at the end of a relative day, and how far the article's day is from it. */
const RELATIVE_DAY = /(?:^|[^\p{L}\p{N}])و?(اليوم|امس|غدا)$/u;
const DAYS_FROM_ARTICLE: Record<string, number> = { اليوم: 0, امس: -1, غدا: 1 };
/** A relative day with a number soon after it: the day in full that may follow it ("اليوم الأحد 13 أبريل"). */
const RELATIVE_WORD_THEN_NUMBER = /(?:اليوم|امس|غدا)[^\p{N}.!?]{0,48}\p{N}/u;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The article's day from "اليوم", "أمس" or "غدا" in the lead with a day given right after it in full, or null. */
export function statedToday(key: string, from: number): CalendarDate | null {
  const end = Math.min(key.length, from + MAX_LEAD_CHARS);
  // (most articles say no "today" with a date beside it: the date rules are not run for them)
  if (!RELATIVE_WORD_THEN_NUMBER.test(key.slice(from, end))) return null;
  const lead = key.slice(0, end);
  const dates = parseDates(lead, { docDate: null }, tokenize(lead));
  for (let i = 0; i + 1 < dates.length; i++) {
    const today = dates[i]!;
    const day = dates[i + 1]!;
    const relative = today.start >= from ? RELATIVE_DAY.exec(lead.slice(Math.max(0, today.start - 2), today.end)) : null;
    if (!relative) continue;
    if (!/^[\s,]*$/u.test(lead.slice(today.end, day.start)) || day.grain !== 'day' || day.implied || !FULL_DAY.test(day.value)) continue;
    // (the article is of the day after "أمس الأحد 6 أفريل 2025")
    const stated = parseIsoDay(day.value);
    return stated ? fromDate(shift(toDate(stated), 'day', -DAYS_FROM_ARTICLE[relative[1]!]!)) : null;
  }
  return null;
}

/** How far into the content the date of an undated article's story may stand (key characters). */
const MAX_STORY_DAY_CHARS = 600;

/**
 * The day an undated article's lead reports, when the first date after its headline is a day in
 * full: "التقى الرئيس السوري … في 14 من أيار 2025" (a page with no date of its own). Its story is of
 * that time, so a day or month named later without a year is of that year ("وفي اليوم التالي، 15
 * من أيار"); it is not the article's day, which may be later, so "أمس" stays unresolved.
 */
export function storyDay(key: string, from: number): CalendarDate | null {
  const end = Math.min(key.length, from + MAX_STORY_DAY_CHARS);
  if (!/\d{4}/u.test(key.slice(from, end))) return null;
  const lead = key.slice(0, end);
  const first = parseDates(lead, { docDate: null }, tokenize(lead)).find((d) => d.start >= from);
  if (!first || first.interval || (first.grain !== 'day' && first.grain !== 'minute')) return null;
  const day = first.value.slice(0, 10);
  // a year the lead gives, not one since which something has lasted ("منذ 8 ديسمبر 2024")
  if (!FULL_DAY.test(day) || !lead.slice(first.start, first.end).includes(day.slice(0, 4)) || SINCE_BEFORE.test(lead.slice(Math.max(0, first.start - 8), first.start))) return null;
  return parseIsoDay(day);
}
