/**
 * Date extraction: an explicit, ordered configuration of parsers, then refiners (chrono-node's
 * shape). Every result carries the rule that made it.
 */
import { foldKey } from '../../normalise/orthography.js';
import { isoDate, isoDay, isoWeek, parseIsoDay, periodValue, shift, toDate } from './calendar.js';
import { INVITATION, futureShaped, phrases, plannedBefore } from '../events/status.js';
import { matchAll, matchNearWords, pattern } from '../patterns.js';
import { anchorSet, anchoredTokens, type AnchorSet } from '../anchors.js';
import { tokenize, type Token } from '../tokens.js';
import { opensAt } from '../openers.js';
import { COUNT_DIRECTION, HIJRI_MONTHS, MONTHS, RELATIVE_DAYS, SAME_DAY_WORDS, UNITS, WEEKDAYS } from './vocabulary.js';
import { MONDAY, PART_PREFIX, RANGE_JOINER, RANGE_OPENER, WEEKDAY_ALONE, partOf } from './lexicon.js';
import { dayMonthYear } from './parsers/day-month-year.js';
import { dayRange, firstOfTwoDays } from './parsers/day-range.js';
import { dayOfRelativeMonth } from './parsers/day-of-relative-month.js';
import { hijriDate } from './parsers/hijri.js';
import { feastDay } from './parsers/feast-day.js';
import { monthAlone, monthYear } from './parsers/month-year.js';
import { agencyDatelineDate, numericDate } from './parsers/numeric.js';
import { relativeCount } from './parsers/relative-count.js';
import { hoursAgo } from './parsers/hours-ago.js';
import { relativeDay, yesterdayWithArticle } from './parsers/relative-day.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { weekday } from './parsers/weekday.js';
import { yearOnly } from './parsers/year.js';
import { occasionYear } from './parsers/occasion-year.js';
import { yearRange } from './parsers/year-range.js';
import { monthRange } from './parsers/month-range.js';
import { samePeriod, shiftedFromBefore } from './parsers/same-period.js';
import type { DateContext, DateParser, DateResult } from './types.js';

/** Order matters only for ties: an earlier parser wins a span of equal length. */
export const PARSERS: readonly DateParser[] = [
  dayRange,
  hijriDate,
  feastDay,
  dayMonthYear,
  firstOfTwoDays,
  dayOfRelativeMonth,
  samePeriod,
  shiftedFromBefore,
  numericDate,
  agencyDatelineDate,
  monthRange,
  monthYear,
  yearRange,
  yearOnly,
  occasionYear,
  relativePeriodParser,
  relativeCount,
  hoursAgo,
  relativeDay,
  yesterdayWithArticle,
  weekday,
  monthAlone,
];

/**
 * Words every match of a parser contains (folded): parsers run only around them, never over the
 * whole text. A parser without anchors scans everything.
 */
const firstWords = (table: ReadonlyArray<readonly [unknown, readonly string[]]>): string[] =>
  [...new Set(table.flatMap(([, forms]) => forms.map((f) => foldKey(f).split(' ')[0]!)))];
