/**
 * Lexical families for dates, as tables. Surface forms are written as the press writes them; the
 * patterns fold them (alef forms, ة/ه …) before use, so one row covers every orthographic variant.
 */

/** Gregorian month names of every series, with their month number. */
export const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'جانفييه', 'ينير']],
  [2, ['فبراير', 'فبرایر', 'شباط', 'فيفري', 'فبرير']],
  [3, ['مارس', 'آذار', 'اذار']],
  [4, ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايس']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويلية', 'يوليوز']],
  [8, ['أغسطس', 'آب', 'أوت', 'غشت', 'اغسطس']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'اكتوبر']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر']],
];

/**
 * Month names that are also ordinary words or names (مارس "he practised", آب "father",
 * أيار and ماي as names): they count as months only next to a day or a year, a relative marker,
 * the word شهر or a part of a period (مطلع, منتصف …).
 */
export const AMBIGUOUS_MONTHS: readonly string[] = ['مارس', 'آب', 'أيار', 'ماي', 'أوت', 'غشت', 'تموز'];

/**
 * Ambiguous months whose other reading cannot follow a preposition (مارس and غشت are verbs), so
 * "في مارس" is a month; آب/أب "father", أيار and ماي (names) can follow one and stay excluded.
 */
export const MONTHS_AFTER_PREPOSITION: readonly string[] = ['مارس', 'تموز', 'أوت', 'غشت'];

/** Prepositions before a month alone that make it a time (شهر and the parts of a period do too). */
export const MONTH_PREPOSITIONS: readonly string[] = ['في', 'خلال', 'منذ', 'حتى', 'بحلول', 'قبل', 'بعد', 'طيلة', 'طوال'];

/**
 * Feasts of the Hijri calendar, by the month and day they fall on (Umm al-Qura): "عيد الفطر" is
 * 1 Shawwal; a feast of several days counts them from there ("ثاني أيام عيد الأضحى").
 */
export const FEASTS: ReadonlyArray<readonly [readonly [number, number], readonly string[]]> = [
  [[10, 1], ['عيد الفطر', 'عيد الفطر المبارك', 'عيد الفطر السعيد']],
  [[12, 10], ['عيد الأضحى', 'عيد الأضحى المبارك', 'عيد النحر']],
  [[12, 9], ['يوم عرفة', 'يوم عرفات', 'وقفة عرفة', 'وقفة عرفات']],
  [[3, 12], ['المولد النبوي', 'المولد النبوي الشريف', 'ذكرى المولد النبوي', 'ذكرى المولد النبوي الشريف']],
  [[1, 1], ['رأس السنة الهجرية', 'رأس السنة الهجرية الجديدة']],
];

/** Which day of a feast: "أول أيام عيد الفطر", "اليوم الثاني من عيد الأضحى". */
export const FEAST_DAY_ORDINALS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['أول', 'اليوم الأول من']],
  [2, ['ثاني', 'اليوم الثاني من']],
  [3, ['ثالث', 'اليوم الثالث من']],
  [4, ['رابع', 'اليوم الرابع من']],
];

/** Hijri months (Umm al-Qura), with their number. */
export const HIJRI_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول', 'ربيع الاول']],
  [4, ['ربيع الثاني', 'ربيع الآخر']],
  [5, ['جمادى الأولى', 'جمادى الأول']],
  [6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة']],
  [12, ['ذو الحجة', 'ذي الحجة']],
];

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['الاثنين', 'الإثنين', 'الأثنين']],
  [2, ['الثلاثاء']],
  [3, ['الأربعاء', 'الاربعاء']],
  [4, ['الخميس']],
  [5, ['الجمعة']],
  [6, ['السبت']],
  [7, ['الأحد']],
];

