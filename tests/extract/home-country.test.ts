import { describe, expect, it } from 'vitest';
import { homeCountry } from '../../src/extract/home-country.js';
import { normaliseDocument } from '../../src/normalise/index.js';
import { extractDocument } from '../../src/pipeline.js';
import { gazetteer } from '../helpers.js';

const g = gazetteer();
const home = (text: string): string | null => homeCountry(normaliseDocument(text), g);
/** Who the document's mentions of `words` stand for. */
const holderOf = (text: string, words: string, docDate: string): string[] =>
  extractDocument('t', text, g, { docDate }).entities.filter((e) => e.mentions.some((m) => m.text === words)).map((e) => e.id);

describe('the country of the state agency that wrote the article', () => {
  it.each([
    ['the masthead above the headline', 'وكالة الأنباء الكويتية - كونا\nالرئيسية | سياسة | اقتصاد\nسمو أمير البلاد يستقبل وزير الخارجية العراقي\nاستقبل سمو أمير البلاد اليوم الوزير.', 'KW'],
    ["the source of the lead's dateline, in brackets", 'الملك يستقبل وزير الخارجية\nعمان 5 أيار (بترا) - استقبل جلالة الملك اليوم الوزير.', 'JO'],
    ["the source of the lead's dateline, after a dash", 'ولي العهد يستقبل الوزير\nالرياض - واس\nاستقبل سمو ولي العهد اليوم الوزير.', 'SA'],
    ['the source between slashes', 'الرئيس يستقبل الوزير\nالقاهرة في 5 مايو /أ ش أ/ - استقبل الرئيس اليوم الوزير.', 'EG'],
  ])('%s', (_, text, iso) => {
    expect(home(text)).toBe(iso);
  });

  it.each([
    ['an agency another outlet quotes', 'الجزيرة نت\nأمير الكويت يستقبل وزير الخارجية العراقي\nأفادت وكالة الأنباء الكويتية (كونا) بأن أمير البلاد استقبل الوزير.'],
    ["an international agency's dateline", 'بوتين يلتقي ويتكوف\nموسكو (رويترز) - التقى الرئيس الروسي اليوم المبعوث الأمريكي.'],
    ['an agency named further down the article', 'الرئيس يلتقي الوزير\nالتقى الرئيس الوزير.\nوقال.\nوأضاف.\nوتابع.\nوختم.\nوأشار.\nوذكرت وكالة الأنباء السعودية (واس) - أن الوزير وصل.'],
  ])('none from %s', (_, text) => {
    expect(home(text)).toBeNull();
  });
});

describe('offices named by the agency without their country', () => {
  it('"أمير البلاد" is the Amir of the agency\'s country on the day', () => {
    expect(holderOf('الكويت - 13 - 1 (كونا) -- استقبل سمو أمير البلاد اليوم وزير الخارجية العراقي فؤاد حسين.', 'أمير البلاد', '2025-01-13')).toEqual(['person:mishal-al-ahmad-al-jaber-al-sabah']);
    expect(holderOf('الكويت - 13 - 1 (كونا) -- استقبل سمو أمير البلاد اليوم وزير الخارجية العراقي.', 'أمير البلاد', '2015-01-13')).toEqual(['person:sabah-al-ahmad-al-jaber-al-sabah']);
  });

  it('"رئيس الدولة" is the head of state of the agency\'s country', () => {
    expect(holderOf('رئيس الدولة يستقبل رئيس وزراء اليابان\nأبوظبي في 10 نوفمبر/ وام/ استقبل رئيس الدولة اليوم رئيس وزراء اليابان.', 'رئيس الدولة', '2025-11-10')).toEqual(['person:mohamed-bin-zayed']);
  });

  it('but not an office joined by و to another and their country ("رئيس الوزراء ووزير الخارجية لجمهورية كينيا")', () => {
    const text = 'وزير الخارجية يستقبل نظيره الكيني\nالرياض - واس\nاستقبل وزير الخارجية اليوم رئيس الوزراء ووزير الشؤون الخارجية لجمهورية كينيا، السيد موساليا مودافادي.';
    expect(holderOf(text, 'رئيس الوزراء', '2025-06-02')).toEqual([]);
    expect(holderOf(text.replace('ووزير الشؤون الخارجية لجمهورية كينيا، السيد موساليا مودافادي', 'والوزراء'), 'رئيس الوزراء', '2025-06-02')).toEqual(['person:mohammed-bin-salman']);
  });

  it('names no one in an article that is not an agency\'s own', () => {
    expect(holderOf('أفادت وكالة الأنباء الكويتية (كونا) بأن أمير البلاد استقبل اليوم وزير الخارجية العراقي.', 'أمير البلاد', '2025-01-13')).toEqual([]);
  });
});
