import type { CalendarDate, Grain } from './calendar.js';
import type { Pattern, PatternMatch } from '../patterns.js';
import type { Opening } from '../openers.js';
import type { SamePeriod } from './parsers/same-period.js';

export type Mod = 'START' | 'MID' | 'END' | 'APPROX';

export interface DateContext {
  /** The article's own date; relative expressions resolve against it, never against the clock. */
  docDate: CalendarDate | null;
  /**
   * Of an article with no date, the day its lead reports (stated-today.ts): a day or month named
   * without a year takes its year from it. Relative dates do not: the article may be of a later day.
   */
  storyDay?: CalendarDate | null;
  /** A name of someone or somewhere ends at this key offset (known once entities are found). */
  nameEndsAt?: (offset: number) => boolean;
}

/** A date found in the key: key offsets, ISO value and grain, and the rule that made it. */
export interface DateResult {
  start: number;
  end: number;
  /** ISO 8601: a date or period ("2025-04-09", "2025-W16"), a time ("2025-04-09T14:22"), or an interval ("2025-04-10/2025-04-12"). */
  value: string;
  grain: Grain | 'minute';
  /** An interval ("من 10 إلى 12 أبريل"): `value` is start/end. */
  interval?: boolean;
  mod?: Mod;
  /** True when part of the value was implied (year from the document date) rather than stated. */
  implied?: boolean;
  /** Named as the same period as the date before it ("في اليوم نفسه"): what sameAsBefore resolves. */
  same?: SamePeriod;
  /** "بعد يومين": so many units after a day, the document's unless its sentence named one before (countedFromDayBefore). */
  after?: { unit: 'day' | 'week' | 'month' | 'year'; n: number };
  rule: string;
}

export interface DateParser {
  /** Reads like grammar: `<day> <month-name> <year>`. */
  rule: string;
  pattern: Pattern;
  /** What every match opens with (openers.ts): the parser is tried only at such words. */
  opensWith: Opening;
  extract(m: PatternMatch, ctx: DateContext): Omit<DateResult, 'rule' | 'start' | 'end'> | null;
}
