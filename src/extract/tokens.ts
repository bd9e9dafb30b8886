/**
 * Tokens of the matching key: maximal runs of letters and digits, with key offsets. Proclitics
 * are peeled in one place, here, so every matcher sees the same candidate stems.
 */
import { wordCharLength } from '../normalise/word-chars.js';
import { FNV_OFFSET, FNV_PRIME, hashOf } from '../fnv.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** What the word is, whatever document it stands in: its stems and what matchers worked out about it. */
  word: Word;
}

/**
 * Maximal runs of `[\p{L}\p{N}]`, scanned by character class rather than by regex. Each run is
 * hashed as it is scanned and found in the word table without being cut out of the text first:
 * a known word's token shares the table's string. With `limit`, only the first `limit` tokens (a
 * line's opening words, without reading the paragraph behind them).
 */
export function tokenize(key: string, limit = Infinity): Token[] {
  const out: Token[] = [];
  let start = -1;
  let hash = 0;
  for (let i = 0; i < key.length; ) {
    const n = wordCharLength(key, i);
    if (n === 0) {
      if (start >= 0) {
        const word = WORDS.find(key, start, i, hash);
        out.push({ start, end: i, text: word.text, word });
        if (out.length >= limit) return out;
      }
      start = -1;
      i++;
      continue;
    }
    if (start < 0) {
      start = i;
      hash = FNV_OFFSET;
    }
    hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
    if (n === 2) hash = Math.imul(hash ^ key.charCodeAt(i + 1), FNV_PRIME);
    i += n;
  }
  if (start >= 0) {
    const word = WORDS.find(key, start, key.length, hash);
    out.push({ start, end: key.length, text: word.text, word });
  }
  return out;
}

export interface Stem {
  /** Letters peeled off the front (0 for the bare token). */
  clitic: number;
  stem: string;
  /** The stem stands for `ال` + stem (the article elided after ل: للكرملين → الكرملين). */
  article?: boolean;
  /** The preposition (ب ل ك) peeled off with the clitics: "بالرباط" → ب, "للرئيس" → ل. */
  preposition?: string;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
/** The prepositions a word may carry (ب ل ك), for a matcher that asks whether one is written on it. */
export const PREPOSITION_PROCLITICS: ReadonlySet<string> = new Set(PREPOSITIONS);
const MIN_STEM = 3;

/**
 * The token itself, then its stems without proclitics (و ف, then ب ل ك, or لل for ل + ال).
 * The bare token comes first: a name that starts with و (واشنطن) is never peeled when it matches.
 */
export function stems(token: string): Stem[] {
  const out: Stem[] = [{ clitic: 0, stem: token }];
  const push = (clitic: number, rest: string, preposition?: string, article = false): void => {
    if (rest.length < MIN_STEM) return;
    const stem: Stem = article ? { clitic, stem: `ال${rest}`, article } : { clitic, stem: rest };
    if (preposition) stem.preposition = preposition;
    out.push(stem);
  };
  let i = 0;
  if (CONJUNCTIONS.includes(token[0]!)) {
    i = 1;
    push(1, token.slice(1));
  }
  if (token.startsWith('لل', i)) push(i + 2, token.slice(i + 2), 'ل', true);
  if (PREPOSITIONS.includes(token[i]!)) push(i + 1, token.slice(i + 1), token[i]);
  return out;
}

/**
 * Particles of fewer letters than a stem (لم، لن، لا) with و or ف before them as well (ولم، فلا):
 * stems() peels no proclitic off a word that short, so the forms are listed whole.
 */
export function withConjunctions(particles: readonly string[]): string[] {
  return particles.flatMap((p) => (p.length < MIN_STEM ? [p, ...CONJUNCTIONS.map((c) => c + p)] : [p]));
}

/**
 * Words with every proclitic stems() leaves on them: it peels none off a word whose rest would be
 * shorter than a stem (وفي، بغد، للغد), so those forms are listed whole. A word with a stem in the
 * result is one of `words` with or without its proclitics.
 */
export function withProclitics(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const w of words) {
    const rest = w.startsWith('ال') ? w.slice(2) : undefined;
    const short = w.length < MIN_STEM;
    for (const c of ['', ...CONJUNCTIONS]) {
      if (short) for (const p of ['', ...PREPOSITIONS]) out.add(c + p + w);
      if (rest !== undefined && rest.length < MIN_STEM) out.add(`${c}لل${rest}`);
    }
  }
  return [...out];
}

/**
 * A word type, kept across documents in one table: each token looks its word up once, when it is
 * cut, and every matcher reads or adds what it needs there (stems here, anchor sets in anchors.ts,
 * word lists and shape in entities.ts) instead of hashing the token again in a table of its own.
 */
export class Word {
  /** The stems as strings (stems()), the word itself first. */
  readonly stemTexts: readonly string[];
  /** The anchor sets (anchors.ts) with an anchor in the word, as of `anchorGeneration` of the sets. */
  anchorSets: readonly number[] | null = null;
  anchorGeneration: number = -1;
  /**
   * The entity rules' facts (entities.ts), for the table that `factsOwner` names: the word's stems
   * with their word lists, the lists of the word and of any stem, and its shape bits. Fields of the
   * word itself, not an object of their own: there are tens of thousands of words.
   */
  factsOwner: object | null = null;
  listedStems: unknown = null;
  ownLists = 0;
  anyLists = 0;
  shape = 0;

