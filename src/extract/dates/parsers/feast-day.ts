import { gregorianToHijri, hijriToGregorian, isoDay, toDate, type CalendarDate } from '../calendar.js';
import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { DIRECTION_WORD, FEAST, FEAST_DAY_ORDINAL, FEAST_OPENING, directionOf, feastOf, feastDayOrdinalOf } from '../lexicon.js';
import { impliedHijriYear } from './hijri.js';
import type { DateParser } from '../types.js';

/**
 * `(<ordinal> أيام)? <feast> (<hijri-year> | <direction>)?`: a feast of the Hijri calendar by its
 * day, "أول أيام عيد الفطر" (1 Shawwal), "ثاني أيام عيد الأضحى" (11 Dhu al-Hijja), "يوم عرفة",
 * converted by Umm al-Qura's reckoning (a country that sighted the moon a day later kept it a day
 * later). Without a year, the one nearest the article's date, marked implied.
 */
export const feastDay: DateParser = {
  rule: '(<ordinal> أيام)? <feast> (<hijri-year> | <direction>)?',
  opensWith: FEAST_OPENING,
  pattern: pattern(
    `${WORD_START}${PROCLITIC}(?<core>(?:(?<ord>{{ordinal}})\\s+(?:ايام\\s+)?)?(?<feast>{{feast}})` +
      `(?:\\s+(?<year>1[34]\\d\\d)(?:\\s*(?:ه|هجري|هجريه|للهجره)(?![\\p{L}\\p{N}]))?|\\s+(?<dir>{{dir}}))?)${WORD_END}`,
    { ordinal: FEAST_DAY_ORDINAL, feast: FEAST, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const feast = feastOf.get(m.groups.feast!.text);
    if (!feast) return null;
    const [month, firstDay] = feast;
    const nth = m.groups.ord ? feastDayOrdinalOf.get(m.groups.ord.text) : 1;
    if (nth === undefined) return null;
    const day = firstDay + nth - 1;
    if (m.groups.year) {
      const d = hijriToGregorian({ year: Number(m.groups.year.text), month, day });
      return d ? { value: isoDay(d), grain: 'day' } : null;
    }
    if (!ctx.docDate) return { value: 'XXXX-XX-XX', grain: 'day' };
    const dir = m.groups.dir ? directionOf.get(m.groups.dir.text) : undefined;
    const d = nearest(ctx.docDate, month, day, dir);
    return d ? { value: isoDay(d), grain: 'day', implied: true } : null;
  },
};

/**
 * The day of that Hijri month nearest the article's date (last year's, this year's or next year's);
 * with a direction, the year a Hijri month named with one has ("عيد الأضحى الماضي", "المقبل", "الحالي").
 */
function nearest(doc: CalendarDate, month: number, day: number, dir?: -1 | 0 | 1): CalendarDate | null {
  const today = gregorianToHijri(doc);
  if (dir !== undefined) return hijriToGregorian({ year: impliedHijriYear(month, day, today, dir), month, day });
  const at = toDate(doc).getTime();
  let best: CalendarDate | null = null;
  for (const y of [today.year - 1, today.year, today.year + 1]) {
    const d = hijriToGregorian({ year: y, month, day });
    if (d && (!best || Math.abs(toDate(d).getTime() - at) < Math.abs(toDate(best).getTime() - at))) best = d;
  }
  return best;
}
