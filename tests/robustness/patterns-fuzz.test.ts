import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { built } from '../../src/extract/patterns.js';
import '../../src/pipeline.js';
import '../../src/normalise/index.js';

/** Every pattern the pipeline builds (they register themselves as their modules load). */
const PATTERNS = [...built.entries()].filter(([k]) => k.startsWith('build')).map(([k, v]) => [k.slice(6, 60), new RegExp(v.source, 'dgu')] as const);

/** Pieces of adversarial text: Arabic letters and words patterns look for, digits, punctuation, spaces. */
const PIECES = ['من ', 'في ', '١٢', '2025', '/', '-', '.', '،', ' ', 'و', 'ال', 'أبريل ', 'الأسبوع ', 'المقبل ', 'لقاء ', 'بين ', 'الرئيس ', 'a', 'Z', '\n', 'ـ', 'َ', 'قبل ', 'ثلاثة ', 'أيام ', ':', '(', ')'];

function scan(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const t = performance.now();
  let n = 0;
  while (re.exec(text) && n++ < 1e6) if (re.lastIndex === 0) break;
  return performance.now() - t;
}

describe('no pattern backtracks catastrophically', () => {
  it('registers the pipeline patterns', () => {
    expect(PATTERNS.length).toBeGreaterThan(20);
  });

  it('no 100 KB adversarial input takes a pattern more than 50 ms', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), (unit) => {
        const piece = unit.join('');
        const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
        for (const [name, re] of PATTERNS) {
          // the faster of two runs: the bound is about the pattern, not a busy machine
          const ms = Math.min(scan(re, text), scan(re, text));
          expect(ms, `${name} on «${piece}»×`).toBeLessThan(50);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a 1 MB random input goes through every pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 2000, maxLength: 4000 }), (pieces) => {
        let text = pieces.join('');
        while (text.length < 1_000_000) text += text;
        text = text.slice(0, 1_000_000);
        for (const [name, re] of PATTERNS) expect(Math.min(scan(re, text), scan(re, text)), name).toBeLessThan(500);
      }),
      { numRuns: 3 },
    );
  });
});
