import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { foldKey } from '../../../normalise/orthography.js';
import {
  DIRECTION_WORD, MONTH, MONTH_PREPOSITION, NAME_HEAD, NOT_IN_NAME, PAIRED_MONTH_TAIL, PART_PREFIX, YEAR_AFTER_MONTH, YEAR_TAIL,
  ambiguousMonths, monthOf, monthPrepositions, monthsAfterPreposition, MONTH_OPENING, MONTH_ALONE_OPENING,
} from '../lexicon.js';
import { monthValue, yearTail } from '../resolve.js';
import type { DateParser } from '../types.js';

/** `(شهر)? <month-name>(/<month-name>)? <year-tail>`: "سبتمبر 2022", "أبريل الجاري", "مارس من العام الماضي". */
export const monthYear: DateParser = {
  rule: '<month-name> <year>',
  opensWith: MONTH_OPENING,
  pattern: pattern(
    // a conjunction may be written on the month ("بين مارس ويونيو 2025"): it is not part of the date
    `${WORD_START}${NOT_IN_NAME}(?:[وف](?=\\p{L}))?(?<core>(?:شهر\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL}${YEAR_TAIL})${WORD_END}`,
    { month: MONTH, year: YEAR_AFTER_MONTH, dir: DIRECTION_WORD, nameHead: NAME_HEAD },
  ),
  extract(m, ctx) {
    const month = monthOf(m.groups.month!.text);
    return month ? monthValue(month, yearTail(m), ctx) : null;
  },
};

/**
 * `(في|خلال|منذ|… | <part> | شهر) <month-name>`: a month alone, only after a word that introduces a
 * time. After a preposition the month must not also be an ordinary word that can follow one
 * (أيار, آب, ماي); after شهر or a part of a period ("مطلع", "منتصف") any month counts. The span is
 * the month (with شهر); a part before it is taken in by the mod refiner.
 */
export const monthAlone: DateParser = {
  rule: '<time-preposition> <month-name>',
  opensWith: MONTH_ALONE_OPENING,
  pattern: pattern(
    `${WORD_START}[وف]?(?<intro>{{preposition}}|{{part}}|شهر)\\s+(?<core>(?:شهر\\s+)?(?<month>{{month}})${PAIRED_MONTH_TAIL})${WORD_END}`,
    { preposition: MONTH_PREPOSITION, part: PART_PREFIX, month: MONTH },
  ),
  extract(m, ctx) {
    const name = m.groups.month!.text;
    const month = monthOf(name);
    if (!month) return null;
    const intro = m.groups.intro!.text;
    const core = m.groups.core!.text;
    const afterPreposition = monthPrepositions.has(intro) && !core.startsWith(foldKey('شهر'));
    if (afterPreposition && ambiguousMonths.has(name) && !monthsAfterPreposition.has(name)) return null;
    return monthValue(month, { year: null }, ctx);
  },
};