const ANCHOR_WORDS: ReadonlyArray<readonly [DateParser, readonly string[]]> = [
  [hijriDate, firstWords(HIJRI_MONTHS)],
  // (a feast's own word: عيد, عرفة, المولد, رأس السنة)
  [feastDay, ['عيد', 'عرفه', 'عرفات', 'مولد', 'راس']],
  [dayMonthYear, firstWords(MONTHS)],
  [dayRange, firstWords(MONTHS)],
  [firstOfTwoDays, firstWords(MONTHS)],
  [monthYear, firstWords(MONTHS)],
  [monthRange, firstWords(MONTHS)],
  [monthAlone, firstWords(MONTHS)],
  [dayOfRelativeMonth, ['شهر']],
  // (نفسه، ذاته after the unit, نفس، ذات before it)
  [samePeriod, SAME_DAY_WORDS],
  [shiftedFromBefore, ['ذلك', 'ذاك']],
  // (every numeric date holds a year of 19xx or 20xx; its separators are everywhere: sentence ends)
  [numericDate, ['19', '20']],
  [yearOnly, ['19', '20', '21']],
  [occasionYear, ['19', '20', '21']],
  [yearRange, ['19', '20', '21']],
  [relativePeriodParser, [...firstWords(UNITS).map((u) => u.replace(/^ال/u, '')), 'اسابيع', 'اشهر', 'شهور', 'اعوام', 'سنوات']],
  [relativeCount, firstWords(COUNT_DIRECTION)],
  // (the unit's own word: ساعة, دقيقة and their plurals and duals)
  [hoursAgo, ['ساع', 'دقي', 'دقاي']],
  [relativeDay, [...firstWords(RELATIVE_DAYS).map((d) => d.replace(/^ال/u, '')), 'يوم', 'ليله', 'امس']],
  [yesterdayWithArticle, ['امس']],
  [weekday, firstWords(WEEKDAYS).map((d) => d.replace(/^ال/u, ''))],
];
/** Each parser's anchors: read at a word start, after proclitics and the article at most. */
const ANCHORS = new Map<DateParser, AnchorSet>(ANCHOR_WORDS.map(([parser, words]) => [parser, anchorSet(words, 'word start')]));
/** How many words before its anchor a date may start ("يوم الاثنين الحادي والثلاثين من يناير"). */
const ANCHOR_LOOK_BACK = 6;

type Refiner = (results: DateResult[], key: string, ctx: DateContext) => DateResult[];

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

/**
 * "من 10 أبريل إلى 12 مايو", "بين مارس ويونيو": two dates joined by a range word become one interval;
 * not those named by a part ("بين نهاية سبتمبر ومطلع أكتوبر 2024"), which one interval would lose.
 */
const RANGE_BETWEEN = new RegExp(`^\\s*(?:${RANGE_JOINER.source})\\s*$`, 'u');
const RANGE_BEFORE = new RegExp(`(?:^|\\s)[وف]?(?:${RANGE_OPENER.source}|منذ)\\s+$`, 'u');
const joinRanges: Refiner = (results, key) => {
  const out: DateResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1];
    if (
      b && !a.interval && !b.interval && !a.mod && !b.mod && a.grain === b.grain && RANGE_BETWEEN.test(key.slice(a.end, b.start))
      && RANGE_BEFORE.test(key.slice(Math.max(0, a.start - 8), a.start)) && a.value < b.value
    ) {
      out.push(derived(a, { ...a, end: b.end, value: `${a.value}/${b.value}`, interval: true, rule: `<${a.rule}> إلى <${b.rule}>` }));
      i++;
    } else out.push(a);
  }
  return out;
};

/**
 * "يومي ٣١ آب والأول من أيلول ٢٠٢٥", "من 30 يوليو إلى 2 أغسطس 2025": a day or month named without a
 * year, joined to one that states it, is of that year (of the year before when it comes later in the
 * calendar: "31 ديسمبر و1 يناير 2025"). The text states the year once for both, so it is not implied.
 */
const STATED_YEAR = /^(\d{4})(-\d{2}(?:-\d{2})?)$/u;
const UNSTATED_YEAR = /^(?:\d{4}|XXXX)(-\d{2}(?:-\d{2})?)$/u;
const shareStatedYear: Refiner = (results, key) => results.map((a, i) => {
  const b = results[i + 1];
  if (!b || a.interval || b.interval || b.implied || !(a.implied || a.value.startsWith('X'))) return a;
  const unstated = UNSTATED_YEAR.exec(a.value);
  const stated = STATED_YEAR.exec(b.value);
  // (a year the text gives: not one worked out from the article's date, "والسابع من الشهر الحالي")
  if (!unstated || !stated || !key.slice(b.start, b.end).includes(stated[1]!) || !RANGE_BETWEEN.test(key.slice(a.end, b.start))) return a;
  const [, year, rest] = stated;
  const value = `${unstated[1]! > rest! ? Number(year) - 1 : year}${unstated[1]}`;
  const { implied: _, ...own } = a;
  return derived(a, { ...own, value, rule: `${a.rule} <joined-year>` });
});

