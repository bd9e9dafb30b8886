/**
 * Building blocks for patterns. Patterns are composed with XRegExp (named subpatterns, dictionary
 * alternations escaped and ordered longest first) and always run on the matching key, where
 * orthography is already folded. Arabic word edges are `\p{L}\p{N}` look-arounds, never `\b`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type XRegExpType from 'xregexp';
import { foldKey, foldPatternSource } from '../normalise/orthography.js';

/**
 * XRegExp composes every pattern at build time; its results are kept in patterns.cache.json
 * (written by `npm run build`), so a run loads XRegExp and its polyfills only for a pattern the
 * cache lacks. The cache is an optimisation: without it the same patterns are built at start.
 */
const require = createRequire(import.meta.url);
let xregexp: typeof XRegExpType | null = null;
const XRegExp = (): typeof XRegExpType => (xregexp ??= require('xregexp') as typeof XRegExpType);
const CACHE_URL = new URL('./patterns.cache.json', import.meta.url);
type Cached = { source: string; names: Array<string | null> };
const cache: Record<string, Cached> = (() => {
  try {
    return JSON.parse(readFileSync(CACHE_URL, 'utf8')) as Record<string, Cached>;
  } catch {
    return {};
  }
})();
/** Every pattern built in this process, by key: what `writePatternCache` saves. */
export const built = new Map<string, Cached>();

function cached(key: string, make: () => Cached): Cached {
  const hit = cache[key] ?? make();
  built.set(key, hit);
  return hit;
}

export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Proclitics (و ف ب ل ك and لل): the only place they are spelt. The conjunction comes first, then
 * one preposition; `لل` is ل + the article with its alef elided.
 */
export const PROCLITIC = '(?:[وف]?(?:لل(?=\\p{L})|[بلك])?)';

/** A folded word that starts with the article, and what follows it ("العام" → "عام"). */
export const ARTICLE = 'ال';
export const withoutArticle = (folded: string): string | undefined =>
  folded.startsWith(ARTICLE) && folded.length > ARTICLE.length + 1 ? folded.slice(ARTICLE.length) : undefined;

/**
 * `wordList` for words that may follow a proclitic (PROCLITIC) and carry the article: after لل, ل
 * with the article, the article's alef is elided and its lam merged ("للعام الحالي", "للخميس
 * المقبل"), so such a word is also matched without its article right after لل. The group then
 * holds the word without it: look its value up with `definiteLookup`.
 */
export function definiteWordList(words: Iterable<string>): RegExp {
  const folded = [...new Set([...words].map((w) => foldKey(w).trim()).filter(Boolean))];
  const rests = folded.map(withoutArticle).filter((w): w is string => w !== undefined);
  const others = folded.filter((w) => withoutArticle(w) === undefined);
  const parts: string[] = [];
  if (rests.length) parts.push(`(?:${ARTICLE}|(?<=لل))(?:${wordList(rests).source})`);
  if (others.length) parts.push(wordList(others).source);
  return new RegExp(parts.join('|'), 'u');
}

