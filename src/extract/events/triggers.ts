/**
 * Event triggers, verbal and nominal, as a table. Forms are regex fragments over the matching key
 * (folded: ة→ه, hamza seats on ا/و/ي), each row naming its type and part of speech.
 */
import { pattern, PROCLITIC, WORD_END, WORD_START, wordList } from '../patterns.js';
import { anchorSet } from '../anchors.js';

export type EventType = 'meeting' | 'call' | 'visit';
/** Meetings and visits are one family, calls another: mentions of one event are of one family. */
export const family = (t: EventType): string => (t === 'call' ? 'call' : 'meet');
export type Subtype = 'summit' | 'talks' | 'negotiations' | 'consultations' | 'contacts';

export interface TriggerRow {
  name: string;
  type: EventType;
  subtype?: Subtype;
  pos: 'noun' | 'verb';
  /** The subject (a noun's owner) hosts the object ("استقبل X Y", "لدى استقباله Y"). */
  host?: boolean;
  /** A verb with its object as a pronoun ("حيث استقبله الرئيس بوتين", "التقاه"): whom it stands for is a party. */
  objectPronoun?: boolean;
  /** Motion verbs: the visit's destination follows إلى. */
  motion?: boolean;
  /** Verb rows that are ordinary words too ("هاتف" is also "a phone"): need a person right after. */
  needsObject?: boolean;
  /** Verb rows of moving that are said of other things too ("انتقل إلى المرحلة الثانية", "إلى رحمة الله"): need a place after إلى. */
  needsPlace?: boolean;
  /** Verbs said of things as often ("النكبة التي تحل بلبنان"): an event only with a party of their own clause, none lent by another. */
  needsParty?: boolean;
  /** A verb of attending the event just told, as its pronoun object ("وحضره وزير الخارجية"): its parties attended that event. */
  attends?: boolean;
  /** Also a match or a round in sports news (لقاء، قمة، جولة): not an event in a sentence with SPORTS_WORDS. */
  sportsSense?: boolean;
  forms: string;
  /**
   * Literal pieces of the first word of every match (folded): the pattern is tried only at the
   * words that contain one (anchors.ts).
   */
  anchors: string[];
}

/**
 * قمة is also the top of something: "على قمة" (on top of; but "على القمة" may govern a summit:
 * "اتفقوا على القمة"), the top of a hill or a table ("قمة تل", "قمة الترتيب", "قمة السلطة"), and a
 * top match ("مباراة القمة"). Folded forms.
 */
const TOP_MATCH_BEFORE = ['مباراه', 'مباريات', 'مواجهه'];
const TOP_NOT_SUMMIT_AFTER = [
  'جبل', 'جبال', 'تل', 'تله', 'هضبه', 'هرم', 'برج', 'شجره', 'سلم', 'مبني', 'صخره', 'ترتيب', 'دوري', 'مجموعه', 'لايحه', 'قايمه',
  'سلطه', 'هيكل', 'مجد', 'عطاء', 'اداء', 'سعاده', 'روعه', 'اناقه', 'جمال',
];
/**
 * وصل/يصل is also "amounts to": "يصل عددها إلى 65", "وصلت قيمة الصفقة إلى", "وصلت الأسعار إلى". Folded
 * stems of the quantities that are then its subject; and a visit goes to a place, not to a number
 * ("وصلت ثروته إلى 100 مليار").
 */
const AMOUNT_SUBJECTS = ['عدد', 'حجم', 'ثرو', 'قيم', 'نسب', 'سعر', 'اسعار', 'مجموع', 'اجمالي', 'معدل', 'مستوي', 'حصيل', 'كميه', 'كميات', 'تكلف', 'ارباح', 'خساير', 'ديون', 'صادرات', 'واردات'];

/** Pronoun suffixes on nouns and the dual/plural endings. */
const NOUN_END = '(?:ا|ان|ين|ات)?(?:ه|ها|هما|هم|هن|نا)?';
/** Future سـ, present prefixes. */
const IMPERFECT = '(?:س)?(?:ي|ت|ن)';
/** A verb's object as a pronoun: him, her, them (folded). */
const OBJECT_PRONOUN = '(?:ه|ها|هما|هم)';
/** Talks by telephone before the party after مع: a call, told by its own trigger ("اتصال هاتفي", "هاتفيا"). */
const NOT_BY_TELEPHONE = '(?![^.?!;\\n]{0,60}?(?:هاتفي|مكالم))';

