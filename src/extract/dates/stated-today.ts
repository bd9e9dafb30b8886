/**
 * The article's day, stated in its lead when no dateline gives it: "أكدت وزارة الخارجية اليوم الأحد
 * 13 أبريل/نيسان 2025 أن …" (a page that shows only "منذ 3 ساعات" above its story). Without it,
 * every relative date of the story (أمس، السبت المقبل) stays unresolved.
 */
import { parseIsoDay, type CalendarDate } from './calendar.js';
import { parseDates } from './index.js';
import { tokenize } from '../tokens.js';

/** How far into the content the lead's "today" may stand (key characters). */
const MAX_LEAD_CHARS = 1200;
const TODAY = /(?:^|[^\p{L}\p{N}])و?اليوم$/u;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The day "اليوم" names in the lead, given right after it in full, or null. */
export function statedToday(key: string, from: number): CalendarDate | null {
  const end = Math.min(key.length, from + MAX_LEAD_CHARS);
  // (most articles say no "today" with a date beside it: the date rules are not run for them)
  const at = key.indexOf('اليوم', from);
  if (at < 0 || at >= end) return null;
  const lead = key.slice(0, end);
  const dates = parseDates(lead, { docDate: null }, tokenize(lead));
  for (let i = 0; i + 1 < dates.length; i++) {
    const today = dates[i]!;
    const day = dates[i + 1]!;
    if (today.start < from || !TODAY.test(lead.slice(Math.max(0, today.start - 2), today.end))) continue;
    if (!/^[\s,]*$/u.test(lead.slice(today.end, day.start)) || day.grain !== 'day' || day.implied || !FULL_DAY.test(day.value)) continue;
    return parseIsoDay(day.value);
  }
  return null;
}
