import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { AFTER_YEAR_WORD, BARE_YEAR_INTRO, NOT_A_COUNT, YEAR, YEAR_WORD, YEAR_OPENING } from '../lexicon.js';
import type { DateParser } from '../types.js';

/** A year after a year word, with the years already joined to it: "عامي 1994", "الأعوام 2004 و2005". */
const YEARS_SO_FAR = '(?:{{yearWord}})\\s+{{year}}(?:\\s*(?:[,،]?\\s*و|-)\\s*{{year}})*\\s*';
const ERA = '(?:\\s*(?:م|ميلادي|ميلاديه)(?![\\p{L}\\p{N}]))?';

/**
 * `عام|العام|سنة <year>`, `<year>م`, a year after a word that only introduces a time ("منذ 2011",
 * "بحلول 2030", "منتصف 2025": the span is the year, the part is taken in by the mod refiner), the
 * years joined to one of these ("عامي 1994 و1998", "بين عامي 1952 - 1955"), and `في <year>` when what follows cannot be
 * a counted noun ("في 2007 بمقدار", "في 2007 ."). A bare number is a count, not a year.
 */
export const yearOnly: DateParser = {
  rule: '<year-word> <year>',
  opensWith: YEAR_OPENING,
  pattern: pattern(
    `${WORD_START}(?:(?:{{yearWord}})\\s+(?<year>{{year}})${ERA}|(?<year2>{{year}})\\s*م|[وف]?(?:{{intro}})\\s+(?<core>(?<year3>{{year}})${ERA})` +
      `|(?<=${YEARS_SO_FAR}[,،]?\\s*)و\\s*(?<core2>(?<year4>{{year}}))` +
      `|(?<=${YEARS_SO_FAR}-\\s*)(?<year6>{{year}})` +
      `|[وف]?في\\s+(?<core3>(?<year5>{{year}}))${NOT_A_COUNT}` +
      `)${WORD_END}`,
    { yearWord: YEAR_WORD, year: YEAR, intro: BARE_YEAR_INTRO, after: AFTER_YEAR_WORD },
  ),
  extract(m) {
    const g = m.groups;
    const y = (g.year ?? g.year2 ?? g.year3 ?? g.year4 ?? g.year5 ?? g.year6)?.text;
    return y ? { value: y, grain: 'year' } : null;
  },
};
