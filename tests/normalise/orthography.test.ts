import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchKey, foldKey, writtenLetters } from '../../src/normalise/orthography.js';
import { SourceText } from '../../src/normalise/source.js';

/** expected key → surface forms that must fold to it */
const FOLDS: Array<[string, string[]]> = [
  ['احمد', ['أحمد', 'إحمد', 'آحمد', 'ٱحمد', 'أَحْمَد', 'أحـــمد']],
  ['مصطفي', ['مصطفى', 'مصطفي']],
  ['مدرسه', ['مدرسة', 'مدرسه']],
  ['ويتكوف', ['ويتكوڤ', 'ويتكوف', 'وي\u200cتكوف', 'ويت\u200fكوف']],
  ['كولونيا', ['گولونيا', 'کولونيا']],
  ['2025', ['٢٠٢٥', '۲۰۲۵', '2025']],
  ['لا', ['ﻻ']],
  ['سويسرا', ['ﺳﻮﻳﺴﺮا']],
  ['مسوول', ['مسؤول']],
  ['رييس', ['رئيس']],
  ['"كلمه"', ['«كلمة»', '“كلمة”']],
  ['a b', ['A\u00a0B']],
];

describe('matching key', () => {
  for (const [key, forms] of FOLDS) {
    it.each(forms)(`%s folds to ${key}`, (form) => expect(foldKey(form)).toBe(key));
  }

  it('maps every key position back to the original code point it came from', () => {
    const text = 'أَحْمَدُ ﻻ 😀 ٢٠٢٥';
    const { key, keyToOrig } = buildMatchKey(text);
    const cps = Array.from(text);
    expect(key).toBe('احمد لا \ufffd 2025');
    // ﻻ (one code point) becomes two key characters, both mapped to it
    const lam = key.indexOf('لا');
    expect(cps[keyToOrig[lam]!]).toBe('ﻻ');
    expect(cps[keyToOrig[lam + 1]!]).toBe('ﻻ');
    // the emoji is one code point, one key position
    expect(cps[keyToOrig[key.indexOf('\ufffd')]!]).toBe('😀');
  });

  it('keeps trailing diacritics with the word they belong to', () => {
    const src = new SourceText('قال بوتينُ اليوم');
    const start = src.key.indexOf('بوتين');
    expect(src.mention(start, start + 5).text).toBe('بوتينُ');
  });

  it('slices of any key span are the original text (property)', () => {
    const alphabet = fc.constantFrom(
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىئؤ ،.؟'.split(''),
      '\u064e', '\u0651', '\u0640', '\u200c', '\u200f', 'ﻻ', 'ﷲ', '٣', '😀', '\n', 'A',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const src = new SourceText(text);
        if (src.key.length === 0) return;
        const s = a % src.key.length;
        const e = s + 1 + (b % (src.key.length - s));
        const m = src.mention(s, e);
        expect(Array.from(text).slice(m.start, m.end).join('')).toBe(m.text);
        expect(m.start).toBeLessThan(m.end);
      }),
      { numRuns: 300 },
    );
  });
});

describe('written letters', () => {
  // the spelling rules read: marks and letter shapes go, ة, ى and hamza seats stay
  it.each([
    ['مُرُوْنَةً', 'مرونة'],
    ['ﻣﺮﻭﻧﺔ', 'مرونة'],
    ['حقـــہ', 'حقه'],
    ['ڤیکتور', 'فيكتور'],
    ['مُصطفى', 'مصطفى'],
    ['أ\u200cلبير', 'ألبير'],
  ])('%s → %s', (written, letters) => {
    expect(writtenLetters(written)).toBe(letters);
  });
});
