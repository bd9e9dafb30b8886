/** Sentence spans of the (masked) key: split on . ! ? ; and line breaks, not on "د." or decimals. */
import type { Span } from './source.js';

const BOUNDARY = new Set(['.', '!', '?', ';', '\n', '\r']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

export function splitSentences(key: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(key[s]!)) s++;
    while (e > s && /\s/u.test(key[e - 1]!)) e--;
    if (/[\p{L}\p{N}]/u.test(key.slice(s, e))) out.push({ start: s, end: e });
  };
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (!BOUNDARY.has(c)) continue;
    if (c === '.') {
      if (isDigit(key[i - 1]) && isDigit(key[i + 1])) continue; // 2.5
      if (isLetter(key[i - 1]) && !isLetter(key[i - 2])) continue; // د. محمد
    }
    // keep runs of closing punctuation with their sentence
    let end = i + 1;
    while (end < key.length && /[.!?"')\]]/u.test(key[end]!)) end++;
    close(end);
    start = end;
    i = end - 1;
  }
  close(key.length);
  return out;
}
