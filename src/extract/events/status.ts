/**
 * Whether an event happened or is only planned, as marker tables over the matching key.
 * Markers are folded forms (ة→ه, أ→ا).
 */
import { foldKey } from '../../normalise/orthography.js';
import { wordList } from '../patterns.js';
import { withConjunctions } from '../tokens.js';

const fold = (xs: string[]): Set<string> => new Set(xs.map(foldKey));

/** Said before the trigger in its sentence: the event lies ahead. */
export const PLANNED_BEFORE = [
  'من المقرر', 'من المنتظر', 'من المتوقع', 'من المرتقب', 'من المزمع', 'من المفترض', 'يعتزم', 'تعتزم', 'يعتزمان',
  'يستعد', 'تستعد', 'يستعدان', 'استعداد', 'التحضير', 'الاستعداد', 'يرتقب', 'ترتقب', 'سوف', 'ينوي', 'تنوي', 'يخطط', 'تخطط',
  'الاتفاق على عقد', 'اتفقا على عقد', 'اتفق الجانبان على عقد', 'دعا الى عقد', 'دعوه الى عقد', 'اقترح عقد', 'مقرر',
  // agreed on starting, resuming, on the principle of: "اتفق الرئيسان على بدء مفاوضات", "اتفقا على مبدأ لقاء قريب"
  'على بدء', 'على مبدأ', 'على استئناف', 'على إطلاق',
  'ينتظر أن', 'يُنتظر أن', 'لا يمانع', 'لا تمانع', 'لا مانع', 'يزمع', 'تزمع', 'سيعقد', 'ستعقد', 'سيجري', 'ستجري', 'سيتم', 'ستتم', 'سيقوم', 'ستقوم', 'يتوقع', 'تتوقع', 'غدا',
  // an invitation: "ودعوته لزيارة طهران" (not "تلبية لدعوة", a visit made on one)
  'دعوة', 'دعوته', 'دعوتها', 'دعوتهما', 'دعوتهم',
];

/** Said right after the trigger: "لقاء مرتقب", "القمة المقبلة", "اتصالات … قد تعقد". */
export const PLANNED_AFTER = [
  'مرتقب', 'مرتقبه', 'المرتقب', 'المرتقبه', 'المقبل', 'المقبله', 'القادم', 'القادمه', 'المزمع', 'المزمعه', 'المنتظر',
  'المنتظره', 'المحتمل', 'المحتمله', 'محتمل', 'محتمله', 'المتوقع', 'المتوقعه', 'متوقع', 'متوقعه', 'المقرر', 'المقرره',
  'قد تعقد', 'قد يعقد', 'ستعقد', 'سيعقد', 'ستجري', 'سيجري', 'غدا',
];

/**
 * A time still to come, without a date, in a clause whose verb is in the present: "يصل المبعوث إلى
 * بورتسودان خلال أيام", "يلتقي ترامب بوتين قريبا" (the present of news tells what is to come).
 */
export const NEAR_FUTURE = [
  'قريبا', 'عما قريب', 'في وقت قريب', 'في المستقبل القريب', 'في القريب العاجل', 'خلال أيام', 'في غضون أيام', 'خلال الأيام المقبلة',
  'في الأيام المقبلة', 'خلال الأيام القادمة', 'في الأيام القادمة', 'خلال الساعات المقبلة', 'في الساعات المقبلة',
  'خلال الأسابيع المقبلة', 'في الأسابيع المقبلة',
];
/** The same, and words of "later" that a verb in the present sets ahead ("يلتقيه في وقت لاحق"), not a noun ("محادثات … توسعت لاحقا"). */
export const SOON_AFTER = [...NEAR_FUTURE, 'بعد أيام', 'في وقت لاحق', 'لاحقا'];

/** Said right after the trigger: it is behind us. */
export const OCCURRED_AFTER = ['الاخير', 'الاخيره', 'السابق', 'السابقه', 'الماضي', 'الماضيه', 'الفاشل', 'الفاشله', 'جري', 'جرت', 'عقد', 'عقدت'];

/** A trigger after these words is the anchor of another clause ("بعد لقائهما"): it happened. */
export const ANCHOR_BEFORE = fold(['بعد', 'عقب', 'اثر', 'منذ', 'خلال', 'غداه']);

/**
 * The day after, the eve of: the trigger after these is a day apart from its clause's date, by this
 * many days ("غداة أول مفاوضات": the talks were the day before; "عشية القمة": the summit is the day after).
 */
