import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { RELATIVE_DAY, relativeDayOffset } from '../lexicon.js';
import { relativePeriod } from '../resolve.js';
import type { DateParser } from '../types.js';

/** `اليوم | أمس | أول أمس | غدا | بعد غد` relative to the document date. */
export const relativeDay: DateParser = {
  rule: '<relative-day>',
  pattern: pattern(`${WORD_START}${PROCLITIC}(?<core>(?<word>{{word}}))${WORD_END}`, { word: RELATIVE_DAY }),
  extract(m, ctx) {
    const n = relativeDayOffset.get(m.groups.word!.text);
    return n === undefined ? null : relativePeriod('day', n, ctx);
  },
};
