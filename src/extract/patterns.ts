/**
 * Building blocks for patterns. Patterns are composed with XRegExp (named subpatterns, dictionary
 * alternations escaped and ordered longest first) and always run on the matching key, where
 * orthography is already folded. Arabic word edges are `\p{L}\p{N}` look-arounds, never `\b`.
 */
import XRegExp from 'xregexp';
import { foldKey, foldPatternSource } from '../normalise/orthography.js';

export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Proclitics (و ف ب ل ك and لل): the only place they are spelt. The conjunction comes first, then
 * one preposition; `لل` is ل + the article with its alef elided.
 */
export const PROCLITIC = '(?:[وف]?(?:لل(?=\\p{L})|[بلك])?)';

/** An alternation of dictionary words: folded, de-duplicated, escaped, longest first. */
export function wordList(words: Iterable<string>): RegExp {
  const unique = [...new Set([...words].map((w) => foldKey(w).trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return XRegExp.union(unique, 'u');
}

/** A compiled pattern: native RegExp with indices, and the names of its capture groups. */
export interface Pattern {
  re: RegExp;
  names: ReadonlyArray<string | null>;
}

/** Composes a pattern from a template with {{name}} subpatterns; `(?<name>…)` groups are kept. */
export function pattern(template: string, subs: Record<string, RegExp | string> = {}): Pattern {
  const built = XRegExp.build(foldPatternSource(template), subs, 'u') as RegExp & { xregexp: { captureNames: Array<string | null> | null } };
  return { re: new RegExp(built.source, 'dgu'), names: built.xregexp.captureNames ?? [] };
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
    const groups: PatternMatch['groups'] = {};
    p.names.forEach((name, i) => {
      const span = m!.indices?.[i + 1];
      if (name && span) groups[name] = { text: m![i + 1]!, start: span[0], end: span[1] };
    });
    yield { index: m.index, end, text: m[0], groups };
    if (end === m.index) re.lastIndex++;
  }
}