/** Words after a date that place it relative to the document date. */
export const DIRECTION: ReadonlyArray<readonly [-1 | 0 | 1, readonly string[]]> = [
  // (with the dual, after two names: "يناير وفبراير الماضيين", "الاثنين والثلاثاء الماضيين")
  [-1, ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'السابقة', 'الماضيين', 'الماضيتين', 'المنصرمين']],
  [0, ['الجاري', 'الجارية', 'الحالي', 'الحالية']],
  [1, ['المقبل', 'المقبلة', 'القادم', 'القادمة', 'التالي', 'التالية', 'الآتي', 'المقبلين', 'المقبلتين', 'القادمين', 'القادمتين']],
];

/** Calendar units for relative expressions. */
export const UNITS: ReadonlyArray<readonly ['day' | 'week' | 'month' | 'year', readonly string[]]> = [
  ['week', ['الأسبوع', 'الاسبوع']],
  ['month', ['الشهر']],
  ['year', ['العام', 'السنة']],
];

/** Parts of a period (TIMEX3 mod). */
export const PERIOD_PARTS: ReadonlyArray<readonly ['START' | 'MID' | 'END', readonly string[]]> = [
  ['START', ['مطلع', 'بداية', 'أوائل', 'أول', 'مستهل', 'بدايات']],
  ['MID', ['منتصف', 'أواسط', 'وسط']],
  ['END', ['نهاية', 'أواخر', 'آخر', 'ختام', 'أخير']],
];

/**
 * Parts that may stand before a month or a year to give it a mod ("أواخر سبتمبر 2022", "منتصف
 * 2025"). Not أول/آخر: before a month name they name its first or last day.
 */
export const PART_PREFIXES: readonly string[] = ['مطلع', 'بداية', 'أوائل', 'مستهل', 'بدايات', 'منتصف', 'أواسط', 'نهاية', 'أواخر', 'ختام'];

/** Words before a bare four-digit number that make it a year ("منذ 2011", "بحلول 2030"). */
export const BARE_YEAR_INTRODUCERS: readonly string[] = ['منذ', 'بحلول', ...PART_PREFIXES];

/** Days named relative to the document date. */
export const RELATIVE_DAYS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [-2, ['أول أمس', 'أول من أمس', 'قبل أمس', 'أمس الأول']],
  [-1, ['أمس', 'البارحة', 'الليلة الماضية']],
  [0, ['اليوم']],
  [1, ['غدا', 'غداً', 'الغد', 'يوم غد']],
  [2, ['بعد غد']],
];

/**
 * Words after اليوم/الغد/الأمس that make it an ordinary noun ("اليوم العالمي", "اليوم التالي", "في اليوم
 * نفسه", "الغد القريب", "بالأمس القريب"), not the article's day. Weekday names and sentence subjects
 * ("أعلنت اليوم الوزارة") stay dates.
 */
export const DAY_NOUN_MODIFIERS: readonly string[] = [
  'العالمي', 'الوطني', 'الدولي', 'العربي', 'المفتوح', 'الدراسي', 'الموعود', 'المشهود', 'الكبير', 'الأخير', 'التالي',
  'السابق', 'الموالي', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع',
  'العاشر', 'نفسه', 'ذاته', 'الذي', 'المشرق', 'الأفضل', 'القريب', 'البعيد',
];

/**
 * Words before اليوم that make it a day the text has already named, not the article's: "نفس اليوم",
 * "ذات اليوم" (the same day), and ذلك/تلك after a preposition or a time of day ("في ذلك اليوم",
 * "مساء ذلك اليوم"). Alone, "ذلك اليوم" may be an object and today ("أعلن ذلك اليوم").
 */
export const SAME_DAY_WORDS: readonly string[] = ['نفس', 'ذات'];
/** "the same" after a period's noun: "في اليوم نفسه", "الشهر ذاته", "السنة نفسها". */
export const SAME_AFTER_WORDS: readonly string[] = ['نفسه', 'ذاته', 'نفسها', 'ذاتها'];
/** The periods the text may name again as "the same" one: the day besides UNITS. */
export const SAME_PERIOD_UNITS: ReadonlyArray<readonly ['day' | 'week' | 'month' | 'year', readonly string[]]> = [
  ['day', ['اليوم']],
  ...UNITS,
];
export const THAT_DAY_WORDS: readonly string[] = ['ذلك', 'تلك'];
export const BEFORE_THAT_DAY: readonly string[] = ['في', 'خلال', 'منذ', 'حتى', 'قبل', 'بعد', 'مساء', 'صباح', 'ظهر', 'عصر', 'فجر', 'ليلة', 'عشية', 'صبيحة'];

