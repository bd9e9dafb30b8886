// one module per function: the package's index loads hundreds of them at start-up
import { previousDay } from 'date-fns/previousDay';
import { nextDay } from 'date-fns/nextDay';
import type { Day } from 'date-fns';
import { isoDate, toDate } from '../calendar.js';
import { pattern, PROCLITIC, WORD_END, WORD_START } from '../../patterns.js';
import { DIRECTION_WORD, FRIDAY_PRAYER_NOUN, MONDAY, TIME_OF_DAY, WEEKDAY, WEEKDAY_ALONE, directionOf, weekdayNumber, WEEKDAY_OPENING } from '../lexicon.js';
import type { DateParser } from '../types.js';

/**
 * `(يوم|مساء|منذ…)? <weekday> (الماضي|المقبل)?`. Without a direction, news means the nearest such day
 * before the article (reports are written after the fact); the article's own weekday is today.
 * الاثنين counts only with يوم, a direction, a clear time marker before it, another weekday joined
 * to it by و, right after a name or a definite singular (MONDAY_FORMS), or set off by commas as a time
 * adverbial is, since it is also "the two"; the others are weekdays even alone (WEEKDAYS_ALONE: "وصل الوفد السبت إلى"), but not الجمعة
 * of the Friday prayer ("صلاة الجمعة"), nor الأحد of "الأحد عشر" (eleven) or of "الواحد الأحد" (a name of God).
 */
export const weekday: DateParser = {
  rule: '(يوم)? <weekday> <direction>?',
  opensWith: WEEKDAY_OPENING,
  pattern: pattern(
    `${WORD_START}(?:${PROCLITIC}(?<core>يوم\\s+(?<day1>{{weekday}})(?:\\s+(?<dir1>{{dir}}))?)|${PROCLITIC}(?<core2>(?<day2>{{weekday}})\\s+(?<dir2>{{dir}}))|[وف]?(?<prep>{{timeOfDay}})\\s+(?:يوم\\s+)?(?<day3>{{weekday}})(?:\\s+(?<dir3>{{dir}}))?|[وف]?(?<core3>(?<!الواحد\\s)(?<!(?:{{prayer}})\\s+)(?<day4>{{alone}})(?!\\s+عشر))` +
      // weekdays joined by و are dates whichever they are: "الاثنين والثلاثاء الماضيين", "السبت والأحد والاثنين"
      `|[وف]?(?<core4>(?<day5>{{weekday}}))(?=\\s*[,،]?\\s*و\\s*(?:{{weekday}})(?:\\s+(?<dir4>{{dir}}))?${WORD_END})|(?<=(?:{{weekday}})\\s*[,،]?\\s*)و\\s*(?<core5>(?<day6>{{weekday}}))` +
      // Monday alone, after the word that decides it (see extract)
      `|(?<=(?<![\\p{L}\\p{N}])(?<before>[\\p{L}\\p{N}]+) +)(?<core6>(?<monday>{{monday}}))` +
      // or set off by commas, as a time adverbial is ("انطلقت في مدينة إسطنبول، الاثنين، الجولة الثانية")
      `|(?<=[,،]\\s*)(?<core7>(?<mondayAside>{{monday}}))(?=\\s*[,،]))${WORD_END}`,
    { weekday: WEEKDAY, dir: DIRECTION_WORD, timeOfDay: TIME_OF_DAY, alone: WEEKDAY_ALONE, prayer: FRIDAY_PRAYER_NOUN, monday: MONDAY },
  ),
  extract(m, ctx) {
    const g = m.groups;
    if (g.monday && !(definiteSingular(g.before!.text) || ctx.nameEndsAt?.(g.before!.end))) return null;
    const wd = weekdayNumber.get((g.day1 ?? g.day2 ?? g.day3 ?? g.day4 ?? g.day5 ?? g.day6 ?? g.monday ?? g.mondayAside)!.text);
    if (wd === undefined) return null;
    if (!ctx.docDate) return { value: 'XXXX-XX-XX', grain: 'day' };
    const doc = toDate(ctx.docDate);
    // (the direction after the second of two joined weekdays is the first's too: "الاثنين والخميس المقبلين")
    const dirWord = g.dir1 ?? g.dir2 ?? g.dir3 ?? g.dir4;
    const dir = dirWord ? directionOf.get(dirWord.text) : undefined;
    const target = (wd % 7) as Day;
    if (doc.getDay() === target && dir !== 1 && dir !== -1) return { value: isoDate(doc), grain: 'day' };
    const d = dir === 1 ? nextDay(doc, target) : previousDay(doc, target);
    // (with no direction, which week is implied: refined by the tense before it, dates/index.ts)
    return { value: isoDate(d), grain: 'day', ...(dir === undefined ? { implied: true } : {}) };
  },
};

/** A word with the article that is no dual or sound plural ("الأمريكي", "الوفد"; not "اللاعبين"). */
function definiteSingular(word: string): boolean {
  return word.length > 3 && word.startsWith('ال') && !/(?:ين|ان|ون)$/u.test(word);
}
