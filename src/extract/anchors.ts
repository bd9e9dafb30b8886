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

function holds(word: string, set: AnchorSet): boolean {
  for (const a of set.anchors) {
    for (let at = word.indexOf(a); at >= 0; at = word.indexOf(a, at + 1)) if (placed(word, at, set.place)) return true;
  }
  return false;
}

/** The ids of the sets with an anchor in the word, remembered on the word. */
function setsOf(word: Word): readonly number[] {
  if (word.anchorTable !== generation) {
    const found: number[] = [];
    for (const set of SETS) if (holds(word.text, set)) found.push(set.id);
    word.anchorSets = found.length ? found : NONE;
    word.anchorTable = generation;
  }
  return word.anchorSets!;
}

/** Per document: the indices of the tokens holding each set's anchors, in text order. */
const anchored = new WeakMap<readonly Token[], number[][]>();

/** Indices of the tokens holding an anchor of `set`, in text order. */
export function anchoredTokens(tokens: readonly Token[], set: AnchorSet): readonly number[] {
  let bySet = anchored.get(tokens);
  if (!bySet || bySet.length < SETS.length) {
    bySet = [];
    for (let s = 0; s < SETS.length; s++) bySet.push([]);
    for (let i = 0; i < tokens.length; i++) for (const id of setsOf(tokens[i]!.word)) bySet[id]!.push(i);
    anchored.set(tokens, bySet);
  }
  return bySet[set.id]!;
}
