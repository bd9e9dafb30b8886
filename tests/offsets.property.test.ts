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