/**
 * Words before a time word that make it part of a name: newspapers and channels (المصري اليوم,
 * روسيا اليوم, صحيفة الغد, حزب الغد), places named after a date (مدينة السادس من أكتوبر), and
 * political camps named after one (قوى 14 آذار، تحالف 8 آذار، حركة 6 أبريل).
 */
export const NAME_HEADS: readonly string[] = [
  'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع', 'حزب', 'تيار', 'حركة', 'برنامج', 'المصري', 'روسيا', 'أخبار',
  'مدينة', 'شارع', 'ميدان', 'جسر', 'كوبري', 'محور', 'جامعة', 'نادي', 'مستشفى', 'مدرسة', 'حي',
  'قوى', 'تحالف', 'ائتلاف', 'جبهة', 'تجمع', 'فريق',
];

/**
 * Nouns that name a past event by its day ("هجمات 11 سبتمبر", "ثورة 25 يناير", "حرب 6 أكتوبر"):
 * with no year stated, the day and month are the event's name, not a day of the article's year.
 */
export const HISTORIC_DAY_NOUNS: readonly string[] = [
  'حرب', 'ثورة', 'انتفاضة', 'انقلاب', 'نكسة', 'أحداث', 'هجمات', 'تفجيرات', 'اعتداءات', 'مجزرة', 'مذبحة',
];

/**
 * Ordinal day numbers, masculine (اليوم is masculine): units, then the tens they combine with. A
 * third list, when given, is the unit's form inside a compound (الأول alone, الحادي عشر).
 */
export const ORDINAL_UNITS: ReadonlyArray<readonly [number, readonly string[], (readonly string[])?]> = [
  [1, ['الأول', 'الفاتح'], ['الحادي']],
  [2, ['الثاني']],
  [3, ['الثالث']],
  [4, ['الرابع']],
  [5, ['الخامس']],
  [6, ['السادس']],
  [7, ['السابع']],
  [8, ['الثامن']],
  [9, ['التاسع']],
];
export const ORDINAL_TENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [10, ['العاشر']],
  [20, ['العشرين']],
  [30, ['الثلاثين']],
];

/** Day words that stand before a month without من: "غرة شوال", "أول نوفمبر". */
export const FIRST_DAY_WORDS: readonly string[] = ['غرة', 'أول'];

/** Cardinal numbers for counted distances ("قبل ثلاثة أيام"), both genders. */
export const CARDINAL_UNITS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['واحد', 'واحدة']],
  [2, ['اثنين', 'اثنتين']],
  [3, ['ثلاثة', 'ثلاث']],
  [4, ['أربعة', 'أربع']],
  [5, ['خمسة', 'خمس']],
  [6, ['ستة', 'ست']],
  [7, ['سبعة', 'سبع']],
  [8, ['ثمانية', 'ثماني', 'ثمان']],
  [9, ['تسعة', 'تسع']],
];
export const CARDINAL_TENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [10, ['عشرة', 'عشر']],
  [20, ['عشرين', 'عشرون']],
  [30, ['ثلاثين', 'ثلاثون']],
  [40, ['أربعين', 'أربعون']],
  [50, ['خمسين', 'خمسون']],
  [60, ['ستين', 'ستون']],
  [70, ['سبعين', 'سبعون']],
  [80, ['ثمانين', 'ثمانون']],
  [90, ['تسعين', 'تسعون']],
  [100, ['مئة', 'مائة']],
];
/** The irregular teens: 11 and 12 (13–19 are a unit + عشر/عشرة). */
export const CARDINAL_TEENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [11, ['أحد عشر', 'إحدى عشرة']],
  [12, ['اثني عشر', 'اثنا عشر', 'اثنتي عشرة', 'اثنتا عشرة']],
];