/** "09 أبريل 2025، 2:22 م", "يوم الخميس الساعة 10:30 صباحا": a clock time joins the day before it. */
const TIME_AFTER = /^\s*[,\-–]?\s*(?:(?:في\s+)?(?:تمام\s+)?الساعه\s+)?(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)(?:\s*(?<half>ص|م|صباحا|مساء|ظهرا|عصرا|ليلا)(?![\p{L}]))?/u;
const attachTime: Refiner = (results, key) =>
  results.map((r) => {
    if (r.grain !== 'day' || r.interval) return r;
    const t = TIME_AFTER.exec(key.slice(r.end, r.end + 40));
    if (!t?.groups) return r;
    let h = Number(t.groups.h);
    const half = t.groups.half;
    if (half && /^(م|مساء|عصرا|ليلا)$/u.test(half) && h < 12) h += 12;
    if (half && /^(ص|صباحا)$/u.test(half) && h === 12) h = 0;
    const time = `${String(h).padStart(2, '0')}:${t.groups.m}`;
    return derived(r, { ...r, end: r.end + t[0].length, value: `${r.value}T${time}`, grain: 'minute', rule: `${r.rule} <time>` });
  });

/** "9 أبريل 2025 الموافق 11 شوال 1446 هـ": one day written in two calendars is one date. */
const EQUIVALENT_BETWEEN = /^\s*[,(]?\s*(?:الموافق|الموافقه|الموافق ل|و?الموافق لـ?)\s*$/u;
const joinEquivalents: Refiner = (results, key) => {
  const out: DateResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1];
    if (b && a.value === b.value && EQUIVALENT_BETWEEN.test(key.slice(a.end, b.start))) {
      out.push(derived(a, { ...a, end: b.end, rule: `<${a.rule}> الموافق <${b.rule}>` }));
      i++;
    } else out.push(a);
  }
  return out;
};

/** "اليوم الأربعاء", "غدا الخميس", "الأربعاء 09/04/2025": a bare weekday beside a day names that day. */
const BARE_WEEKDAY = new RegExp(`^(?:[وف])?(?:${WEEKDAY_ALONE.source}|${MONDAY.source})$`, 'u');
const absorbWeekdayNames: Refiner = (results, key) => {
  const out: DateResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const next = results[i + 1];
    const bare = (x: DateResult): boolean => BARE_WEEKDAY.test(key.slice(x.start, x.end));
    const touching = (a: DateResult, b: DateResult): boolean => /^\s*,?\s*$/u.test(key.slice(a.end, b.start));
    if (next && bare(next) && !bare(r) && r.grain === 'day' && touching(r, next)) {
      out.push(derived(r, { ...r, end: next.end }));
      i++;
    } else if (next && bare(r) && !bare(next) && next.grain === 'day' && touching(r, next)) {
      out.push(derived(next, { ...next, start: r.start }));
      i++;
    } else out.push(r);
  }
  return out;
};

/** A year before Christ ("عام 2000 ق.م.", "القرن 5 قبل الميلاد"): not on the calendar this tool reports. */
const BEFORE_CHRIST = /^\s*(?:ق\s*\.?\s*م(?![\p{L}\p{N}])|قبل\s+الميلاد(?![\p{L}\p{N}]))/u;
const dropBeforeChrist: Refiner = (results, key) => results.filter((r) => !BEFORE_CHRIST.test(key.slice(r.end, r.end + 16)));

/**
 * What says a clause speaks of what is to come, before a weekday in it: a verb in the future
 * ("سيلتقي أردوغان في أنقرة الخميس"), a word of planning ("من المقرر"), of what is supposed to be
 * ("يفترض أن تنطلق الخميس"); not an invitation, which says nothing of when ("دعوة الرئيس شيراك
 * الذي تباحث معه السبت").
 */
