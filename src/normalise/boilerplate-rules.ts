/**
 * Line-level boilerplate rules, as data. Each rule tests one line's matching key (folded text:
 * alef forms unified, ة→ه, ى→ي, Latin lower-cased) and gives the reason a user sees in the output.
 * Rules match whole-line shapes, never words inside running prose.
 */

export type LineRole = 'strip' | 'related-header' | 'ticker-header' | 'comments-header' | 'bio-header';

export interface LineRule {
  name: string;
  reason: string;
  role: LineRole;
  /** Upper bound on the line's word count for the rule to apply (prose never matches). */
  maxWords: number;
  test: RegExp;
}

/** What heads a box of related news, or a link to one article of it (folded). */
const RELATED_HEADS =
  'اخبار ذات علاقه|اخبار ذات صله|اخبار متعلقه|مقالات متعلقه|مقالات ذات علاقه|قصص ذات صله|تقارير ذات صله|مواضيع مقترحه|مقالات مقترحه|اخبار مقترحه|قد يعجبك ايضا|قد يعجبك|ننصحك بقراءه|موضوعات متعلقه|موضوعات ذات صله|مواضيع متعلقه|مواضيع ذات صله|مقالات ذات صله|اقرا ايضا|اقرا كذلك|اقرا المزيد|الاكثر قراءه|الاكثر مشاهده|شاهد ايضا|قد يهمك|قد تهمك|مواضيع قد تهمك|قصص مقترحه|المزيد حول هذه القصه|المزيد من مقالات الكاتب|المزيد من مقالات الكاتبه|ذات صله|المزيد من الاخبار|اخترنا لك|اخترنا لكم|اختيارات المحرر|احدث الاخبار|الاخبار ذات الصله|الاخبار ذات العلاقه|المقالات ذات الصله|related|read more|most read';

/** What labels a bar of the latest headlines at a page's top (folded). */
/** Marks that set a ticker's items off from its label and from each other: "آخر الأخبار  ◄  …", "أخبار عاجلة  ●  …". */
const TICKER_MARKS = '●•◄►▶◀';
const TICKER_HEADS = 'عاجل|خبر عاجل|اخبار عاجله|اخبار رييسيه|شريط الاخبار|اخر الاخبار|حدث الساعه|breaking news|breaking';

