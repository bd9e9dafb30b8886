import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { DAY_NOUN_MODIFIER, NAME_HEAD, NOT_IN_NAME, RELATIVE_DAY, relativeDayOffset } from '../lexicon.js';
import { relativePeriod } from '../resolve.js';
import type { DateParser } from '../types.js';

/**
 * `اليوم | أمس | أول أمس | غدا | بعد غد` relative to the document date; not a noun with its own
 * adjective ("اليوم العالمي", "اليوم التالي") nor part of a name ("المصري اليوم", "صحيفة الغد").
 */
export const relativeDay: DateParser = {
  rule: '<relative-day>',
  pattern: pattern(
    `${WORD_START}${NOT_IN_NAME}${PROCLITIC}(?<core>(?<word>{{word}}))${WORD_END}(?!\\s+(?:{{modifier}})${WORD_END})`,
    { word: RELATIVE_DAY, modifier: DAY_NOUN_MODIFIER, nameHead: NAME_HEAD },
  ),
  extract(m, ctx) {
    const n = relativeDayOffset.get(m.groups.word!.text);
    return n === undefined ? null : relativePeriod('day', n, ctx);
  },
};
