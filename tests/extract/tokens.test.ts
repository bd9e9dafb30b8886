import { describe, expect, it } from 'vitest';
import { someStemIn, stems, tokenize, withConjunctions, wordOf } from '../../src/extract/tokens.js';

/** A distinct word for each n (letters only, as tokens are). */
const wordNumber = (n: number): string => {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهي';
  let w = 'ق';
  do {
    w += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return w;
};

describe('tokenize', () => {
  it('cuts maximal runs of letters and digits, with their offsets and their word', () => {
    const key = 'التقى بوتين، ويتكوف في 2025.';
    const tokens = tokenize(key);
    expect(tokens.map((t) => t.text)).toEqual(['التقى', 'بوتين', 'ويتكوف', 'في', '2025']);
    for (const t of tokens) {
      expect(key.slice(t.start, t.end)).toBe(t.text);
      expect(t.word.text).toBe(t.text);
    }
  });

  it('gives the same word to every token of one spelling, in any document', () => {
    const [a] = tokenize('واشنطن اليوم');
    const [, b] = tokenize('في واشنطن');
    expect(a!.word).toBe(b!.word);
    expect(wordOf('واشنطن')).toBe(a!.word);
  });

  it('reads only a line\'s first words when given a limit, the same tokens as in full', () => {
    const key = 'الرياض - واس: التقى ولي العهد الرئيس الفرنسي في قصر اليمامة';
    const all = tokenize(key);
    expect(tokenize(key, 3)).toEqual(all.slice(0, 3));
    expect(tokenize('بيروت', 3)).toEqual(tokenize('بيروت'));
  });
});

describe('the word table', () => {
  it('keeps a word in use however many others pass, and forgets one no longer met', () => {
    const frequent = wordOf('الرئيس');
    const rare = wordOf('قطخطخ');
    for (let n = 0; n < 100_000; n++) {
      wordOf(wordNumber(n));
      if (n % 1000 === 0) expect(wordOf('الرئيس')).toBe(frequent);
    }
    expect(wordOf('الرئيس')).toBe(frequent);
    expect(wordOf('قطخطخ')).not.toBe(rare);
    expect(wordOf('قطخطخ').text).toBe('قطخطخ');
  });
});

describe('someStemIn', () => {
  it('reads the word and its stems without proclitics', () => {
    const set = new Set(['لقاء']);
    expect(someStemIn(wordOf('للقاء'), set)).toBe(true); // ل + لقاء
    expect(someStemIn(wordOf('ولقاء'), set)).toBe(true);
    expect(someStemIn(wordOf('بلقاء'), set)).toBe(true);
    expect(someStemIn(wordOf('لقاءات'), set)).toBe(false);
    expect(someStemIn(wordOf('ملقاء'), set)).toBe(false);
  });
});

describe('withConjunctions', () => {
  it('adds و and ف to particles too short to peel, and leaves longer words alone', () => {
    expect(withConjunctions(['لم', 'عدم'])).toEqual(['لم', 'ولم', 'فلم', 'عدم']);
  });
});

describe('stems', () => {
  it('say which preposition they peeled, with the article elided after ل restored', () => {
    expect(stems('وبالرباط').map((s) => [s.stem, s.preposition])).toEqual([['وبالرباط', undefined], ['بالرباط', undefined], ['الرباط', 'ب']]);
    expect(stems('للرئيس').map((s) => [s.stem, s.preposition])).toEqual([['للرئيس', undefined], ['الرئيس', 'ل'], ['لرئيس', 'ل']]);
    expect(stems('والقصر').every((s) => s.preposition === undefined)).toBe(true);
  });
});
