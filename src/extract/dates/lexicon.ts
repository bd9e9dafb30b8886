/** Dictionaries turned into patterns and lookups, built once. */
import { foldKey } from '../../normalise/orthography.js';
import { definiteWordList, withoutArticle, wordList } from '../patterns.js';
import { opening } from '../openers.js';
import {
  AMBIGUOUS_MONTHS, APPROX_WORDS, BARE_YEAR_INTRODUCERS, CARDINAL_TEENS, CARDINAL_TENS, CARDINAL_UNITS, COUNT_DIRECTION,
  COUNTED_UNITS, DAY_NOUN_MODIFIERS, DIRECTION, DUAL_UNITS, FIRST_DAY_WORDS, HIJRI_MONTHS, MONTH_PREPOSITIONS, MONTHS,
  MONTHS_AFTER_PREPOSITION, NAME_HEADS, ORDINAL_TENS, ORDINAL_UNITS, PART_PREFIXES, PERIOD_PARTS, RELATIVE_DAYS,
  REPEATED_UNITS, SINGLE_UNITS, TIME_OF_DAY_WORDS, UNITS, WEEKDAYS, YEAR_WORDS, EVENT_NOUNS, AFTER_YEAR_WORDS, WEEKDAYS_ALONE, MONDAY_FORMS, DAY_PARTS, RANGE_OPENERS, RANGE_JOINERS,
  OCCASION_NOUNS, HISTORIC_DAY_NOUNS, FRIDAY_PRAYER_NOUNS, SAME_DAY_WORDS, THAT_DAY_WORDS, BEFORE_THAT_DAY, FEASTS, FEAST_DAY_ORDINALS, SAME_AFTER_WORDS, SAME_PERIOD_UNITS, SHORT_UNITS, SHORT_UNITS_ONE, SHORT_UNIT_DUALS,
} from './vocabulary.js';

type Table<V> = ReadonlyArray<readonly [V, readonly string[]]>;

function lookup<V>(table: Table<V>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, forms] of table) for (const f of forms) map.set(foldKey(f), value);
  return map;
}

/** `lookup` for a `definiteWordList`: each form with the article is also found without it (after لل). */
function definiteLookup<V>(table: Table<V>): Map<string, V> {
  const map = lookup(table);
  for (const [form, value] of [...map]) {
    const rest = withoutArticle(form);
    if (rest !== undefined && !map.has(rest)) map.set(rest, value);
  }
  return map;
}

const forms = <V>(table: Table<V>): string[] => table.flatMap(([, f]) => [...f]);

/** Ordinal days 1–31 from units and tens: التاسع, الحادي عشر, الثامن والعشرين, الثلاثين. */
function ordinalDays(): Table<number> {
  const rows: Array<[number, string[]]> = [];
  const alone = (n: number, f: readonly string[]): void => void rows.push([n, [...f]]);
  for (const [n, f] of ORDINAL_UNITS) alone(n, f);
  for (const [n, f] of ORDINAL_TENS) alone(n, f);
  for (const [u, , compound] of ORDINAL_UNITS.map(([n, f, c]) => [n, f, c ?? f] as const)) {
    rows.push([10 + u, compound.map((c) => `${c} عشر`)]);
    for (const [t, tens] of ORDINAL_TENS) if (t >= 20 && t + u <= 31) rows.push([t + u, compound.flatMap((c) => tens.map((w) => `${c} و${w}`))]);
  }
  return rows;
}

/** Cardinals 1–99 (and 100) for counts: ثلاثة, ثلاثة عشر, خمسة وعشرين. */
function cardinals(): Table<number> {
  const rows: Array<[number, string[]]> = [];
  for (const [n, f] of CARDINAL_UNITS) rows.push([n, [...f]]);
  for (const [n, f] of CARDINAL_TENS) rows.push([n, [...f]]);
  for (const [n, f] of CARDINAL_TEENS) rows.push([n, [...f]]);
  const ten = CARDINAL_TENS.find(([n]) => n === 10)?.[1] ?? [];
  for (const [u, f] of CARDINAL_UNITS) {
    if (u >= 3) rows.push([10 + u, f.flatMap((w) => ten.map((t) => `${w} ${t}`))]);
    for (const [t, tens] of CARDINAL_TENS) if (t >= 20 && t < 100) rows.push([t + u, f.flatMap((w) => tens.map((x) => `${w} و${x}`))]);
  }
  return rows;
}

