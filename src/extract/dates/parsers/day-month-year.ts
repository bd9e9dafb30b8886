import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import {
  ARTICLE_ON_NUMBER, AFTER_HISTORIC_NOUN, DAY, DIRECTION_WORD, FIRST_DAY_WORD, HISTORIC_DAY_NOUN, MONTH, NAME_HEAD, NOT_IN_NAME, ORDINAL_DAY, PAIRED_MONTH_TAIL, WEEKDAY, YEAR_AFTER_MONTH, YEAR_TAIL,
  monthOf, ordinalDayNumber, DAY_OPENING,
} from '../lexicon.js';
import { dayValue, yearTail } from '../resolve.js';
import type { DateParser } from '../types.js';

/**
 * `<weekday>? (<day> (من)? | <ordinal> من | غرة|أول) (شهر)? <month-name>(/<month-name>)? <year-tail>?`:
 * "9 أبريل 2025", "الأربعاء، 9 من أبريل", "التاسع من نيسان/أبريل", "11 أبريل الجاري",
 * "9 أبريل من العام الماضي". Not inside a place name ("مدينة السادس من أكتوبر"), nor, without a
 * year, the name of a past event ("هجمات 11 سبتمبر"; but "هجمات 11 سبتمبر 2001" is dated).
 */
export const dayMonthYear: DateParser = {
  rule: '<day> <month-name> <year>',
  opensWith: DAY_OPENING,
  pattern: pattern(
    // a conjunction may be written on the day ("بين 10 أبريل و12 مايو"): it is not part of the date
    `${WORD_START}${NOT_IN_NAME}${AFTER_HISTORIC_NOUN}(?:[وف](?=[\\p{L}\\p{N}]))?{{article}}(?<core>(?:(?:يوم\\s+)?{{weekday}}\\s*,?\\s*(?:الموافق\\s+)?)?` +
      `(?:(?<day>{{day}})\\s*(?:من\\s+)?|(?<ord>{{ordinal}})\\s+من\\s+|(?<first>{{first}})\\s+)(?:شهر\\s+)?` +
      `(?<month>{{month}})${PAIRED_MONTH_TAIL}${YEAR_TAIL}?)${WORD_END}`,
    {
      article: ARTICLE_ON_NUMBER, weekday: WEEKDAY, day: DAY, ordinal: ORDINAL_DAY, first: FIRST_DAY_WORD, month: MONTH, year: YEAR_AFTER_MONTH,
      dir: DIRECTION_WORD, nameHead: NAME_HEAD, historic: HISTORIC_DAY_NOUN,
    },
  ),
  extract(m, ctx) {
    const month = monthOf(m.groups.month!.text);
    if (!month) return null;
    const g = m.groups;
    const day = g.day ? Number(g.day.text) : g.ord ? ordinalDayNumber.get(g.ord.text) : 1;
    if (day === undefined) return null;
    const tail = yearTail(m);
    // "هجمات 11 سبتمبر": the name of a past event, in no year the text gives
    if (g.afterHistoric && tail.year === null) return null;
    return dayValue(day, month, tail, ctx);
  },
};
