import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/index.js';
import { splitSentences } from '../../src/normalise/sentences.js';
import { foldKey } from '../../src/normalise/orthography.js';

const body = 'وقال الوزير إن المحادثات ستستمر خلال الأيام المقبلة في العاصمة، مشيرا إلى أن الجانبين اتفقا على مواصلة الحوار.';

/** Lines that are site chrome, whatever the site. */
const STRIPPED: Array<[string, string]> = [
  ['رئيس مجلس الإدارة محمد علي رئيس التحرير أحمد حسن', 'masthead'],
  ['جميع الحقوق محفوظة © 2024 شركة الأخبار', 'copyright'],
  ['تابعونا على', 'follow'],
  ['gettyimages 2230342714', 'credit'],
  ['Leave a Reply', 'English form'],
  ['logo', 'logo'],
  [';', 'stray symbol'],
  ['كتب: محمد السيد', 'byline'],
  ['علما روسيا والولايات المتحدةالمصدر: رويترز', 'caption credit'],
  ['الرئيسية > أخبار > عربي ودولي', 'breadcrumb'],
  ['الرئيسية | سياسة | اقتصاد | رياضة', 'menu'],
  ['القاهرة - وكالات', 'source line'],
  ['اقرأ أيضا', 'related header'],
  ['مقالات متعلقة', 'related header'],
  ['مواضيع مقترحة', 'related header'],
  ['اقرأ أيضا: السيسي يستقبل وزير الدفاع الأمريكي في القاهرة', 'related link with its title'],
  ['شاهد أيضا - لقاء بوتين وترامب في ألاسكا', 'related link with its title'],
  ['صورة أرشيفية', 'archive photo'],
  ['شارك على فيسبوك', 'share'],
  ['We use cookies to improve your experience', 'cookie notice'],
  ['سياسة الخصوصية', 'footer link'],
  ['اتصل بنا', 'footer link'],
  ['الوسوم: روسيا، أوكرانيا، بوتين', 'tags'],
  ['عاجل:  الاحتلال يقصف مناطق شرق خان يونس  |  الذكرى الثانية لحرب غزة', 'news ticker'],
  ['عاجل | الداخلية: قطع عدد من الطرق والجسور في بغداد', 'news ticker'],
  ['[صورة] الوفدان الروسي والأوكراني خلال المفاوضات المباشرة في إسطنبول', 'image placeholder'],
  ['الطقس: المنامة 38° مشمس مع غبار خفيف', 'weather'],
  ['العدد 13631', 'issue number'],
  ['إكس', 'share bar: a network alone'],
  ['نسخ الرابط', 'share bar: an action alone'],
  ['تابع الجزيرة نت على:', 'follow line'],
  ['وزير الخارجية الإيراني عباس عراقجي (يمين) يصافح نظيره العماني بدر البوسعيدي في مسقط (الفرنسية)', 'caption with its source'],
  ['الرئيس تبون لدى استقباله وزير الخارجية الفرنسي بقصر المرادية. (الرئاسة)', 'caption with its source after a full stop'],
  ['/قنا/', 'agency sign-off'],
  ['اختيارات المحرر', 'related header'],
  ['الأخبار ذات الصلة', 'related header with the article'],
  ['المصدر أونلاين - متابعة خاصة', 'source line'],
  ['العدد: 5120 - الخميس 17 يوليو 2025', 'issue number with the day'],
  ['الرئيسية  »  سياسة  »  عربي', 'breadcrumb with »'],
  ['تكبير الخط', 'text size button'],
  ['صدر الصورة، Reuters', 'image source (BBC Arabic)'],
  ['التعليق على الصورة، ترامب والشرع وولي العهد السعودي خلال لقائهم في الرياض', 'image caption (BBC Arabic)'],
  ['Author, كريم عبد الحميد', 'byline (BBC Arabic)'],
  ['كتب - محمد أبو العلا', 'byline with a dash'],
];

/** Lines of articles that no rule may strip. */
const KEPT = [
  'وقال المتحدث باسم الحكومة إن جميع الحقوق والحريات مكفولة للمواطنين وفق الدستور الجديد الذي أقره البرلمان.',
  'مرونة أمريكية وتشدد روسي',
  'وأكد الرئيس أن بلاده تتابع التطورات في المنطقة عن كثب.',
  'اقرأ أيضا عن تاريخ العلاقات بين البلدين في كتاب الوزير الجديد الذي صدر هذا العام.',
  // a sentence of the story that ends with its source in brackets
  'وأكد الوزير أن المحادثات ستستأنف الأسبوع المقبل في مسقط (رويترز)',
  'وقال إن الاتفاق يشمل تبادل الأسرى. (أ ف ب)',
  // a verb that opens a sentence is no "follow us"
  'تابع الوزير جولته في المنطقة والتقى عددا من المسؤولين.',
  // a verb of writing that opens a sentence is no byline
  'كتب الرئيس رسالة إلى نظيره الفرنسي يدعوه فيها إلى الحوار.',
];