export const DAY_APART: ReadonlyMap<string, number> = new Map([['غداة', -1], ['عشية', 1]].map(([word, days]) => [foldKey(word as string), days as number]));
export const DAY_APART_BEFORE: ReadonlySet<string> = new Set(DAY_APART.keys());

/** Of ANCHOR_BEFORE, those that set the trigger at the time of its clause ("ستسعى خلال زيارتها"): it is as planned as the clause. */
export const DURING_BEFORE = fold(['خلال', 'اثناء']);

/** Negation right before the trigger or its light verb: not an occurred event ("ولم تعقد القمة"). */
export const NEGATION = fold(withConjunctions(['لم', 'لن', 'لا', 'ليس', 'ليست', 'دون', 'بدون', 'عدم']));
/** A negation followed by one of these is no negation: "لا سيما" (especially). */
export const NOT_NEGATING_AFTER = fold(['سيما', 'سيّما']);

/** Verbs of intention: negated ("لا تعتزم عقد اجتماع", "لم ينو لقاءه"), the event is ruled out. */
export const INTENTION = fold([
  'يعتزم', 'تعتزم', 'يعتزمان', 'تعتزمان', 'ينوي', 'تنوي', 'ينو', 'تنو', 'يخطط', 'تخطط', 'يزمع', 'تزمع', 'يعتزمون', 'ينوون', 'يخططون',
]);

/**
 * Words of an invitation: a visit "to visit" (لزيارة) after one in its clause is only offered ("وجه
 * الدعوة إلى الوزير اليحيا لزيارة طهران", "ودعا أردوغان بوتين لزيارة تركيا"). Whole words (with و or ف):
 * "تلبية لدعوة" is a visit made on one.
 */
export const INVITATION = fold([
  'دعا', 'دعاه', 'دعاها', 'دعاهم', 'دعاهما', 'يدعوه', 'يدعوها', 'الدعوة', 'دعوة', 'دعوته', 'دعوتها', 'دعوتهم', 'دعوتهما', 'دعوات',
]);
/** Before an invitation word, these make it the one answered ("تلبية للدعوة", "بناء على الدعوة"): the visit is made. */
export const ANSWERING = fold(['تلبية', 'تلبيه', 'على', 'اثر', 'عقب', 'بعد']);

/** Cancellation words that cancel from anywhere in the trigger's clause ("ألغى الوزير … زيارته"). */
const CANCELLING = [
  'الغاء', 'الغي', 'الغيت', 'الغت', 'تاجيل', 'تاجل', 'ارجاء', 'ارجئ', 'ارجات', 'ارجا',
  // the passive and the present: "أُرجئت زيارة كانت مقررة", "قبل أن تُرجأ زيارتهما", "تأجلت القمة"
  'أرجئت', 'ترجأ', 'يرجأ', 'تأجلت', 'أجلت', 'تؤجل', 'يؤجل',
];
export const CANCELLED_IN_CLAUSE = fold(CANCELLING);
/** Cancellation words just before the trigger: also suspension, whose words mean "commented" too (علق). */
export const CANCELLED_BEFORE = fold([...CANCELLING, 'تعليق', 'علق']);

/** Wishes and conditions: "ينبغي أن تتم", "لو عقد". */
export const IRREALIS_BEFORE = fold([
  'ينبغي', 'يجب', 'يمكن', 'يمكنه', 'لو', 'اذا', 'ان كان', 'يفترض', 'يتعين', 'ضروره', 'يطالب', 'طالب', 'يدعو', 'هل',
  // refused, ruled out or denied: "رفض الرئيس الأوكراني لقاء بوتين"
  'رفض', 'رفضت', 'يرفض', 'ترفض', 'استبعد', 'استبعدت', 'يستبعد', 'تستبعد', 'نفي', 'نفت', 'ينفي', 'تنفي',
]);

/** Generic uses: "طاولة المفاوضات", "عملية المفاوضات"; a party's name: "كتلة اللقاء الديمقراطي". */
export const GENERIC_BEFORE = fold(['طاوله', 'عمليه', 'مسار', 'مستقبل', 'اهميه', 'جدوي', 'نتايج', 'فرص', 'استمرار', 'جولات', 'اجنده', 'كتله', 'تكتل']);

export const plannedBefore = PLANNED_BEFORE.map(foldKey);