const ORDINAL_DAYS = ordinalDays();
const CARDINALS = cardinals();

export const monthNumber = lookup(MONTHS);
export const hijriMonthNumber = lookup(HIJRI_MONTHS);
export const weekdayNumber = definiteLookup(WEEKDAYS);
export const directionOf = lookup(DIRECTION);
export const unitOf = definiteLookup(UNITS);
export const partOf = lookup(PERIOD_PARTS);
export const relativeDayOffset = definiteLookup(RELATIVE_DAYS);
export const ordinalDayNumber = lookup(ORDINAL_DAYS);
export const feastOf = lookup(FEASTS);
export const feastDayOrdinalOf = lookup(FEAST_DAY_ORDINALS);
export const cardinalNumber = lookup(CARDINALS);
export const countedUnitOf = lookup(COUNTED_UNITS);
export const singleUnitOf = lookup(SINGLE_UNITS);
export const dualUnitOf = lookup(DUAL_UNITS);
export const countDirectionOf = lookup(COUNT_DIRECTION);
export const ambiguousMonths = new Set(AMBIGUOUS_MONTHS.map(foldKey));
export const monthsAfterPreposition = new Set(MONTHS_AFTER_PREPOSITION.map(foldKey));
export const monthPrepositions = new Set(MONTH_PREPOSITIONS.map(foldKey));

export const MONTH = wordList(forms(MONTHS));
export const UNAMBIGUOUS_MONTH = wordList(forms(MONTHS).filter((f) => !ambiguousMonths.has(foldKey(f))));
export const HIJRI_MONTH = wordList(forms(HIJRI_MONTHS));
export const WEEKDAY = definiteWordList(forms(WEEKDAYS));
export const WEEKDAY_ALONE = wordList(WEEKDAYS_ALONE);
export const MONDAY = wordList(MONDAY_FORMS);
export const FRIDAY_PRAYER_NOUN = wordList(FRIDAY_PRAYER_NOUNS);
/** A look-behind (pattern source): the day is one the text has named ("في ذلك اليوم", "نفس اليوم"). */
export const NOT_THAT_DAY = '(?<!(?:{{sameDay}})\\s+)(?<!(?:{{beforeThatDay}})\\s+(?:{{thatDay}})\\s+)';
export const SAME_DAY_WORD = wordList(SAME_DAY_WORDS);
export const SAME_AFTER_WORD = wordList(SAME_AFTER_WORDS);
export const SAME_PERIOD_UNIT = definiteWordList(forms(SAME_PERIOD_UNITS));
export const samePeriodUnitOf = definiteLookup(SAME_PERIOD_UNITS);
export const THAT_DAY_WORD = wordList(THAT_DAY_WORDS);
export const BEFORE_THAT_DAY_WORD = wordList(BEFORE_THAT_DAY);
export const DIRECTION_WORD = wordList(forms(DIRECTION));
export const UNIT = definiteWordList(forms(UNITS));
export const PART = wordList(forms(PERIOD_PARTS));
export const PART_PREFIX = wordList(PART_PREFIXES);
export const RELATIVE_DAY = definiteWordList(forms(RELATIVE_DAYS));
export const YEAR_WORD = wordList(YEAR_WORDS);
export const AFTER_YEAR_WORD = wordList(AFTER_YEAR_WORDS);
/**
 * A lookahead (pattern source, with `{{after}}` for AFTER_YEAR_WORD): what follows a bare year, not
 * a count: punctuation or the end, a definite word, another year, or one of AFTER_YEAR_WORDS. A
 * counted noun after a count is indefinite ("2000 موقع").
 */
