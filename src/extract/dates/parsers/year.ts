import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { YEAR, YEAR_WORD } from '../lexicon.js';
import type { DateParser } from '../types.js';

/** `عام|العام|سنة <year>` or `<year>م`: a bare number is a count, not a year. */
export const yearOnly: DateParser = {
  rule: '<year-word> <year>',
  pattern: pattern(
    `${WORD_START}(?:(?:{{yearWord}})\\s+(?<year>{{year}})(?:\\s*(?:م|ميلادي|ميلاديه|ه|هـ))?|(?<year2>{{year}})\\s*م)${WORD_END}`,
    { yearWord: YEAR_WORD, year: YEAR },
  ),
  extract(m) {
    const y = m.groups.year?.text ?? m.groups.year2?.text;
    return y ? { value: y, grain: 'year' } : null;
  },
};