/** An alternation of dictionary words: folded, de-duplicated, escaped, longest first. */
export function wordList(words: Iterable<string>): RegExp {
  const unique = [...new Set([...words].map((w) => foldKey(w).trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const { source } = cached(`union\u0000${unique.join('\u0001')}`, () => ({ source: XRegExp().union(unique, 'u').source, names: [] }));
  return new RegExp(source, 'u');
}

/**
 * A composed pattern: its source and the names of its capture groups, with native RegExps (with
 * indices) made on first use: a big pattern costs milliseconds to parse, and most runs need only
 * one of the two forms, or neither.
 */
export class Pattern {
  private global: RegExp | null = null;
  private stuck: RegExp | null = null;
  constructor(
    readonly source: string,
    readonly names: ReadonlyArray<string | null>,
  ) {}

  /** For scans over a whole text. */
  get re(): RegExp {
    return (this.global ??= new RegExp(this.source, 'dgu'));
  }

  /** For a match at one position (lastIndex). */
  get sticky(): RegExp {
    return (this.stuck ??= new RegExp(this.source, 'dyu'));
  }
}

/** Composes a pattern from a template with {{name}} subpatterns; `(?<name>…)` groups are kept. */
export function pattern(template: string, subs: Record<string, RegExp | string> = {}): Pattern {
  const key = `build\u0000${template}\u0000${Object.entries(subs).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.source}`).join('\u0001')}`;
  const { source, names } = cached(key, () => {
    // XRegExp would expand \p{L} into a huge explicit class; hide property escapes from it and
    // hand them back to the native engine, which matches them far faster
    const hidden = foldPatternSource(template).replace(/\\p\{(\w+)\}/gu, '⟦P:$1⟧');
    const made = XRegExp().build(hidden, subs, 'u') as RegExp & { xregexp: { captureNames: Array<string | null> | null } };
    return { source: made.source.replace(/⟦P:(\w+)⟧/gu, '\\p{$1}'), names: made.xregexp.captureNames ?? [] };
  });
  return new Pattern(source, names);
}

export interface PatternMatch {
  index: number;
  end: number;
  text: string;
  /** Named groups: their text and key offsets (absent when the group did not take part). */
  groups: Record<string, { text: string; start: number; end: number } | undefined>;
}

/** Every match of a pattern in `text[from, to)`, with named groups and their offsets. */
export function* matchAll(p: Pattern, text: string, from = 0, to = text.length): Generator<PatternMatch> {
  const re = p.re;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].length;
    yield { index: m.index, end, text: m[0], groups: groupsOf(p, m) };
    if (end === m.index) re.lastIndex++;
  }
}

/** The match of a sticky pattern at `start`, with named groups and their offsets. */
function matchAt(p: Pattern, sticky: RegExp, text: string, start: number): PatternMatch | null {
  sticky.lastIndex = start;
  const m = sticky.exec(text);
  if (!m) return null;
  return { index: m.index, end: m.index + m[0].length, text: m[0], groups: groupsOf(p, m) };
}

/** The named groups that took part in a match, with their key offsets. */
function groupsOf(p: Pattern, m: RegExpExecArray): PatternMatch['groups'] {
  const groups: PatternMatch['groups'] = {};
  const indices = m.indices;
  if (!indices) return groups;
  const names = p.names;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const span = indices[i + 1];
    if (name && span) groups[name] = { text: m[i + 1]!, start: span[0], end: span[1] };
  }
  return groups;
}

/**
 * Matches of a pattern tried only at the start of the words holding one of its anchors (see
 * anchors.ts; `words`: token indices, in text order), left to right, none overlapping the last.
 */
export function matchAtWords(p: Pattern, text: string, tokens: ReadonlyArray<{ start: number }>, words: readonly number[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  if (!words.length) return out;
  const sticky = p.sticky;
  let last = -1;
  for (const w of words) {
    const start = tokens[w]!.start;
    if (start < last) continue;
    const m = matchAt(p, sticky, text, start);
    if (!m) continue;
    last = m.end;
    out.push(m);
  }
  return out;
}

/**
 * Matches of a pattern that cover an anchor, tried (sticky) at the start of the word holding it and
 * of up to `lookBack` words before it: for patterns whose anchor (a month name, a unit) may come
 * after their first word ("يوم الاثنين 9 أبريل"). `words`: token indices, in text order.
 */
export function matchNearWords(
  p: Pattern,
  text: string,
  tokens: ReadonlyArray<{ start: number }>,
  words: readonly number[],
  lookBack: number,
  /** The pattern can start at token i (when only some words open it): others are not tried. */
  opensAt?: (i: number) => boolean,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  if (!words.length) return out;
  const sticky = p.sticky;
  // each word start is tried once, in text order, so the matches come out in order
  let next = 0;
  for (const w of words) {
    for (let i = Math.max(next, w - lookBack); i <= w; i++) {
      if (opensAt && !opensAt(i)) continue;
      const m = matchAt(p, sticky, text, tokens[i]!.start);
      if (m) out.push(m);
    }
    next = Math.max(next, w + 1);
  }
  return out;
}
