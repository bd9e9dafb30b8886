import { describe, expect, it } from 'vitest';
import { gregorianToHijri, hijriToGregorian, lastDayOfIsoWeek } from '../../../src/extract/dates/calendar.js';

describe('the last day of an ISO week', () => {
  it.each([
    ['2025-W02', '2025-01-12'],
    // (week 1 may start in the year before, and the last week end in the year after)
    ['2026-W01', '2026-01-04'],
    ['2020-W53', '2021-01-03'],
    ['2025-W16', '2025-04-20'],
  ])('%s ends on %s', (week, day) => expect(lastDayOfIsoWeek(week)).toBe(day));
  it('is nothing for a day, a month or a year', () => {
    expect(['2025-01-12', '2025-01', '2025'].map(lastDayOfIsoWeek)).toEqual([null, null, null]);
  });
});

describe('Hijri to Gregorian (Umm al-Qura)', () => {
  it.each([
    [{ year: 1446, month: 9, day: 1 }, { year: 2025, month: 3, day: 1 }],
    [{ year: 1447, month: 5, day: 15 }, { year: 2025, month: 11, day: 6 }],
    [{ year: 1445, month: 12, day: 10 }, { year: 2024, month: 6, day: 16 }],
  ])('%o is %o', (hijri, day) => expect(hijriToGregorian(hijri)).toEqual(day));

  it('takes every day of fifty years back to itself', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 86_400_000) {
      const d = new Date(ms);
      const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const back = hijriToGregorian(gregorianToHijri(day));
      if (JSON.stringify(back) !== JSON.stringify(day)) wrong.push(JSON.stringify(day));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives nothing for a day a month does not have', () => {
    // (Ramadan 1446 had 29 days; no month has 31)
    expect(hijriToGregorian({ year: 1446, month: 9, day: 30 })).toBeNull();
    expect(hijriToGregorian({ year: 1446, month: 9, day: 31 })).toBeNull();
    expect(hijriToGregorian({ year: 1446, month: 13, day: 1 })).toBeNull();
  });
});
