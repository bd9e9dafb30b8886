/** The article's own dateline: a short line near the top that is a full date (with time, weekday, "نشر في"). */
import { parseDates } from '../extract/dates/index.js';
import { parseIsoDay, type CalendarDate } from '../extract/dates/calendar.js';
import type { Line } from './boilerplate.js';

const MAX_LINE = 40; // a dateline sits in the first lines of the page
const FILLER = new Set([
  'نشر', 'نشرت', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'اخر', 'تحديث', 'التحديث', 'محدث', 'الموافق', 'م', 'ص', 'مساء', 'صباحا',
  'صباح', 'ظهرا', 'يوم', 'الساعه', 'توقيت', 'بتوقيت', 'مكه', 'المكرمه', 'غرينتش', 'gmt', 'am', 'pm', 'ه', 'هـ',
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'منذ',
]);

export interface Dateline {
  line: number;
  date: CalendarDate;
}

export function findDateline(lines: Line[]): Dateline | null {
  for (let i = 0; i < Math.min(lines.length, MAX_LINE); i++) {
    const l = lines[i]!;
    // a dateline has digits; most lines do not, and skip the date parsers entirely
    if (!l.key || l.words > 16 || !/\d/u.test(l.key)) continue;
    const dates = parseDates(l.key, { docDate: null }).filter((d) => (d.grain === 'day' || d.grain === 'minute') && !d.interval && !d.value.startsWith('X'));
    if (!dates.length) continue;
    let rest = l.key;
    for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
    const leftovers = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
    const isFiller = (w: string): boolean => FILLER.has(w) || /^\d{1,2}$/u.test(w) || /^(ال)?(هجري|هجريه|ميلادي|ميلاديه)$/u.test(w);
    // the rest of the line may only be time, weekday and "published" words (and a Hijri date's parts)
    if (leftovers.every(isFiller)) {
      // the Gregorian date when the line gives both ("17 ربيع الآخر 1447 هـ الموافق 9 أكتوبر 2025"):
      // a Hijri day is converted by one reckoning, and countries' calendars differ by a day
      const chosen = dates.find((d) => !d.rule.includes('hijri')) ?? dates[0]!;
      const date = parseIsoDay(chosen.value.slice(0, 10));
      if (date) return { line: i, date };
    }
  }
  return null;
}
