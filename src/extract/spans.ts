/**
 * Whether a stretch of text lies within one of a document's spans (its dates, its durations), asked
 * by binary search: asked of every span in turn, per word or per mention, the question grew with the
 * square of a document's length (a quarter of the time on a 25 MB article).
 */
export class SpanCover {
  private readonly starts: number[] = [];
  /** The furthest end of the spans up to each index: spans may nest ("نحو شهرين" holds "شهرين"). */
  private readonly reach: number[] = [];

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let reach = -1;
    for (const s of sorted) {
      reach = Math.max(reach, s.end);
      this.starts.push(s.start);
      this.reach.push(reach);
    }
  }

  /** Some span holds [start, end). */
  covers(start: number, end: number): boolean {
    const i = this.lastStartingBy(start);
    return i >= 0 && this.reach[i]! >= end;
  }

  /** Some span starts at `pos`. */
  startsAt(pos: number): boolean {
    const i = this.lastStartingBy(pos);
    return i >= 0 && this.starts[i] === pos;
  }

  /** The index of the last span that starts at or before `pos`; -1 if none. */
  private lastStartingBy(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

const COVERS = new WeakMap<object, SpanCover>();
/** The cover of a list of spans, made once per list (a document's dates are asked about per word). */
export function coverOf(spans: ReadonlyArray<{ start: number; end: number }>): SpanCover {
  let c = COVERS.get(spans);
  if (!c) COVERS.set(spans, (c = new SpanCover(spans)));
  return c;
}