describe('boilerplate', () => {
  it.each(STRIPPED)('strips «%s» (%s)', (line) => {
    const text = `عنوان الخبر الرئيسي عن لقاء الوزيرين\n\n${body}\n${line}\n${body}\n`;
    const doc = normaliseDocument(text);
    expect(doc.boilerplate.map((b) => b.text)).toContain(line);
  });

  it.each(KEPT)('keeps «%s»', (line) => {
    const text = `عنوان الخبر الرئيسي عن لقاء الوزيرين\n\n${body}\n${line}\n${body}\n`;
    expect(normaliseDocument(text).boilerplate).toEqual([]);
  });

  it('strips a related-news box with its headlines, and stops at the article', () => {
    const text = [
      'عنوان الخبر الرئيسي عن لقاء الوزيرين', '', body, '', 'أخبار ذات علاقة', '',
      'صورة لاجتماع سابق بين وفدين في جنيف', '', 'عنوان خبر آخر لا علاقة له بالموضوع', '', body, '',
    ].join('\n');
    const reasons = normaliseDocument(text).boilerplate.map((b) => [b.text, b.reason]);
    expect(reasons).toEqual([
      ['أخبار ذات علاقة', 'related-news box'],
      ['صورة لاجتماع سابق بين وفدين في جنيف', 'related-news box'],
      ['عنوان خبر آخر لا علاقة له بالموضوع', 'related-news box'],
    ]);
  });

  it('strips a box whose headlines ask or carry their dates, under the headers of the BBC\'s pages', () => {
    for (const header of ['مواضيع قد تهمك', 'المزيد حول هذه القصة', 'قصص مقترحة']) {
      const items = ['ما الذي يريده بوتين من أي اتفاق لإنهاء الحرب في أوكرانيا؟', '6 أغسطس/ آب 2025', 'ترامب يمهل روسيا مهلة جديدة لإنهاء الحرب', '29 يوليو/ تموز 2025',
        'زيلينسكي يستقبل المبعوث الأمريكي كيث كيلوغ في كييف', '14 يوليو/ تموز 2025', 'عنوان رابع عن موضوع آخر', '12 يوليو/ تموز 2025'];
      const text = ['عنوان الخبر الرئيسي عن لقاء الوزيرين', '', body, '', header, '', ...items, '', body, ''].join('\n');
      expect(normaliseDocument(text).boilerplate.map((b) => b.text)).toEqual([header, ...items]);
    }
  });

  it('strips readers\' comments under the article, not the count of them beside the byline', () => {
    const text = [
      'عنوان الخبر الرئيسي عن لقاء الوزيرين', 'التعليقات (2)', '', body, '', body, '', body, '', 'التعليقات (2)', '',
      'سامي – المغرب', 'أكتوبر 7, 2025 at 3:40 م', 'لقد التقى الرئيسان سرا في الماضي ولم يتغير شيء.', '',
      'ابن الوليد – ألمانيا', 'سيجتمع الجميع ويصورون أنفسهم.', '', 'أضف تعليقا', '',
    ].join('\n');
    const reasons = normaliseDocument(text).boilerplate.map((b) => [b.text, b.reason]);
    expect(reasons).toEqual([
      ['التعليقات (2)', 'reader comments'],
      ['سامي – المغرب', 'reader comments'],
      ['أكتوبر 7, 2025 at 3:40 م', 'reader comments'],
      ['لقد التقى الرئيسان سرا في الماضي ولم يتغير شيء.', 'reader comments'],
      ['ابن الوليد – ألمانيا', 'reader comments'],
      ['سيجتمع الجميع ويصورون أنفسهم.', 'reader comments'],
      ['أضف تعليقا', 'cookie notice or comment form'],
    ]);
  });

  it('strips comments signed on their own line ("أبو فراس - الكويت: …")', () => {
    const text = [
      'عنوان الخبر الرئيسي عن لقاء الوزيرين', '', body, '', body, '', body, '', 'التعليقات (2)',
      'أبو فراس - الكويت:  كل هذه اللقاءات لن تغير شيئاً، سبق أن التقى ظريف كيري عشرات المرات والنتيجة معروفة.',
      'سامي من باريس:  البوسعيدي سيلتقي ويتكوف ثم يعود إلى طهران، والقصة تتكرر.', 'أضف تعليقك', '',
    ].join('\n');
    expect(normaliseDocument(text).boilerplate.map((b) => b.reason)).toEqual(['reader comments', 'reader comments', 'reader comments', 'cookie notice or comment form']);
  });

  it('strips a live ticker whose items carry their times ("آخر الأخبار  ●  مباشر")', () => {
    const items = ['17:10   رئيس إقليم كوردستان يستقبل السفير الفرنسي لدى العراق', '16:48   السوداني يبحث هاتفياً مع أردوغان ملف المياه والحدود'];
    const head = 'الرئيس بارزاني يستقبل وفداً من الإطار التنسيقي';
    const doc = normaliseDocument(['آخر الأخبار  ●  مباشر', ...items, '', head, '', body, ''].join('\n'));
    expect(doc.boilerplate.map((b) => [b.text, b.reason])).toEqual(['آخر الأخبار  ●  مباشر', ...items].map((t) => [t, 'news ticker']));
    expect(doc.source.mention(doc.headline!.start, doc.headline!.end).text).toBe(head);
  });

  it('strips the author\'s bio under its header, up to the blank line', () => {
    for (const header of ['عن الكاتب', 'عن الكاتبة', 'نبذة عن الكاتب']) {
      const bio = ['كريم الأيوبي كاتب وصحافي لبناني مقيم في لندن، التقى خلال عمله عددا من القادة العرب.', 'للتواصل مع الكاتب: عبر البريد الإلكتروني'];
      const text = ['عنوان الخبر الرئيسي عن لقاء الوزيرين', '', body, '', body, '', header, ...bio, '', body, ''].join('\n');
      expect(normaliseDocument(text).boilerplate.map((b) => [b.text, b.reason])).toEqual([header, ...bio].map((t) => [t, 'author bio']));
    }
  });

  it('keeps the headline once and strips its repetition, finds the dateline', () => {
    const head = 'واشنطن وموسكو.. لقاء دبلوماسي جديد';
    const text = ['logo', 'العالم', '', head, '', head, '09 أبريل 2025، 2:22 م', '', body].join('\n');
    const doc = normaliseDocument(text);
    expect(doc.boilerplate.map((b) => b.reason)).toEqual(['stray logo or symbol line', 'section name', 'headline repeated']);
    expect(doc.docDate?.date).toEqual({ year: 2025, month: 4, day: 9 });
    expect(doc.docDate?.source).toBe('text');
    expect(doc.source.mention(doc.headline!.start, doc.headline!.end).text).toBe(head);
  });

  it.each(['بيروت - «الأخبار»', 'الدوحة ("الشرق")', 'موسكو - سبوتنيك', 'بغداد / المدى'])('strips a place and its source above the headline: «%s»', (credit) => {
    const head = 'عون يلتقي باراك في بعبدا';
    const doc = normaliseDocument([credit, 'السبت 12 تموز 2025', '', head, '', body].join('\n'));
    expect(doc.boilerplate.map((b) => b.text)).toEqual([credit]);
    expect(doc.source.mention(doc.headline!.start, doc.headline!.end).text).toBe(head);
  });

  /** The top of a page as scraped, above its headline: what is chrome, and the reason given. */
  const TOPS: Array<[string, string[], string[]]> = [
    ['a masthead, a long menu, a search box, the day and the weather, a breadcrumb',
      ['وكالة الأنباء الكويتية - كونا', 'الرئيسية  |  الكويت  |  سياسة  |  اقتصاد  |  رياضة  |  ثقافة وفنون  |  منوعات  |  صحة  |  الصور  |  الفيديو  |  الإنفوجرافيك  |  الأرشيف', 'بحث ...', 'الاثنين 13 يناير 2025   |   الكويت 14° م', '', 'سياسة  >  الأخبار المحلية'],
      ['dateline place and news source', 'navigation menu', 'site menu or footer link', 'date, time or weather line', 'breadcrumb']],
    ['a site name with Latin beside Arabic, a skip link, a menu one item a line',
      ['BBC News عربي', '', 'تخطَّ إلى المحتوى', '', 'الرئيسية', 'أخبار', 'العالم', 'علوم وتكنولوجيا', 'برامجنا'],
      ['site name', 'site menu or footer link', 'navigation menu', 'navigation menu', 'navigation menu', 'navigation menu', 'navigation menu']],
    ['an agency\'s acronym over the day, then a section\'s name',
      ['وام', 'الإثنين 10 نوفمبر 2025 - 14:20', '', 'الديوان الملكي'],
      ['site name', 'section name']],
    // (the date is the article's dateline: not boilerplate)
    ['a site\'s name over its menu, the date with the Hijri one, weather, a breadcrumb with spaced commas',
      ['روسيا اليوم', '', 'الرئيسية', 'أخبار روسيا', 'الشرق الأوسط', '', 'الأربعاء، 26 شباط 2025 - 27 شعبان 1446 هـ', 'الدوحة  33°', 'دولي  ,  تركيا'],
      ['site name', 'navigation menu', 'navigation menu', 'navigation menu', 'date, time or weather line', 'breadcrumb']],
    ['a menu set off by wide spaces, a search box\'s prompt, a bar of the day, the weather and the prayer times',
      ['وكالة الأنباء السعودية', 'الرئيسية   أخبار المملكة   الأخبار الدولية   اقتصادية   رياضية', 'ابحث في الأخبار...', 'الاثنين 10 رمضان 1446 هـ - 10 مارس 2025 م   |   جدة 27° - الرياض 24°   |   مواقيت الصلاة: المغرب 6:22 م'],
      ['site name', 'navigation menu', 'site menu or footer link', 'date, time or weather line']],
    ['skip links before the site\'s name, a search prompt without dots, links beside the day and the weather',
      ['تخطي إلى المحتوى', 'تخطي إلى القائمة الرئيسية', 'DW عربية', 'Deutsche Welle - دويتشه فيله', 'بحث في DW', 'تطبيق DW عربية: اضغط هنا للتحميل', 'الخميس، ٣١ تموز ٢٠٢٥     دمشق ٣٦° صحو     أسعار الذهب | أسعار العملات', 'سياسة  |  الشرق الأوسط'],
      ['site menu or footer link', 'site menu or footer link', 'site name', 'site name', 'search box', 'site menu or footer link', 'date, time or weather line', 'breadcrumb']],
    ['a site\'s motto over its menu, a ticker\'s label with its items listed under it',
      ['القدس العربي', 'صحيفة عربية يومية مستقلة تأسست في لندن عام 1989', 'الرئيسية  |  سياسة  |  اقتصاد  |  رأي  |  ثقافة', '', 'آخر الأخبار:', '• والي الخرطوم يتفقد سير العمل في محطة مياه المقرن', '• القوات المسلحة تبسط سيطرتها على مواقع جديدة', ''],
      ['site name', 'site name', 'navigation menu', 'news ticker', 'news ticker', 'news ticker']],
    ['a one-word name over its motto and the day, a ticker set off by ●',
      ['الغد', 'صحيفة يومية سياسية مستقلة', 'الأربعاء، 10 كانون الأول 2025  |  عمان 14°', '', 'الرئيسية  |  محليات  |  سياسة  |  اقتصاد', '', 'أخبار عاجلة  ●  بوتين يعقد اجتماعا مع الأعضاء الدائمين في مجلس الأمن'],
      ['site name', 'site name', 'date, time or weather line', 'navigation menu', 'news ticker']],
    ['a one-word name over its publisher, the day, a ticker of the main news',
      ['الخليج', 'دار الخليج للصحافة والطباعة والنشر', 'الأربعاء 12 نوفمبر 2025  |  أبوظبي 26°', '', 'أخبار رئيسية:  الصين تطلق بنجاح قمرا اصطناعيا جديدا لرصد الأرض'],
      ['site name', 'site name', 'date, time or weather line', 'news ticker']],
    ['a paper\'s name, its short name over its issue number, a menu one item a line, a section\'s name',
      ['صحيفة الأيام البحرينية', 'الأيام', 'العدد 13631', 'الرئيسية', 'محليات', 'سياسة', 'اقتصاد', 'نسخة PDF', '', 'سياسة'],
      ['site name', 'site name', 'date, time or weather line', 'navigation menu', 'navigation menu', 'navigation menu', 'navigation menu', 'navigation menu', 'section name']],
    ['a menu one item a line with a number in an item\'s name',
      ['الرئيسية', 'أخبار', 'صحة', 'الجزيرة 360', 'بث مباشر'],
      ['navigation menu', 'navigation menu', 'navigation menu', 'navigation menu', 'navigation menu']],
    ['a ticker whose items are set off by ◄',
      ['الرئيسية  |  محليات  |  سياسة  |  اقتصاد', '', 'آخر الأخبار  ◄  «الداخلية»: ضبط 41 مخالفاً لقانون الإقامة  ◄  رئيس الوزراء يستقبل سفير باكستان'],
      ['navigation menu', 'news ticker']],
  ];
  it.each(TOPS)('finds the headline under %s', (_, top, reasons) => {
    const head = 'عون يلتقي باراك في بعبدا';
    const doc = normaliseDocument([...top, '', head, '', body].join('\n'));
    expect(doc.source.mention(doc.headline!.start, doc.headline!.end).text).toBe(head);
    expect(doc.boilerplate.map((b) => b.reason)).toEqual(reasons);
  });
  it.each([
    ['a short headline over its article', ['بوتين يستقبل ويتكوف'], 'بوتين يستقبل ويتكوف'],
    ['a headline with a year and a comma', ['قمة 2025، عام التحولات'], 'قمة 2025، عام التحولات'],
    ['a headline naming an agency', ['وكالة الطاقة الذرية تزور منشأة نطنز الإيرانية للمرة الثانية'], 'وكالة الطاقة الذرية تزور منشأة نطنز الإيرانية للمرة الثانية'],
    ['a headline that says who discussed what', ['بحث في الرياض سبل التعاون بين البلدين'], 'بحث في الرياض سبل التعاون بين البلدين'],
  ])('keeps %s', (_, top, head) => {
    const doc = normaliseDocument([...top, '', body].join('\n'));
    expect(doc.source.mention(doc.headline!.start, doc.headline!.end).text).toBe(head);
    expect(doc.boilerplate).toEqual([]);
  });

  it('takes the Gregorian day of a dateline that gives the Hijri one too (calendars differ by a day)', () => {
    const doc = normaliseDocument(['الثلاثاء 16 من ربيع الآخر 1447 هـ الموافق 7 أكتوبر 2025', '', 'عنوان الخبر', '', body].join('\n'));
    expect(doc.docDate).toEqual({ date: { year: 2025, month: 10, day: 7 }, source: 'text' });
  });

  it('reads a long line of publication and update times in a time zone (Al Arabiya\'s)', () => {
    const doc = normaliseDocument(['عنوان الخبر', 'دبي - العربية.نت', 'نشر في: 08 أبريل ,2025: 01:12 م GST آخر تحديث: 08 أبريل ,2025: 04:35 م GST', '', body].join('\n'));
    expect(doc.docDate).toEqual({ date: { year: 2025, month: 4, day: 8 }, source: 'text' });
  });

  it('uses --doc-date only when the article has no dateline', () => {
    expect(normaliseDocument(body, { docDate: '2024-01-02' }).docDate).toEqual({ date: { year: 2024, month: 1, day: 2 }, source: 'option' });
  });
});