/** Unit words after a number or alone (one unit), and their duals (two units). */
export const COUNTED_UNITS: ReadonlyArray<readonly ['day' | 'week' | 'month' | 'year', readonly string[]]> = [
  ['day', ['أيام', 'يوما', 'يوماً', 'يوم']],
  ['week', ['أسابيع', 'أسبوعا', 'أسبوعاً', 'أسبوع']],
  ['month', ['أشهر', 'شهور', 'شهرا', 'شهراً', 'شهر']],
  ['year', ['أعوام', 'سنوات', 'سنين', 'عاما', 'عاماً', 'سنة', 'عام']],
];
export const SINGLE_UNITS: ReadonlyArray<readonly ['day' | 'week' | 'month' | 'year', readonly string[]]> = [
  ['day', ['يوم']],
  ['week', ['أسبوع']],
  ['month', ['شهر']],
  ['year', ['عام', 'سنة']],
];
export const DUAL_UNITS: ReadonlyArray<readonly ['day' | 'week' | 'month' | 'year', readonly string[]]> = [
  ['day', ['يومين', 'يومان']],
  ['week', ['أسبوعين', 'أسبوعان']],
  ['month', ['شهرين', 'شهران']],
  ['year', ['عامين', 'عامان', 'سنتين', 'سنتان']],
];

/** Prepositions that count back from or forward to the document date. */
export const COUNT_DIRECTION: ReadonlyArray<readonly [-1 | 1, readonly string[]]> = [
  [-1, ['قبل', 'منذ']],
  [1, ['بعد']],
];

/** Units shorter than a day, counted back from the document's time ("منذ 3 ساعات"): its day. Singular and plural, then duals. */
export const SHORT_UNITS: readonly string[] = ['ساعات', 'ساعة', 'دقائق', 'دقيقة'];
export const SHORT_UNITS_ONE: readonly string[] = ['ساعة', 'دقيقة'];
export const SHORT_UNIT_DUALS: readonly string[] = ['ساعتين', 'ساعتان', 'دقيقتين', 'دقيقتان'];

/** Hedges before a count: the date is approximate. */
export const APPROX_WORDS: readonly string[] = [
  'نحو', 'حوالي', 'قرابة', 'زهاء', 'ما يقرب من', 'ما يزيد على', 'ما يزيد عن', 'أكثر من', 'أقل من',
];

/** "<unit>ا بعد <unit>" — day after day: a repetition, not a date. */
export const REPEATED_UNITS: readonly string[] = ['يوما', 'أسبوعا', 'شهرا', 'عاما', 'سنة'];

/** What opens a range ("من 10 إلى 12 أبريل", "بين 2010 و2015", "ما بين مارس ويونيو"). */
export const RANGE_OPENERS: readonly string[] = ['من', 'بين', 'ما بين'];
/** What joins the two ends of a range. */
export const RANGE_JOINERS: readonly string[] = ['إلى', 'حتى', 'وحتى', 'و', '-'];

/** Words that introduce a year. */
export const YEAR_WORDS: readonly string[] = [
  'عام', 'العام', 'سنة', 'السنة', 'لعام', 'للعام', 'بعام', 'لسنة', 'للسنة', 'بسنة', 'خلال عام',
  // the dual and the plural, before years joined by و: "عامي 1994 و1998", "الأعوام 2004 و2005"
  'عامي', 'سنتي', 'الأعوام', 'السنوات',
];

/**
 * Occasions named by their year, which make a bare year after them a date: "حرب 1967", "مونديال
 * 2006", "انتخابات 2005", "أزمة 2008", "رؤية 2030", also with the place or kind between ("كأس العالم
 * 2006", "القمة العربية 2002", "أولمبياد بكين 2008"). Not nouns that take a count as readily
 * ("دورة 2000 متدرب", "معرض 2000 كتاب").
 */