const PLANNING_BEFORE = phrases([...plannedBefore.filter((w) => !INVITATION.has(w)), foldKey('يفترض')]);
const CLAUSE_WORD = /[\p{L}\p{N}]+/gu;
/** How far back in its clause a weekday's tense is read (key characters). */
const TENSE_REACH = 80;
/**
 * A weekday named with no direction is the last one in a report of what happened, the next one in a
 * clause of what is to come: "تنطلق الخميس" read on a Wednesday after "يفترض أن" is tomorrow.
 */
const comingWeekdays: Refiner = (results, key) => results.map((r) => {
  if (r.rule !== weekday.rule || !r.implied || !/^\d{4}-\d{2}-\d{2}$/u.test(r.value)) return r;
  const from = Math.max(0, r.start - TENSE_REACH);
  const clause = key.slice(from, r.start).split(/[.!?\n;]/u).at(-1)!;
  if (!PLANNING_BEFORE.test(clause) && !(clause.match(CLAUSE_WORD) ?? []).some(futureShaped)) return r;
  return derived(r, { ...r, value: isoDate(shift(toDate(parseIsoDay(r.value)!), 'day', 7)) });
});

/** "منذ" right before a date: since then, so not after the article ("الموقوف منذ منتصف نوفمبر" in April is last November). */
export const SINCE_BEFORE = /(?:^|[^\p{L}\p{N}])[وف]?منذ\s+$/u;
/** A day or month whose year was implied, after "منذ", is the last such before the article, not this year's still to come. */
const sinceIsPast: Refiner = (results, key, ctx) => results.map((r) => {
  if (!r.implied || !ctx.docDate || !SINCE_BEFORE.test(key.slice(Math.max(0, r.start - 8), r.start))) return r;
  const doc = isoDay(ctx.docDate);
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?)$/u.exec(r.value);
  if (!m || r.value <= doc.slice(0, r.value.length)) return r;
  return derived(r, { ...r, value: `${Number(m[1]) - 1}${m[2]}` });
});

/**
 * "في اليوم نفسه", "٢٣ من الشهر نفسه", "العام ذاته": the day, week, month or year of the date the text
 * named last before it, of that grain or a finer one (of an interval, its first); none without
 * one, or when that month has no such day. So too what is counted from it ("وقبل ذلك بيوم"). Its
 * value is implied: the words name no date of their own.
 */
/** Rules of a day of the calendar, stated in full: what "بعد يومين" after it in its sentence counts from. */
const STATED_DAY_RULES = new Set(['<day> <month-name> <year>', '<dd>/<mm>/<yyyy>', '<day> <hijri-month> <hijri-year>']);
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/u;
/**
 * "كانت السعودية أولى محطاته في الثاني من فبراير، …، ثم زار أنقرة بعد يومين": so many units after
 * the day its sentence named before it, not after the document's day (implied).
 */
const countedFromDayBefore: Refiner = (results, key) =>
  results.map((r, i) => {
    if (!r.after) return r;
    for (let j = i - 1; j >= 0; j--) {
      const p = results[j]!;
      // (within the sentence)
      if (/[.!?\n]/u.test(key.slice(p.end, r.start))) return r;
      const day = STATED_DAY_RULES.has(p.rule) && FULL_DAY.test(p.value) ? parseIsoDay(p.value) : null;
      if (day) return derived(r, { ...r, value: periodValue(shift(toDate(day), r.after.unit, r.after.n), r.after.unit), implied: true, rule: `${r.rule} (after the day before)` });
    }
    return r;
  });

