import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { DAY, DAY_PART, ORDINAL_DAY, PART, SAME_AFTER_WORD, SAME_DAY_WORD, SAME_PERIOD_OPENING, SAME_PERIOD_UNIT, ordinalDayNumber, partOf, samePeriodUnitOf } from '../lexicon.js';
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

export interface SamePeriod {
  /** The grain of the result: a day of "the same month" is a day. */
  grain: Grain;
  /** The period that is the same as before. */
  unit: 'day' | 'week' | 'month' | 'year';
  day?: number;
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
