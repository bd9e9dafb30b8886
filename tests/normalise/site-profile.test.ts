import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/index.js';
import { SiteProfileBuilder } from '../../src/normalise/site-profile.js';

/** Three articles of one invented site: chrome no rule knows, one quotation they share, distinct bodies. */
const CHROME = ['بوابة النهار العربي', 'الصفحة الرئيسية | من نحن | اتصل بنا'];
const QUOTE = 'وقال الأمين العام: "إن السلام لا يتحقق إلا بالحوار بين جميع الأطراف المعنية في المنطقة."';
const SUFFIX = 'ولمزيد من الأخبار تابعوا بوابة النهار العربي';
const BODIES = [
  ['اجتماع وزاري في القاهرة لبحث الأزمة', 'عقد وزراء الخارجية العرب اجتماعا في القاهرة لبحث تطورات الأزمة في المنطقة.'],
  ['محادثات جديدة بين الجانبين الأسبوع المقبل', 'أعلنت مصادر دبلوماسية أن جولة جديدة من المحادثات ستعقد في جنيف الأسبوع المقبل.'],
  ['زيارة مرتقبة للمبعوث الأممي إلى دمشق', 'يزور المبعوث الأممي العاصمة السورية دمشق خلال الأيام المقبلة للقاء المسؤولين.'],
];
const article = ([head, body]: string[]): string => [...CHROME, '', head, '', `${body} ${SUFFIX}`, QUOTE, ''].join('\n');

describe('folder-level learning', () => {
  const builder = new SiteProfileBuilder();
  for (const b of BODIES) builder.add(article(b));
  const profile = builder.build();

  it('strips lines the site repeats, keeps the quotation the articles share, and cuts a repeated line ending', () => {
    const doc = normaliseDocument(article(BODIES[0]!), { profile });
    const stripped = doc.boilerplate.map((b) => b.text);
    for (const c of CHROME) expect(stripped).toContain(c);
    expect(stripped).not.toContain(QUOTE);
    expect(stripped.some((t) => SUFFIX.endsWith(t) && t.split(' ').length >= 5)).toBe(true);
    expect(doc.source.mention(doc.headline!.start, doc.headline!.end).text).toBe(BODIES[0]![0]);
  });

  it('learns nothing from one article, and counts an exact duplicate once', () => {
    const one = new SiteProfileBuilder();
    one.add(article(BODIES[0]!));
    one.add(article(BODIES[0]!));
    expect(one.build().lines.size).toBe(0);
    const reasons = normaliseDocument(article(BODIES[0]!), { profile: one.build() }).boilerplate.map((b) => b.reason);
    expect(reasons.filter((r) => r.includes('repeated'))).toEqual([]);
  });
});