export const NOT_A_COUNT = '(?=\\s*(?:[.,،؛:!?؟)\\]»"]|$)|\\s+[وف]?(?:[بك]?ال|لل)\\p{L}|\\s*و\\s*{{year}}|\\s+[وف]?(?:{{after}})(?![\\p{L}\\p{N}]))';
export const BARE_YEAR_INTRO = wordList(BARE_YEAR_INTRODUCERS);
export const MONTH_PREPOSITION = wordList(MONTH_PREPOSITIONS);
export const ORDINAL_DAY = wordList(forms(ORDINAL_DAYS));
export const FEAST = wordList(forms(FEASTS));
export const FEAST_DAY_ORDINAL = wordList(forms(FEAST_DAY_ORDINALS));
export const FIRST_DAY_WORD = wordList(FIRST_DAY_WORDS);
export const CARDINAL = wordList(forms(CARDINALS));
export const COUNTED_UNIT = wordList(forms(COUNTED_UNITS));
export const SINGLE_UNIT = wordList(forms(SINGLE_UNITS));
export const DUAL_UNIT = wordList(forms(DUAL_UNITS));
export const COUNT_DIRECTION_WORD = wordList(forms(COUNT_DIRECTION));
export const APPROX_WORD = wordList(APPROX_WORDS);
export const REPEATED_UNIT = wordList(REPEATED_UNITS);
export const DAY_NOUN_MODIFIER = wordList(DAY_NOUN_MODIFIERS);
export const NAME_HEAD = wordList(NAME_HEADS);
export const TIME_OF_DAY = wordList(TIME_OF_DAY_WORDS);
export const DAY_PART = wordList(DAY_PARTS);
export const EVENT_NOUN = wordList(EVENT_NOUNS);
export const OCCASION_NOUN = wordList(OCCASION_NOUNS);
export const HISTORIC_DAY_NOUN = wordList(HISTORIC_DAY_NOUNS);
/**
 * An empty group, present when the word before is a noun naming a past event by its day
 * (vocabulary.ts). (An alternation, not `?`: a quantifier never takes an empty match.)
 */
export const AFTER_HISTORIC_NOUN = '(?:(?<=(?<![\\p{L}\\p{N}])[وفبل]?(?:ال)?{{historic}}\\s)(?<afterHistoric>)|)';
export const RANGE_OPENER = wordList(RANGE_OPENERS);
export const RANGE_JOINER = wordList(RANGE_JOINERS);

/*
 * What each parser's matches open with (a parser's `opensWith`), from the tables its pattern is
 * built of: it is tried only at such words (see openers.ts). tests/extract/dates.test.ts checks,
 * over the date corpus, the fixtures and the test articles, that every match opens at one of them.
 */
