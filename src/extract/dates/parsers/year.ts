import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { BARE_YEAR_INTRO, YEAR, YEAR_WORD } from '../lexicon.js';
import type { DateParser } from '../types.js';

const ERA = '(?:\\s*(?:م|ميلادي|ميلاديه)(?![\\p{L}\\p{N}]))?';

/**
 * `عام|العام|سنة <year>`, `<year>م`, or a year after a word that only introduces a time ("منذ
 * 2011", "بحلول 2030", "منتصف 2025": the span is the year, the part is taken in by the mod
 * refiner). A bare number is a count, not a year.
 */
export const yearOnly: DateParser = {
  rule: '<year-word> <year>',
  pattern: pattern(
    `${WORD_START}(?:(?:{{yearWord}})\\s+(?<year>{{year}})${ERA}|(?<year2>{{year}})\\s*م|[وف]?(?:{{intro}})\\s+(?<core>(?<year3>{{year}})${ERA}))${WORD_END}`,
    { yearWord: YEAR_WORD, year: YEAR, intro: BARE_YEAR_INTRO },
  ),
  extract(m) {
    const y = m.groups.year?.text ?? m.groups.year2?.text ?? m.groups.year3?.text;
    return y ? { value: y, grain: 'year' } : null;
  },
};