  constructor(readonly text: string) {
    const texts: string[] = [];
    for (const s of stems(text)) texts.push(s.stem);
    // (a copy the exact length: an array grown by push keeps room for 17, and there are many words)
    this.stemTexts = texts.slice();
  }
}

/**
 * Words remembered, per thread, in two generations: new words go to the young one; when it is
 * full, the old one is dropped and the young one takes its place, and a word still in use is
 * carried back from the old one when next met. Frequent words stay, however large the vocabulary
 * (emptying one table when full made every word new again once a document stream's vocabulary
 * outgrew it). A word with what the matchers keep on it takes about 400 bytes (measured), so a
 * thread holds at most some 32-36 MB of words (each thread of --jobs has its own). 40,000 a generation:
 * with 20,000, a stream of news (ANERcorp's 28,000 word forms) met 22,000 words anew every 3 MB,
 * each worked out again by every matcher, some 10% of extraction's time.
 */
const WORDS_PER_GENERATION = 40_000;
/** Longer slices may share the memory of the whole document text (V8 copies only short ones): not kept. */
const MAX_REMEMBERED_LENGTH = 12;

/**
 * One generation: open addressing over the words' hashes, so a word is found from a stretch of
 * text (compared in place) without cutting the stretch into a string of its own.
 */
class Generation {
  /**
   * Per slot, two numbers side by side (one cache line holds both): index into `words` + 1 (0:
   * empty) and the word's hash. Under a third of the slots are ever used.
   */
  readonly slots = new Int32Array(2 << 17);
  words: Word[] = [];

  get full(): boolean {
    return this.words.length >= WORDS_PER_GENERATION;
  }

  /** The word at text[start, end), or the free slot where it would go, as -1 - slot. */
  find(text: string, start: number, end: number, hash: number): Word | number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let i = hash & mask;
    for (let at = slots[i << 1]!; at !== 0; at = slots[i << 1]!) {
      if (slots[(i << 1) + 1] === hash) {
        const w = this.words[at - 1]!;
        if (sameText(w.text, text, start, end)) return w;
      }
      i = (i + 1) & mask;
    }
    return -1 - i;
  }

  add(word: Word, hash: number, slot: number): void {
    this.words.push(word);
    this.slots[slot << 1] = this.words.length;
    this.slots[(slot << 1) + 1] = hash;
  }

  clear(): void {
    this.slots.fill(0);
    this.words = [];
  }
}

class WordTable {
  private young = new Generation();
  private old = new Generation();

  find(text: string, start: number, end: number, hash: number): Word {
    const found = this.young.find(text, start, end, hash);
    if (typeof found !== 'number') return found;
    const kept = end - start <= MAX_REMEMBERED_LENGTH;
    const earlier = this.old.find(text, start, end, hash);
    const word = typeof earlier !== 'number' ? earlier : new Word(start === 0 && end === text.length ? text : text.slice(start, end));
    if (!kept) return word;
    let slot = -1 - found;
    if (this.young.full) {
      const dropped = this.old;
      dropped.clear();
      this.old = this.young;
      this.young = dropped;
      slot = -1 - (this.young.find(text, start, end, hash) as number);
    }
    this.young.add(word, hash, slot);
    return word;
  }
}

/** `word` is text[start, end). */
function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

let WORDS = new WordTable();

/** Drops the words met so far (the startup snapshot keeps no words of the articles it was warmed on). */
export function forgetWords(): void {
  WORDS = new WordTable();
}

/** The word `text`, from the table or new (and kept, if short enough). */
export function wordOf(text: string): Word {
  return WORDS.find(text, 0, text.length, hashOf(text, 0, text.length));
}

/** The word or one of its stems is in the set. */
export function someStemIn(word: Word, set: ReadonlySet<string>): boolean {
  const texts = word.stemTexts;
  for (let i = 0; i < texts.length; i++) if (set.has(texts[i]!)) return true;
  return false;
}

/** Nothing but white space (`\s`) in key[from, to): what stands between two tokens, say. */
export function onlySpace(key: string, from: number, to: number): boolean {
  // (nearly always one plain space)
  return (to === from + 1 && key.charCodeAt(from) === 32) || !/[^\s]/u.test(key.slice(from, to));
}

/** Index of the first item starting at or after `pos`, in items sorted by start (tokens, units). */
export function firstFrom(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `pos`. */
export const firstTokenFrom = (tokens: readonly Token[], pos: number): number => firstFrom(tokens, pos);

/** The token containing `pos`, if any. */
export function tokenAt(tokens: readonly Token[], pos: number): Token | undefined {
  const i = firstTokenFrom(tokens, pos + 1) - 1;
  const t = tokens[i];
  return t && t.start <= pos && pos < t.end ? t : undefined;
}

/** The tokens lying wholly inside [from, to). */
export function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && tokens[i]!.start < to; i++) if (tokens[i]!.end <= to) out.push(tokens[i]!);
  return out;
}
