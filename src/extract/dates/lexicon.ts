/** Dictionaries turned into patterns and lookups, built once. */
import { foldKey } from '../../normalise/orthography.js';
import { wordList } from '../patterns.js';
import {
  AMBIGUOUS_MONTHS, DIRECTION, HIJRI_MONTHS, MONTHS, PERIOD_PARTS, RELATIVE_DAYS, UNITS, WEEKDAYS, YEAR_WORDS,
} from './vocabulary.js';

function lookup<V>(table: ReadonlyArray<readonly [V, readonly string[]]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, forms] of table) for (const f of forms) map.set(foldKey(f), value);
  return map;
}

const forms = <V>(table: ReadonlyArray<readonly [V, readonly string[]]>): string[] => table.flatMap(([, f]) => [...f]);

export const monthNumber = lookup(MONTHS);
export const hijriMonthNumber = lookup(HIJRI_MONTHS);
export const weekdayNumber = lookup(WEEKDAYS);
export const directionOf = lookup(DIRECTION);
export const unitOf = lookup(UNITS);
export const partOf = lookup(PERIOD_PARTS);
export const relativeDayOffset = lookup(RELATIVE_DAYS);
export const ambiguousMonths = new Set(AMBIGUOUS_MONTHS.map(foldKey));

export const MONTH = wordList(forms(MONTHS));
export const UNAMBIGUOUS_MONTH = wordList(forms(MONTHS).filter((f) => !ambiguousMonths.has(foldKey(f))));
export const HIJRI_MONTH = wordList(forms(HIJRI_MONTHS));
export const WEEKDAY = wordList(forms(WEEKDAYS));
export const DIRECTION_WORD = wordList(forms(DIRECTION));
export const UNIT = wordList(forms(UNITS));
export const PART = wordList(forms(PERIOD_PARTS));
export const RELATIVE_DAY = wordList(forms(RELATIVE_DAYS));
export const YEAR_WORD = wordList(YEAR_WORDS);

/** A 4-digit year in the range news writes about. */
export const YEAR = /(?:1[89]\d\d|20\d\d|21\d\d)/;
export const DAY = /(?:[12]\d|3[01]|0?[1-9])/;
/** A Gregorian month name optionally paired with another series: "أبريل/نيسان", "أبريل (نيسان)". */
export const PAIRED_MONTH_TAIL = '(?:\\s*(?:/|\\(|-)\\s*{{month}}\\s*\\)?)?';

export function monthOf(text: string): number | undefined {
  return monthNumber.get(text);
}