export const TRIGGERS: readonly TriggerRow[] = [
  { name: 'لقاء', anchors: ['لقا'], type: 'meeting', pos: 'noun', sportsSense: true, forms: `(?:ال)?لقا(?:ء|و|ي)${NOUN_END}` },
  { name: 'اجتماع', anchors: ['اجتماع'], type: 'meeting', pos: 'noun', forms: `(?:ال)?اجتماع${NOUN_END}` },
  {
    name: 'قمة', anchors: ['قم'], type: 'meeting', subtype: 'summit', pos: 'noun', sportsSense: true,
    forms: `(?<!(?:${wordList(TOP_MATCH_BEFORE).source})\\s+)(?:ال|(?<!علي\\s+))قم(?:ه|ت(?:ه|ها|هما|ين|ان|ي)|م)(?!\\s+(?:ال)?(?:${wordList(TOP_NOT_SUMMIT_AFTER).source})${WORD_END})`,
  },
  { name: 'محادثات', anchors: ['محادث'], type: 'meeting', subtype: 'talks', pos: 'noun', forms: `(?:ال)?محادث(?:ات|ه|ت)${NOUN_END}` },
  { name: 'مباحثات', anchors: ['مباحث'], type: 'meeting', subtype: 'talks', pos: 'noun', forms: `(?:ال)?مباحث(?:ات|ه)${NOUN_END}` },
  { name: 'مشاورات', anchors: ['مشاورات'], type: 'meeting', subtype: 'consultations', pos: 'noun', forms: `(?:ال)?مشاورات${NOUN_END}` },
  { name: 'مفاوضات', anchors: ['مفاوضات'], type: 'meeting', subtype: 'negotiations', pos: 'noun', forms: `(?:ال)?مفاوضات${NOUN_END}` },
  { name: 'اتصالات', anchors: ['اتصالات'], type: 'meeting', subtype: 'contacts', pos: 'noun', forms: '(?:ال)?اتصالات(?!\\s+(?:ال)?هاتفيه)' },
  // "الجولة الخامسة من المحادثات", "جولة جديدة": a round of talks, one trigger with its ordinal (not a tour)
  {
    name: 'جولة', anchors: ['جول'],
    type: 'meeting',
    sportsSense: true,
    subtype: 'talks',
    pos: 'noun',
    forms:
      '(?:ال)?جول(?:ه|ات)\\s+(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|جديده|مقبله|قادمه|ماضيه|اخيره|سابقه)' +
      '(?:\\s+من\\s+(?:ال)?(?:محادثات|مفاوضات|مباحثات|مشاورات|حوار))?',
  },
  { name: 'اتصال هاتفي', anchors: ['اتصال'], type: 'call', pos: 'noun', forms: '(?:ال)?اتصال(?:ا|ات|ين|ان)?(?:ه|هما)?\\s+(?:ال)?هاتفي(?:ا|ه|ين|ان)?' },
  { name: 'مكالمة', anchors: ['مكالم'], type: 'call', pos: 'noun', forms: `(?:ال)?مكالم(?:ه|ت|ات)${NOUN_END}` },
  // "كما سبقها اتصال بين روبيو ولافروف", "أجرى اتصالا بنظيره", "تلقى الرئيس اتصالا من الملك": a call with
  // someone, named (not "اتصال بالإنترنت")
  { name: 'اتصال بـ', anchors: ['اتصال'], type: 'call', pos: 'noun', needsObject: true, forms: '(?:ال)?اتصال(?:ا|ين|ان)?(?=\\s+(?:بين|مع|من)(?![\\p{L}\\p{N}])|\\s+ب(?!ين)\\p{L})' },
  // talks by telephone: the longer trigger wins over the talks it starts with
  { name: 'محادثة هاتفية', anchors: ['محادث', 'مباحث', 'مشاور'], type: 'call', pos: 'noun', forms: '(?:ال)?(?:محادث|مباحث|مشاور)(?:ه|ت|ات)(?:ه|ها|هما|هم)?\\s+(?:ال)?هاتفي(?:ه|ا)?' },
  // "لدى استقباله الوفد", "خلال استقبالها وزير الخارجية": receiving someone, told by its owner; with the
  // pronoun only (the bare noun is a reception too: "حفل استقبال", "استقبال اللاجئين")
  { name: 'استقبال', anchors: ['استقبال'], type: 'meeting', pos: 'noun', host: true, forms: '(?:ال)?استقبال(?:ه|ها|هما|هم)' },
  // the audience a head of state gave, told by who sat in on it: "وحضر المقابلة وزير الخارجية", "وجرت المقابلة
  // بحضور …" (the word alone is as often an interview: "في مقابلة مع قناة")
  { name: 'المقابلة', anchors: ['مقابل'], type: 'meeting', pos: 'noun', forms: `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?(?:حضر|حضرت|حضرها|يحضر)\\s+)المقابله(?=\\s)|المقابله(?=\\s+(?:ب|و)?حضور${WORD_END})` },
  // "وتناول اللقاء …، وحضره نائب رئيس الوزراء وزير الخارجية أيمن الصفدي": who attended the event just told
  { name: 'حضره', anchors: ['حضر'], type: 'meeting', pos: 'verb', attends: true, forms: '(?:حضر|حضرت)(?:ه|ها)' },
  { name: 'زيارة', anchors: ['زيار'], type: 'visit', pos: 'noun', forms: `(?:ال)?زيار(?:ه|ت|ات)${NOUN_END}` },
  { name: 'التقى', anchors: ['لتق'], type: 'meeting', pos: 'verb', forms: `(?:التق(?:ي|ت|يا|تا|وا)|${IMPERFECT}لتقي(?:ان|ون|ا)?)` },
  { name: 'اجتمع', anchors: ['جتمع'], type: 'meeting', pos: 'verb', forms: `(?:اجتمع(?:ت|ا|تا|وا)?|${IMPERFECT}جتمع(?:ان|ون|ا)?)` },
  { name: 'استقبل', anchors: ['ستقبل'], type: 'meeting', pos: 'verb', host: true, forms: `(?:استقبل(?:ت|ا|تا|وا)?|${IMPERFECT}ستقبل(?:ان|ون)?)` },
  // with the guest as a pronoun: "زار فيدان موسكو، حيث استقبله الرئيس بوتين", "قبل أن يستقبله الرئيس تبون", "التقاه"
  { name: 'استقبل', anchors: ['ستقبل'], type: 'meeting', pos: 'verb', host: true, objectPronoun: true, forms: `(?:استقبل(?:ت|ا|تا|و)?|${IMPERFECT}ستقبل(?:ا|و)?)${OBJECT_PRONOUN}` },
  { name: 'التقى', anchors: ['لتق'], type: 'meeting', pos: 'verb', objectPronoun: true, forms: `(?:التق(?:ا|ت|يا|تا|و)|${IMPERFECT}لتقي)${OBJECT_PRONOUN}` },
  // (not when the talks were a call: "بحث السيسي، في اتصال هاتفي مع …", "ناقش هاتفيا مع": the call is the event)
  { name: 'بحث مع', anchors: ['بحث'], type: 'meeting', subtype: 'talks', pos: 'verb', forms: `(?:بحث(?:ت|ا)?|${IMPERFECT}بحث(?:ان)?)(?=[^.?!;\\n]{0,120}?\\sمع${WORD_END})${NOT_BY_TELEPHONE}` },
  // "تباحث بوريطة بمدريد مع …": held talks with
  { name: 'تباحث مع', anchors: ['تباحث'], type: 'meeting', subtype: 'talks', pos: 'verb', forms: `(?:تباحث(?:ت|ا)?|${IMPERFECT}تباحث(?:ان)?)(?=[^.?!;\\n]{0,120}?\\sمع${WORD_END})${NOT_BY_TELEPHONE}` },
  { name: 'ناقش مع', anchors: ['ناقش'], type: 'meeting', subtype: 'talks', pos: 'verb', forms: `(?:ناقش(?:ت|ا)?|${IMPERFECT}ناقش(?:ان)?)(?=[^.?!;\\n]{0,120}?\\sمع${WORD_END})${NOT_BY_TELEPHONE}` },
  { name: 'زار', anchors: ['زار', 'زور'], type: 'visit', pos: 'verb', forms: `(?:زار(?:ت|ا|تا|وا)?|${IMPERFECT}زور(?:ان|ون)?)` },
  { name: 'وصل', anchors: ['صل', 'توجه'], type: 'visit', pos: 'verb', motion: true, forms: `(?:وصل(?:ت|ا|وا)?|${IMPERFECT}صل(?:ان|ون)?|توجه(?:ت|ا)?|${IMPERFECT}توجه(?:ان|ون)?)(?=[^.?!;\\n]{0,60}(?:الي|لي)\\s+(?![\\d٠-٩]))(?!\\s+(?:ال)?(?:${wordList(AMOUNT_SUBJECTS).source}))` },
  // the participle, in the time of its clause's verb: "ويغادر ترمب الرياض متوجها إلى الدوحة" (a place right
  // after إلى: "غادر ويتكوف الكرملين متوجها إلى السفارة الأمريكية" goes across town, on no visit)
  { name: 'متوجها', anchors: ['توجه'], type: 'visit', pos: 'verb', motion: true, needsPlace: true, forms: '(?:متوجه(?:ا|ه|ين))(?=\\s+(?:الي|لي)\\s)' },
  // "قبل أن يحل بالرباط في زيارة دولة" (not "حل الأزمة", "حل البرلمان": a place right after ب; nor "النكبة التي
  // تحل بلبنان": someone who comes)
  { name: 'حل', anchors: ['حل'], type: 'visit', pos: 'verb', motion: true, needsPlace: true, needsParty: true, forms: `(?:حل(?:ت)?|${IMPERFECT}حل)(?=\\s+ب\\p{L})` },
  { name: 'انتقل', anchors: ['نتقل'], type: 'visit', pos: 'verb', motion: true, needsPlace: true, forms: `(?:انتقل(?:ت|ا|وا)?|${IMPERFECT}نتقل(?:ان|ون)?)(?=(?:\\s+[\\p{L}\\p{N}]+){0,3}?\\s+(?:الي|لي)\\s)` },
  // the verbal noun of heading somewhere: "يعتزم التوجه إلى موسكو", "قبل توجهه إلى الدوحة" (not a
  // trend or a policy, "التوجه إلى الاقتصاد الأخضر": a place right after إلى; bare توجه is the verb's)
  { name: 'التوجه', anchors: ['توجه'], type: 'visit', pos: 'noun', motion: true, needsPlace: true, forms: '(?:التوجه|توجه(?:ه|ها|هما|هم))(?=\\s+(?:الي|لي)\\s)' },
  // "تحادث الرئيس هاتفيا مع نظيره", "اتصل … هاتفيا بـ": a verb of talking with هاتفيا after it
  {
    name: 'تحادث هاتفيا', anchors: ['تحادث', 'تباحث', 'تشاور', 'تصل', 'بحث', 'ناقش'], type: 'call', pos: 'verb',
    forms: `(?:(?:تحادث|تباحث|تشاور|اتصل|بحث|ناقش)(?:ت|ا|تا)?|${IMPERFECT}(?:تحادث|تباحث|تشاور|تصل|بحث|ناقش)(?:ان)?)(?=[^.?!;\\n]{0,80}?\\sهاتفيا${WORD_END})`,
  },
  // "تحدث الرئيسان هاتفيا", "وتحدث ماكرون هاتفيا مع …": speaking, by telephone a few words on (not
  // speaking of a call: "وتحدث ماكرون في مؤتمر صحفي عن اتصاله هاتفيا بترامب")
  {
    name: 'تحدث هاتفيا', anchors: ['تحدث'], type: 'call', pos: 'verb',
    forms: `(?:تحدث(?:ت|ا|تا)?|${IMPERFECT}تحدث(?:ان)?)(?=(?:\\s+(?!عن\\s)[\\p{L}\\p{N}]+){0,5}?\\s+هاتفيا${WORD_END})`,
  },
  // "عراقجي وويتكوف تحدثا بشكل مباشر لبضع دقائق", "تحدث معه وجها لوجه": face to face, a meeting
  {
    name: 'تحدث مباشرة', anchors: ['تحدث'], type: 'meeting', pos: 'verb',
    forms: `(?:تحدث(?:ت|ا|تا|وا)?|${IMPERFECT}تحدث(?:ان|ون)?)(?=(?:\\s+[\\p{L}\\p{N}]+){0,3}?\\s+(?:بشكل\\s+مباشر|بصوره\\s+مباشره|مباشره|وجها\\s+لوجه)${WORD_END})`,
  },
  { name: 'هاتف', anchors: ['هاتف'], type: 'call', pos: 'verb', needsObject: true, forms: `(?:هاتف(?:ت)?|${IMPERFECT}هاتف)` },
  { name: 'تلقى اتصالا', anchors: ['تلق'], type: 'call', pos: 'verb', forms: `(?:تلق(?:ي|ت)|${IMPERFECT}تلقي)\\s+(?:اتصالا|مكالمه)(?:\\s+هاتفيا)?` },
];

export const TRIGGER_PATTERNS = TRIGGERS.map((row) => ({
  row,
  pattern: pattern(`${WORD_START}${PROCLITIC}(?<trigger>${row.forms})${WORD_END}`),
  anchors: anchorSet(row.anchors, 'anywhere'),
}));
