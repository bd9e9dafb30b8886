import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { DIRECTION_WORD, PART, UNIT, directionOf, partOf, unitOf } from '../lexicon.js';
import { relativePeriod } from '../resolve.js';
import type { DateParser } from '../types.js';

/** `(مطلع|منتصف|نهاية)? (الأسبوع|الشهر|العام) (الماضي|الجاري|المقبل)` and `هذا الأسبوع`. */
export const relativePeriodParser: DateParser = {
  rule: '<part>? <unit> <direction>',
  pattern: pattern(
    `${WORD_START}${PROCLITIC}(?<core>(?:(?<part>{{part}})\\s+)?(?:(?<this>هذا|هذه)\\s+(?<unit1>{{unit}})|(?<unit2>{{unit}})\\s+(?<dir>{{dir}})))${WORD_END}`,
    { part: PART, unit: UNIT, dir: DIRECTION_WORD },
  ),
  extract(m, ctx) {
    const unit = unitOf.get((m.groups.unit1 ?? m.groups.unit2)!.text);
    if (!unit) return null;
    const n = m.groups.this ? 0 : directionOf.get(m.groups.dir!.text);
    if (n === undefined) return null;
    const mod = m.groups.part ? partOf.get(m.groups.part.text) : undefined;
    return { ...relativePeriod(unit, n, ctx), ...(mod ? { mod } : {}) };
  },
};
