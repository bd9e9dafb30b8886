import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverOf, SpanCover } from '../../src/extract/spans.js';

const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 15 })).map(([start, length]) => ({ start, end: start + length }));

describe('SpanCover', () => {
  it('says a stretch lies within some span, and a span starts somewhere, as a scan of every span does', () => {
    // spans in any order, nested and overlapping ("نحو شهرين" holds "شهرين")
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.nat(80), fc.nat(10), (spans, start, length) => {
        const cover = new SpanCover(spans);
        const end = start + length;
        expect(cover.covers(start, end)).toBe(spans.some((s) => s.start <= start && end <= s.end));
        expect(cover.startsAt(start)).toBe(spans.some((s) => s.start === start));
      }),
      { numRuns: 500 },
    );
  });

  it('covers a stretch that only an outer span holds, past the end of an inner one', () => {
    const cover = new SpanCover([{ start: 0, end: 20 }, { start: 5, end: 8 }]);
    expect(cover.covers(6, 15)).toBe(true);
    expect(cover.covers(6, 21)).toBe(false);
    expect(new SpanCover([]).covers(0, 0)).toBe(false);
  });

  it('is made once per list', () => {
    const dates = [{ start: 1, end: 4 }];
    expect(coverOf(dates)).toBe(coverOf(dates));
  });
});
