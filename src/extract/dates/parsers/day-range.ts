import { pattern, wordList, WORD_END, WORD_START } from '../../patterns.js';
import { DAY, DIRECTION_WORD, MONTH, PAIRED_MONTH_TAIL, YEAR, YEAR_TAIL, monthOf } from '../lexicon.js';
import { dayValue, yearTail } from '../resolve.js';
import type { DateParser } from '../types.js';

/** What opens a range: "من 10 إلى 12", "بين 10 و12", "ما بين 10 و12". */
const OPENERS = ['من', 'بين', 'ما بين'];

/** `(من|بين) <day> (إلى|حتى|و|-) <day> <month-name> <year-tail>?`: "من 10 إلى 12 أبريل" as an interval. */
export const dayRange: DateParser = {
  rule: 'من <day> إلى <day> <month-name> <year>',
  opensWith: new Set(OPENERS.map((o) => o.split(' ')[0]!)),
  pattern: pattern(
    `${WORD_START}(?:{{opener}})\\s+(?<d1>{{day}})\\s*(?:الي|حتي|و|-)\\s*(?<d2>{{day}})\\s+(?:من\\s+)?(?:شهر\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL}${YEAR_TAIL}?${WORD_END}`,
    { opener: wordList(OPENERS), day: DAY, month: MONTH, year: YEAR, dir: DIRECTION_WORD },
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
