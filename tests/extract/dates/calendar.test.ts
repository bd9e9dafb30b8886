import { describe, expect, it } from 'vitest';
import { lastDayOfIsoWeek } from '../../../src/extract/dates/calendar.js';

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
