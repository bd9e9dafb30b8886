import { isoDay, isValidDay, shift, toDate, fromDate } from '../calendar.js';
import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { ARTICLE_ON_NUMBER, DAY, DAY_OPENING, DIRECTION_WORD, ORDINAL_DAY, WEEKDAY, directionOf, ordinalDayNumber } from '../lexicon.js';
import type { DateParser } from '../types.js';

/**
 * `<weekday>? (<day> من | <ordinal> من) الشهر <direction>`: "السابع والعشرين من الشهر الحالي", "في 27
 * من الشهر الجاري", "العاشر من الشهر المقبل": a day of the document's month, or of the one before or
 * after it.
 */
export const dayOfRelativeMonth: DateParser = {
  rule: '<day> من الشهر <direction>',
  opensWith: DAY_OPENING,
  pattern: pattern(
    `${WORD_START}(?:[وف](?=[\\p{L}\\p{N}]))?{{article}}(?<core>(?:(?:يوم\\s+)?{{weekday}}\\s*,?\\s*)?` +
      `(?:(?<day>{{day}})|(?<ord>{{ordinal}}))\\s+من\\s+(?:(?<this>هذا)\\s+)?الشهر(?:\\s+(?<dir>{{dir}}))?)${WORD_END}`,
    { article: ARTICLE_ON_NUMBER, weekday: WEEKDAY, day: DAY, ordinal: ORDINAL_DAY, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const g = m.groups;
    const day = g.day ? Number(g.day.text) : ordinalDayNumber.get(g.ord!.text);
    // ("من هذا الشهر" or a direction: "من الشهر" alone may be any month the text spoke of)
    const months = g.dir ? directionOf.get(g.dir.text) : g.this ? 0 : undefined;
    if (day === undefined || months === undefined) return null;
    if (!ctx.docDate) return { value: 'XXXX-XX-XX', grain: 'day' };
    const month = fromDate(shift(toDate({ ...ctx.docDate, day: 1 }), 'month', months));
    const d = { ...month, day };
    return isValidDay(d) ? { value: isoDay(d), grain: 'day' } : null;
  },
};
