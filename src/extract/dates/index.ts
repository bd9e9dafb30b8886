/**
 * Date extraction: an explicit, ordered configuration of parsers, then refiners (chrono-node's
 * shape). Every result carries the rule that made it.
 */
import { foldKey } from '../../normalise/orthography.js';
import { matchAll, matchNearHits, pattern, wordList } from '../patterns.js';
import { COUNT_DIRECTION, HIJRI_MONTHS, MONTHS, RELATIVE_DAYS, UNITS, WEEKDAYS, COUNTED_UNITS, SINGLE_UNITS, DUAL_UNITS } from './vocabulary.js';
import { PART_PREFIX, partOf } from './lexicon.js';
import { dayMonthYear } from './parsers/day-month-year.js';
import { hijriDate } from './parsers/hijri.js';
import { monthAlone, monthYear } from './parsers/month-year.js';
import { numericDate } from './parsers/numeric.js';
import { relativeCount } from './parsers/relative-count.js';
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
  relativeCount,
  relativeDay,
  weekday,
  monthAlone,
];

/**
 * Words every match of a parser contains (folded): parsers run only around them, never over the
 * whole text. A parser without anchors scans everything.
 */
const firstWords = (table: ReadonlyArray<readonly [unknown, readonly string[]]>): string[] =>
  [...new Set(table.flatMap(([, forms]) => forms.map((f) => foldKey(f).split(' ')[0]!)))];
const ANCHORS = new Map<DateParser, readonly string[]>([
  [hijriDate, firstWords(HIJRI_MONTHS)],
  [dayMonthYear, firstWords(MONTHS)],
  [monthYear, firstWords(MONTHS)],
  [monthAlone, firstWords(MONTHS)],
  [numericDate, ['/', '-', '.']],
  [yearOnly, ['19', '20', '21']],
  [relativePeriodParser, [...firstWords(UNITS).map((u) => u.replace(/^ال/u, '')), 'اسابيع', 'اشهر', 'شهور', 'اعوام', 'سنوات']],
  [relativeCount, firstWords(COUNT_DIRECTION)],
  [relativeDay, [...firstWords(RELATIVE_DAYS).map((d) => d.replace(/^ال/u, '')), 'يوم', 'ليله', 'امس']],
  [weekday, firstWords(WEEKDAYS).map((d) => d.replace(/^ال/u, ''))],
]);
void COUNTED_UNITS;
void SINGLE_UNITS;
void DUAL_UNITS;
/** How many words before its anchor a date may start ("يوم الاثنين الحادي والثلاثين من يناير"). */
const ANCHOR_LOOK_BACK = 6;
/** Every anchor of every parser in one pattern: the text is scanned once, hits dealt to the parsers. */
const ALL_ANCHORS = new RegExp(wordList([...new Set([...ANCHORS.values()].flat())]).source, 'gu');
const PARSERS_OF = new Map<string, DateParser[]>();
// a longer anchor found also stands for the shorter anchors inside it ("الاسبوع" holds "اسبوع")
for (const [parser, anchors] of ANCHORS) {
  for (const a of anchors) {
    for (const b of new Set([...ANCHORS.values()].flat())) {
      if (b.includes(a) && !(PARSERS_OF.get(b) ?? []).includes(parser)) PARSERS_OF.set(b, [...(PARSERS_OF.get(b) ?? []), parser]);
    }
  }
}
const WORDS = /[\p{L}\p{N}]+/gu;

type Refiner = (results: DateResult[], key: string) => DateResult[];

/** The parser each result came from (refiners may rename the rule). */
const origin = new WeakMap<DateResult, number>();
const derived = (from: DateResult, to: DateResult): DateResult => {
  origin.set(to, origin.get(from) ?? PARSERS.length);
  return to;
};

/** A part of a period just before it ("أواخر سبتمبر 2022", "منتصف 2025"): the result takes it in, with its mod. */
const PART_BEFORE = pattern(`(?<![\\p{L}\\p{N}])[وفبل]?(?<part>{{part}})\\s+$`, { part: PART_PREFIX });
const LOOK_BACK = 24;

const takeInPart: Refiner = (results, key) =>
  results.map((r) => {
    if (r.mod || r.grain === 'day') return r;
    // a short window ending at the result, with one character of context for the word edge
    const from = Math.max(0, r.start - LOOK_BACK - 1);
    const part = matchAll(PART_BEFORE, key.slice(from, r.start), from === 0 ? 0 : 1).next().value?.groups.part;
    const mod = part ? partOf.get(part.text) : undefined;
    if (!part || !mod) return r;
    return derived(r, { ...r, start: from + part.start, mod, rule: `<part> ${r.rule}` });
  });

/** Overlapping results: the longest wins, then the earliest parser. */
const removeOverlaps: Refiner = (results) => {
  const rank = (r: DateResult): number => origin.get(r) ?? PARSERS.length;
  const sorted = [...results].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  // kept spans are disjoint and sorted by start, so only the last one starting before r.end can overlap r
  const kept: DateResult[] = [];
  for (const r of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < r.end) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    if (before && before.end > r.start) continue;
    kept.splice(lo, 0, r);
  }
  return kept;
};

export const REFINERS: readonly Refiner[] = [takeInPart, removeOverlaps];

/** Finds every date in `key` (the matching key, boilerplate already masked). Offsets are key offsets. */
export function parseDates(key: string, ctx: DateContext, wordStarts?: readonly number[]): DateResult[] {
  let results: DateResult[] = [];
  const starts = wordStarts ?? Array.from(key.matchAll(WORDS), (m) => m.index);
  const hits = new Map<DateParser, number[]>();
  for (const m of key.matchAll(ALL_ANCHORS)) {
    // an anchor may contain a shorter one ("سنه" and "سن"): each parser gets the position once per match
    for (const parser of PARSERS_OF.get(m[0]) ?? []) hits.set(parser, [...(hits.get(parser) ?? []), m.index]);
  }
  PARSERS.forEach((parser, i) => {
    const anchors = ANCHORS.get(parser);
    const matches = anchors ? matchNearHits(parser.pattern, key, hits.get(parser) ?? [], starts, ANCHOR_LOOK_BACK) : matchAll(parser.pattern, key);
    for (const m of matches) {
      const value = parser.extract(m, ctx);
      if (!value) continue;
      const core = m.groups.core ?? m.groups.core2;
      const r: DateResult = { ...value, start: core?.start ?? m.index, end: core?.end ?? m.end, rule: parser.rule };
      origin.set(r, i);
      results.push(r);
    }
  });
  for (const refine of REFINERS) results = refine(results, key);
  return results;
}

export type { DateContext, DateResult } from './types.js';