const DAY_OPENERS = ['يوم', ...forms(WEEKDAYS), ...forms(ORDINAL_DAYS), ...FIRST_DAY_WORDS];
/** `<weekday>? <day> <month-name>`: a day number, a weekday, an ordinal day, غرة/أول. */
export const DAY_OPENING = opening(DAY_OPENERS, { numbers: true });
/** The same in the Hijri calendar, where the month may come alone. */
export const HIJRI_OPENING = opening([...DAY_OPENERS, 'شهر', ...forms(HIJRI_MONTHS)], { numbers: true });
/** `(شهر)? <month-name>`. */
export const MONTH_OPENING = opening(['شهر', ...forms(MONTHS)]);
/** `<time-preposition> <month-name>`. */
export const MONTH_ALONE_OPENING = opening([...MONTH_PREPOSITIONS, ...PART_PREFIXES, 'شهر']);
/** A number: numeric dates. */
export const NUMBER_OPENING = opening([], { numbers: true });
/** A bare year: its number, a year word, a word that introduces one, في, or the و before a second year. */
export const YEAR_OPENING = opening([...YEAR_WORDS, ...BARE_YEAR_INTRODUCERS, 'في', 'و'], { numbers: true });
/** `<occasion> <year>`, the occasion with the article or not. */
export const OCCASION_OPENING = opening(OCCASION_NOUNS.flatMap((n) => [n, `ال${n}`]));
/** `(<ordinal> أيام)? <feast>`. */
export const FEAST_OPENING = opening([...forms(FEAST_DAY_ORDINALS), ...forms(FEASTS)]);
/** `<part>? <unit> <direction>`, `<part>? هذا <unit>`. */
export const PERIOD_OPENING = opening([...forms(PERIOD_PARTS), 'هذا', 'هذه', ...forms(UNITS)]);
/** `(قبل|بعد|منذ) <count> <unit>`. */
export const COUNT_OPENING = opening(forms(COUNT_DIRECTION));
/** The words that count back in time ("منذ", "قبل"), and the units shorter than a day after them. */
const PAST_COUNT_WORDS = COUNT_DIRECTION.filter(([sign]) => sign < 0).flatMap(([, words]) => words);
export const PAST_COUNT_WORD = wordList(PAST_COUNT_WORDS);
export const HOURS_AGO_OPENING = opening(PAST_COUNT_WORDS);
export const SHORT_UNIT = wordList(SHORT_UNITS);
export const SHORT_UNIT_DUAL = wordList(SHORT_UNIT_DUALS);
export const SHORT_UNIT_ONE = wordList(SHORT_UNITS_ONE);
/** `<day-part>? <part>? (<day> من)? <unit> نفسه`, `(نفس|ذات) <unit>`. */
export const SAME_PERIOD_OPENING = opening([...DAY_PARTS, ...forms(PERIOD_PARTS), ...forms(ORDINAL_DAYS), ...forms(SAME_PERIOD_UNITS), ...SAME_DAY_WORDS], { numbers: true });
/** `(قبل|بعد) ذلك ب<count> <unit>`. */
export const SHIFTED_OPENING = opening(['قبل', 'بعد']);
/** اليوم، أمس، غدا… */
export const RELATIVE_DAY_OPENING = opening([...forms(RELATIVE_DAYS), ...DAY_PARTS]);
/** بالأمس, or a day, time of day or event noun before الأمس. */
export const YESTERDAY_OPENING = opening(['بالأمس', 'يوم', ...TIME_OF_DAY_WORDS, ...EVENT_NOUNS]);
/** A weekday, يوم, a time of day before one, or the و joining a second one. */
export const WEEKDAY_OPENING = opening(['يوم', ...forms(WEEKDAYS), ...WEEKDAYS_ALONE, ...TIME_OF_DAY_WORDS, 'و']);

/** A 4-digit year in the range news writes about. */
export const YEAR = /(?:1[89]\d\d|20\d\d|21\d\d)/;
/**
 * A year written after a month name, where four digits can only be a year: the centuries before
 * 1800 too ("ولد في 15 فبراير 1564"). Alone, such a number is more often a count.
 */
export const YEAR_AFTER_MONTH = /(?:1\d{3}|20\d\d|21\d\d)/;
export const DAY = /(?:[12]\d|3[01]|0?[1-9])/;
/** The article written on to a day's number ("الـ11 من نوفمبر", its tatweel folded away): not part of the date. */
export const ARTICLE_ON_NUMBER = /(?:ال(?=\p{N}))?/u;
/** A Gregorian month name optionally paired with another series: "أبريل/نيسان", "أبريل (نيسان)", "سبتمبر أيلول". */
export const PAIRED_MONTH_TAIL = '(?:(?:\\s*(?:/|\\(|-)\\s*|\\s+){{month}}\\s*\\)?)?';
/** Not part of a name: "مدينة السادس من أكتوبر", "صحيفة الغد" (a look-behind, put before the date). */
export const NOT_IN_NAME = '(?<!(?<![\\p{L}\\p{N}])[وفبل]?{{nameHead}}\\s)';

/**
 * After a day and month, or a month: the year, a direction, or the year named relatively.
 * "2025", "من عام 2025", "الجاري", "من العام الماضي", "من هذا العام".
 */
export const YEAR_TAIL =
  '(?:\\s*,?\\s*(?:من\\s+)?(?:(?:عام|العام|سنه|السنه)\\s+)?(?<year>{{year}})(?:\\s*(?:م|ميلادي|ميلاديه)(?![\\p{L}\\p{N}]))?' +
  '|\\s+(?<dir>{{dir}})' +
  '|\\s+من\\s+(?:(?<thisYear>هذا\\s+العام|هذه\\s+السنه)|(?:العام|السنه)\\s+(?<yearDir>{{dir}})))';

export function monthOf(text: string): number | undefined {
  return monthNumber.get(text);
}
