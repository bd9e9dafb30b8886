import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { DIRECTION_WORD, PART, UNIT, directionOf, partOf, unitOf, PERIOD_OPENING } from '../lexicon.js';
import { relativePeriod } from '../resolve.js';
import type { DateParser } from '../types.js';

/**
 * `<part>? <unit> (قبل|بعد)? <direction>`, `<part>? هذا <unit>` and `<part> <unit>`:
 * "الأسبوع المقبل", "العام قبل الماضي", "منتصف هذا الشهر", "نهاية العام" (the current one). A unit
 * after a part but with an adjective of its own ("نهاية العام الدراسي") or a year is left alone.
 */
export const relativePeriodParser: DateParser = {
  rule: '<part>? <unit> <direction>',
  opensWith: PERIOD_OPENING,
  pattern: pattern(
    `${WORD_START}${PROCLITIC}(?<core>(?:(?<part>{{part}})\\s+)?(?:(?<this>هذا|هذه)\\s+(?<unit1>{{unit}})` +
      `|(?<unit2>{{unit}})\\s+(?:(?<further>قبل|بعد)\\s+)?(?<dir>{{dir}})))${WORD_END}` +
      `|${WORD_START}${PROCLITIC}(?<core2>(?<part2>{{part}})\\s+(?<unit3>{{unit}}))${WORD_END}(?!\\s*(?:ال\\p{L}|\\p{N}))`,
    { part: PART, unit: UNIT, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const g = m.groups;
    const unit = unitOf.get((g.unit1 ?? g.unit2 ?? g.unit3)!.text);
    if (!unit) return null;
    let n = g.this || g.unit3 ? 0 : directionOf.get(g.dir!.text);
    if (n === undefined) return null;
    if (g.further) {
      // "قبل الماضي" is the one before last, "بعد المقبل" the one after next
      const further = g.further.text === 'قبل' ? -1 : 1;
      if (n !== further) return null;
      n += further;
    }
    const part = g.part ?? g.part2;
    const mod = part ? partOf.get(part.text) : undefined;
    return { ...relativePeriod(unit, n, ctx), ...(mod ? { mod } : {}) };
  },
};
