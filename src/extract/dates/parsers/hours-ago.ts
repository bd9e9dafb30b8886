import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { CARDINAL, HOURS_AGO_OPENING, PAST_COUNT_WORD, SHORT_UNIT, SHORT_UNIT_DUAL, SHORT_UNIT_ONE, cardinalNumber } from '../lexicon.js';
import { isoDay } from '../calendar.js';
import type { DateParser } from '../types.js';

/** Counted hours before the document's time stay on its day: a page's "منذ 3 ساعات" of 23 at most. */
const MAX_HOURS = 23;

/**
 * `(منذ|قبل) (<number> <hours|minutes> | <dual> | <unit>)`: "منذ 3 ساعات", "قبل ساعتين", "منذ ساعة",
 * "قبل 20 دقيقة": the document's own day (a page's time stamp, or what happened hours before it was
 * written). Not without a number ("قبل ساعات" is vague), nor a count of a day or more, nor hours before
 * an event ("قبل ساعة من الاجتماع").
 */
export const hoursAgo: DateParser = {
  rule: '<before> <number> <hours>',
  opensWith: HOURS_AGO_OPENING,
  pattern: pattern(
    `${WORD_START}[وف]?(?<core>(?:{{dir}})\\s+(?:(?<num>\\d{1,2}|{{cardinal}})\\s+(?:{{unit}})|(?:{{dual}})|(?:{{one}})(?:\\s+واحده)?))${WORD_END}` +
      // (not hours before an event: "قبل ساعة من بدء الاجتماع")
      `(?!\\s+(?:من|على)\\s)`,
    { dir: PAST_COUNT_WORD, cardinal: CARDINAL, unit: SHORT_UNIT, dual: SHORT_UNIT_DUAL, one: SHORT_UNIT_ONE },
  ),
  extract(m, ctx) {
    if (!ctx.docDate) return null;
    const num = m.groups.num?.text;
    const n = num === undefined ? 1 : /^\d+$/u.test(num) ? Number(num) : cardinalNumber.get(num);
    if (n === undefined || n > MAX_HOURS) return null;
    return { value: isoDay(ctx.docDate), grain: 'day', implied: true };
  },
};
