/**
 * Lexical families for dates, as tables. Surface forms are written as the press writes them; the
 * patterns fold them (alef forms, ة/ه …) before use, so one row covers every orthographic variant.
 */

/** Gregorian month names of every series, with their month number. */
export const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'جانفييه', 'ينير']],
  [2, ['فبراير', 'فبرایر', 'شباط', 'فيفري', 'فبرير']],
  [3, ['مارس', 'آذار', 'اذار']],
  [4, ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'ابريل']],
  [5, ['مايو', 'أيار', 'ماي', 'مايس']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويلية', 'يوليوز']],
  [8, ['أغسطس', 'آب', 'أوت', 'غشت', 'اغسطس']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'تشرين الأول', 'اكتوبر']],
  [11, ['نوفمبر', 'تشرين الثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'دجنبر']],
];

/**
 * Month names that are also ordinary words or names (مارس "he practised", آب "father",
 * أيار and ماي as names): they count as months only next to a number or a relative marker.
 */
export const AMBIGUOUS_MONTHS: readonly string[] = ['مارس', 'آب', 'أيار', 'ماي', 'أوت', 'غشت', 'تموز'];

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
  [-1, ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'السابقة']],
  [0, ['الجاري', 'الجارية', 'الحالي', 'الحالية']],
  [1, ['المقبل', 'المقبلة', 'القادم', 'القادمة', 'التالي', 'التالية', 'الآتي']],
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

/** Days named relative to the document date. */
export const RELATIVE_DAYS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [-2, ['أول أمس', 'أول من أمس', 'قبل أمس']],
  [-1, ['أمس', 'البارحة']],
  [0, ['اليوم']],
  [1, ['غدا', 'غداً', 'الغد']],
  [2, ['بعد غد']],
];

/** Words that introduce a year. */
export const YEAR_WORDS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'لعام', 'للعام', 'بعام', 'خلال عام'];
