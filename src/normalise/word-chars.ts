/**
 * Letters and digits (`[\p{L}\p{N}]`) by UTF-16 code unit, the word characters of every scanner.
 * Each BMP code unit is classified once, on first sight, so hot loops read a byte per character.
 */

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const classes = new Uint8Array(0x10000);

/** A BMP letter or digit; surrogates are never word units on their own (see `wordCharLength`). */
export function isWordUnit(c: number): boolean {
  let k = classes[c]!;
  if (k === UNKNOWN) {
    k = c < 0xd800 || c > 0xdfff ? (WORD_CHAR.test(String.fromCharCode(c)) ? WORD : OTHER) : OTHER;
    classes[c] = k;
  }
  return k === WORD;
}

/** UTF-16 length of the letter or digit at `i` (2 for an astral one), or 0 when there is none. */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isWordUnit(c)) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2))) return 2;
  }
  return 0;
}
