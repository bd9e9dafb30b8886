import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/pipeline.js';
import { gazetteer } from '../../helpers.js';

const g = gazetteer();
const page = (lead: string): string => ['جولة مسقط.. اتفاق على جولة ثانية', '', 'منذ 3 ساعات', '', lead, '', 'وكان الوزير قد وصل إلى مسقط صباح السبت.'].join('\n');

describe('the article\'s day stated in its lead', () => {
  it('is "اليوم" with the day in full beside it, when no dateline gives one; relative dates follow it', () => {
    const doc = extractDocument('p', page('طهران- أكدت وزارة الخارجية الإيرانية اليوم الأحد 13 أبريل/نيسان 2025 أن الجولة التي احتضنتها مسقط أمس السبت جرت في أجواء بناءة.'), g);
    expect(doc.docDate).toEqual({ value: '2025-04-13', source: 'text' });
    expect(doc.dates.find((d) => d.text === 'أمس السبت')?.value).toBe('2025-04-12');
  });
  it('is the day after the one "أمس" gives in full, and the day before the one "غدا" gives', () => {
    expect(extractDocument('p', page('استقبل رئيس الجمهورية عبد المجيد تبون، أمس الأحد 6 أفريل 2025، وزير الخارجية الفرنسي.'), g).docDate).toEqual({ value: '2025-04-07', source: 'text' });
    expect(extractDocument('p', page('يستقبل الرئيس غدا الأربعاء 9 أبريل 2025 وزير الخارجية الفرنسي.'), g).docDate).toEqual({ value: '2025-04-08', source: 'text' });
  });
  it('is "اليوم" with the day in words, its year further on ("اليوم الأحد السابع من كانون الأول 2025")', () => {
    expect(extractDocument('p', page('استقبل رئيس الوزراء، اليوم الأحد السابع من كانون الأول 2025، رئيس الإقليم في بغداد.'), g).docDate).toEqual({ value: '2025-12-07', source: 'text' });
  });
  it('comes before a date given on the command line, which is for articles that state none', () => {
    const doc = extractDocument('p', page('أكدت الوزارة اليوم الأحد 13 أبريل 2025 أن الجولة جرت في أجواء بناءة.'), g, { docDate: '2025-05-01' });
    expect(doc.docDate).toEqual({ value: '2025-04-13', source: 'text' });
  });
  it('is not a day apart from "اليوم", one with no year, or one after the article\'s dateline', () => {
    expect(extractDocument('p', page('أكدت الوزارة اليوم أن جولة 13 أبريل 2025 جرت في أجواء بناءة.'), g).docDate).toBeNull();
    expect(extractDocument('p', page('أكدت الوزارة اليوم الأحد 13 أبريل أن الجولة جرت في أجواء بناءة.'), g).docDate).toBeNull();
    const dated = ['عنوان الخبر', '', 'الأحد 20 أبريل 2025', '', 'أكدت الوزارة اليوم الأحد 13 أبريل 2025 أن الجولة جرت.'].join('\n');
    expect(extractDocument('p', dated, g).docDate).toEqual({ value: '2025-04-20', source: 'text' });
  });
});

describe('the day an undated article\'s lead reports', () => {
  const story = (lead: string, rest: string): ReturnType<typeof extractDocument> =>
    extractDocument('p', ['لقاء في الرياض', '', lead, '', rest].join('\n'), g);
  const valueOf = (doc: ReturnType<typeof extractDocument>, text: string): string | undefined => doc.dates.find((d) => d.text === text)?.value;

  it('gives its year to days and months named later without one, implied; not the article\'s day, so "أمس" stays unknown', () => {
    const doc = story('التقى الرئيس السوري الرئيس الأمريكي في الرياض، في 14 من أيار 2025، بحضور ولي العهد.', 'وفي اليوم التالي، 15 من أيار، التقى وزيرا الخارجية، بعد لقاء 11 من نيسان الماضي، ومن المنتظر أن يزور الكويت مطلع حزيران المقبل. وكان قد وصل أمس.');
    expect(doc.docDate).toBeNull();
    expect(valueOf(doc, '15 من أيار')).toBe('2025-05-15');
    expect(doc.dates.find((d) => d.text === '15 من أيار')?.implied).toBe(true);
    expect(valueOf(doc, '11 من نيسان الماضي')).toBe('2025-04-11');
    expect(valueOf(doc, 'مطلع حزيران المقبل')).toBe('2025-06');
    expect(valueOf(doc, 'أمس')).toBe('XXXX-XX-XX');
  });
  it('is none when the lead\'s first date has no year, or is one since which something lasts', () => {
    expect(valueOf(story('ألغي اجتماع كان مقررا في 30 يوليو، وأعلن المبعوث في 2 أغسطس 2024 موعدا جديدا.', 'ويعقد الاجتماع في 9 سبتمبر.'), '9 سبتمبر')).toBe('XXXX-09-09');
    expect(valueOf(story('تتواصل الاحتجاجات منذ 8 ديسمبر 2024 في العاصمة.', 'وكان الرئيس قد زار موسكو في 12 فبراير.'), '12 فبراير')).toBe('XXXX-02-12');
  });
});
