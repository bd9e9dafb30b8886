/**
 * Anchors: literal pieces every match of a pattern holds in one of its words (a month name, a
 * trigger's root). A pattern is tried only at the words holding one of its anchors. Which anchor
 * sets a word holds depends on the word alone, so it is worked out once per word and kept on the
 * word (tokens.ts): a document costs a glance per token, not one text scan per anchor.
 */
import type { Token, Word } from './tokens.js';
import { PROCLITIC } from './patterns.js';

/**
 * Where in its word an anchor may stand: anywhere (a trigger's root inside "يلتقيان"), or at the
 * word's start after proclitics and the article at most, a number at the start of its digits
 * (a date's month or year: "اب" of "كتاب" is no month).
 */
export type AnchorPlace = 'anywhere' | 'word start';

export interface AnchorSet {
  readonly id: number;
  readonly anchors: readonly string[];
  readonly place: AnchorPlace;
}

const SETS: AnchorSet[] = [];
const NONE: readonly number[] = [];
/** Bumped with every new set: what a word remembers of older sets is worked out again. */
let generation = 0;

/** A set of anchors for one pattern (or one family of them). Made at module load, before any document. */
export function anchorSet(anchors: readonly string[], place: AnchorPlace): AnchorSet {
  const set: AnchorSet = { id: SETS.length, anchors: [...new Set(anchors)], place };
  SETS.push(set);
  generation++;
  return set;
}

const AFTER_PREFIX = new RegExp(`^${PROCLITIC}(?:ال)?[\\p{L}\\p{N}]$`, 'u');
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The anchor found at `at` in `word` stands where its set allows. */
function placed(word: string, at: number, place: AnchorPlace): boolean {
  if (place === 'anywhere' || at === 0) return true;
  if (isDigit(word.charCodeAt(at))) return !isDigit(word.charCodeAt(at - 1));
  // (proclitics and the article: at most four letters, "وبال")
  return at <= 4 && AFTER_PREFIX.test(word.slice(0, at + 1));
}

/** Every anchor of every set by its first character (UTF-16 unit): a word is read once, not once per anchor. */
let byFirstChar = new Map<number, Array<{ anchor: string; set: AnchorSet }>>();
let indexedGeneration = -1;
function anchorsByFirstChar(): Map<number, Array<{ anchor: string; set: AnchorSet }>> {
  if (indexedGeneration !== generation) {
    byFirstChar = new Map();
    for (const set of SETS) {
      for (const anchor of set.anchors) {
        const c = anchor.charCodeAt(0);
        let list = byFirstChar.get(c);
        if (!list) byFirstChar.set(c, (list = []));
        list.push({ anchor, set });
      }
    }
    indexedGeneration = generation;
  }
  return byFirstChar;
}

/** The ids of the sets with an anchor in the word, ascending, kept on the word. */
function setsOf(word: Word): readonly number[] {
  if (word.anchorGeneration !== generation) {
    const index = anchorsByFirstChar();
    const text = word.text;
    let found: number[] | null = null;
    for (let at = 0; at < text.length; at++) {
      const candidates = index.get(text.charCodeAt(at));
      if (!candidates) continue;
      for (const { anchor, set } of candidates) {
        if ((found && found.includes(set.id)) || !text.startsWith(anchor, at) || !placed(text, at, set.place)) continue;
        (found ??= []).push(set.id);
      }
    }
    // (a copy the exact length: an array grown by push keeps room for 17)
    word.anchorSets = found ? found.sort((x, y) => x - y).slice() : NONE;
    word.anchorGeneration = generation;
  }
  return word.anchorSets!;
}

/** Per document: the indices of the tokens holding each set's anchors, in text order (none: NO_WORDS). */
const anchored = new WeakMap<readonly Token[], { generation: number; bySet: Array<number[] | undefined> }>();
const NO_WORDS: readonly number[] = [];

/** Indices of the tokens holding an anchor of `set`, in text order. */
export function anchoredTokens(tokens: readonly Token[], set: AnchorSet): readonly number[] {
  let found = anchored.get(tokens);
  if (!found || found.generation !== generation) {
    // (lists only for the sets some word holds: most documents hold a few of them, a short line none)
    const bySet: Array<number[] | undefined> = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const id of setsOf(tokens[i]!.word)) {
        const list = bySet[id];
        if (list) list.push(i);
        else bySet[id] = [i];
      }
    }
    anchored.set(tokens, (found = { generation, bySet }));
  }
  return found.bySet[set.id] ?? NO_WORDS;
}
