import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { AFTER_YEAR_WORD, NOT_A_COUNT, OCCASION_NOUN, YEAR, OCCASION_OPENING } from '../lexicon.js';
import type { DateParser } from '../types.js';

/** A definite word, proclitics allowed: what may stand between an occasion and its year ("كأس العالم"). */
const DEFINITE_WORD = '[وف]?(?:[بك]?ال|لل)\\p{L}+';

/**
 * A year that names an occasion: right after it ("حرب 1967", "مونديال 2006"), after up to two
 * definite words ("كأس العالم 2006", "القمة العربية 2002", "اتفاق الطائف 1989"), or after one other
 * word, a place say, when what follows the year cannot be a counted noun ("أولمبياد بكين 2008 ."; but
 * "بطولة ضمت 2000 لاعب" is a count). The span is the year.
 */
export const occasionYear: DateParser = {
  rule: '<occasion> <year>',
  opensWith: OCCASION_OPENING,
  pattern: pattern(
    `${WORD_START}${PROCLITIC}(?:ال)?(?:{{occasion}})` +
      `(?:(?:\\s+${DEFINITE_WORD}){0,2}\\s+(?<core>(?<year>{{year}}))|\\s+\\p{L}{2,}\\s+(?<core2>(?<year2>{{year}}))${NOT_A_COUNT})${WORD_END}`,
    { occasion: OCCASION_NOUN, year: YEAR, after: AFTER_YEAR_WORD },
  ),
  extract(m) {
    const y = (m.groups.year ?? m.groups.year2)?.text;
    return y ? { value: y, grain: 'year' } : null;
  },
};
