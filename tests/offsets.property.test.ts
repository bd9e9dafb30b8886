import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/pipeline.js';
import { fixtureFiles, gazetteer, readFixture, slice } from './helpers.js';

const g = gazetteer();
const lines = fixtureFiles().flatMap((f) => readFixture(f).split('\n')).filter((l) => l.trim());
/** Things scraped text carries that the key folds away or expands. */
const NOISE = ['\u064e', '\u0651', '\u0640', '\u200c', '\u200f', '\u202b', '\ufeff', 'ﻻ', 'ﷲ', '٢٠٢٥', '😀', '\r', '\u00a0', 'ڤ', 'گ'];

describe('offsets (property)', () => {
  it('every mention, date, trigger, evidence and boilerplate range slices the original to its text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 20 }),
        (picked, noise) => {
          let text = picked.join('\n');
          for (const [at, mark] of noise) {
            const cps = Array.from(text);
            const i = at % (cps.length + 1);
            text = [...cps.slice(0, i), mark, ...cps.slice(i)].join('');
          }
          const doc = extractDocument('p', text, g);
          const spans = [
            ...doc.entities.flatMap((e) => e.mentions),
            ...doc.dates,
            ...doc.boilerplate,
            ...doc.events.flatMap((e) => [e.trigger, e.evidence, ...e.mentions.flatMap((m) => [m.trigger, m.evidence])]),
          ];
          for (const s of spans) expect(slice(text, s.start, s.end)).toBe(s.text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the same entities come out whatever diacritics, tatweel or zero-width marks decorate the text', () => {
    const plain = 'استقبل الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف في موسكو.';
    const decorated = 'اسْتَقْبَلَ الرَّئِيسُ الرُّوسِيُّ فلاديمـــير بوتِين المبعوث\u200c الأمريكي ستيف ويتكوڤ في مُوسكو.';
    const ids = (t: string): string[] => extractDocument('p', t, g).entities.map((e) => e.id).sort();
    expect(ids(decorated)).toEqual(ids(plain));
  });
});

/** Isolated presentation form of each letter that has one (NFKC maps it back). */
const PRESENTATION = (() => {
  const map = new Map<string, string>();
  for (let c = 0xfe80; c <= 0xfefc; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFKC');
    if (base.length === 1 && !map.has(base)) map.set(base, ch);
  }
  return map;
})();
const TASHKEEL = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652'];
const SWAPS: Record<string, string> = { ف: 'ڤ', ك: 'ک', ي: 'ی', ه: 'ہ' };
const DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Decorates Arabic text the way real pages do, without changing a single word. */
function decorate(text: string, choices: number[]): string {
  let out = '';
  let k = 0;
  for (const ch of text) {
    const r = choices[k++ % choices.length]!;
    let c = ch;
    if (/[0-9]/.test(c) && r % 2) c = DIGITS[Number(c)]!;
    else if (SWAPS[c] && r % 7 === 0) c = SWAPS[c]!;
    else if (PRESENTATION.has(c) && r % 11 === 0) c = PRESENTATION.get(c)!;
    out += c;
    if (/[\u0621-\u064a]/.test(ch)) {
      if (r % 5 === 1) out += TASHKEEL[r % TASHKEEL.length];
      if (r % 13 === 2) out += '\u0640';
      if (r % 17 === 3) out += '\u200c';
      if (r % 19 === 4) out += '\u200f';
    }
  }
  return out;
}

describe('entities are the same however the text is decorated (property)', () => {
  const sentences = lines.filter((l) => l.length > 40 && l.length < 600);
  it('diacritics, tatweel, Persian letters, zero-width marks, presentation forms and Arabic-Indic digits change nothing', () => {
    const ids = (t: string): string[] => [...new Set(extractDocument('p', t, g).entities.map((e) => e.id))].sort();
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }), (sentence, choices) => {
        expect(ids(decorate(sentence, choices))).toEqual(ids(sentence));
      }),
      { numRuns: 150 },
    );
  });
});