export const OCCASION_NOUNS: readonly string[] = [
  'حرب', 'ثورة', 'انتفاضة', 'نكسة', 'نكبة', 'انقلاب', 'انتخابات', 'استفتاء', 'قمة', 'مؤتمر', 'منتدى',
  'اتفاق', 'اتفاقية', 'اتفاقيات', 'معاهدة', 'إعلان', 'مونديال', 'أولمبياد', 'كأس', 'بطولة', 'موسم',
  'أحداث', 'هجمات', 'تفجيرات', 'زلزال', 'أزمة', 'رؤية', 'موازنة', 'ميزانية',
];

/**
 * What may follow a year after في ("في 2007 بمقدار", "في 2006 و2007", "في 2007 ."): punctuation,
 * a definite word, another year, or one of these. A counted noun follows a count instead, and is
 * indefinite ("في 2000 موقع"), so a bare number is still a count there.
 */
export const AFTER_YEAR_WORDS: readonly string[] = [
  'إلى', 'على', 'عن', 'من', 'مع', 'حتى', 'بعد', 'قبل', 'مقابل', 'مقارنة', 'بنسبة', 'بمقدار', 'حيث', 'عندما',
  'لكن', 'ثم', 'كما', 'وفق', 'بحسب', 'حسب', 'أي', 'فقط', 'أيضا',
];

/**
 * Nouns of things that happen on a day, which make الأمس after them yesterday ("جلسة الأمس", "مباراة
 * الأمس") where after other nouns it is "the past" ("أعداء الأمس", "لغة الأمس").
 */
export const EVENT_NOUNS: readonly string[] = [
  'اجتماع', 'لقاء', 'جلسة', 'قمة', 'زيارة', 'مؤتمر', 'محادثات', 'مباحثات', 'مفاوضات', 'اتصال', 'مكالمة',
  'خطاب', 'كلمة', 'بيان', 'تصريحات', 'تصويت', 'جولة', 'مباراة', 'مران', 'تدريب', 'حادث', 'حادثة', 'هجوم',
  'انفجار', 'قصف', 'غارة', 'غارات', 'اشتباكات', 'مظاهرة', 'مظاهرات', 'تظاهرة', 'احتجاجات',
];

/**
 * Weekdays that are dates even alone ("وصل الوفد السبت إلى", "ودعت برلين الجمعة إلى"): not الاثنين
 * (also "the two": "على غياب الاثنين"). الجمعة is also the Friday prayer, after FRIDAY_PRAYER_NOUNS.
 */
export const WEEKDAYS_ALONE: readonly string[] = ['الخميس', 'الثلاثاء', 'الأربعاء', 'الجمعة', 'السبت', 'الأحد'];

/**
 * Monday, which is also "the two": a date alone only right after a name ("مع بوتين الاثنين") or a
 * definite word in the singular ("أعلن الرئيس الأمريكي الاثنين"), neither of which "the two" can
 * follow, or set off by commas as a time adverbial ("في مدينة إسطنبول، الاثنين، الجولة"); not after
 * a dual or plural ("اللاعبين الاثنين"), nor a preposition or a noun in construct ("بين الاثنين",
 * "على غياب الاثنين").
 */
export const MONDAY_FORMS: readonly string[] = ['الاثنين', 'الإثنين', 'الأثنين'];

/** Nouns after which الجمعة is the Friday prayer or its mosque, not a date ("صلاة الجمعة", "خطيب الجمعة"). */
export const FRIDAY_PRAYER_NOUNS: readonly string[] = [
  'صلاة', 'صلوات', 'خطبة', 'خطب', 'خطيب', 'خطباء', 'إمام', 'أئمة', 'سورة', 'جامع', 'مسجد', 'مصلى', 'مصلي',
];

/** Parts of the day, part of the day's date they open ("صباح اليوم", "مساء أمس"). */
export const DAY_PARTS: readonly string[] = ['مساء', 'صباح', 'ظهر', 'عصر', 'فجر', 'ضحى', 'ليلة', 'صبيحة'];

/** Times of day and time prepositions that make a bare weekday a date ("مساء الخميس", "منذ الأحد"). */
export const TIME_OF_DAY_WORDS: readonly string[] = [...DAY_PARTS, 'ليل', 'عشية', 'منذ', 'حتى'];
