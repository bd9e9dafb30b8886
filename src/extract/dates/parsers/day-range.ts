import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { DAY, DIRECTION_WORD, MONTH, NUMBER_OPENING, PAIRED_MONTH_TAIL, RANGE_JOINER, RANGE_OPENER, YEAR_AFTER_MONTH, YEAR_TAIL, monthOf } from '../lexicon.js';
import { RANGE_OPENERS } from '../vocabulary.js';
import { dayValue, yearTail } from '../resolve.js';
import { opening } from '../../openers.js';
import type { DateParser } from '../types.js';

/** `و?(من|بين) <day> (إلى|حتى|و|-) <day> <month-name> <year-tail>?`: "من 10 إلى 12 أبريل" as an interval. */
export const dayRange: DateParser = {
  rule: 'من <day> إلى <day> <month-name> <year>',
  opensWith: opening(RANGE_OPENERS),
  pattern: pattern(
    `${WORD_START}[وف]?(?<core>(?:{{opener}})\\s+(?<d1>{{day}})\\s*(?:{{joiner}})\\s*(?<d2>{{day}})\\s+(?:من\\s+)?(?:شهر\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL}${YEAR_TAIL}?)${WORD_END}`,
    { opener: RANGE_OPENER, joiner: RANGE_JOINER, day: DAY, month: MONTH, year: YEAR_AFTER_MONTH, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const month = monthOf(m.groups.month!.text);
    if (!month) return null;
    const tail = yearTail(m);
    const a = dayValue(Number(m.groups.d1!.text), month, tail, ctx);
    const b = dayValue(Number(m.groups.d2!.text), month, tail, ctx);
    if (!a || !b || a.value >= b.value) return null;
    return { value: `${a.value}/${b.value}`, grain: 'day', interval: true, ...(a.implied ? { implied: true } : {}) };
  },
};

/**
 * `<day> و<day> <month-name> <year-tail>?`: the first of two days named with one month, "يومي 5 و7
 * آب" (the second is an ordinary `<day> <month-name>`). After من or بين the two are a range (above).
 */
export const firstOfTwoDays: DateParser = {
  rule: '<day> و<day> <month-name> <year>',
  opensWith: NUMBER_OPENING,
  pattern: pattern(
    `${WORD_START}(?<core>(?<d1>{{day}}))\\s*و\\s*(?<d2>{{day}})\\s+(?:من\\s+)?(?:شهر\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL}${YEAR_TAIL}?${WORD_END}`,
    { day: DAY, month: MONTH, year: YEAR_AFTER_MONTH, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const month = monthOf(m.groups.month!.text);
    if (!month || Number(m.groups.d1!.text) >= Number(m.groups.d2!.text)) return null;
    return dayValue(Number(m.groups.d1!.text), month, yearTail(m), ctx);
  },
};
