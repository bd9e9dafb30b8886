/**
 * Anchors: literal pieces every match of a pattern holds in one of its words (a month name, a
 * trigger's root). A pattern is tried only at the words holding one of its anchors. Which anchor
 * sets a word holds depends on the word alone, so it is worked out once per word and remembered
 * across documents: a document costs one lookup per token, not one text scan per anchor.
 */
import type { Token } from './tokens.js';
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
/** Word → ids of the sets with an anchor in it (most words: none, the shared empty list). */
const setsOfWord = new Map<string, readonly number[]>();
const NONE: readonly number[] = [];
/** Words remembered; news vocabulary is Zipfian, so most tokens are hits. */
const MAX_REMEMBERED_WORDS = 60_000;
/** Longer slices may share the memory of the whole document text (V8 copies only short ones). */
const MAX_REMEMBERED_LENGTH = 12;

/** A set of anchors for one pattern (or one family of them). Made at module load, before any document. */
export function anchorSet(anchors: readonly string[], place: AnchorPlace): AnchorSet {
  const set: AnchorSet = { id: SETS.length, anchors: [...new Set(anchors)], place };
  SETS.push(set);
  setsOfWord.clear();
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

function holds(word: string, set: AnchorSet): boolean {
  for (const a of set.anchors) {
    for (let at = word.indexOf(a); at >= 0; at = word.indexOf(a, at + 1)) if (placed(word, at, set.place)) return true;
  }
  return false;
}

function setsOf(word: string): readonly number[] {
  let ids = setsOfWord.get(word);
  if (ids === undefined) {
    const found: number[] = [];
    for (const set of SETS) if (holds(word, set)) found.push(set.id);
    ids = found.length ? found : NONE;
    if (word.length <= MAX_REMEMBERED_LENGTH) {
      if (setsOfWord.size >= MAX_REMEMBERED_WORDS) setsOfWord.clear();
      setsOfWord.set(word, ids);
    }
  }
  return ids;
}

/** Per document: the indices of the tokens holding each set's anchors, in text order. */
const anchored = new WeakMap<readonly Token[], number[][]>();

/** Indices of the tokens holding an anchor of `set`, in text order. */
export function anchoredTokens(tokens: readonly Token[], set: AnchorSet): readonly number[] {
  let bySet = anchored.get(tokens);
  if (!bySet || bySet.length < SETS.length) {
    bySet = [];
    for (let s = 0; s < SETS.length; s++) bySet.push([]);
    for (let i = 0; i < tokens.length; i++) for (const id of setsOf(tokens[i]!.text)) bySet[id]!.push(i);
    anchored.set(tokens, bySet);
  }
  return bySet[set.id]!;
}
