import { isValidDay, isoDay } from '../calendar.js';
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
