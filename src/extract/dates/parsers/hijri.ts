import { hijriToGregorian, isoDay } from '../calendar.js';
import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { DAY, HIJRI_MONTH, hijriMonthNumber } from '../lexicon.js';
import type { DateParser } from '../types.js';

/** `<day>? <hijri-month> <hijri-year> (هـ)?`, converted to Gregorian (Umm al-Qura). */
export const hijriDate: DateParser = {
  rule: '<day> <hijri-month> <hijri-year>',
  pattern: pattern(
    `${WORD_START}(?:(?<day>{{day}})\\s+(?:من\\s+)?)?(?<month>{{month}})\\s+(?<year>1[34]\\d\\d)\\s*(?:ه|هـ|هجري|هجريه|للهجره)?${WORD_END}`,
    { day: DAY, month: HIJRI_MONTH },
  ),
  extract(m) {
    const month = hijriMonthNumber.get(m.groups.month!.text);
    if (!month) return null;
    const year = Number(m.groups.year!.text);
    if (m.groups.day) {
      const g = hijriToGregorian({ year, month, day: Number(m.groups.day.text) });
      return g ? { value: isoDay(g), grain: 'day' } : null;
    }
    // a Hijri month spans two Gregorian months: report the month its first day falls in
    const first = hijriToGregorian({ year, month, day: 1 });
    return first ? { value: `${first.year}-${String(first.month).padStart(2, '0')}`, grain: 'month', mod: 'APPROX' } : null;
  },
};
