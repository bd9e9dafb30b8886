import { isValidDay, isoDay } from '../calendar.js';
import { dayValue } from '../resolve.js';
import { pattern } from '../../patterns.js';
import { NUMBER_OPENING } from '../lexicon.js';
import type { DateParser } from '../types.js';

/** `dd/mm/yyyy` (day first, as Arabic news writes it), `yyyy-mm-dd`, `yyyy/m/d`. */
export const numericDate: DateParser = {
  rule: '<dd>/<mm>/<yyyy>',
  opensWith: NUMBER_OPENING,
  pattern: pattern(
    '(?<![\\p{N}/.-])(?:(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>(?:19|20)\\d\\d)|(?<y2>(?:19|20)\\d\\d)[/-](?<m2>\\d{1,2})[/-](?<d2>\\d{1,2}))(?![\\p{N}/])',
  ),
  extract(m) {
    const g = m.groups;
    const d = {
      year: Number((g.y ?? g.y2)!.text),
      month: Number((g.m ?? g.m2)!.text),
      day: Number((g.d ?? g.d2)!.text),
    };
    return isValidDay(d) ? { value: isoDay(d), grain: 'day' } : null;
  },
};

/**
 * `<dd> - <mm> (<agency>)`: the date of an agency's dateline, day and month only, its source in
 * brackets right after ("نيويورك - 25 - 9 (كونا) --"); the year is the document's.
 */
export const agencyDatelineDate: DateParser = {
  rule: '<dd> - <mm> (<agency>)',
  opensWith: NUMBER_OPENING,
  // (the place opening its line before it, set off by a dash: not a score, "فاز 2 - 1 (الشوط الأول)")
  // (a digit first: the look behind is read only where a date may start)
  pattern: pattern('(?=\\d)(?<=(?:^|\\n)[ \\t]{0,3}\\p{L}[\\p{L} ]{1,30} [-–] ?)(?<d>\\d{1,2})\\s*-\\s*(?<m>\\d{1,2})(?=\\s*\\([^()\\n\\d]{2,20}\\))'),
  extract(m, ctx) {
    return dayValue(Number(m.groups.d!.text), Number(m.groups.m!.text), { year: null }, ctx);
  },
};
