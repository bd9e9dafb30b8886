/**
 * Durations ("استمر قرابة خمس ساعات", "ساعتين ونصف", "أكثر من عامين"): how long, never when.
 * Values are ISO 8601 durations (PT5H, PT2H30M, P2Y) with APPROX where the text hedges.
 */
import { pattern, WORD_END, WORD_START } from '../../patterns.js';
import { CARDINAL, cardinalNumber } from '../lexicon.js';
import type { Pattern, PatternMatch } from '../../patterns.js';

type Unit = 'H' | 'MIN' | 'D' | 'W' | 'M' | 'Y';

/** Singular, dual and plural of each unit (as written; folded when the pattern is built). */
const UNITS: ReadonlyArray<readonly [Unit, readonly string[], readonly string[], readonly string[]]> = [
  ['H', ['ساعة'], ['ساعتين', 'ساعتان'], ['ساعات']],
  ['MIN', ['دقيقة'], ['دقيقتين', 'دقيقتان'], ['دقائق', 'دقيقة']],
  ['D', ['يوم', 'يوما'], ['يومين', 'يومان'], ['أيام']],
  ['W', ['أسبوع', 'أسبوعا'], ['أسبوعين', 'أسبوعان'], ['أسابيع']],
  ['M', ['شهر', 'شهرا'], ['شهرين', 'شهران'], ['أشهر', 'شهور']],
  ['Y', ['عام', 'عاما', 'سنة'], ['عامين', 'عامان', 'سنتين', 'سنتان'], ['أعوام', 'سنوات']],
];

const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).join('|');
const SINGLE = alt(UNITS.flatMap(([, s]) => s));
const DUAL = alt(UNITS.flatMap(([, , d]) => d));
const PLURAL = alt(UNITS.flatMap(([, , , p]) => p));

export const DURATION: Pattern = pattern(
  `${WORD_START}(?:ل)?(?<hedge>(?:قرابه|نحو|حوالي|زهاء|اكثر من|اقل من|ما يزيد عن|ما يقارب)\\s+)?` +
    `(?:(?<num>\\d{1,3}|{{cardinal}})\\s+(?<plural>${PLURAL}|${SINGLE})|(?<dual>${DUAL})|(?<single>${SINGLE})\\s+(?:واحد|واحده|كامل|كامله))` +
    `(?<half>\\s+ونصف|\\s+و\\s*نصف)?${WORD_END}`,
  { cardinal: CARDINAL },
);

const unitOf = new Map<string, Unit>();
for (const [unit, single, dual, plural] of UNITS) for (const w of [...single, ...dual, ...plural]) unitOf.set(w, unit);

export interface Duration {
  value: string;
  mod?: 'APPROX';
  start: number;
  end: number;
}

export function readDuration(m: PatternMatch, fold: (s: string) => string): Duration | null {
  const g = m.groups;
  const word = (g.plural ?? g.dual ?? g.single)?.text;
  if (!word) return null;
  const unit = [...unitOf].find(([w]) => fold(w) === word)?.[1];
  if (!unit) return null;
  const n = g.num ? (/^\d+$/u.test(g.num.text) ? Number(g.num.text) : cardinalNumber.get(g.num.text)) : g.dual ? 2 : 1;
  if (n === undefined) return null;
  const half = !!g.half;
  const value = iso(n, unit, half);
  return { value, ...(g.hedge ? { mod: 'APPROX' as const } : {}), start: m.index, end: m.end };
}

function iso(n: number, unit: Unit, half: boolean): string {
  switch (unit) {
    case 'H':
      return half ? `PT${n}H30M` : `PT${n}H`;
    case 'MIN':
      return `PT${n}M`;
    case 'D':
      return half ? `PT${n * 24 + 12}H` : `P${n}D`;
    case 'W':
      return half ? `P${n * 7 + 3}D` : `P${n}W`;
    case 'M':
      return half ? `P${n}M15D` : `P${n}M`;
    case 'Y':
      return half ? `P${n}Y6M` : `P${n}Y`;
  }
}
