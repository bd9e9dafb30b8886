import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import {
  CARDINAL, COUNTED_UNIT, DAY, DAY_PART, DUAL_UNIT, ORDINAL_DAY, PART, SAME_AFTER_WORD, SAME_DAY_WORD, SAME_PERIOD_OPENING, SAME_PERIOD_UNIT, SINGLE_UNIT,
  SHIFTED_OPENING, cardinalNumber, countedUnitOf, dualUnitOf, ordinalDayNumber, partOf, samePeriodUnitOf, singleUnitOf,
} from '../lexicon.js';
import { unknownValue } from '../resolve.js';
import type { Grain } from '../calendar.js';
import type { DateParser } from '../types.js';

/**
 * `<day-part>? <part>? (<day> من)? <unit> (نفسه|ذاته)` and `(نفس|ذات) <unit>`: "في اليوم نفسه", "مساء
 * اليوم ذاته", "٢٣ من الشهر نفسه", "أواخر الشهر نفسه", "السنة ذاتها", "في نفس اليوم". The day, week,
 * month or year of the date the text named before it; its value is that date's, set by the refiner
 * sameAsBefore (dates/index.ts), which drops it when there is none.
 */
export const samePeriod: DateParser = {
  rule: '<part>? (<day> من)? <unit> نفسه',
  opensWith: SAME_PERIOD_OPENING,
  pattern: pattern(
    `${WORD_START}${PROCLITIC}(?<core>(?:(?:{{dayPart}})\\s+)?(?:(?<part>{{part}})\\s+)?(?:(?:(?<day>{{day}})|(?<ord>{{ordinal}}))\\s+من\\s+)?` +
      `(?<unit>{{unit}})\\s+(?:{{same}})|(?:{{sameBefore}})\\s+(?<unit2>{{unit}}))${WORD_END}` +
      // (not one that states its own year: "في نفس السنة 1645")
      `(?!\\s*\\p{N})`,
    { dayPart: DAY_PART, part: PART, day: DAY, ordinal: ORDINAL_DAY, unit: SAME_PERIOD_UNIT, same: SAME_AFTER_WORD, sameBefore: SAME_DAY_WORD },
  ),
  extract(m) {
    const read = readSamePeriod(m.groups);
    if (!read) return null;
    const mod = m.groups.part ? partOf.get(m.groups.part.text) : undefined;
    const value = read.day !== undefined ? `XXXX-XX-${String(read.day).padStart(2, '0')}` : unknownValue(read.grain);
    return { value, grain: read.grain, same: read, ...(mod ? { mod } : {}) };
  },
};

/**
 * `(قبل|بعد) ذلك ب<count> <unit>`: "وقبل ذلك بيوم", "بعد ذلك بثلاثة أيام": counted from the date the
 * text named before it (sameAsBefore, as samePeriod). Not "اليوم التالي": as often a day in general
 * ("فإن اليوم التالي هو أول أيام الشهر") as the day after one named.
 */
export const shiftedFromBefore: DateParser = {
  rule: '(قبل|بعد) ذلك ب<number> <unit>',
  opensWith: SHIFTED_OPENING,
  pattern: pattern(
    `${WORD_START}[وف]?(?<core>(?<dir>قبل|بعد)\\s+(?:ذلك|ذاك)\\s+ب(?:(?<num>\\d{1,3}|{{cardinal}})\\s+(?<unit>{{counted}})|(?<dual>{{dual}})|(?<single>{{single}})(?:\\s+(?:واحد|واحده))?))${WORD_END}`,
    { cardinal: CARDINAL, counted: COUNTED_UNIT, dual: DUAL_UNIT, single: SINGLE_UNIT },
  ),
  extract(m) {
    const g = m.groups;
    let n: number | undefined;
    let unit: SamePeriod['unit'] | undefined;
    if (g.num) [n, unit] = [/^\d+$/u.test(g.num.text) ? Number(g.num.text) : cardinalNumber.get(g.num.text), countedUnitOf.get(g.unit!.text)];
    else if (g.dual) [n, unit] = [2, dualUnitOf.get(g.dual.text)];
    else if (g.single) [n, unit] = [1, singleUnitOf.get(g.single.text)];
    if (!n || !unit) return null;
    const shift = g.dir?.text === 'قبل' ? -n : n;
    return { value: unknownValue(unit), grain: unit, same: { grain: unit, unit, shift } };
  },
};

export interface SamePeriod {
  /** The grain of the result: a day of "the same month" is a day. */
  grain: Grain;
  /** The period that is the same as before. */
  unit: 'day' | 'week' | 'month' | 'year';
  day?: number;
  /** So many units after (before, when negative) the period named before. */
  shift?: number;
}

type Groups = Parameters<DateParser['extract']>[0]['groups'];

/** What a match of samePeriod names: its unit, and the day of the same month. */
export function readSamePeriod(g: Groups): SamePeriod | null {
  const unit = samePeriodUnitOf.get((g.unit ?? g.unit2)!.text);
  if (!unit) return null;
  const day = g.day ? Number(g.day.text) : g.ord ? ordinalDayNumber.get(g.ord.text) : undefined;
  // (a day of the same month only: "العاشر من اليوم نفسه" is nothing)
  if (day !== undefined) return unit === 'month' ? { grain: 'day', unit, day } : null;
  return { grain: unit, unit };
}