describe('sentences', () => {
  it('splits on . ! ؟ ؛ and line breaks, not on "د." or decimals', () => {
    const key = foldKey('قال د. محمد إن النمو بلغ 2.5 في المئة. هل ينجح؟ نعم؛ ربما\nسطر جديد');
    const parts = splitSentences(key).map((s) => key.slice(s.start, s.end));
    expect(parts).toEqual(['قال د. محمد ان النمو بلغ 2.5 في الميه.', 'هل ينجح?', 'نعم;', 'ربما', 'سطر جديد']);
  });

  it('splits at the bullets some sites put between paragraphs (· •)', () => {
    const key = foldKey('استقبل الأمير الوفد· حضر اللقاء الوزير · فاز الفريق • وقال المدرب');
    const parts = splitSentences(key).map((s) => key.slice(s.start, s.end));
    expect(parts).toEqual(['استقبل الامير الوفد·', 'حضر اللقاء الوزير ·', 'فاز الفريق •', 'وقال المدرب']);
  });
});

describe('a block of tags', () => {
  it('strips the label and the tags one a line under it, and stops at the article', () => {
    const text = ['عنوان الخبر الرئيسي عن لقاء الوزيرين', '', body, '', 'الكلمات المفتاحية', 'تبون', 'فرنسا', 'بارو', '', body].join('\n');
    expect(normaliseDocument(text).boilerplate.map((b) => b.text)).toEqual(['الكلمات المفتاحية', 'تبون', 'فرنسا', 'بارو']);
  });
});
