import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClueAutomaton, ClueCounter, SCAN_ONCE_FROM } from '../../src/extract/clues.js';

/** Non-overlapping occurrences, as repeated indexOf from the end of the last one finds them. */
function byIndexOf(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

describe('ClueAutomaton', () => {
  it('counts each word as indexOf does, overlaps and words inside words included', () => {
    // a small alphabet, so that words overlap, nest and repeat
    const letters = fc.constantFrom('ا', 'ل', 'ر', 'د', 'ن', ' ');
    const word = fc.array(letters, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(letters, { maxLength: 300 }).map((a) => a.join('')), (words, text) => {
        const counts = new ClueAutomaton(words).countAll(text);
        for (const w of words) expect(counts.get(w) ?? 0).toBe(byIndexOf(text, w));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a word that repeats into itself without overlap: "ااا" holds "اا" once', () => {
    expect(new ClueAutomaton(['اا', 'ا']).countAll('ااا')).toEqual(new Map([['اا', 1], ['ا', 3]]));
  });
});

describe('ClueCounter', () => {
  const clues = new ClueAutomaton(['الأردن', 'العاصمة الأردنية', 'سلطنة', 'مسقط']);
  const paragraph = 'وصل الوفد إلى العاصمة الأردنية عمان، ثم غادر إلى مسقط عاصمة سلطنة عمان. ';

  it('gives the same counts for a long document, scanned once, as clue by clue', () => {
    const long = paragraph.repeat(Math.ceil((SCAN_ONCE_FROM + 1) / paragraph.length));
    expect(long.length).toBeGreaterThan(SCAN_ONCE_FROM);
    const counter = new ClueCounter(long, clues);
    for (const c of ['الأردن', 'العاصمة الأردنية', 'سلطنة', 'مسقط']) expect(counter.count(c)).toBe(byIndexOf(long, c));
    // a clue the automaton does not hold is still counted
    expect(counter.count('الوفد')).toBe(byIndexOf(long, 'الوفد'));
  });

  it('counts a clue in a short document, and none whose letters are not there', () => {
    const counter = new ClueCounter(paragraph, clues);
    expect(counter.count('الأردن')).toBe(1);
    expect(counter.count('بيروت')).toBe(0);
  });
});
