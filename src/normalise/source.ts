import { buildMatchKey, isTrailingMark, type MatchKey } from './orthography.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * The original text of one document, addressed in Unicode code points, together with its
 * matching key. Everything downstream finds things in the key and reports them here.
 *
 * The key maps to UTF-16 indices of the original (one Int32Array); code points differ from
 * UTF-16 indices only after astral characters (emoji), whose positions are kept in a short list.
 */
export class SourceText {
  readonly text: string;
  readonly match: MatchKey;
  /** UTF-16 indices of the astral characters (surrogate pairs), ascending; usually empty. */
  private readonly astral: number[] = [];

  constructor(text: string) {
    this.text = text;
    this.match = buildMatchKey(text);
    // most articles have no astral character at all: a native scan says so at once
    for (let i = HIGH_SURROGATE.test(text) ? 0 : text.length; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  get key(): string {
    return this.match.key;
  }

  /** Length of the original in code points. */
  get length(): number {
    return this.text.length - this.astral.length;
  }

  /** Code point offset of a UTF-16 index. */
  cpOf(unit: number): number {
    return this.astral.length ? unit - countBelow(this.astral, unit) : unit;
  }

  /** UTF-16 index of a code point offset. */
  unitOf(cp: number): number {
    if (!this.astral.length) return cp;
    // each astral character before the target adds one unit
    let unit = cp;
    for (const a of this.astral) {
      if (a < unit) unit++;
      else break;
    }
    return unit;
  }

  /** The original text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unitOf(start), this.unitOf(end));
  }

  /** Maps a key span to an original code point span; a trailing diacritic or tatweel stays with its word. */
  toOriginal(keyStart: number, keyEnd: number): Span {
    const [startUnit, endUnit] = this.unitSpan(keyStart, keyEnd);
    return { start: this.cpOf(startUnit), end: this.cpOf(endUnit) };
  }

  /** A mention record: offsets and the original text they cover. */
  mention(keyStart: number, keyEnd: number): { text: string; start: number; end: number } {
    const [startUnit, endUnit] = this.unitSpan(keyStart, keyEnd);
    return { text: this.text.slice(startUnit, endUnit), start: this.cpOf(startUnit), end: this.cpOf(endUnit) };
  }

  /** The UTF-16 span of the original a key span came from, with its trailing marks. */
  private unitSpan(keyStart: number, keyEnd: number): [number, number] {
    const map = this.match.keyToOrig;
    const startUnit = map[keyStart]!;
    let endUnit = keyEnd > keyStart ? map[keyEnd - 1]! + 1 : startUnit;
    // the last character may be a surrogate pair
    const last = this.text.charCodeAt(endUnit - 1);
    if (last >= 0xd800 && last <= 0xdbff) endUnit++;
    while (endUnit < this.text.length && isTrailingMark(this.text.charCodeAt(endUnit))) endUnit++;
    return [startUnit, endUnit];
  }
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

function countBelow(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type { MatchKey };
