import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { DIRECTION_WORD, MONTH, PAIRED_MONTH_TAIL, UNAMBIGUOUS_MONTH, YEAR, directionOf, monthOf } from '../lexicon.js';
import { monthValue } from '../resolve.js';
import type { DateParser } from '../types.js';

/** `(شهر)? <month-name> (<year>|الجاري|الماضي|المقبل)` */
export const monthYear: DateParser = {
  rule: '<month-name> <year>',
  pattern: pattern(
    `${WORD_START}(?:شهر\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL}\\s*,?\\s*(?:(?<year>{{year}})\\s*(?:م|ميلادي|ميلاديه)?|(?<dir>{{dir}}))${WORD_END}`,
    { month: MONTH, year: YEAR, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const month = monthOf(m.groups.month!.text);
    if (!month) return null;
    const year = m.groups.year ? Number(m.groups.year.text) : null;
    const dir = m.groups.dir ? directionOf.get(m.groups.dir.text) : undefined;
    return monthValue(month, year, ctx, dir);
  },
};

/** `(في|خلال|منذ|شهر|مطلع…) <month-name>`: a month alone, only after a word that introduces a time. */
export const monthAlone: DateParser = {
  rule: '<time-preposition> <month-name>',
  pattern: pattern(
    `${WORD_START}(?:في|خلال|منذ|حتى|شهر|بحلول|قبل|بعد|اواخر|مطلع|منتصف|نهايه|بدايه|اوائل)\\s+(?<month>{{month}})${WORD_END}`,
    { month: UNAMBIGUOUS_MONTH },
  ),
  extract(m, ctx) {
    const month = monthOf(m.groups.month!.text);
    return month ? monthValue(month, null, ctx) : null;
  },
};
