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
