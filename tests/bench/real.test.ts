import { describe, expect, it } from 'vitest';
import { conllSentences, realArticles } from '../../src/bench/real.js';

const CONLL = ['التقى B-PERS', 'بوتين I-PERS', 'في O', 'موسكو B-LOC', '. O', '', 'وقال O', 'المتحدث O', '. O', 'بلا O', 'نقطة O'].join('\n');

describe('conllSentences', () => {
  it('joins the tokens of each sentence, splitting after full stops, tags dropped', () => {
    expect(conllSentences(CONLL)).toEqual(['التقى بوتين في موسكو .', 'وقال المتحدث .', 'بلا نقطة']);
  });
  it('ignores blank lines and white space around tokens', () => {
    expect(conllSentences('\n  كلمة   O  \n\n. O\n')).toEqual(['كلمة .']);
  });
});

describe('realArticles', () => {
  const sentences = Array.from({ length: 400 }, (_, i) => `جملة رقم ${i} ${'كلمات '.repeat(8)}.`);
  const take = (n: number, seed?: number): string[] => {
    const out: string[] = [];
    for (const a of realArticles(sentences, seed)) {
      out.push(a);
      if (out.length === n) break;
    }
    return out;
  };

  it('gives the same articles for the same seed, others for another', () => {
    expect(take(5)).toEqual(take(5));
    expect(take(5, 2)).not.toEqual(take(5, 1));
  });

  it('uses every sentence once per round, in articles of about 5,000 characters', () => {
    const round: string[] = [];
    let total = 0;
    for (const a of realArticles(sentences)) {
      const lines = a.split('\n');
      round.push(...lines);
      total += a.length;
      if (round.length >= sentences.length) break;
      // whole sentences up to 5,000 characters (newlines aside): the last one crosses the mark
      const chars = lines.reduce((n, l) => n + l.length, 0);
      expect(chars).toBeGreaterThanOrEqual(5000);
      expect(chars - lines.at(-1)!.length).toBeLessThan(5000);
    }
    expect(round.slice(0, sentences.length).sort()).toEqual([...sentences].sort());
    expect(total).toBeGreaterThan(0);
  });

  it('shuffles each round anew', () => {
    const articles = take(20);
    const firstRound = articles.join('\n').split('\n').slice(0, sentences.length);
    const secondRound = articles.join('\n').split('\n').slice(sentences.length, 2 * sentences.length);
    expect(secondRound.length).toBe(sentences.length);
    expect(secondRound).not.toEqual(firstRound);
    expect([...secondRound].sort()).toEqual([...firstRound].sort());
  });

  it('gives nothing without sentences', () => {
    expect([...realArticles([])]).toEqual([]);
  });
});
