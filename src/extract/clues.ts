/**
 * How often the clue words of ambiguous forms occur in one document: non-overlapping, anywhere in the
 * text (a clue may stand inside a word: "الأردن" in "والأردنية"), counted once per clue.
 *
 * A short document is searched clue by clue, and only for the clues its ambiguous forms ask about,
 * each after a cheap test that every pair of its letters occurs in the text. A long one is scanned
 * once for every clue of the gazetteer (Aho–Corasick): clue by clue, a 200,000-character document
 * spent more time looking for clues than finding people, since nearly every pair of letters occurs
 * in it and most of its clues are asked about.
 */

/** Above this many characters a document is scanned once for all clues. */
export const SCAN_ONCE_FROM = 20_000;

export class ClueCounter {
  private readonly counts = new Map<string, number>();
  private pairs: Uint32Array | null = null;
  private scanned = false;

  /** `clues`: every clue there is (the automaton's words), used for long documents. */
  constructor(
    private readonly key: string,
    private readonly clues: ClueAutomaton,
  ) {}

  count(clue: string): number {
    if (this.key.length > SCAN_ONCE_FROM && this.clues.has(clue)) {
      if (!this.scanned) {
        for (const [c, n] of this.clues.countAll(this.key)) this.counts.set(c, n);
        this.scanned = true;
      }
      return this.counts.get(clue) ?? 0;
    }
    let n = this.counts.get(clue);
    if (n === undefined) {
      n = 0;
      if (this.mayOccur(clue)) for (let at = this.key.indexOf(clue); at >= 0; at = this.key.indexOf(clue, at + clue.length)) n++;
      this.counts.set(clue, n);
    }
    return n;
  }

  private mayOccur(clue: string): boolean {
    const pairs = (this.pairs ??= pairsOf(this.key));
    for (let i = 1; i < clue.length; i++) {
      const h = pairHash(clue.charCodeAt(i - 1), clue.charCodeAt(i));
      if (!(pairs[h >>> 5]! & (1 << (h & 31)))) return false;
    }
    return true;
  }
}

const PAIR_BITS = 1 << 16;
const pairHash = (a: number, b: number): number => (Math.imul(a, 31) + b) & (PAIR_BITS - 1);
function pairsOf(text: string): Uint32Array {
  const bits = new Uint32Array(PAIR_BITS >>> 5);
  for (let i = 1; i < text.length; i++) {
    const h = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

/**
 * An Aho–Corasick automaton over a fixed set of words (UTF-16 code units), built once per gazetteer.
 * `countAll` gives each word's count as repeated `indexOf` from the end of the last match would: the
 * matches of one word are reported in order, and one that starts before the last counted one ends is
 * skipped.
 */
export class ClueAutomaton {
  private readonly words: string[];
  private readonly index = new Map<string, number>();
  /** Per state: its transitions. */
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state: the words that end there, its own and those of its suffixes (by index). */
  private readonly output: number[][] = [[]];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w.length > 0);
    this.words.forEach((w, i) => {
      this.index.set(w, i);
      let s = 0;
      for (let j = 0; j < w.length; j++) {
        const c = w.charCodeAt(j);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.next[s]!.set(c, t);
        }
        s = t;
      }
      this.output[s]!.push(i);
    });
    // breadth first: a state's failure link is set before its children's
    const queue: number[] = [...this.next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f > 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const to = this.next[f]!.get(c);
        this.fail[t] = to !== undefined && to !== t ? to : 0;
        this.output[t]!.push(...this.output[this.fail[t]!]!);
        queue.push(t);
      }
    }
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  countAll(text: string): Map<string, number> {
    const counts = new Int32Array(this.words.length);
    // where the last counted match of each word ended
    const lastEnd = new Int32Array(this.words.length);
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = this.next[s]!.get(c);
      while (t === undefined && s > 0) {
        s = this.fail[s]!;
        t = this.next[s]!.get(c);
      }
      s = t ?? 0;
      for (const w of this.output[s]!) {
        const start = i + 1 - this.words[w]!.length;
        if (start < lastEnd[w]!) continue;
        counts[w]!++;
        lastEnd[w] = i + 1;
      }
    }
    const out = new Map<string, number>();
    counts.forEach((n, w) => {
      if (n) out.set(this.words[w]!, n);
    });
    return out;
  }
}