export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'masthead',
    reason: 'masthead (editors and management)',
    role: 'strip',
    maxWords: 30,
    test: /(رئيس مجلس الاداره|رئيس التحرير|مدير التحرير|رئيسه التحرير|المدير العام|المشرف العام)/u,
  },
  {
    name: 'copyright',
    reason: 'copyright line',
    role: 'strip',
    maxWords: 30,
    test: /(جميع الحقوق محفوظه|كل الحقوق محفوظه|حقوق النشر محفوظه|©|copyright|all rights reserved)/u,
  },
  {
    name: 'follow-share',
    reason: 'share / follow / subscribe line',
    role: 'strip',
    maxWords: 8,
    test: /^(تابعونا|تابعنا|تابعوا|شارك|شاركها|مشاركه|اشترك|اشتركوا|انضم|انضموا|حمل تطبيق|نشره|النشره البريديه|فيسبوك|تويتر|واتساب|تيليجرام|تلغرام|share|follow us|subscribe)(?![\p{L}\p{N}])/u,
  },
  {
    name: 'share-button',
    reason: 'share / follow / subscribe line',
    role: 'strip',
    maxWords: 6,
    // a network's name or a page action alone on its line, as scraped from the share bar ("إكس", "طباعة", "نسخ الرابط",
    // the text size: "تكبير الخط", "A+"),
    // or "تابع الجزيرة نت على:"
    test: /^(?:(?:اكس|x|انستغرام|انستجرام|انستقرام|يوتيوب|تيليجرام|تليجرام|تلغرام|لينكد ان|تيك توك|واتساب|طباعه|حفظ|نسخ الرابط|البريد الالكتروني|تكبير الخط|تصغير الخط|حجم الخط|a\s*[+-]|[+-]\s*a)\s*:?|تابع(?:وا|ونا|نا)? [^.?!:]{1,30} علي\s*:)$/u,
  },
  {
    name: 'related-inline',
    reason: 'link to a related article, on one line with its title',
    role: 'strip',
    maxWords: 30,
    test: new RegExp(`^(?:${RELATED_HEADS}|read also|see also)\\s*[:：\\-–—]\\s*\\S`, 'u'),
  },
  {
    name: 'related-header',
    reason: 'related-news box',
    role: 'related-header',
    maxWords: 6,
    test: new RegExp(`^(?:${RELATED_HEADS})(?![\\p{L}\\p{N}])`, 'u'),
  },
  {
    name: 'ticker-header',
    reason: 'news ticker',
    role: 'ticker-header',
    maxWords: 3,
    // the bar's label alone, its headlines listed under it ("آخر الأخبار:", then "• …" lines)
    // (with a "live" mark: "آخر الأخبار  ●  مباشر"; before the bar's rule, which would take the mark for a headline)
    test: new RegExp(`^(?:${TICKER_HEADS})\\s*(?:[${TICKER_MARKS}|\\-–]?\\s*(?:مباشر|الان|لحظه بلحظه))?\\s*:?$`, 'u'),
  },
  {
    name: 'ticker',
    reason: 'news ticker',
    role: 'strip',
    maxWords: 80,
    // a bar of the latest headlines: "عاجل:  الاحتلال يقصف …  |  …", "شريط الأخبار: …", "عاجل | الداخلية: …"
    test: new RegExp(`^(?:${TICKER_HEADS})\\s*[:|${TICKER_MARKS}]\\s*\\S`, 'u'),
  },
  {
    name: 'comments-header',
    reason: 'reader comments',
    role: 'comments-header',
    maxWords: 4,
    // "التعليقات (3)", "تعليقات القراء": readers' comments follow, under the article
    test: /^(?:التعليقات|تعليقات|تعليقات القراء|تعليقات الزوار|اراء القراء|comments)\s*(?:\(\d+\)|\d+)?\s*:?$/u,
  },
  {
    name: 'author-bio',
    reason: 'author bio',
    role: 'bio-header',
    maxWords: 4,
    // "عن الكاتب", "نبذة عن الكاتبة": the writer's bio follows, up to the next blank line
    test: /^(?:عن (?:الكاتب|الكاتبه|المولف|المولفه)|نبذه عن (?:الكاتب|الكاتبه)|(?:الكاتب|الكاتبه) في سطور|about the author)\s*:?$/u,
  },
  {
    name: 'image-placeholder',
    reason: 'image credit or caption',
    role: 'strip',
    maxWords: 60,
    // where a scraper left an image: "[صورة] الوفدان خلال المفاوضات …"
    test: /^\[(?:صوره|الصوره|صور|image|photo|picture|فيديو|video)\]/u,
  },
  {
    name: 'issue-number',
    reason: 'date, time or weather line',
    role: 'strip',
    maxWords: 10,
    // a paper's issue number, the day's date beside it or not: "العدد 13631", "العدد: 5120 - الخميس 17 يوليو 2025"
    test: /^العدد\s*(?:رقم\s*)?:?\s*\d+(?:\s*[-–|/،,].{0,40})?$/u,
  },
  {
    name: 'weather',
    reason: 'date, time or weather line',
    role: 'strip',
    maxWords: 15,
    test: /^(?:الطقس|حاله الطقس|الطقس اليوم|الطقس الان)\s*:/u,
  },
  {
    name: 'image-credit',
    reason: 'image credit or caption',
    role: 'strip',
    maxWords: 25,
    // (and BBC Arabic's, set off by a comma: "صدر الصورة، Reuters", "التعليق على الصورة، ترامب والشرع …")
    test: /(^(gettyimages|getty images|afp|reuters|ap photo|epa)(?![\p{L}])|(المصدر|مصدر الصوره|الصوره|تصوير|صوره|photo|credit|image)\s*:\s*[^.?!]{1,40}$|^صوره ارشيفيه|صوره ارشيفيه$|^(?:صدر الصوره|مصدر الصوره|التعليق علي الصوره)\s*,)/u,
  },
  {
    name: 'menu',
    reason: 'navigation menu',
    role: 'strip',
    maxWords: 60,
    // four items or more, set off by | • ·, each a few words: "الرئيسية | محليات | عربي ودولي | اقتصاد | …"
    test: /^[^.?!|•·]{1,40}(?:[|•·][^.?!|•·]{1,40}){3,}$/u,
  },
  {
    name: 'spaced-menu',
    reason: 'navigation menu',
    role: 'strip',
    maxWords: 40,
    // four items or more of four words at most, set off by wide spaces or tabs: "الرئيسية   أخبار المملكة   الأخبار الدولية   …"
    test: /^[^\s.?!،,:]+(?: [^\s.?!،,:]+){0,3}(?:(?: {3,}|\t+)[^\s.?!،,:]+(?: [^\s.?!،,:]+){0,3}){3,}$/u,
  },
  {
    name: 'breadcrumb-menu',
    reason: 'breadcrumb or navigation menu',
    role: 'strip',
    maxWords: 14,
    // (» is folded to ", as every quote mark: "الرئيسية  »  سياسة  »  عربي")
    test: /^[^.?!]*?(?:\s[|>›/]\s?[^|>›/]+){2,}$|^[^.?!"]{1,30}(?:\s+"\s+[^.?!"]{1,30}){2,}$|^(الرئيسيه|الصفحه الرئيسيه)\s*[|>"›/]/u,
  },
  {
    name: 'source-line',
    reason: 'dateline place and news source',
    role: 'strip',
    maxWords: 5,
    test: /^[\p{L} ]{2,25}\s*[-–—:]\s*(وكالات|رويترز|ا ف ب|فرانس برس|الاناضول|متابعات|متابعه خاصه|خاص|وكالة الانباء)\s*$|\((وكالات|رويترز|ا ف ب|ا ب|الاناضول|خاص)\)\s*$/u,
  },
  {
    name: 'byline',
    reason: 'byline',
    role: 'strip',
    maxWords: 8,
    // (or a dash: "كتب - محمد أبو العلا"; BBC Arabic's "Author, …" and "Role, …")
    test: /^(?:(كتب|كتبت|بقلم|اعداد|تحرير|متابعه|ترجمه)\s*(?::|[-–—]\s*\p{L})|(?:author|role)\s*,)/u,
  },
  {
    name: 'site-links',
    reason: 'site menu or footer link',
    role: 'strip',
    maxWords: 5,
    test: /^((?:تخطي?|انتقل) الي (?:المحتوي|القايمه)(?: الرييسي| الرييسيه)?|بحث|ابحث|القايمه|القايمه الرييسيه|skip to (?:main )?content|search|menu|من نحن|اتصل بنا|اتصلوا بنا|سياسه الخصوصيه|شروط الاستخدام|الشروط والاحكام|اعلن معنا|خريطه الموقع|النشره البريديه|تطبيقاتنا|جميع الاخبار|فريق العمل|هييه التحرير|للاعلان|الارشيف|ارسل خبرا|about us|contact us|privacy policy|terms of use)\s*(?:[|:]|\.{2,}|…)?$/u,
  },
  {
    name: 'search-box',
    reason: 'site menu or footer link',
    role: 'strip',
    maxWords: 5,
    // a search box's prompt: "ابحث في الأخبار...", "ابحث هنا", "بحث في الموقع …"
    test: /^(?:ابحث|بحث) (?:هنا|في [\p{L} ]{2,25}|عن [\p{L} ]{2,25})\s*(?:\.{2,}|…)$|^ابحث هنا$/u,
  },
  {
    name: 'call-to-action',
    reason: 'site menu or footer link',
    role: 'strip',
    maxWords: 8,
    // "تطبيق DW عربية: اضغط هنا للتحميل", "اختر اللغة: العربية"
    test: /(?<![\p{L}\p{N}])(?:اضغط هنا|انقر هنا|اختر اللغه)(?![\p{L}\p{N}])/u,
  },
  {
    name: 'tags-header',
    reason: 'tags line',
    role: 'related-header',
    maxWords: 3,
    // the tags one a line under their label: "الكلمات المفتاحية" / "تبون" / "فرنسا"
    test: /^(?:الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|الكلمات الداله|كلمات داله)\s*:?$/u,
  },
  {
    name: 'caption-source',
    reason: 'image credit or caption',
    role: 'strip',
    maxWords: 30,
    // a photo's caption with its source in brackets at its end: "… (يمين) يصافح نظيره العماني في مسقط (الفرنسية)"
    // (not a sentence of the story, opening with و and a verb: "وقال", "وأكد", "ويأتي")
    // (first a glance at its end: most lines close with no bracket, and the pattern would try every length of them)
    test: /^(?=.*\)$)(?!و(?:قال|اكد|اضاف|اشار|اوضح|اعلن|كان|كانت|في|من|علي|ان|لم|قد|ت|ي))(?:[^.?!()]|\([^().?!]{1,15}\)){10,220}\.?\s*\([^().?!]{2,20}\)$/u,
  },
  {
    name: 'agency-signoff',
    reason: 'agency sign-off',
    role: 'strip',
    maxWords: 3,
    // "/قنا/", "/ع.ف/", "(انتهى)"
    test: /^(?:\/[^/]{1,15}\/|\(\s*انتهي\s*\))$/u,
  },
  {
    name: 'tags',
    reason: 'tags line',
    role: 'strip',
    maxWords: 30,
    test: /^(الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|مواضيع|تاغ|tags)\s*:/u,
  },
  {
    name: 'stray-symbol',
    reason: 'stray logo or symbol line',
    role: 'strip',
    maxWords: 2,
    test: /^(logo|لوجو|شعار|[^\p{L}\p{N}]+)$/u,
  },
  {
    name: 'cookie-comment',
    reason: 'cookie notice or comment form',
    role: 'strip',
    maxWords: 25,
    test: /(ملفات تعريف الارتباط|الكوكيز|اضف تعليق|اترك تعليقا|اترك ردا|لن يتم نشر عنوان بريدك|الحقول المطلوبه|cookies|leave a reply|your email address)/u,
  },
];

/** Section names of news sites; a line holding only one of these before the headline is a section tag. */
export const SECTION_NAMES: readonly string[] = [
  'العالم', 'عربي', 'عربي ودولي', 'عربي وعالمي', 'دولي', 'دوليات', 'عالمي', 'سياسه', 'السياسه', 'اقتصاد', 'الاقتصاد',
  'رياضه', 'الرياضه', 'فن', 'ثقافه', 'منوعات', 'الرئيسيه', 'اخبار', 'الاخبار', 'محليات', 'تكنولوجيا', 'صحه',
  'مقالات', 'راي', 'اراء', 'تقارير', 'حوارات', 'مجتمع', 'حوادث', 'خاص', 'عاجل', 'سياسه دوليه', 'شؤون دوليه',
  'الشرق الاوسط', 'اوروبا', 'امريكا', 'اسيا', 'افريقيا', 'محلي', 'محليه', 'الاخبار الرييسيه', 'اخبار محليه',
];
