import { foldKey } from '../../../normalise/orthography.js';
import { pattern, wordList, WORD_END, WORD_START } from '../../patterns.js';
import { AFTER_YEAR_WORD, NOT_A_COUNT, YEAR } from '../lexicon.js';
import type { DateParser } from '../types.js';

/** What opens a range of years: "من 2010 إلى 2015", "بين 1998 و2005", "الفترة 1998 - 2005". */
const OPENERS = ['من', 'بين', 'ما بين', 'الفترة', 'للفترة', 'فترة'];

/**
 * `(من|بين|الفترة) <year> (إلى|حتى|و|-) <year>`, the earlier year first: "خلال الفترة من 2010 إلى
 * 2015", "بين 1998 و2005", as an interval. Bare numbers are counts elsewhere; here the pair says
 * years, unless a counted noun follows ("من 1900 إلى 2100 نقطة").
 */
export const yearRange: DateParser = {
  rule: 'من <year> إلى <year>',
  opensWith: new Set(OPENERS.map((o) => foldKey(o).split(' ')[0]!)),
  pattern: pattern(
    `${WORD_START}(?:{{opener}})\\s+(?:(?:من|بين)\\s+)?(?<core>(?<y1>{{year}})\\s*(?:الي|حتي|و|-|–)\\s*(?<y2>{{year}}))${WORD_END}${NOT_A_COUNT}`,
    { opener: wordList(OPENERS), year: YEAR, after: AFTER_YEAR_WORD },
  ),
  extract(m) {
    const from = m.groups.y1!.text;
    const to = m.groups.y2!.text;
    return from < to ? { value: `${from}/${to}`, grain: 'year', interval: true } : null;
  },
};
