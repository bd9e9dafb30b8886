/**
 * The date corpus as tests (Duckling's way): every file in tests/corpus/dates holds groups that
 * start with `= VALUE GRAIN [MOD]`, then one surface form per line. Every form is parsed against the
 * fixed document date 2025-04-09 (a Wednesday); negative.txt holds forms that must yield no date.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARSERS, parseDates, type DateResult } from '../../src/extract/dates/index.js';
import { opensAt } from '../../src/extract/openers.js';
import { tokenize } from '../../src/extract/tokens.js';
import { foldKey } from '../../src/normalise/orthography.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus', 'dates');
const DOC = { docDate: { year: 2025, month: 4, day: 9 } };

interface Case {
  file: string;
  line: number;
  form: string;
  value?: string;
  grain?: string;
  mod?: string;
}

function readCorpus(file: string): Case[] {
  const cases: Case[] = [];
  let expected: Pick<Case, 'value' | 'grain' | 'mod'> | null = null;
  readFileSync(join(CORPUS, file), 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('=')) {
      const [value, grain, mod] = line.slice(1).trim().split(/\s+/);
      if (!value || !grain) throw new Error(`${file}:${i + 1}: a group needs "= VALUE GRAIN [MOD]"`);
      expected = { value, grain, ...(mod ? { mod } : {}) };
      return;
    }
    if (file !== 'negative.txt' && !expected) throw new Error(`${file}:${i + 1}: a form before any "=" line`);
    cases.push({ file, line: i + 1, form: line, ...(expected ?? {}) });
  });
  return cases;
}

const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const isTouching = (a: DateResult, b: DateResult, key: string): boolean => {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return !/[\p{L}\p{N}]/u.test(key.slice(first.end, second.start));
};

describe('date corpus', () => {
  it('has every family and at least 300 surface forms', () => {
    for (const f of ['absolute', 'numeric', 'month-year', 'year', 'relative-day', 'relative-period', 'weekday', 'hijri', 'levantine-maghrebi', 'negative']) {
      expect(FILES).toContain(`${f}.txt`);
    }
    expect(FILES.flatMap(readCorpus).length).toBeGreaterThanOrEqual(300);
  });

  for (const file of FILES.filter((f) => f !== 'negative.txt')) {
    describe(file, () => {
      it.each(readCorpus(file).map((c) => [`${c.form} → ${c.value} ${c.grain}${c.mod ? ` ${c.mod}` : ''} (line ${c.line})`, c] as const))('%s', (_name, c) => {
        const key = foldKey(c.form);
        const results = parseDates(key, DOC);
        expect(results.length, 'no date found').toBeGreaterThan(0);
        const main = results.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
        expect({ text: key.slice(main.start, main.end), value: main.value, grain: main.grain, mod: main.mod })
          .toEqual({ text: key.slice(main.start, main.end), value: c.value, grain: c.grain, mod: c.mod });
        // one result covers the date: no second result split off beside it
        const beside = results.filter((r) => r !== main && isTouching(r, main, key));
        expect(beside.map((r) => key.slice(r.start, r.end)), 'the date is split into several results').toEqual([]);
      });
    });
  }

  it('gives the first of two days named with one month its own date ("يومي 5 و7 آب")', () => {
    const key = foldKey('في يومي 5 و7 آب');
    expect(parseDates(key, DOC).map((r) => `${key.slice(r.start, r.end)} = ${r.value}`)).toEqual(['5 = 2025-08-05', '7 اب = 2025-08-07']);
  });

  it('gives a day named without a year the year stated for the day joined to it ("يومي ٣١ آب والأول من أيلول ٢٠٢٥")', () => {
    const dated = (text: string, ctx: Parameters<typeof parseDates>[1]): string[] => {
      const key = foldKey(text);
      return parseDates(key, ctx).map((r) => `${key.slice(r.start, r.end)} = ${r.value}${r.implied ? ' implied' : ''}`);
    };
    expect(dated('يومي ٣١ آب/اغسطس والاول من ايلول/سبتمبر ٢٠٢٣', { docDate: null })).toEqual(['31 اب/اغسطس = 2023-08-31', 'الاول من ايلول/سبتمبر 2023 = 2023-09-01']);
    expect(dated('في 31 ديسمبر و1 يناير 2024', DOC)).toEqual(['31 ديسمبر = 2023-12-31', '1 يناير 2024 = 2024-01-01']);
    // a year worked out from the article's date is not stated: each keeps its own
    expect(dated('بين العشرين من يونيو والسابع من الشهر الحالي', DOC)).toEqual(['العشرين من يونيو = 2025-06-20 implied', 'السابع من الشهر الحالي = 2025-04-07']);
    // two parts of periods stay two dates, each with its part
    expect(dated('بين نهاية سبتمبر ومطلع أكتوبر 2024', DOC).map((d) => d.split(' = ')[1])).toEqual(['2024-09', '2024-10']);
  });

  it('gives a weekday with no direction the coming week in a clause of what is to come, the last one otherwise', () => {
    const on = (text: string): string[] => { const key = foldKey(text); return parseDates(key, DOC).map((r) => `${key.slice(r.start, r.end)} = ${r.value}`); };
    expect(on('وقال إنه سيلتقي أردوغان في أنقرة الخميس')).toEqual(['الخميس = 2025-04-10']);
    expect(on('ومن المنتظر أن يحل المالكي الثلاثاء بالولايات المتحدة')).toEqual(['الثلاثاء = 2025-04-15']);
    expect(on('يفترض أن تنطلق المحادثات السبت')).toEqual(['السبت = 2025-04-12']);
    expect(on('التقى الوزير نظيره الخميس')).toEqual(['الخميس = 2025-04-03']);
    // (nor after a noun shaped like a future verb, nor an invitation)
    expect(on('وكانت سيارة قد انفجرت الخميس')).toEqual(['الخميس = 2025-04-03']);
    expect(on('دعوة الرئيس شيراك الذي تباحث معه السبت')).toEqual(['السبت = 2025-04-05']);
  });

  it('gives two weekdays joined by و the direction after the second', () => {
    const key = foldKey('الاثنين والخميس المقبلين');
    expect(parseDates(key, DOC).map((r) => `${key.slice(r.start, r.end)} = ${r.value}`)).toEqual(['الاثنين = 2025-04-14', 'الخميس المقبلين = 2025-04-10']);
  });

  describe('negative.txt', () => {
    it.each(readCorpus('negative.txt').map((c) => [`${c.form} (line ${c.line})`, c] as const))('%s', (_name, c) => {
      const key = foldKey(c.form);
      expect(parseDates(key, DOC).map((r) => `${key.slice(r.start, r.end)} = ${r.value}`)).toEqual([]);
    });
  });
});

describe('without a document date', () => {
  const NONE = { docDate: null };
  const only = (form: string): Pick<DateResult, 'value' | 'grain' | 'mod'> => {
    const results = parseDates(foldKey(form), NONE);
    expect(results).toHaveLength(1);
    const { value, grain, mod } = results[0]!;
    return { value, grain, ...(mod ? { mod } : {}) };
  };

  it.each([
    ['11 أبريل الجاري', 'XXXX-04-11', 'day'],
    ['التاسع من أبريل', 'XXXX-04-09', 'day'],
    ['5 أبريل الماضي', 'XXXX-04-05', 'day'],
    ['الأسبوع المقبل', 'XXXX-WXX', 'week'],
    ['هذا الأسبوع', 'XXXX-WXX', 'week'],
    ['الشهر الماضي', 'XXXX-XX', 'month'],
    ['مارس الماضي', 'XXXX-03', 'month'],
    ['العام المقبل', 'XXXX', 'year'],
    ['أمس', 'XXXX-XX-XX', 'day'],
    ['الجمعة المقبلة', 'XXXX-XX-XX', 'day'],
    ['قبل ثلاثة أيام', 'XXXX-XX-XX', 'day'],
    ['قبل أسبوعين', 'XXXX-WXX', 'week'],
  ] as const)('%s → %s', (form, value, grain) => {
    expect(only(form)).toEqual({ value, grain });
  });

  it('keeps the mod of a part of an unknown period', () => {
    expect(only('نهاية الشهر الجاري')).toEqual({ value: 'XXXX-XX', grain: 'month', mod: 'END' });
    expect(only('رمضان الماضي')).toEqual({ value: 'XXXX-XX', grain: 'month', mod: 'APPROX' });
  });

  it('still resolves absolute dates', () => {
    expect(only('9 أبريل 2025')).toEqual({ value: '2025-04-09', grain: 'day' });
    expect(only('15 رمضان 1446 هـ')).toEqual({ value: '2025-03-15', grain: 'day' });
    expect(only('سبتمبر 2022')).toEqual({ value: '2022-09', grain: 'month' });
  });
});

describe('the same period as the date before ("في اليوم نفسه", "٢٣ من الشهر نفسه")', () => {
  const on = (text: string, ctx: Parameters<typeof parseDates>[1] = DOC): string[] => {
    const key = foldKey(text);
    return parseDates(key, ctx).map((r) => `${key.slice(r.start, r.end)} = ${r.value} ${r.grain}${r.mod ? ` ${r.mod}` : ''}${r.implied ? ' implied' : ''}`);
  };

  it.each([
    ['وصل إلى بيروت في 12 أيلول 2024، والتقى مساء اليوم ذاته الرئيس', 'مساء اليوم ذاته = 2024-09-12 day implied'],
    ['زار الرياض الثلاثاء 6 أبريل 2021، والتقى في اليوم نفسه الملك', 'اليوم نفسه = 2021-04-06 day implied'],
    ['سقط النظام في ٨ كانون الأول ٢٠٢٤، وفي ٢٣ من الشهر نفسه التقى الشرع الوفد', '23 من الشهر نفسه = 2024-12-23 day implied'],
    ['جرت الجولة الأولى في 5 آذار 2023، وعقدت الثانية في أواخر الشهر نفسه', 'اواخر الشهر نفسه = 2023-03 month END implied'],
    ['وقع الاتفاق في عام 2019، وفي العام نفسه زار الرئيس موسكو', 'العام نفسه = 2019 year implied'],
    ['التقيا في 3 آب 2022 ثم في منتصف السنة ذاتها', 'منتصف السنه ذاتها = 2022 year MID implied'],
    ['اجتمعا الاثنين 7 نيسان 2025، وفي ذات اليوم وصل الوفد', 'ذات اليوم = 2025-04-07 day implied'],
    ['التقيا في 2 حزيران 2020، وفي الأسبوع نفسه اتصل به', 'الاسبوع نفسه = 2020-W23 week implied'],
    // (a day of the year the text left unsaid stays so)
    ['التقيا في 12 فبراير، وفي اليوم ذاته', 'اليوم ذاته = 2025-02-12 day implied'],
  ])('%s', (text, expected) => {
    expect(on(text)).toContain(expected);
  });

  it.each([
    ['التقيا في 16 أيار 2025 في إسطنبول. وقبل ذلك بيوم، استقبل أردوغان زيلينسكي', 'قبل ذلك بيوم = 2025-05-15 day implied'],
    ['وصل في 3 آذار 2024، وبعد ذلك بثلاثة أيام غادر', 'بعد ذلك بثلاثه ايام = 2024-03-06 day implied'],
    ['وصل في 3 آذار 2024، وبعد ذلك بأسبوعين عاد', 'بعد ذلك باسبوعين = 2024-W11 week implied'],
    ['وقع الاتفاق في 29 شباط 2024، وبعد ذلك بيوم واحد غادر', 'بعد ذلك بيوم واحد = 2024-03-01 day implied'],
  ])('counts from the date before: %s', (text, expected) => {
    expect(on(text)).toContain(expected);
  });

  it('leaves the count to the date that follows it, set off by a comma, and to none with no date before', () => {
    expect(on('التقيا في 14 من أيار 2025. وبعد ذلك بيوم، 15 من أيار، عقدا')).toEqual(['14 من ايار 2025 = 2025-05-14 day', '15 من ايار = 2025-05-15 day implied']);
    expect(on('وقبل ذلك بيوم وصل')).toEqual([]);
    // (nor "the next day", as often a day in general as the day after one named)
    expect(on('وقعا في 30 نيسان 2023، وفي اليوم التالي غادر')).toEqual(['30 نيسان 2023 = 2023-04-30 day']);
  });

  it.each([
    ['كانت أولى محطاته في الثاني من فبراير 2025، حين استقبله ولي العهد، ثم زار أنقرة بعد يومين', 'بعد يومين = 2025-02-04 day implied'],
    ['وصل إلى القاهرة في 3 آذار 2024 وغادرها بعد أسبوع', 'بعد اسبوع = 2024-W10 week implied'],
  ])('counts "بعد" and a count from a day its sentence named before: %s', (text, expected) => {
    expect(on(text)).toContain(expected);
  });

  it('but from the document\'s day after a full stop, or after a day named relative to it ("أمس … بعد يومين")', () => {
    expect(on('وصل في 3 آذار 2024. وسيزور باريس بعد يومين')).toContain('بعد يومين = 2025-04-11 day');
    expect(on('وأعلن أمس أنه سيزور باريس بعد يومين')).toContain('بعد يومين = 2025-04-11 day');
  });

  it('is not one that states its own year', () => {
    expect(on('التقيا في 3 آب 2022، وفي نفس العام 2023 عادا')).toEqual(['3 اب 2022 = 2022-08-03 day', 'العام 2023 = 2023 year']);
  });

  it('takes the last date before it, itself "the same" one or not', () => {
    expect(on('في 1 أيار 2020 وصل، وفي 3 أيار 2020 غادر، وفي اليوم نفسه عاد، وفي السنة نفسها توفي')).toEqual([
      '1 ايار 2020 = 2020-05-01 day', '3 ايار 2020 = 2020-05-03 day', 'اليوم نفسه = 2020-05-03 day implied', 'السنه نفسها = 2020 year implied',
    ]);
  });

  it('is no date with no date before it, or no such day in that month', () => {
    expect(on('وفي اليوم نفسه وصل الوفد')).toEqual([]);
    expect(on('وفي اليوم نفسه وصل الوفد، بعد 2 آذار 2024')).toEqual(['2 اذار 2024 = 2024-03-02 day']);
    expect(on('في 3 شباط 2023 وصل، وفي 30 من الشهر نفسه غادر')).toEqual(['3 شباط 2023 = 2023-02-03 day']);
    expect(on('في 12 فبراير التقى، وفي اليوم ذاته', { docDate: null })).toEqual(['12 فبراير = XXXX-02-12 day', 'اليوم ذاته = XXXX-02-12 day implied']);
  });
});

describe('the clock is never read', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const FORMS = ['اليوم', 'أمس', 'غدا', 'الأسبوع المقبل', 'الشهر الماضي', 'العام الجاري', 'الخميس الماضي', 'قبل ثلاثة أيام', '11 أبريل الجاري', 'مارس الماضي', 'رمضان المقبل'];
  const run = (ctx: Parameters<typeof parseDates>[1]): string[] =>
    FORMS.flatMap((f) => parseDates(foldKey(f), ctx).map((r) => `${f}: ${r.value} ${r.grain} ${r.mod ?? ''}`));

  it('gives the same values whatever the system time', () => {
    const withDoc = run(DOC);
    const withoutDoc = run({ docDate: null });
    vi.useFakeTimers();
    for (const now of [new Date(1999, 0, 1), new Date(2031, 11, 31, 23, 59)]) {
      vi.setSystemTime(now);
      expect(run(DOC)).toEqual(withDoc);
      expect(run({ docDate: null })).toEqual(withoutDoc);
    }
    expect(withoutDoc.every((r) => /: X/.test(r))).toBe(true);
  });
});

describe('years joined to a year word by و', () => {
  const years = (form: string): string[] => {
    const key = foldKey(form);
    return parseDates(key, DOC).map((r) => `${key.slice(r.start, r.end)} = ${r.value}`);
  };

  it.each([
    ['شارك في كأس العالم عامي 1994 و1998', ['عامي 1994 = 1994', '1998 = 1998']],
    ['خلال الأعوام 2004 و2005 و2006', ['الاعوام 2004 = 2004', '2005 = 2005', '2006 = 2006']],
    ['في عام 2010، و2011', ['عام 2010 = 2010', '2011 = 2011']],
    ['عمل سفيرا بين عامي 1952 - 1955', ['عامي 1952 - 1955 = 1952/1955']],
    ['الأعوام 2001 - 2003 و2005', ['الاعوام 2001 = 2001', '2003 = 2003', '2005 = 2005']],
  ])('%s', (form, expected) => {
    expect(years(form)).toEqual(expected);
  });

  it('takes no number after و that no year word leads', () => {
    expect(years('قتل 12 شخصا و2000 جريح')).toEqual([]);
    expect(years('عام 2010 و20 شخصا')).toEqual(['عام 2010 = 2010']);
  });
});

/*
 * A parser is tried only at the words its matches can open with (its `opensWith`): a form its
 * pattern accepts but its opening leaves out would never be found. Over the corpus, the fixtures
 * and the test articles, every match of every parser, at every word, opens at such a word.
 */
describe('what opens a date', () => {
  const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const texts = [
    ...FILES.map((f) => readFileSync(join(CORPUS, f), 'utf8')),
    ...readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8')),
    ...readdirSync(join(ROOT, 'tests', 'corpus', 'articles')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'tests', 'corpus', 'articles', f), 'utf8')),
  ];
  it.each(PARSERS.map((p) => [p.rule, p] as const))('%s', (_rule, parser) => {
    const missed: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const key = foldKey(text);
      const tokens = tokenize(key);
      const sticky = parser.pattern.sticky;
      for (const t of tokens) {
        sticky.lastIndex = t.start;
        const m = sticky.exec(key);
        if (!m) continue;
        matched++;
        if (!opensAt(parser.opensWith, t)) missed.push(m[0]);
      }
    }
    expect(matched, 'the texts hold no match of this parser').toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });
});
