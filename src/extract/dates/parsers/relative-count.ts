import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import {
  APPROX_WORD, CARDINAL, COUNT_DIRECTION_WORD, COUNTED_UNIT, DUAL_UNIT, HIJRI_MONTH, MONTH, REPEATED_UNIT, SINGLE_UNIT,
  cardinalNumber, countDirectionOf, countedUnitOf, dualUnitOf, singleUnitOf, COUNT_OPENING,
} from '../lexicon.js';
import { relativePeriod } from '../resolve.js';
import type { DateParser } from '../types.js';

/**
 * `(قبل|منذ|بعد) (نحو|حوالي…)? (<number> <unit> | <dual-unit> | <unit> (واحد)?)`: "قبل ثلاثة أيام",
 * "منذ أسبوعين", "بعد شهر", "قبل 25 عاما", counted from the document date in the unit's grain ("بعد" from
 * a day its sentence named before it: countedFromDayBefore, dates/index.ts).
 *
 * Left alone: a distance from an event ("بعد يومين من الهجوم", "قبل عام على الاتفاق"), a repetition
 * ("يوما بعد يوم"; the unit is not taken without its واحد: "بعد يوم واحد من محادثات"), and a lone unit that heads a noun phrase ("قبل يوم الاقتراع", "قبل شهر رمضان",
 * "منذ عام 2011": the year parser's).
 */
export const relativeCount: DateParser = {
  rule: '<before|after> <number> <unit>',
  opensWith: COUNT_OPENING,
  pattern: pattern(
    `${WORD_START}(?<!(?<![\\p{L}\\p{N}]){{repeated}}\\s)[وف]?(?<core>(?<dir>{{dir}})\\s+(?:(?<approx>{{approx}})\\s+)?` +
      `(?:(?<num>\\d{1,3}|{{cardinal}})\\s+(?<unit>{{counted}})${WORD_END}|(?<dual>{{dual}})${WORD_END}` +
      `|(?<single>{{single}})${WORD_END}(?:\\s+(?:واحد|واحده)${WORD_END}|(?!\\s+(?:ال\\p{L}|\\p{N}|{{month}}|{{hijri}}|واحده?${WORD_END})))))` +
      `(?!\\s+(?:من|على)\\s+(?!الآن${WORD_END}))`,
    {
      repeated: REPEATED_UNIT, dir: COUNT_DIRECTION_WORD, approx: APPROX_WORD, cardinal: CARDINAL, counted: COUNTED_UNIT,
      dual: DUAL_UNIT, single: SINGLE_UNIT, month: MONTH, hijri: HIJRI_MONTH,
    },
  ),
  extract(m, ctx) {
    const g = m.groups;
    const sign = countDirectionOf.get(g.dir!.text);
    if (sign === undefined) return null;
    let n: number | undefined;
    let unit: 'day' | 'week' | 'month' | 'year' | undefined;
    if (g.num) {
      n = /^\d+$/.test(g.num.text) ? Number(g.num.text) : cardinalNumber.get(g.num.text);
      unit = countedUnitOf.get(g.unit!.text);
    } else if (g.dual) {
      n = 2;
      unit = dualUnitOf.get(g.dual.text);
    } else if (g.single) {
      n = 1;
      unit = singleUnitOf.get(g.single.text);
    }
    if (!n || !unit) return null;
    return { ...relativePeriod(unit, sign * n, ctx), ...(g.approx ? { mod: 'APPROX' as const } : {}), ...(sign > 0 ? { after: { unit, n } } : {}) };
  },
};