/**
 * Any of the phrases, whole, with و or ف on it; bounded by anything but a letter or digit (a quote
 * mark too: "بدآ \"التحضير الفعلي\" للقمة"). For `test` only. (The boundary before as a lookbehind,
 * not a character matched: tried at every space of a clause, that took a third longer.)
 */
export function phrases(list: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])[وف]?(?:${wordList(list).source})(?![\\p{L}\\p{N}])`, 'u');
}
export const plannedAfter = PLANNED_AFTER.map(foldKey);
export const occurredAfter = fold(OCCURRED_AFTER);

/**
 * Words of sports news: in a sentence with one, لقاء, قمة and جولة are a match or a round of a
 * tournament, not a meeting ("للقاء أسيك أبيدجان في ذهاب الدور قبل النهائي لدوري أبطال أفريقيا").
 * Not words that politics uses too (هدف، فريق، منتخب، نادي، لاعب).
 */
export const SPORTS_WORDS = fold(
  ['ملعب', 'ملاعب', 'دوري', 'شوط', 'مدرب', 'مباراه', 'مباريات', 'كلاسيكو', 'ديربي', 'بطوله', 'كاس', 'هداف', 'ركله', 'ركلات', 'مرمي', 'شباك']
    .flatMap((w) => [w, `ال${w}`]),
);

/**
 * Words shaped like a verb in the future (سـ on an imperfect) that are nouns, by how they start:
 * سياسة، سيارة، سيادة، سياحة، سيطرة، سينما، سنوات، سنتين، سندات، سيدة… (a list of ordinary words
 * will not do: it holds the verbs too).
 */
export const FUTURE_SHAPED_NOUNS = [
  'سياس', 'سيار', 'سياد', 'سياح', 'سيطر', 'سينما', 'سنو', 'سنت', 'سند', 'سيد', 'سنغافور', 'سيناء', 'سيناري', 'سيبيري',
  'ستراتيج', 'ستوديو', 'سنين', 'سيول', 'سيرة', 'سيره', 'سيف', 'ستار',
].map(foldKey);
const FUTURE_VERB = /^س[يتن]\p{L}{3,}$/u;
const NOUN_START = new RegExp(`^(?:${wordList(FUTURE_SHAPED_NOUNS).source})`, 'u');
/** A word shaped like a verb in the future (سـ on an imperfect: ستسعى، وسيمضي), not a noun that has the shape. */
export function futureShaped(word: string): boolean {
  const w = word.replace(/^[وف](?=س)/u, '');
  return FUTURE_VERB.test(w) && !NOUN_START.test(w);
}

/**
 * A summit named by a region's adjective is its organisation's: "القمة العربية" (the Arab League's),
 * "القمة الخليجية", "القمة الأفريقية", "القمة الإسلامية", "القمة الأوروبية". Folded adjective → entity id.
 */
export const REGIONAL_SUMMITS = new Map<string, string>([
  ['العربية', 'org:arab-league'],
  ['الخليجية', 'org:gulf-cooperation-council'],
  ['الأفريقية', 'org:african-union'],
  ['الإفريقية', 'org:african-union'],
  ['الإسلامية', 'org:organisation-of-islamic-cooperation'],
  ['الأوروبية', 'org:european-union'],
].map(([adjective, id]) => [foldKey(adjective!), id!]));

/**
 * A meeting of a region's leaders or ministers is its organisation's: "اجتماع وزراء الخارجية العرب"
 * (the Arab League's council), "قمة القادة الأفارقة", "وزراء المالية الخليجيين", "وزراء خارجية الدول
 * العربية". The group: one of these words, right after the trigger.
 */
export const LEADER_GROUPS = fold(['وزراء', 'القادة', 'قادة', 'الزعماء', 'زعماء', 'رؤساء', 'الرؤساء', 'ملوك', 'الملوك', 'وزيرا', 'وزيري']);
/** Then its region: a plural nisba (folded → entity id), or الدول and a region's adjective (REGIONAL_SUMMITS). */
export const REGIONAL_PLURALS = new Map<string, string>([
  ['العرب', 'org:arab-league'],
  ['الخليجيين', 'org:gulf-cooperation-council'],
  ['الخليجيون', 'org:gulf-cooperation-council'],
  ['الأفارقة', 'org:african-union'],
  ['الأوروبيين', 'org:european-union'],
  ['الأوروبيون', 'org:european-union'],
].map(([adjective, id]) => [foldKey(adjective!), id!]));
