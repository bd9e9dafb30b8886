import { buildMatchKey, isTrailingMark, type MatchKey } from './orthography.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * The original text of one document, addressed in Unicode code points, together with its
 * matching key. Everything downstream finds things in the key and reports them here.
 */
export class SourceText {
  readonly text: string;
  readonly match: MatchKey;
  /** cpToUnit[i] = UTF-16 index of code point i; length = code points + 1. */
  private readonly cpToUnit: Int32Array;

  constructor(text: string) {
    this.text = text;
    this.match = buildMatchKey(text);
    const units = new Int32Array(this.match.origLength + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      units[cp++] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
    units[cp] = text.length;
    this.cpToUnit = units;
  }

  get key(): string {
    return this.match.key;
  }

  get length(): number {
    return this.match.origLength;
  }

  /** The original text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.cpToUnit[start], this.cpToUnit[end]);
  }

  codePointAt(index: number): number {
    return this.text.codePointAt(this.cpToUnit[index]!) ?? 0;
  }

  /** Maps a key span to an original span; a trailing diacritic or tatweel stays with its word. */
  toOriginal(keyStart: number, keyEnd: number): Span {
    const map = this.match.keyToOrig;
    const start = map[keyStart]!;
    let end = keyEnd > keyStart ? map[keyEnd - 1]! + 1 : start;
    while (end < this.length && isTrailingMark(this.codePointAt(end))) end++;
    return { start, end };
  }

  /** The first key position at or after an original offset. */
  toKey(origOffset: number): number {
    const map = this.match.keyToOrig;
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < origOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A mention record: offsets and the original text they cover. */
  mention(keyStart: number, keyEnd: number): { text: string; start: number; end: number } {
    const { start, end } = this.toOriginal(keyStart, keyEnd);
    return { text: this.slice(start, end), start, end };
  }
}
