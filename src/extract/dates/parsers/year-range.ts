import { pattern, wordList, WORD_END, WORD_START } from '../../patterns.js';
import { AFTER_YEAR_WORD, NOT_A_COUNT, RANGE_JOINER, RANGE_OPENER, YEAR } from '../lexicon.js';
import { RANGE_OPENERS } from '../vocabulary.js';
import { opening } from '../../openers.js';
import type { DateParser } from '../types.js';

/** What opens a range of years: the range openers, and "الفترة" ("الفترة 1998 - 2005"). */
const OPENERS = [...RANGE_OPENERS, 'الفترة', 'للفترة', 'فترة'];

/**
 * `(من|بين|الفترة) <year> (إلى|حتى|و|-) <year>`, the earlier year first: "خلال الفترة من 2010 إلى
 * 2015", "بين 1998 و2005", as an interval. Bare numbers are counts elsewhere; here the pair says
 * years, unless a counted noun follows ("من 1900 إلى 2100 نقطة").
 */
export const yearRange: DateParser = {
  rule: 'من <year> إلى <year>',
  opensWith: opening(OPENERS),
  pattern: pattern(
    `${WORD_START}[وف]?(?:{{opener}})\\s+(?:(?:{{rangeOpener}})\\s+)?(?<core>(?<y1>{{year}})\\s*(?:{{joiner}})\\s*(?<y2>{{year}}))${WORD_END}${NOT_A_COUNT}`,
    { opener: wordList(OPENERS), rangeOpener: RANGE_OPENER, joiner: RANGE_JOINER, year: YEAR, after: AFTER_YEAR_WORD },
  ),
  extract(m) {
    const from = m.groups.y1!.text;
    const to = m.groups.y2!.text;
    return from < to ? { value: `${from}/${to}`, grain: 'year', interval: true } : null;
  },
};
