import { isoMonth } from '../calendar.js';
import { pattern, wordList, WORD_END, WORD_START } from '../../patterns.js';
import { DIRECTION_WORD, MONTH, PAIRED_MONTH_TAIL, RANGE_JOINER, YEAR_AFTER_MONTH, YEAR_TAIL, monthOf } from '../lexicon.js';
import { RANGE_OPENERS } from '../vocabulary.js';
import { monthValue, yearTail } from '../resolve.js';
import { opening } from '../../openers.js';
import type { DateParser } from '../types.js';

/** What opens a range of months: the range openers, and "شهري" ("خلال شهري يناير وفبراير"). */
const OPENERS = [...RANGE_OPENERS, 'شهري'];

/**
 * `(من|بين|شهري) <month-name> <year>? (إلى|حتى|و|-) <month-name> <year-tail>?`: "من أبريل / نيسان
 * إلى يونيو / حزيران الماضيين", "بين يناير ومارس 2025", as an interval of months. The year, when
 * stated once, is the last month's; the first month is in the year before when it comes later in
 * the calendar ("من نوفمبر إلى فبراير 2025").
 */
export const monthRange: DateParser = {
  rule: 'من <month-name> إلى <month-name> <year>',
  opensWith: opening(OPENERS),
  pattern: pattern(
    `${WORD_START}[وف]?(?:{{opener}})\\s+(?<core>(?:شهر\\s+)?(?<first>{{month}})${PAIRED_MONTH_TAIL}(?:\\s+(?<firstYear>{{year}}))?` +
      `\\s*(?:{{joiner}})\\s*(?:شهر\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL}${YEAR_TAIL}?)${WORD_END}`,
    { opener: wordList(OPENERS), joiner: RANGE_JOINER, month: MONTH, year: YEAR_AFTER_MONTH, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const first = monthOf(m.groups.first!.text);
    const last = monthOf(m.groups.month!.text);
    if (!first || !last || first === last) return null;
    const end = monthValue(last, yearTail(m), ctx);
    const endYear = end.value.startsWith('X') ? null : Number(end.value.slice(0, 4));
    const stated = m.groups.firstYear ? Number(m.groups.firstYear.text) : null;
    const startYear = stated ?? (endYear === null ? null : first < last ? endYear : endYear - 1);
    const start = startYear === null ? `XXXX-${String(first).padStart(2, '0')}` : isoMonth(startYear, first);
    if (startYear !== null && endYear !== null && start >= end.value) return null;
    return { value: `${start}/${end.value}`, grain: 'month', interval: true, ...(end.implied ? { implied: true } : {}) };
  },
};
