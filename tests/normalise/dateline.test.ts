/** The article's own date, from a line near the top: every shape a dateline takes, and lines that only hold a date. */
import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/index.js';

const body = 'التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الرئيس الفرنسي إيمانويل ماكرون.';
const docDateOf = (line: string): string | null => {
  const d = normaliseDocument([line, 'عنوان الخبر', '', body].join('\n')).docDate;
  return d ? `${d.date.year}-${String(d.date.month).padStart(2, '0')}-${String(d.date.day).padStart(2, '0')}` : null;
};

/** expected date → dateline shapes */
const DATELINES: Array<[string, string[]]> = [
  ['2025-07-12', [
    // a date, with time, weekday and "published" words
    '12 يوليو 2025', 'السبت، 12 يوليو 2025 10:30 م', 'آخر تحديث: السبت 12 يوليو 2025 - 10:30 ص', 'نشر في: 12/07/2025 - 10:30',
    'تاريخ النشر: 2025/07/12', '12.07.2025', '12-07-2025 10:30 AM', 'نُشر في 12 تموز/يوليو 2025', '12 يوليو 2025 | 10:30',
    'السبت 17 محرم 1447 هـ - 12 يوليو 2025 م',
    // a machine timestamp
    '2025-07-12T10:30:00+03:00', '2025-07-12 10:30:00', '2025-07-12T07:30:00Z',
    // its place, set off by a dash or comma
    'بيروت - 12 تموز 2025', 'الرياض، السبت 12 يوليو 2025 (واس)', 'الدار البيضاء - السبت 12 يوليو 2025',
    // a byline or section set off by |, the city of its time zone, its source in slashes
    'كتب: محمد علي | 12 يوليو 2025', 'مقالات | 12 يوليو 2025', 'آخر تحديث: 12 يوليو 2025 - 13:45 بتوقيت القدس',
    'القاهرة - 12 يوليو 2025 /أ ش أ/', '12.07.2025 | 10:30 GMT | أخبار روسيا', '12.07.2025, 13:47 (تم التحديث: 12.07.2025, 14:20)',
    'arabic.news.cn  |  2025-07-12 22:41:08',
    // the place alone before it, the agency closing it (the Saudi Press Agency's style)
    'الرياض 12 يوليو 2025 واس', 'الرياض 17 محرم 1447 هـ الموافق 12 يوليو 2025 م واس',
  ]],
];

describe('a dateline', () => {
  for (const [date, lines] of DATELINES) {
    it.each(lines)(`«%s» dates the article ${date}`, (line) => expect(docDateOf(line)).toBe(date));
  }
});

/** Lines near the top that hold a full date but are not the article's dateline. */
const NOT_DATELINES = [
  // a related article's headline with its date
  'عون يستقبل باراك في بعبدا - 12 تموز 2025',
  'الانتخابات الرئاسية المقبلة - 12 يوليو 2025',
  // sentences
  'التقى الوزيران في 12 يوليو 2025',
  'وقال: 12 يوليو 2025 موعد نهائي للاتفاق',
  'موعد القمة: 12 يوليو 2025 في الرياض',
  'وصل 12 يوليو 2025 الوفد',
  // a headline after a date and a |
  '12 يوليو 2025 | عون يلتقي باراك في بعبدا',
  // no year, or no day
  'القاهرة في 12 يوليو /أ ش أ/',
  'يوليو 2025',
  'منذ 3 ساعات',
];

describe('not a dateline', () => {
  it.each(NOT_DATELINES)('«%s»', (line) => expect(docDateOf(line)).toBeNull());
});

describe('a dateline at the foot of a long article', () => {
  const long = (foot: string): string => ['عنوان الخبر', '', ...Array.from({ length: 45 }, () => body), '', foot].join('\n');
  it('counts when it says it is the date of publication', () => {
    for (const foot of ['تاريخ النشر: 2025/09/14', 'نُشر في 14 سبتمبر 2025', 'آخر تحديث: 14/09/2025 - 10:30']) {
      expect(normaliseDocument(long(foot)).docDate?.date).toEqual({ year: 2025, month: 9, day: 14 });
    }
  });
  it('counts among the last fifteen lines of text, blank lines not counted (tags, related articles and the copyright below it)', () => {
    const foot = ['آخر تحديث: 22 يوليو 2025 - 14:20', '', 'المصدر: وكالات', '', 'الوسوم:', 'روسيا', 'أوكرانيا', 'قطر', '', 'مقالات ذات صلة', '', 'خبر أول', 'خبر ثان', 'خبر ثالث', '', 'حمل التطبيق', 'جميع الحقوق محفوظة'];
    expect(normaliseDocument(long(foot.join('\n'))).docDate?.date).toEqual({ year: 2025, month: 7, day: 22 });
  });
  it('counts when it is a day and its time alone, a time stamp ("31.07.2025 | 14:35 GMT")', () => {
    for (const foot of ['31.07.2025 | 14:35 GMT', '31/07/2025 - 14:35']) expect(normaliseDocument(long(foot)).docDate?.date).toEqual({ year: 2025, month: 7, day: 31 });
  });
  it('not otherwise: the foot of a page is full of other articles’ dates', () => {
    for (const foot of ['14 سبتمبر 2025', 'عون يستقبل باراك - 14 سبتمبر 2025', 'عون يستقبل باراك - 14 سبتمبر 2025 - 14:35']) expect(normaliseDocument(long(foot)).docDate).toBeNull();
  });
});
