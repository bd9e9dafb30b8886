/** The article's own dateline: a short line near the top that is a full date (with time, weekday, "نشر في"). */
import { parseDates, type DateResult } from '../extract/dates/index.js';
import { parseIsoDay, type CalendarDate } from '../extract/dates/calendar.js';
import type { Line } from './boilerplate.js';

const MAX_LINE = 40; // a dateline sits in the first lines of the page
const FILLER = new Set([
  'نشر', 'نشرت', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'اخر', 'تحديث', 'التحديث', 'محدث', 'تم', 'الموافق', 'م', 'ص', 'مساء', 'صباحا',
  'صباح', 'ظهرا', 'يوم', 'الساعه', 'توقيت', 'بتوقيت', 'مكه', 'المكرمه', 'غرينتش', 'gmt', 'gst', 'utc', 'ast', 'am', 'pm', 'ه', 'هـ',
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'منذ',
]);

/** Bylines beside a dateline, set off by |: "كتب: محمد علي | 12 يوليو 2025" (folded). */
const BYLINE = new Set(['كتب', 'كتبت', 'بقلم', 'اعداد', 'تحرير', 'حوار', 'متابعه', 'تقرير']);
/** What sets a dateline's place or byline off from its date: "بيروت - 12 تموز 2025", "الرياض، السبت …". */
const SEPARATOR = /[-–—,:|]/u;
/** A machine timestamp, as scraped pages carry them: "2025-07-12T10:30:00+03:00" (the key is lower-cased). */
const TIMESTAMP = /^\s*(\d{4}-\d{2}-\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\s*$/u;
/** A section's name of a few words closing the line after a |: "… | أخبار روسيا". */
const TRAILING_SECTION = /\|\s*\p{L}+(?:\s+\p{L}+){0,2}\s*$/u;
/** A site's address before a dateline, set off by |: "arabic.news.cn  |". */
const SITE_ADDRESS = /^\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\s*\|/u;
/** A source in brackets or slashes after the date: "(واس)", "/أ ش أ/". */
const BRACKETED_SOURCE = /\([^()]{1,24}\)|\/[^/\d]{1,16}\//gu;

export interface Dateline {
  line: number;
  date: CalendarDate;
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => text.match(WORD) ?? [];
/** An era or a time of day after a date: "م", "هـ", "ص", the hour's digits. */
const ERA_OR_TIME = /^(?:م|ه|هـ|ص|مساء|صباحا|\d{1,2})$/u;
const isFiller = (w: string): boolean => FILLER.has(w) || /^\d{1,2}$/u.test(w) || /^(ال)?(هجري|هجريه|ميلادي|ميلاديه)$/u.test(w);

/**
 * What a dateline may hold besides its dates (blanked out of `rest`): "published" words, time,
 * weekday and era; before the date, its place alone ("الرياض 15 …"), or its place or a byline set
 * off by a dash, comma or | ("بيروت -", "الرياض، السبت", "كتب: محمد علي |", "مقالات |"), two words at
 * most unless a byline; after it, its source in brackets ("(واس)") or one word closing the line
 * ("… 2025 م واس"), the city of its time zone ("بتوقيت القدس"). Not a sentence or a headline that
 * happens to hold a date.
 */
function onlyDateline(rest: string, dateStart: number): boolean {
  // (the site's address set off before it: "arabic.news.cn  |  2026-04-15 22:41:08")
  const before = rest.slice(0, dateStart).replace(SITE_ADDRESS, (m) => ' '.repeat(m.length));
  // (and its section set off by | after it: "05.06.2025 | 13:47 GMT | أخبار روسيا")
  const after = rest.slice(dateStart).replace(BRACKETED_SOURCE, ' ').replace(/(بتوقيت)\s+[\p{L}]+/gu, '$1').replace(TRAILING_SECTION, ' ');
  const trail = words(after);
  // the agency's name closing the line, right after the date or its era ("… 6 نوفمبر 2025 م واس")
  // (an acronym or a name: واس، قنا، كونا، وام; not a definite noun going on with a sentence)
  const agency = trail.length > 0 && !isFiller(trail.at(-1)!) && !trail.at(-1)!.startsWith('ال') && trail.slice(0, -1).every((w) => ERA_OR_TIME.test(w));
  if (!(agency ? trail.slice(0, -1) : trail).every(isFiller)) return false;
  const lead = [...before.matchAll(WORD)];
  const own = lead.filter((m) => !isFiller(m[0]));
  if (!own.length) return true;
  // its place alone before the date, unmarked ("الرياض 15 جمادى الأولى 1447 هـ الموافق 6 نوفمبر 2025 م واس")
  if (own.length === 1 && own[0] === lead[0]) return true;
  // else set off from the date, after the lead's last word that is not filler
  const last = own.at(-1)!;
  if (!SEPARATOR.test(before.slice(last.index + last[0].length))) return false;
  const count = lead.indexOf(last) + 1;
  return count <= 2 || (BYLINE.has(lead[0]![0]) && count <= 5);
}

/**
 * The dateline: the first line in the first 40 that is one, else one in the last 15 lines of text that says it is
 * the date of publication ("تاريخ النشر: 2025/09/14" closing the article; not a related article's
 * date, which the foot of a page is full of).
 */
export function findDateline(lines: Line[]): Dateline | null {
  for (let i = 0; i < Math.min(lines.length, MAX_LINE); i++) {
    const found = datelineAt(lines, i);
    if (found) return found;
  }
  // (or a line of a day and its time alone: "31.07.2025 | 14:35 GMT")
  for (let i = footStart(lines); i < lines.length; i++) {
    if (!PUBLISHED.test(lines[i]!.key) && !TIME_OF_DAY.test(lines[i]!.key)) continue;
    const found = datelineAt(lines, i);
    if (found) return found;
  }
  return null;
}

/** Lines of text (blank ones not counted) at the foot of a page where its date of publication may stand. */
const MAX_FOOT_LINE = 15;

/** The first line of the page's foot: its last MAX_FOOT_LINE lines of text, after the first MAX_LINE lines. */
function footStart(lines: readonly Line[]): number {
  let i = lines.length;
  for (let seen = 0; i > MAX_LINE && seen < MAX_FOOT_LINE; ) if (lines[--i]!.key) seen++;
  return Math.max(i, MAX_LINE);
}

/** A time of day ("14:35"): a foot's line of a date with it stamps the page. */
const TIME_OF_DAY = /(?<![\p{N}:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{N}])/u;
/** Words that say a date is the publication's: نشر، تاريخ النشر، آخر تحديث (folded key). */
const PUBLISHED = /(?<![\p{L}\p{N}])(?:نشر|نشرت|النشر|تاريخ|تحديث|التحديث)(?![\p{L}\p{N}])/u;

/**
 * A line of the page's chrome that gives only a date and time, or the weather: "الأربعاء، 26 شباط 2025 -
 * 27 شعبان 1446 هـ", "الاثنين 13 يناير 2025 | الكويت 14° م", "الدوحة 33°". Besides its dates (of a day
 * or a minute) and their filler, one word at most: the city.
 */
export function isDateOnlyLine(l: Line): boolean {
  // (a bar of such things set off by |: "الاثنين 10 رمضان 1446 هـ - 10 مارس 2025 م | جدة 27° - الرياض 24° | مواقيت الصلاة: المغرب 6:22 م")
  if (/\d/u.test(l.key) && BAR_SEPARATOR.test(l.key)) {
    const segments = l.key.split(BAR_SEPARATORS);
    if (segments.length <= MAX_BAR_SEGMENTS && segments.every((s) => isChromeSegment(s) || isLinkSegment(s)) && segments.some(isChromeSegment)) return true;
  }
  const dates = daysOf(l);
  if (!dates || (!dates.length && !l.key.includes('°'))) return false;
  return words(withoutDates(l.key, dates)).filter((w) => !isFiller(w) && !/^\d+$/u.test(w)).length <= 1;
}

const MAX_BAR_SEGMENTS = 8;
/** What sets off the segments of a bar: |, or a wide space ("…1446 هـ     القاهرة: 34° / 22°     أسعار الذهب"). */
const BAR_SEPARATOR = /\||\s{3,}/u;
const BAR_SEPARATORS = new RegExp(BAR_SEPARATOR.source, 'gu');
/** A link of a few words beside them: "أسعار الذهب", "أسعار العملات". */
const isLinkSegment = (segment: string): boolean => {
  const n = words(segment).length;
  return n <= 3 && !/[\d.?!]/u.test(segment);
};
const MAX_SEGMENT_WORDS = 10;
/** Words of the day's prayer times in a page's top bar (folded). */
const PRAYER_WORDS = new Set(['مواقيت', 'الصلاه', 'الفجر', 'الشروق', 'الظهر', 'العصر', 'المغرب', 'العشاء', 'اوقات']);
/** Words of the weather beside a temperature: "دمشق 36° صحو" (folded). */
const WEATHER_WORDS = new Set(['صحو', 'مشمس', 'غايم', 'جزييا', 'ممطر', 'امطار', 'غبار', 'ضباب', 'رياح', 'عاصف', 'حار', 'معتدل']);
const CLOCK_TIME = /(?<![\p{N}])\d{1,2}:\d{2}(?![\p{N}])/u;

/**
 * A segment of a bar of the page's top: a date, a time, the weather ("جدة 27° - الرياض 24°": a city
 * a temperature) or the prayer times; besides them, one word, or a city for each temperature.
 */
function isChromeSegment(segment: string): boolean {
  const w = words(segment);
  if (!w.length) return true;
  if (w.length > MAX_SEGMENT_WORDS || !/\d/u.test(segment)) return false;
  const dates = parseDates(segment, { docDate: null }).filter((d) => d.grain === 'day' || d.grain === 'minute');
  const temperatures = segment.split('°').length - 1;
  if (!dates.length && !temperatures && !CLOCK_TIME.test(segment)) return false;
  const rest = words(withoutDates(segment, dates)).filter((x) => !isFiller(x) && !/^\d+$/u.test(x) && !PRAYER_WORDS.has(x) && !WEATHER_WORDS.has(x));
  return rest.length <= Math.max(1, temperatures);
}

/**
 * The dates of a day or a minute on a short line with digits (null on other lines: most lines have no
 * digits and skip the date parsers). Kept on the line: the dateline and the page's top chrome ask of
 * the same lines.
 */
const DAYS_OF_LINE = new WeakMap<Line, DateResult[]>();
/** Words at most on a line of dates: "نشر في: 08 أبريل ,2025: 01:12 م GST آخر تحديث: 08 أبريل ,2025: 04:35 م GST" has 18. */
const MAX_DATE_LINE_WORDS = 24;
function daysOf(l: Line): DateResult[] | null {
  if (!l.key || l.words > MAX_DATE_LINE_WORDS || !/\d/u.test(l.key)) return null;
  let dates = DAYS_OF_LINE.get(l);
  if (!dates) DAYS_OF_LINE.set(l, (dates = parseDates(l.key, { docDate: null }).filter((d) => d.grain === 'day' || d.grain === 'minute')));
  return dates;
}

/** The line with its dates blanked out, offsets kept. */
function withoutDates(key: string, dates: readonly DateResult[]): string {
  let rest = key;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' '.repeat(d.end - d.start) + rest.slice(d.end);
  return rest;
}

function datelineAt(lines: Line[], i: number): Dateline | null {
  const l = lines[i]!;
  const days = daysOf(l);
  if (!days) return null;
  const stamp = TIMESTAMP.exec(l.key);
  const stamped = stamp ? parseIsoDay(stamp[1]!) : null;
  if (stamped) return { line: i, date: stamped };
  const dates = days.filter((d) => !d.interval && !d.value.startsWith('X'));
  if (!dates.length) return null;
  if (!onlyDateline(withoutDates(l.key, dates), dates[0]!.start)) return null;
  // the Gregorian date when the line gives both ("17 ربيع الآخر 1447 هـ الموافق 9 أكتوبر 2025"):
  // a Hijri day is converted by one reckoning, and countries' calendars differ by a day
  const chosen = dates.find((d) => !d.rule.includes('hijri')) ?? dates[0]!;
  const date = parseIsoDay(chosen.value.slice(0, 10));
  return date ? { line: i, date } : null;
}