const sameAsBefore: Refiner = (results, key) => {
  const last: { year?: string; month?: string; day?: string } = {};
  const out: DateResult[] = [];
  for (const [i, r] of results.entries()) {
    if (r.same?.shift) {
      const value = shifted(last, r.same.unit, r.same.shift);
      // (nor when the date it is follows it, set off by a comma: "وقبل ذلك بيوم، 15 أيار،")
      const next = results[i + 1];
      if (!value || (next && next.value === value && /^[\s,]*$/u.test(key.slice(r.end, next.start)))) continue;
      out.push(derived(r, { ...r, value, implied: true }));
    } else if (r.same) {
      const { unit, day } = r.same;
      const value =
        unit === 'year' ? last.year
        : unit === 'month' ? (day === undefined ? last.month : last.month && dayOf(`${last.month}-${String(day).padStart(2, '0')}`))
        : unit === 'week' ? last.day && weekOf(last.day)
        : last.day;
      if (!value) continue;
      out.push(derived(r, { ...r, value, implied: true }));
    } else out.push(r);
    Object.assign(last, statedParts(out.at(-1)!.value));
  }
  return out;
};
/** The period `n` units from the last one of that unit's grain or a finer one (of a known year). */
function shifted(last: { year?: string; month?: string; day?: string }, unit: 'day' | 'week' | 'month' | 'year', n: number): string | undefined {
  const from = unit === 'year' ? last.year && `${last.year}-01-01` : unit === 'month' ? last.month && `${last.month}-01` : last.day;
  const d = from ? parseIsoDay(from) : null;
  return d ? periodValue(shift(toDate(d), unit, n), unit) : undefined;
}
/** The year, month and day a value gives (of an interval, its first), each when it gives it, unknown year or not. */
function statedParts(value: string): { year?: string; month?: string; day?: string } {
  const m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value);
  if (!m) return {};
  const [, y, mo, d] = m;
  return { ...(y !== 'XXXX' ? { year: y } : {}), ...(mo ? { month: `${y}-${mo}` } : {}), ...(mo && d ? { day: `${y}-${mo}-${d}` } : {}) };
}
/** A day of the month, if there is such a day (the 31st of a month of 30 is none); a day of an unknown year as it is. */
const dayOf = (value: string): string | undefined => (value.startsWith('XXXX') || parseIsoDay(value) ? value : undefined);
const weekOf = (day: string): string | undefined => {
  const d = day.startsWith('XXXX') ? null : parseIsoDay(day);
  return d ? isoWeek(toDate(d)) : undefined;
};

export const REFINERS: readonly Refiner[] = [comingWeekdays, dropBeforeChrist, takeInPart, removeOverlaps, sinceIsPast, absorbWeekdayNames, joinEquivalents, shareStatedYear, joinRanges, attachTime, countedFromDayBefore, sameAsBefore];

/** Finds every date in `key` (the matching key, boilerplate already masked). Offsets are key offsets. */
export function parseDates(key: string, ctx: DateContext, tokens: readonly Token[] = tokenize(key)): DateResult[] {
  let results: DateResult[] = [];
  PARSERS.forEach((parser, i) => {
    const anchors = ANCHORS.get(parser);
    // (tried only at the words that can open it, not at every word before an anchor)
    const opening = parser.opensWith;
    const opens = (k: number): boolean => opensAt(opening, tokens[k]!);
    const matches = anchors ? matchNearWords(parser.pattern, key, tokens, anchoredTokens(tokens, anchors), ANCHOR_LOOK_BACK, opens) : matchAll(parser.pattern, key);
    for (const m of matches) {
      const value = parser.extract(m, ctx);
      if (!value) continue;
      const core = m.groups.core ?? m.groups.core2 ?? m.groups.core3 ?? m.groups.core4 ?? m.groups.core5 ?? m.groups.core6 ?? m.groups.core7;
      const r: DateResult = { ...value, start: core?.start ?? m.index, end: core?.end ?? m.end, rule: parser.rule };
      origin.set(r, i);
      results.push(r);
    }
  });
  for (const refine of REFINERS) results = refine(results, key, ctx);
  return results;
}

export type { DateContext, DateResult } from './types.js';
