/**
 * Real news for `npm run bench -- --real FILE`: the sentences of a CoNLL file (ANERcorp's training
 * part is newswire) in seeded shuffles, joined into articles of about 5 KB. The generated corpus
 * recombines the sentences of five articles; real sentences bring a far wider vocabulary and
 * denser names, which cost more per megabyte (new words, more candidates). ANERcorp is not part of
 * the project: it is read from wherever the user keeps it.
 */
import { prng } from './corpus.js';

/** Articles of about this many characters. */
const ARTICLE_CHARS = 5000;

/** The sentences of a CoNLL file (`token [TAG]` per line), as text: tokens joined by spaces, split after each full stop. */
export function conllSentences(conll: string): string[] {
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of conll.split('\n')) {
    const token = line.trim().split(/\s+/u)[0];
    if (!token) continue;
    words.push(token);
    if (token === '.') {
      sentences.push(words.join(' '));
      words = [];
    }
  }
  if (words.length) sentences.push(words.join(' '));
  return sentences;
}

/**
 * An endless, deterministic stream of articles: every sentence once per round, each round in a
 * shuffle of its own (so later rounds are not the first one again, article for article).
 */
export function* realArticles(sentences: readonly string[], seed = 1): Generator<string> {
  if (!sentences.length) return;
  for (let round = 0; ; round++) {
    const rand = prng(seed + round);
    const order = [...sentences];
    // Fisher-Yates
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let parts: string[] = [];
    let size = 0;
    for (const s of order) {
      parts.push(s);
      size += s.length;
      if (size >= ARTICLE_CHARS) {
        yield parts.join('\n');
        parts = [];
        size = 0;
      }
    }
    if (parts.length) yield parts.join('\n');
  }
}
