import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import {
  BEFORE_THAT_DAY_WORD, DAY_NOUN_MODIFIER, DAY_PART, EVENT_NOUN, NAME_HEAD, NOT_IN_NAME, NOT_THAT_DAY, RELATIVE_DAY, SAME_DAY_WORD, THAT_DAY_WORD, TIME_OF_DAY, relativeDayOffset, RELATIVE_DAY_OPENING, YESTERDAY_OPENING,
} from '../lexicon.js';
import { relativePeriod } from '../resolve.js';
import type { DateParser } from '../types.js';

/**
 * `<day-part>? (اليوم | أمس | أول أمس | غدا | بعد غد)` relative to the document date; not a noun with its own
 * adjective ("اليوم العالمي", "اليوم التالي"), nor part of a name ("المصري اليوم", "صحيفة الغد"), nor
 * a day the text has named ("في ذلك اليوم", "نفس اليوم").
 */
export const relativeDay: DateParser = {
  rule: '<relative-day>',
  opensWith: RELATIVE_DAY_OPENING,
  pattern: pattern(
    // (with the part of the day that opens it: "صباح اليوم", "مساء أمس")
    `${WORD_START}${NOT_IN_NAME}${NOT_THAT_DAY}${PROCLITIC}(?<core>(?:(?:{{dayPart}})\\s+)?(?<word>{{word}}))${WORD_END}(?!\\s+(?:{{modifier}})${WORD_END})`,
    { word: RELATIVE_DAY, dayPart: DAY_PART, modifier: DAY_NOUN_MODIFIER, nameHead: NAME_HEAD, sameDay: SAME_DAY_WORD, thatDay: THAT_DAY_WORD, beforeThatDay: BEFORE_THAT_DAY_WORD },
  ),
  extract(m, ctx) {
    const n = relativeDayOffset.get(m.groups.word!.text);
    return n === undefined ? null : relativePeriod('day', n, ctx);
  },
};

/**
 * `(ب|يوم|مساء|منذ…|<event-noun>) الأمس`: yesterday with the article, as an adverb ("التقى الوزيران
 * بالأمس", "مساء الأمس") or after what happened then ("جلسة الأمس"). After other nouns, or alone,
 * الأمس is mostly "the past" ("أعداء الأمس", "بين الأمس واليوم"); "بالأمس القريب" means "recently".
 */
export const yesterdayWithArticle: DateParser = {
  rule: '(ب|يوم|<time-of-day>|<event-noun>) الأمس',
  opensWith: YESTERDAY_OPENING,
  pattern: pattern(
    `${WORD_START}(?:[وف]?ب(?<core>الأمس)|${PROCLITIC}(?:يوم|{{timeOfDay}}|{{eventNoun}})\\s+(?<core2>الأمس))${WORD_END}(?!\\s+(?:{{modifier}})${WORD_END})`,
    { timeOfDay: TIME_OF_DAY, eventNoun: EVENT_NOUN, modifier: DAY_NOUN_MODIFIER },
  ),
  extract(_m, ctx) {
    return relativePeriod('day', -1, ctx);
  },
};
