/**
 * Date extraction: an explicit, ordered configuration of parsers, then refiners (chrono-node's
 * shape). Every result carries the rule that made it.
 */
import { matchAll } from '../patterns.js';
import { dayMonthYear } from './parsers/day-month-year.js';
import { hijriDate } from './parsers/hijri.js';
import { monthAlone, monthYear } from './parsers/month-year.js';
import { numericDate } from './parsers/numeric.js';
import { relativeDay } from './parsers/relative-day.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { weekday } from './parsers/weekday.js';
import { yearOnly } from './parsers/year.js';
import type { DateContext, DateParser, DateResult } from './types.js';

/** Order matters only for ties: an earlier parser wins a span of equal length. */
export const PARSERS: readonly DateParser[] = [
  hijriDate,
  dayMonthYear,
  numericDate,
  monthYear,
  yearOnly,
  relativePeriodParser,
  relativeDay,
  weekday,
  monthAlone,
];

type Refiner = (results: DateResult[]) => DateResult[];

/** Overlapping results: the longest wins, then the earliest parser. */
const removeOverlaps: Refiner = (results) => {
  const rank = (r: DateResult): number => PARSERS.findIndex((p) => p.rule === r.rule);
  const sorted = [...results].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
  const kept: DateResult[] = [];
  for (const r of sorted) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
};

export const REFINERS: readonly Refiner[] = [removeOverlaps];

/** Finds every date in `key` (the matching key, boilerplate already masked). Offsets are key offsets. */
export function parseDates(key: string, ctx: DateContext): DateResult[] {
  let results: DateResult[] = [];
  for (const parser of PARSERS) {
    for (const m of matchAll(parser.pattern, key)) {
      const value = parser.extract(m, ctx);
      if (!value) continue;
      const core = m.groups.core ?? m.groups.core2;
      results.push({ ...value, start: core?.start ?? m.index, end: core?.end ?? m.end, rule: parser.rule });
    }
  }
  for (const refine of REFINERS) results = refine(results);
  return results;
}

export type { DateContext, DateResult } from './types.js';
