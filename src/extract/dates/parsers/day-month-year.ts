import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { DAY, DIRECTION_WORD, MONTH, PAIRED_MONTH_TAIL, WEEKDAY, YEAR, directionOf, monthOf } from '../lexicon.js';
import { dayValue } from '../resolve.js';
import type { DateParser } from '../types.js';

/** `<weekday>? <day> (من)? <month-name>(/<month-name>)? (<year>|الجاري|الماضي|المقبل)?` */
export const dayMonthYear: DateParser = {
  rule: '<day> <month-name> <year>',
  pattern: pattern(
    `${WORD_START}(?:(?:يوم\\s+)?{{weekday}}\\s*,?\\s*)?(?<day>{{day}})\\s*(?:من\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL}` +
      `(?:\\s*,?\\s*(?:(?<year>{{year}})\\s*(?:م|ميلادي|ميلاديه)?|(?<dir>{{dir}})))?${WORD_END}`,
    { weekday: WEEKDAY, day: DAY, month: MONTH, year: YEAR, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const month = monthOf(m.groups.month!.text);
    if (!month) return null;
    const year = m.groups.year ? Number(m.groups.year.text) : null;
    const dir = m.groups.dir ? directionOf.get(m.groups.dir.text) : undefined;
    return dayValue(Number(m.groups.day!.text), month, year, ctx, dir);
  },
};
