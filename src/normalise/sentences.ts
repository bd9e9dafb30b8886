/**
 * Sentence spans of the (masked) key: split on . ! ? ; (؟ ؛ fold to these), line breaks and the
 * bullets some sites put between paragraphs (· •), not on "د." or decimals.
 */
import type { Span } from './source.js';
import { isWordUnit } from './word-chars.js';

const BOUNDARY = 1;
const WORD = 2;
const SPACE = 4;
const CLOSER = 8;
const DIGIT = 16;

const KNOWN = 128;

/** Character classes of the BMP, filled as characters are met: the hot loop reads a byte per character. */
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 48; c <= 57; c++) t[c]! |= DIGIT;
  for (const ch of '.!?;\n\r\u00b7\u2022') t[ch.charCodeAt(0)]! |= BOUNDARY;
  for (const ch of ' \n\r\t') t[ch.charCodeAt(0)]! |= SPACE;
  for (const ch of '.!?"\')]') t[ch.charCodeAt(0)]! |= CLOSER;
  return t;
})();

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (!(k & KNOWN)) {
    k |= KNOWN | (isWordUnit(c) ? WORD : 0);
    CLASS[c] = k;
  }
  return k;
}

const cls = (key: string, i: number): number => (i < 0 || i >= key.length ? 0 : classOf(key.charCodeAt(i)));

export function splitSentences(key: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && cls(key, s) & SPACE) s++;
    while (e > s && cls(key, e - 1) & SPACE) e--;
    for (let i = s; i < e; i++) {
      if (cls(key, i) & WORD) {
        out.push({ start: s, end: e });
        return;
      }
    }
  };
  for (let i = 0; i < key.length; i++) {
    if (!(classOf(key.charCodeAt(i)) & BOUNDARY)) continue;
    if (key.charCodeAt(i) === 46) {
      if (cls(key, i - 1) & DIGIT && cls(key, i + 1) & DIGIT) continue; // 2.5
      const letterBefore = (cls(key, i - 1) & (WORD | DIGIT)) === WORD;
      if (letterBefore && !(cls(key, i - 2) & WORD)) continue; // د. محمد
    }
    let end = i + 1;
    while (end < key.length && cls(key, end) & CLOSER) end++;
    close(end);
    start = end;
    i = end - 1;
  }
  close(key.length);
  return out;
}
