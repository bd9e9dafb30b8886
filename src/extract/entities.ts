/**
 * Stage 2a: people, places and organisations. Gazetteer matches first; then titles and first
 * names find people the gazetteer lacks; then surnames and roles are linked to the entity they
 * mean within the document.
 */
import type { CalendarDate } from './dates/calendar.js';
import { WEEKDAYS } from './dates/vocabulary.js';
import type { Gazetteer, Surface } from '../lexicon/load.js';
import type { CompiledEntity, EntityType } from '../lexicon/compiled-schema.js';
import type { Role } from '../lexicon/source-schema.js';
import { joinable as joinableTokens, matchGazetteer, type GazetteerMatch, type NamedStem } from './gazetteer.js';
import { matchAll, pattern, PROCLITIC, wordList, WORD_END, WORD_START } from './patterns.js';
import { activeRoles, holders, inOffice, prominence, ROLE_PROMINENCE, rolesNamedBy } from './roles.js';
import { closestPerson, similarity } from '../lexicon/fuzzy.js';
import { romanize } from './romanize.js';
import { ACTION_VERBS, APPOSITION_TITLES, NAMED_AFTER_NOUNS, NOUN_LIKE_ACTION_VERBS, PARTY_NOUNS, PLACE_NOUN_DUALS, PLACE_NOUNS, POSSESSED_DESCRIPTORS, ROLE_TITLES, SAYING_VERBS, STOPWORDS, TITLE_MODIFIERS, TITLE_PREPOSITIONS, FORMER_MODIFIERS, HONORIFIC_PRONOUNS, BARE_TITLES, COURTESY_WORDS, STAFF_RANKS, HOLDING_VERBS } from './titles-table.js';
import { firstFrom, onlySpace, PREPOSITION_PROCLITICS, stems, tokenize, withConjunctions, type Token, type Word } from './tokens.js';
import { foldKey, writtenLetters } from '../normalise/orthography.js';
import { ClueAutomaton, ClueCounter } from './clues.js';
import { ARAB_COUNTRIES } from '../lexicon/arab-world.js';

export interface KeyMention {
  start: number;
  end: number;
  rule: string;
}

export interface FoundEntity {
  id: string;
  type: EntityType;
  ar: string;
  en?: string;
  source: 'gazetteer' | 'pattern';
  kind?: string;
  wikidata?: string;
  mentions: KeyMention[];
}

export interface NisbaMention {
  start: number;
  end: number;
  country: string;
}

export interface RoleMention {
  start: number;
  end: number;
  role: Role;
  scope: string;
  holder: string | null;
}

export interface EntityLayer {
  tokens: Token[];
  entities: Map<string, FoundEntity>;
  nisbas: NisbaMention[];
  roles: RoleMention[];
  /** Token index → entity id, for every token inside an entity mention (undefined elsewhere). */
  entityAtToken: Array<string | undefined>;
  /** Mentions that only qualify a title ("مبعوث بوتين", "صهر … ترامب"): the person is not the subject. */
  principals: Array<{ start: number; end: number }>;
  /** Places a named person's title is of ("وزير الخارجية في الجمهورية العربية السورية أسعد الشيباني"): not where anything happens. */
  titleScopes: Array<{ start: number; end: number }>;
}

const titleOf = new Map<string, Role | null>();
for (const [role, forms] of ROLE_TITLES) for (const f of forms) titleOf.set(foldKey(f), role);
/** Titles by their first word, longest first: matched on tokens, proclitics peeled as everywhere. */
const TITLE_INDEX = new Map<string, string[][]>();
for (const t of titleOf.keys()) {
  const words = t.split(' ');
  TITLE_INDEX.set(words[0]!, [...(TITLE_INDEX.get(words[0]!) ?? []), words]);
}
for (const list of TITLE_INDEX.values()) list.sort((a, b) => b.length - a.length);

interface TitleMatch {
  /** Key offset of the title word (after any proclitic) and of the whole match (with it). */
  start: number;
  index: number;
  text: string;
  firstToken: number;
  tokenCount: number;
}

/** Titles in the text, leftmost and longest first, never overlapping. */
function findTitles(tokens: Token[], key: string, stemsOf: (i: number) => ListedStem[], mayOpen: (i: number) => boolean): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayOpen(i)) continue;
    let found: TitleMatch | null = null;
    for (const s of stemsOf(i)) {
      if (!(s.lists & TITLE_OPENER)) continue;
      for (const words of TITLE_INDEX.get(s.stem) ?? []) {
        let ok = true;
        for (let j = 1; j < words.length && ok; j++) {
          const t = tokens[i + j];
          ok = !!t && t.text === words[j] && /^ +$/u.test(key.slice(tokens[i + j - 1]!.end, t.start));
        }
        if (!ok) continue;
        found = { start: tokens[i]!.start + s.clitic, index: tokens[i]!.start, text: words.join(' '), firstToken: i, tokenCount: words.length };
        break;
      }
      if (found) break;
    }
    if (found) {
      out.push(found);
      i += found.tokenCount - 1;
    }
  }
  return out;
}
const MODIFIERS = new Set(TITLE_MODIFIERS.map(foldKey));
const FORMER = new Set(FORMER_MODIFIERS.map(foldKey));
/** The scope the lexicon gives the roles of an organisation's people: its id without the type ("leader@world-bank"). */
const orgScope = (id: string): string => id.replace(/^org:/u, '');
/** Titles that name the head of the organisation after them: "رئيس البنك الدولي", "مدير الوكالة". */
const HEAD_OF = new Set(['رئيس', 'رئيسة', 'مدير', 'مديرة', 'زعيم', 'زعيمة', 'قائد'].map(foldKey));
/** Words before a title that make its bearer someone under the office-holder (folded, with و). */
// (and their duals and plurals: "نائبي وزير الخارجية الإيراني مجيد تخت روانجي وكاظم غريب آبادي")
/** A ruler's epithets after his title, which leave it standing alone for him: "الملك المعظم", "أمير البلاد المفدى" (folded). */
const EPITHETS = new Set(['المعظم', 'المفدى'].map(foldKey));
/** After a title, an assistant's office ("الأمين العام المساعد"), folded. */
const ASSISTANT_AFTER = new Set(['المساعد', 'المساعدة'].map(foldKey));
const DEPUTY = new Set(['نائب', 'نائبة', 'مساعد', 'مساعدة', 'وكيل', 'وكيلة', 'نائبي', 'نائبا', 'نواب', 'مساعدي', 'مساعدا', 'وكيلي', 'وكلاء'].flatMap((w) => [w, `و${w}`]).map(foldKey));
/** Each honorific's words (folded), one set per honorific: its bearer is looked for once per document. */
const HONORIFIC_FAMILIES = HONORIFIC_PRONOUNS.map(([words, pronouns]) => ({ words: new Set(words.map(foldKey)), pronouns: pronouns.map(foldKey) }));
/** Honorific pronoun (folded) → the honorific words its bearer was named with; a bare title → itself. */
const HONORIFIC_OF_PRONOUN = new Map<string, ReadonlySet<string>>([
  ...HONORIFIC_FAMILIES.flatMap(({ words, pronouns }) => pronouns.map((p) => [p, words] as const)),
  ...BARE_TITLES.map((t) => [foldKey(t), new Set([foldKey(t)])] as const),
]);
const BARE_TITLE = new Set(BARE_TITLES.map(foldKey));
/** Honorific word (folded: "سمو", "فخامة") → all the words of its honorific. */
const HONORIFIC_OF_WORD = new Map(HONORIFIC_FAMILIES.flatMap(({ words }) => [...words].map((w) => [w, words] as const)));
/** How far back (key characters) a title with no country may refer to the one holder named: a paragraph or two. */
const MAX_TITLE_BACK_REFERENCE = 1000;
/** Modifiers of an office someone is still to hold: "الأمين العام الجديد" is not the one in office (folded). */
const TO_COME = new Set(['الجديد', 'الجديده', 'المقبل', 'المقبله', 'القادم', 'القادمه', 'المنتخب', 'المنتخبه', 'المكلف', 'المكلفه', 'المرتقب']);
/** A title's first token, in `inTitle` (its other tokens are 1). */
const TITLE_START = 2;
/** How far after an office's first word its country may stand: "وزير الخارجية والمغتربين في الجمهورية العربية السورية". */
const OBJECT_COUNTRY_REACH = 4;
/** How far after a title its nationality may stand: "وزير الخارجية الأمريكي", "رئيس مجلس الوزراء العراقي". */
const TITLE_NISBA_REACH = 3;
/** The adjective of the United Nations after a title ("المبعوث الأممي"), folded, and its id. */
const UN_ADJECTIVES = new Set(['الاممي', 'الامميه']);
const UNITED_NATIONS = 'org:united-nations';
/** كان before a subject ("وكان سيادته قد استقبل"), folded. */
const WAS = new Set(['كان', 'وكان']);
/** The honorific that is also a word for sovereignty (folded). */
const SOVEREIGNTY_HONORIFIC = foldKey('سيادة');
/** How many words an honorific may stand before its bearer's name: "صاحب السمو أمير البلاد الشيخ مشعل". */
const MAX_HONORIFIC_GAP = 5;
/** Words besides titles between an honorific and its bearer's name: "حضرة صاحب السمو أمير البلاد الشيخ" (folded). */
const HONORIFIC_GAP_WORDS = new Set([...COURTESY_WORDS, 'البلاد', 'الملكي', 'المعظم', 'المفدى', 'الأمير', 'العماد', 'الدكتور'].map(foldKey));
/** The noun a capital is named by with its country's nationality ("العاصمة الروسية"), folded. */
const CAPITAL_NOUNS = new Set(['العاصمه']);
/** Ambiguous forms that their vowel marks, when written, settle (folded form → marks → reading). */
const VOWELED_READINGS = new Map<string, Array<[RegExp, string]>>([
  ['عمان', [[/م\u0651|م\u064e\u0651/u, 'place:amman'], [/ع\u064f/u, 'place:oman']]],
]);
/** Characters at most between a title and the name of its holder, other titles between (key characters). */
const MAX_TITLE_CHAIN = 48;
/** How far (characters) two offices joined by و and their country may run before the name of the one holding them. */
const MAX_COORDINATED_OFFICES = 120;
/** What ends a chain of titles before a name: punctuation, a number. */
const TITLE_CHAIN_BREAK = /[,.;:!?()«»"\d]/u;
/** A definite word shaped as a nationality's feminine ("السعوديه"): a country's name that is also its adjective. */
const NATIONALITY_SHAPED = /^ال\p{L}{2,}يه$/u;
const CAPITAL_BY_NATIONALITY = 'capital by nationality';
/** Rules of mentions that stand for an entity without naming it: not names (CoNLL tags leave them out). */
export const UNNAMED_MENTION_RULES: ReadonlySet<string> = new Set(['role', 'honorific pronoun', 'honorific title', 'bare title', CAPITAL_BY_NATIONALITY]);
/** Nouns before a bare title that make it someone else's principal ("مكتب الرئيس", "باسم الرئيس"). */
const OF_PRINCIPAL = new Set(withConjunctions(['مكتب', 'باسم', 'ديوان', 'مستشار', 'مبعوث', 'نجل', 'زوجة', 'قصر', 'حرس', 'موكب', 'طائرة']).map(foldKey));
const PREPOSITIONS = new Set(TITLE_PREPOSITIONS.map(foldKey));
/** What a state agency calls its own country after a title: "أمير البلاد" (folded). */
const OWN_COUNTRY = new Set(['البلاد'].map(foldKey));
/** "At", of an ambassador's post: "السفير لدى البلاد" (folded). */
const AT_POST = foldKey('لدى');
/** Titles that name the country they are written in: "رئيس الدولة" (folded). */
const OWN_COUNTRY_TITLES = new Set(['رئيس الدولة'].map(foldKey));
/** The later words of a staff officer's rank ("الفريق أول ركن", "اللواء الركن"), folded. */
const RANK_WORDS = new Set(STAFF_RANKS.flatMap((r) => foldKey(r).split(' ').slice(1)));
/** Words of an office the titles table lacks that may stand between it and "في" and its country ("الانتقالي", "وشؤون المغتربين"). */
const MAX_UNLISTED_OFFICE_WORDS = 3;
/** Offices every country has one holder of at a time: in a state agency's copy, named without a country, its own country's. */
const NATIONAL_OFFICES = new Set<Role>([
  'head_of_government', 'vice_president', 'crown_prince', 'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister',
  'foreign_ministry_spokesperson', 'national_security_adviser', 'speaker', 'military_chief', 'intelligence_chief',
]);
/** The president of a republic, named without the country. */
const REPUBLIC_TITLES = new Set(['رئيس الجمهورية', 'رئيسة الجمهورية'].map(foldKey));
const STOP = new Set(STOPWORDS.map(foldKey));
/** Titles whose following name (without a comma) is the principal, not the title holder: "مبعوث بوتين". */
const OF_ROLES = new Set<Role | null>(['envoy', 'presidential_aide', 'spokesperson', 'ambassador', 'national_security_adviser', 'chief_of_staff']);
/** A title whose last word wants a complement ("مبعوث", "المتحدث باسم"), not one complete in itself ("السفير", "مستشار الأمن القومي"). */
const inConstructState = (title: string): boolean => !title.slice(title.lastIndexOf(' ') + 1).startsWith('ال');
const RELATION_TITLES = new Set(['صهر', 'زوجه', 'زوج', 'نجل', 'ابنه', 'شقيق', 'شقيقه'].map(foldKey));
const SPEECH = new Set(['قال', 'قالت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اضاف', 'اضافت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'اعتبر', 'اعتبرت', 'يري', 'تري', 'راي', 'اشار', 'اشارت', 'كشف', 'كشفت', 'اعلن', 'اعلنت', 'يقول', 'تقول'].map(foldKey));
/** Nouns that say the next name is a place: a quarter, a street, a village, a camp, a province. */
const PLACE_HEAD = new Set(PLACE_NOUNS.map(foldKey));
const PLACE_HEAD_DUALS = new Set(PLACE_NOUN_DUALS.map(foldKey));
const PLACE_CONSTRUCTS = new Set(['عين', 'بيت', 'دير', 'كفر', 'ام', 'ابو', 'تل', 'راس', 'بير', 'خان', 'جسر', 'باب', 'سوق', 'بني', 'مرج', 'وادي', 'جبل', 'قصر', 'بنت'].map(foldKey));
/** The minute of a goal in a match report: "( 61 )". */
const GOAL_MINUTE = /\(\s*(\d{1,3})\s*\)/gu;
/** "( 56 عاما )", "(34 سنة)" in the folded text: a person's age, written right after the name. */
const AGE_IN_BRACKETS = /\(\s*\d{1,3}\s*(?:عاما|عام|سنه|سنوات)\s*\)/gu;
const MAX_NAME_TOKENS = 4;
/** Names chained by بن and آل run longer: "مكتوم بن محمد بن راشد آل مكتوم". */
const MAX_LINKED_NAME_TOKENS = 8;
const SON_OF = new Set(['بن', 'ابن', 'بنت']);
const WAW = 'و'.charCodeAt(0);
const FA = 'ف'.charCodeAt(0);
/** Words that open a byline: "كتب ـ", "بقلم:", "إعداد:". */
const BYLINE_HEADS = new Set(['كتب', 'كتبت', 'بقلم', 'اعداد', 'تحرير', 'حوار', 'متابعه', 'تقرير'].map(foldKey));
const COMPLEMENTISERS = new Set(['ان', 'بان', 'لان', 'وان', 'لكن', 'ولكن']);
/** Words after which أن is أنْ and a verb follows, not a subject: "يجب أن نجيب عنه", "قرر أن يسافر" (folded). */
const SUBJUNCTIVE_HEADS = new Set(
  ['يجب', 'ينبغي', 'يمكن', 'يمكنه', 'يمكنها', 'يمكننا', 'يريد', 'تريد', 'نريد', 'أريد', 'يستطيع', 'تستطيع', 'نستطيع', 'قرر', 'قررت', 'بد', 'عليه', 'عليها', 'علينا', 'عليهم',
    'يحاول', 'تحاول', 'نحاول', 'أراد', 'أرادت', 'نأمل', 'يأمل', 'تأمل', 'يجوز', 'يتعين', 'تعين', 'لابد', 'آن', 'يود', 'تود', 'نود', 'حاول', 'حاولت', 'رفض', 'رفضت'].map(foldKey),
);
/** A kunya opens a name: "أبو خليل القباني", "أم كلثوم". */
const KUNYA = new Set(['ابو', 'ابي', 'ابا', 'ام']);
/** A regnal number after a given name: "تشارلز الأول", "فرناندو الثالث عشر" (its first word). */
const REGNAL_NUMBER = /^ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)$/u;
/** Last words of names that are not surnames to follow through a document (الله in عبد الله, weekdays). */
const NOT_SURNAMES = new Set([
  'الله', 'الدين', 'الرحمن', 'الجمعه', 'جمعه', 'الخميس', 'خميس', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء',
  // particles a foreign name may end with ("مون جاي إن"): أن and إن before a verb are the complementiser
  'ان', 'من', 'في', 'لا',
].map(foldKey));
/** "نظيره", "نظيرته": the counterpart of the person just named. */
const COUNTERPARTS = new Set(['نظيره', 'نظيرته', 'نظيرها', 'نظيرتها', 'نظيريه', 'نظيريها', 'نظرائه', 'نظرائها', 'نظيرهم'].map(foldKey));
/** Counterparts of several countries: "نظيريه التركي والأمريكي", "نظرائه العرب". */
const PLURAL_COUNTERPARTS = new Set(['نظيريه', 'نظيريها', 'نظرائه', 'نظرائها', 'نظيرهم'].map(foldKey));
/** What follows عبد in a name (folded): God's names, and a few others ("عبد النبي", "عبد المطلب"). */
const ABD_COMPLEMENTS = new Set([
  'الله', 'الرحمن', 'الرحيم', 'العزيز', 'الكريم', 'المجيد', 'الحميد', 'اللطيف', 'الحليم', 'القادر', 'الغني', 'الرزاق', 'السلام',
  'المنعم', 'الوهاب', 'الجبار', 'الستار', 'الحكيم', 'العليم', 'الرؤوف', 'الباقي', 'الواحد', 'الفتاح', 'المحسن', 'الهادي', 'الإله',
  'الحي', 'القيوم', 'الخالق', 'الصمد', 'المالك', 'الملك', 'الجليل', 'الغفور', 'الكبير', 'العظيم', 'الحق', 'النور',
  'الباسط', 'الحفيظ', 'الودود', 'المعطي', 'الرشيد', 'الصبور', 'المطلب', 'النبي', 'الأمير', 'الحسين', 'الزهرة', 'العال', 'الغفار',
].map(foldKey));
/** Words that link the parts of a name: بن، أبو، فان، دي … */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'عبد', 'ال', 'ولد', 'فان', 'دي', 'دو', 'دا', 'بو', 'ام']);
/** Verbs of saying whose subject, right after them, is often a bare name. */
const SAY = new Set(SAYING_VERBS.map(foldKey));
const ACTION = new Set(ACTION_VERBS.map(foldKey));
const PARTY = new Set(PARTY_NOUNS.map(foldKey));
const NAMED_AFTER = new Set(NAMED_AFTER_NOUNS.map(foldKey));
const NOUN_LIKE_VERBS = new Set(NOUN_LIKE_ACTION_VERBS.map(foldKey));
const APPOSITION_HEADS = new Set(APPOSITION_TITLES.map(foldKey));
const POSSESSED = new Set(POSSESSED_DESCRIPTORS.map(foldKey));
/** Honorifics written without the article that still stand before one name word: "الأمير مولاي رشيد". */
const HONORIFICS = new Set(['مولاي']);
/** What follows the speaker's name: a complementiser, a preposition, a time word. */
const SAY_CUE = new Set(['ان', 'انه', 'انها', 'في', 'خلال', 'امس', 'الذي', 'التي', 'عن', 'علي', 'الي', 'لدي', 'بان', 'بانه', 'اليوم', 'مساء', 'صباح', 'ايضا', 'من', 'لوكاله', 'لصحيفه', 'للصحفيين', 'قبل', 'بعد', 'كما', 'عقب'].map(foldKey));
/** Sources that speak and are not people: "ذكرت وكالة …", "قال مصدر …". */
const SOURCE_HEADS = new Set(['وكاله', 'صحيفه', 'موقع', 'قناه', 'مصدر', 'مصادر', 'بيان', 'تقرير', 'وزاره', 'مكتب', 'مسوول', 'مسوولون', 'متحدث', 'شهود', 'ناشطون', 'سكان', 'مراسل', 'تلفزيون', 'اذاعه', 'مجلس', 'حركه', 'حزب', 'جماعه', 'منظمه', 'هييه', 'لجنه', 'الجيش', 'جيش', 'شرطه', 'محكمه'].map(foldKey));
/** A pronoun suffix on a long word ("فتابعها", "حلمه" is left to the lexicon): not a name. */
const PRONOUN_SUFFIX = /\p{L}{3,}(?:ها|هما|هم|هن|كم|كما|نا)$/u;
/** A verb in the future or the imperfect ("سيزور", "تتحسن", "يتحدث", "يستقبل", "ويبحثان", "يناقشون"): no name has its shape. */
const VERB_SHAPED = /^(?:س[يتن]|[يت]ت)\p{L}{3,}|^[يت]ست\p{L}{3,}|^[وف]?ي\p{L}{3,}(?:ان|ون)$/u;
/** A verb in the present, of a root of three letters with a letter of its measure: "يعتزم", "يواصل" (not تـ: "تارور"). */
const IMPERFECT_SHAPED = /^ي\p{L}{4}$/u;
/** A verb in the future of two root letters after its prefix: سيصل, ستبدأ is longer (VERB_SHAPED). */
const SHORT_FUTURE = /^س[يتن]\p{L}{2}$/u;
/** A pronoun suffix as written (ه, not the ة of names, folded alike): "حقه", "حلمه", "ثقتها". */
const PRONOUN_SUFFIXED = /\p{L}[^ي\s]ه$|\p{L}{2}(?:ها|هم|هما|هن)$/u;
/** An active participle in the accusative after a name ("مضيفا", "متضامنا", "مشيرا"): the clause goes on, the name ends. */
const CIRCUMSTANTIAL = /^م\p{L}{3,}ا$/u;
/** A surname alone, with no full name in the document and no title, names only heads of state and government. */
const MIN_PROMINENCE_ALONE = 5;
/** Jaro-Winkler similarity of "<unlisted first name> <known surname>" to the person's listed name. */
const MIN_FIRST_NAME_VARIANT = 0.88;

/*
 * The word lists as bits. The rules ask of every token and stem, step after step, whether it is a
 * stop word, a given name, a title … (dozens of set lookups per token). Each word is looked up once,
 * in one map holding all the lists, and the steps test bits.
 */
const STOPWORD = 1 << 0;
const COMMON_WORD = 1 << 1;
const FIRST_NAME = 1 << 2;
const FOREIGN_FIRST_NAME = 1 << 3;
const AMBIGUOUS_FIRST_NAME = 1 << 4;
/** A whole title ("الرئيس", "وزير الخارجية"): the keys of titleOf. */
const TITLE = 1 << 5;
/** The first word of a title: where findTitles looks further. */
const TITLE_OPENER = 1 << 6;
const MODIFIER = 1 << 7;
const SPEECH_VERB = 1 << 8;
const SAYING_VERB = 1 << 9;
const ACTION_VERB = 1 << 10;
const APPOSITION_HEAD = 1 << 11;
const SAY_CUE_WORD = 1 << 12;
const PLACE_HEAD_NOUN = 1 << 13;
const NAME_LINK = 1 << 14;
const SOURCE_HEAD = 1 << 15;
const PARTY_NOUN = 1 << 16;
const NAMED_AFTER_NOUN = 1 << 17;
/** An honorific's word ("سمو", "فخامة"). */
const HONORIFIC_WORD = 1 << 18;
/** An honorific's pronoun ("سموه") or a title that can stand alone for its bearer ("الرئيس"). */
const STANDS_FOR_BEARER = 1 << 19;

/** "مع السوداني": with, before a nisba that is the surname of someone the text names (folded). */
const WITH = new Set(['مع', 'ومع'].map(foldKey));
/** Relative pronouns (folded): a verb follows them ("التي طالب بها"), not a name. */
const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان'].map(foldKey));
/** Adverbs of time that may stand between a verb and its object (folded): "التقى حينها", "استقبل أمس". */
const ADVERBS_OF_THEN = new Set(['حينها', 'حينذاك', 'انذاك', 'وقتها', 'يومها', 'امس', 'اليوم', 'غدا', 'ايضا', 'كذلك'].map(foldKey));
/** كان opening a pluperfect, its subject between it and قد ("وكان بولس قد التقى"), folded. */
const WAS_SUBJECT_BEFORE = new Set(['كان', 'وكان', 'كانت', 'وكانت'].map(foldKey));

/** The lists that depend on no gazetteer, by word. */
const STATIC_LISTS = new Map<string, number>();
const onList = (lists: Map<string, number>, words: Iterable<string>, bit: number): void => {
  for (const w of words) lists.set(w, (lists.get(w) ?? 0) | bit);
};
onList(STATIC_LISTS, STOP, STOPWORD);
onList(STATIC_LISTS, titleOf.keys(), TITLE);
onList(STATIC_LISTS, TITLE_INDEX.keys(), TITLE_OPENER);
onList(STATIC_LISTS, MODIFIERS, MODIFIER);
onList(STATIC_LISTS, SPEECH, SPEECH_VERB);
onList(STATIC_LISTS, SAY, SAYING_VERB);
onList(STATIC_LISTS, ACTION, ACTION_VERB);
onList(STATIC_LISTS, APPOSITION_HEADS, APPOSITION_HEAD);
onList(STATIC_LISTS, SAY_CUE, SAY_CUE_WORD);
onList(STATIC_LISTS, PLACE_HEAD, PLACE_HEAD_NOUN);
onList(STATIC_LISTS, NAME_LINKS, NAME_LINK);
onList(STATIC_LISTS, SOURCE_HEADS, SOURCE_HEAD);
onList(STATIC_LISTS, PARTY, PARTY_NOUN);
onList(STATIC_LISTS, NAMED_AFTER, NAMED_AFTER_NOUN);
onList(STATIC_LISTS, HONORIFIC_OF_WORD.keys(), HONORIFIC_WORD);
onList(STATIC_LISTS, HONORIFIC_OF_PRONOUN.keys(), STANDS_FOR_BEARER);

/** Every list, the gazetteer's word lists included: built once per gazetteer. */
const LISTS = new WeakMap<Gazetteer, Map<string, number>>();
function listsFor(g: Gazetteer): Map<string, number> {
  let lists = LISTS.get(g);
  if (!lists) {
    lists = new Map(STATIC_LISTS);
    onList(lists, g.commonWords, COMMON_WORD);
    onList(lists, g.firstNames, FIRST_NAME);
    onList(lists, g.foreignFirstNames, FOREIGN_FIRST_NAME);
    onList(lists, g.ambiguousFirstNames, AMBIGUOUS_FIRST_NAME);
    LISTS.set(g, lists);
  }
  return lists;
}

/** A stem with the lists it is on and the names it starts, in one shape. */
interface ListedStem extends NamedStem {
  lists: number;
  names: readonly Surface[];
}

/*
 * What a token's shape says, worked out with its lists in the same pass.
 */
/** Starts with the article. */
const DEFINITE = 1 << 0;
/** A future or imperfect verb's shape (VERB_SHAPED). */
const VERB_FORM = 1 << 1;
/** Some listed name starts with this word. */
const STARTS_NAME = 1 << 2;
/**
 * Could be a name word as far as the word itself goes: two letters or more, no digit, on no list of
 * words that are not names (stop words, common words, titles, modifiers, the caller's notNames).
 */
const NAME_WORD = 1 << 3;
/** Another token follows, after nothing but white space. */
const SPACE_AFTER = 1 << 4;
/** The word or one of its stems (proclitics peeled) starts some listed name: the gazetteer looks there. */
const STEM_STARTS_NAME = 1 << 5;

/**
 * The facts of each word, worked out once and kept on the word (tokens.ts) across documents:
 * stems, word-list lookups and shape tests were a fifth of extraction's time when redone for every
 * token. A word keeps the facts of one table (gazetteer and notNames) at a time.
 */
class WordFactsTable {
  constructor(
    private readonly g: Gazetteer,
    private readonly lists: Map<string, number>,
    private readonly notNames: ReadonlySet<string> | undefined,
  ) {}

  /** The word, its facts filled in for this table. */
  of(word: Word): Word {
    if (word.factsOwner !== this) {
      this.workOut(word);
      word.factsOwner = this;
    }
    return word;
  }

  private workOut(word: Word): void {
    const w = word.text;
    // (the word's own stem strings, not fresh copies: stems() gives them in the same order; shared
    // read-only from here on. Built by push: map's array is packed or holey depending on whether the
    // code around it is optimised yet, and every step that walks stems was thrown out on the other
    // kind. Kept as a copy the exact length: a pushed array keeps room for 17, 120 bytes a word)
    const wordStems: ListedStem[] = [];
    const peeled = stems(w);
    for (let k = 0; k < peeled.length; k++) {
      const stem = word.stemTexts[k]!;
      wordStems.push({ clitic: peeled[k]!.clitic, stem, lists: this.lists.get(stem) ?? 0, names: this.g.surfacesStartingWith(stem) });
    }
    let any = 0;
    for (const s of wordStems) any |= s.lists;
    const own = wordStems[0]!.lists;
    let form = 0;
    if (w.startsWith('ال')) form |= DEFINITE;
    // (a short verb in the future too, when no given name is spelt so: "المبعوث سيصل", not "سيدي")
    if (VERB_SHAPED.test(w) || (SHORT_FUTURE.test(w) && !(own & (FIRST_NAME | AMBIGUOUS_FIRST_NAME)) && !wordStems[0]!.names.length)) form |= VERB_FORM;
    if (wordStems[0]!.names.length) form |= STARTS_NAME;
    if (wordStems.some((st) => st.names.length > 0)) form |= STEM_STARTS_NAME;
    // (nor the noun a place is named with: "يزور جامع الجزائر", "مطار رفيق الحريري")
    if (w.length >= 2 && !/\d/u.test(w) && !(own & (STOPWORD | COMMON_WORD | TITLE | MODIFIER | STANDS_FOR_BEARER | NAMED_AFTER_NOUN)) && !(this.notNames?.has(w) ?? false)) form |= NAME_WORD;
    word.listedStems = wordStems.slice();
    word.ownLists = own;
    word.anyLists = any;
    word.shape = form;
  }
}

const WORD_FACTS = new WeakMap<Gazetteer, Map<ReadonlySet<string> | undefined, WordFactsTable>>();
function wordFactsFor(g: Gazetteer, notNames: ReadonlySet<string> | undefined): WordFactsTable {
  let byNotNames = WORD_FACTS.get(g);
  if (!byNotNames) WORD_FACTS.set(g, (byNotNames = new Map()));
  let cache = byNotNames.get(notNames);
  if (!cache) byNotNames.set(notNames, (cache = new WordFactsTable(g, listsFor(g), notNames)));
  return cache;
}

/**
 * Verbs that hold a call or talks (folded), whose subject may follow: "أجرى السوداني اتصالا", "زيارة أجراها السوداني". No action
 * verbs (an unknown word after them is no name: "أجرى اتصالين"), but no adjective can follow them either.
 */
const HOLDING: ReadonlySet<string> = new Set([...HOLDING_VERBS, 'أجراها', 'أجراه', 'عقدها', 'عقده'].map(foldKey));

/** The guest, before a nationality (folded; proclitics peeled): "الضيف الأردني", "وضيفه القطري". */
const GUEST_WORDS: ReadonlySet<string> = new Set(['الضيف', 'ضيفه', 'ضيفها', 'الضيفة'].map(foldKey));

/**
 * Titles a monarch or a Gulf ruler goes by with the given name alone: "الملك سلمان", "السلطان
 * هيثم", "الأمير تميم", "الشيخ مشعل" (folded). Only a ruler: princes and sheikhs of a given name are
 * many, a crown prince's and a preacher's too ("وتحدث الشيخ خالد، واسمه قبل الإسلام …").
 */
const ROYAL_TITLES = new Set(['الملك', 'العاهل', 'السلطان', 'الأمير', 'الشيخ'].map(foldKey));

/**
 * The one listed person whose name opens with `given` and who is a head of state on the date
 * (now, without one), after a royal title; none when two are ("الأمير محمد": the UAE's president
 * and Morocco's king).
 */
function royalByGivenName(g: Gazetteer, title: string, given: string, date: CalendarDate | null): string | undefined {
  if (!ROYAL_TITLES.has(title)) return undefined;
  let found: string | undefined;
  for (const s of g.surfacesStartingWith(given)) {
    if (s.id === found || s.tokens.length < 2 || g.entity(s.id)?.type !== 'person') continue;
    if (!activeRoles(g, s.id, date).some((r) => r.role === 'head_of_state')) continue;
    if (found) return undefined;
    found = s.id;
  }
  return found;
}

export interface EntityContext {
  docDate: CalendarDate | null;
  /** The original text of a key span. */
  original?: (start: number, end: number) => string;
  /** True when the original text of a key span carries tanwin (ً ٌ ٍ). */
  hasTanwin?: (start: number, end: number) => boolean;
  /** Extra words that end a name (event triggers, for instance). */
  notNames?: ReadonlySet<string>;
  /** The country whose state agency wrote the article (home-country.ts): what "البلاد" means in a title. */
  homeCountry?: string | null;
}

export function extractEntities(key: string, g: Gazetteer, ctx: EntityContext): EntityLayer {
  const tokens = tokenize(key);
  const layer: EntityLayer = { tokens, entities: new Map(), nisbas: [], roles: [], entityAtToken: new Array<string | undefined>(tokens.length).fill(undefined), principals: [], titleScopes: [] };
  const taken = new Uint8Array(tokens.length);
  // every token's stems, lists and shape, in one pass: the steps below test bits
  const facts = wordFactsFor(g, ctx.notNames);
  const stemCache: ListedStem[][] = new Array<ListedStem[]>(tokens.length);
  /** The lists of the token as written, and of any of its stems (as written included). */
  const wordLists = new Uint32Array(tokens.length);
  const stemLists = new Uint32Array(tokens.length);
  const shape = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const f = facts.of(tokens[i]!.word);
    stemCache[i] = f.listedStems as ListedStem[];
    wordLists[i] = f.ownLists;
    stemLists[i] = f.anyLists;
    const next = tokens[i + 1];
    shape[i] = next && onlySpace(key, tokens[i]!.end, next.start) ? f.shape | SPACE_AFTER : f.shape;
  }
  /** A token's stems (proclitics peeled), with their lists. */
  const stemsOf = (i: number): ListedStem[] => stemCache[i] ?? [];
  /** Token i, as written, is on one of these lists. */
  const listed = (i: number, bits: number): boolean => i >= 0 && i < tokens.length && (wordLists[i]! & bits) !== 0;
  /** Token i or one of its stems is on one of these lists. */
  const someStemListed = (i: number, bits: number): boolean => i >= 0 && i < tokens.length && (stemLists[i]! & bits) !== 0;
  /** Token i has one of these shapes. */
  const shaped = (i: number, bits: number): boolean => i >= 0 && i < tokens.length && (shape[i]! & bits) !== 0;
  const matches = matchGazetteer(key, tokens, g, 0, tokens.length, stemsOf, (i) => (shape[i]! & STEM_STARTS_NAME) !== 0);
  const matchAtToken = new Map<number, GazetteerMatch>();
  for (const m of matches) matchAtToken.set(m.firstToken, m);

  const mentionStarts = new Map<FoundEntity, Set<number>>();
  const addMention = (e: CompiledEntity | FoundEntity, start: number, end: number, rule: string, firstToken: number, count: number): void => {
    let found = layer.entities.get(e.id);
    if (!found) {
      found = 'mentions' in e ? e : fromGazetteer(e);
      layer.entities.set(e.id, found);
    }
    let starts = mentionStarts.get(found);
    if (!starts) mentionStarts.set(found, (starts = new Set(found.mentions.map((m) => m.start))));
    if (!starts.has(start)) {
      starts.add(start);
      found.mentions.push({ start, end, rule });
    }
    for (let i = firstToken; i < firstToken + count; i++) {
      taken[i] = 1;
      layer.entityAtToken[i] = e.id;
    }
  };

  const removeMention = (id: string, start: number): void => {
    const e = layer.entities.get(id);
    if (!e) return;
    e.mentions = e.mentions.filter((m) => m.start !== start);
    mentionStarts.get(e)?.delete(start);
    if (!e.mentions.length) layer.entities.delete(id);
  };

  // Each step below is a function of its own, called where it stands: V8 optimises them one by one.
  // (As one function, entity finding took nearly a second to optimise, and again after every deopt
  // or aborted compile, three to five times in a worker's first few megabytes.)

  // 1. gazetteer: names, aliases and variants now; surnames and ambiguous forms once names are known
  const pending: Array<{ m: GazetteerMatch; candidates: string[]; nisba?: string }> = [];
  const readings = new Map<string, string | undefined>();
  // clue words shared by many ambiguous forms (the football ones by 27) are counted once a document
  const clueCounts = new ClueCounter(key, clueAutomaton(g));
  // the countries the document's unambiguous names belong to: a vote for ambiguous place names
  const countryVotes = new Map<string, number>();
  const readGazetteerMatches = (): void => {
    for (const m of matches) {
      const id = soleEntity(m.surfaces);
      if (id === undefined) continue;
      const e = g.entity(id);
      const c = e?.iso2 ?? e?.country;
      if (c) countryVotes.set(c, (countryVotes.get(c) ?? 0) + 1);
    }
    for (const m of matches) {
      const nisba = m.surfaces.find((s) => s.kind === 'nisba')?.id;
      const named = nisba === undefined ? m.surfaces : m.surfaces.filter((s) => s.kind !== 'nisba');
      for (let i = m.firstToken; i < m.firstToken + m.tokenCount; i++) taken[i] = 1;
      // a country in يا never takes tanwin: "اجتماعاً تركياً أمريكياً" is a Turkish meeting, not Turkey
      const adjective = m.tokenCount === 1 && named.length > 0 && /يا$/u.test(key.slice(m.start, m.end)) && ctx.hasTanwin?.(m.start, m.end) === true
        && named.every((s) => g.entity(s.id)?.iso2 !== undefined);
      if (adjective) {
        layer.nisbas.push({ start: m.start, end: m.end, country: named[0]!.id });
        continue;
      }
      if (!named.length) {
        layer.nisbas.push({ start: m.start, end: m.end, country: nisba! });
        continue;
      }
      const best = strongest(named);
      // a generated spelling of a place that is also a given name ("ماركو", "كلاوس") is the name
      if (best[0]!.kind === 'variant' && m.tokenCount === 1 && g.firstNames.has(key.slice(m.start, m.end)) && best.every((x) => g.entity(x.id)?.type === 'place')) {
        for (let i = m.firstToken; i < m.firstToken + m.tokenCount; i++) taken[i] = 0;
        continue;
      }
      let ids = best.length === 1 ? [best[0]!.id] : [...new Set(best.map((s) => s.id))];
      const form = key.slice(m.start, m.end);
      // a form reads the same way throughout one document: decide it once (most forms are not ambiguous at all)
      let reading: string | undefined;
      if (g.ambiguous.has(form)) {
        if (!readings.has(form)) readings.set(form, ambiguousReading(g, form, countryVotes, clueCounts));
        reading = readings.get(form);
      }
      if (reading === '-') {
        for (let i = m.firstToken; i < m.firstToken + m.tokenCount; i++) taken[i] = 0;
        continue;
      }
      if (reading) ids = [reading];
      // (the vowels the writer put on this one settle it: "عمّان" is Amman, "عُمان" Oman)
      const voweled = VOWELED_READINGS.get(form)?.find(([marks]) => marks.test(ctx.original?.(m.start, m.end) ?? ''));
      if (voweled) ids = [voweled[1]];
      if (ids.length === 1 && best[0]!.kind !== 'surname') {
        addMention(g.entity(ids[0]!)!, m.start, m.end, GAZETTEER_RULE[best[0]!.kind], m.firstToken, m.tokenCount);
      } else pending.push({ m, candidates: ids, ...(nisba ? { nisba } : {}) });
    }
  };
  readGazetteerMatches();

  const nisbaAt = new Map(layer.nisbas.map((n) => [n.start, n]));
  const pendingOf = new Map(pending.map((p) => [p.m, p]));
  /** A question about one token that only its own text answers: worked out once (0 not yet, 1 no, 2 yes). */
  const perToken = (question: (i: number) => boolean): ((i: number) => boolean) => {
    const answers = new Uint8Array(tokens.length);
    return (i) => {
      const known = answers[i];
      if (known) return known === 2;
      const yes = question(i);
      answers[i] = yes ? 2 : 1;
      return yes;
    };
  };
  // tanwin marks an indefinite common noun or adjective: names never carry it ("اهتماماً")
  const hasTanwin = perToken((i) => ctx.hasTanwin?.(tokens[i]!.start, tokens[i]!.end) ?? false);
  const isNameToken = (i: number): boolean => i >= 0 && i < tokens.length && !taken[i] && (shape[i]! & NAME_WORD) !== 0 && !hasTanwin(i);
  // a one-word surname the gazetteer could not yet resolve may end a name found by pattern ("كوندوليزا رايس")
  const pendingSurname = new Set<number>();
  for (const p of pending) if (p.m.tokenCount === 1 && p.m.surfaces.every((x) => x.kind === 'surname')) pendingSurname.add(p.m.firstToken);
  /** A surname no listed person claimed (step 6 decides): usable as a bare name here ("وقال بلير في"). */
  const freeSurname = (i: number): boolean => pendingSurname.has(i) && layer.entityAtToken[i] === undefined;
  /**
   * A transliterated word that opens with و before a long vowel ("ويلسون", "وولف", "والاس"), not "and":
   * neither it nor its rest without و is a word or starts a name. After a foreign given name it is the surname.
   */
  const transliteratedWithWaw = (i: number): boolean =>
    /^و[اوي]\p{L}{2,}$/u.test(tokens[i]!.text) && isNameToken(i) && stemsOf(i).every((st) => st.clitic === 0 || (st.lists === 0 && st.names.length === 0));
  /** A word with a proclitic does not continue a name ("واتهمهما", "بالشوط", "والملك", "لإيقاف"). */
  const continues = perToken((i) => {
    const w = tokens[i]!.text;
    if (listed(i, FIRST_NAME) || shaped(i, STARTS_NAME)) return true;
    if (/^(وال|فال|بال|كال|لل)/u.test(w)) return false;
    for (const st of stemsOf(i)) {
      if (st.clitic === 0) continue;
      if (st.lists & (STOPWORD | TITLE | FIRST_NAME)) return false;
      // ب ل ك before a short common word is as likely a name's first letter ("كوفي", "بلير")
      if (st.lists & COMMON_WORD && (/^[وف]/u.test(w) || st.stem.length >= 4)) return false;
      // و before a word is nearly always the conjunction; ف opens many foreign names (فينغر، فيشمان)
      if (/^و/u.test(w) && st.stem.length >= 3) return false;
      if (/^ف/u.test(w) && (st.stem.length < 3 || PRONOUN_SUFFIX.test(w))) return false;
    }
    return !CIRCUMSTANTIAL.test(w);
  });
  /** Nothing that could continue a name follows token i. */
  const endsHere = (i: number): boolean => {
    if (!shaped(i, SPACE_AFTER)) return true;
    if (taken[i + 1]) return false;
    return listed(i + 1, STOPWORD | COMMON_WORD) || stemsOf(i + 1).some((st) => st.clitic > 0 && (st.lists & (STOPWORD | COMMON_WORD | TITLE)) !== 0);
  };
  /** Punctuation, a complementiser or preposition, or a title in apposition follows token j: a name may end with it. */
  const clearEnd = (j: number): boolean => !shaped(j, SPACE_AFTER) || listed(j + 1, SAY_CUE_WORD | TITLE | APPOSITION_HEAD);
  /** A third or fourth word must look like part of a name: a link (بن، أبو، فان), a given name, a nisba surname. */
  const longName = (i: number): boolean => {
    const w = tokens[i]!.text;
    return listed(i, NAME_LINK | FIRST_NAME) || listed(i - 1, NAME_LINK) || shaped(i, STARTS_NAME) || /^ال\p{L}+ي$/u.test(w) || /^(عبد|ابو)\p{L}{3,}/u.test(w) || w === 'الدين' || w === 'الله';
  };
  /**
   * A word whose shape says it is not a name: a pronoun suffix ("حقه", "ثقتها"), a plural ("دبلوماسيون",
   * "ضمانات"), an adjective in -ية ("مرتدية"), the verbal noun of a form II verb ("تهجير", "تعزيز");
   * after a verb of action, an accusative object ("وفدا").
   */
  const nameShaped = (i: number, saying: boolean): boolean => {
    const written = writtenForm(i);
    if (PRONOUN_SUFFIXED.test(written)) return false;
    // plurals, and plural participles in construct ("موقعو النداء", "ممثلو الدول")
    if (/\p{L}{2}(?:يون|يين|ات|ية)$/u.test(written) || /^م\p{L}{3,}و$/u.test(written)) return false;
    // تفعيل: three root consonants around ي ("رفض تهجير الفلسطينيين"; توفيق, with و, is a name)
    if (/^ت[^اويى]{2}ي[^اويىة]$/u.test(written)) return false;
    return saying || !/ا$/u.test(written);
  };
  /**
   * Token i may go on the name that opens at token first: not after a non-Arab given name when it has
   * the article ("جوزيه الإفصاح", "راوول الفارق"), nor when written with a pronoun suffix ("زكريا حلمه").
   */
  const continuesName = (first: number, i: number): boolean => {
    const w = tokens[i]!.text;
    if (i - 1 > first && afterAbd(i)) return true;
    if (i === first + 1 && listed(first, FOREIGN_FIRST_NAME) && transliteratedWithWaw(i)) return true;
    if (!continues(i)) return false;
    // a verb ("رونالدو عانق", "حسن انتخب") or a title in apposition ("فرانكلين أمين المتحف") ends the name
    // (a given name that is also a verb is the name unless an object follows: "غادة عادل وياسمين", not "رونالدو عادل النتيجة")
    if (someStemListed(i, SAYING_VERB | ACTION_VERB) && !(listed(i, FIRST_NAME) && !shaped(i + 1, DEFINITE))) return false;
    if (listed(i, APPOSITION_HEAD) && shaped(i + 1, DEFINITE)) return false;
    if (listed(i, FIRST_NAME)) return true;
    if (listed(first, FOREIGN_FIRST_NAME) && shaped(i, DEFINITE) && !shaped(i, STARTS_NAME)) return false;
    // nor a word in ة, which transliterated surnames never end with ("آراء هيرمان مخالفة")
    if (listed(first, FOREIGN_FIRST_NAME) && /ة$/u.test(writtenForm(i)) && !shaped(i, STARTS_NAME)) return false;
    if (!shaped(i, STARTS_NAME)) {
      // an ordinary noun in the accusative ("وطلب موسى نموذجا") or a definite plural ("سالم مسعود العائدين")
      if (accusativeOfCommonWord(i)) return false;
      if (/^ال\p{L}{3,}(?:ين|ون|ات)$/u.test(w) && !g.firstNames.has(w.slice(2))) return false;
    }
    return !pronounSuffixed(i);
  };
  /** An ordinary noun in the accusative, its alif written: "نموذجا", "وفدا". */
  const accusativeOfCommonWord = (i: number): boolean => {
    const w = tokens[i]!.text;
    return w.length > 3 && w.endsWith('ا') && g.commonWords.has(w.slice(0, -1));
  };
  const writtenForms: string[] = new Array<string>(tokens.length);
  /** Token i as the original writes it, without marks. */
  const writtenForm = (i: number): string => (writtenForms[i] ??= writtenLetters(ctx.original?.(tokens[i]!.start, tokens[i]!.end) ?? tokens[i]!.text));
  const pronounSuffixed = perToken((i) => PRONOUN_SUFFIXED.test(writtenForm(i)));
  const joinable = (a: number, b: number): boolean => joinableTokens(key, tokens[a]!, tokens[b]!);
  /**
   * Where a name found from its given name at token i really opens: at a kunya ("أبو خليل القباني") or at
   * the person whose son it names ("علي بن موسى الرضا", "سهل بن حنيف"), whatever word the given name is.
   */
  const lineageBefore = (i: number): number => {
    const prev = tokens[i - 1]?.text ?? '';
    if (i < 1 || taken[i - 1] || !joinable(i - 1, i)) return i;
    if (KUNYA.has(prev)) return i - 1;
    if (SON_OF.has(prev) && i >= 2 && !taken[i - 2] && joinable(i - 2, i - 1)) {
      const w = tokens[i - 2]!.text;
      if ((listed(i - 2, FIRST_NAME | AMBIGUOUS_FIRST_NAME) || w === 'علي' || (!listed(i - 2, STOPWORD | TITLE) && !shaped(i - 2, DEFINITE))) && w.length >= 2) return lineageBefore(i - 2);
    }
    return i;
  };
  /** Token i comes right after إنّ or أنّ, which a noun must follow. */
  const afterComplementiser = (i: number): boolean =>
    i > 0 && COMPLEMENTISERS.has(tokens[i - 1]!.text) && joinable(i - 1, i) && !(i > 1 && SUBJUNCTIVE_HEADS.has(tokens[i - 2]!.text) && joinable(i - 2, i - 1));
  /** A clear name follows token i: a listed given name, a عبد compound, بن or أبو, or a listed surname. */
  const clearNameAfter = (i: number): boolean => {
    const j = i + 1;
    const w = tokens[j]?.text;
    if (!w || !joinable(i, j)) return false;
    if (freeSurname(j)) return true;
    if (taken[j]) return false;
    // (a given name that is a word too only after a title or as the head of a compound in الدين:
    // "سلام عادل" is a just peace, "الأمير مولاي رشيد" and "رمضان علاء الدين" are people)
    if (listed(j, AMBIGUOUS_FIRST_NAME)) return listed(j, FIRST_NAME) && ((i > 0 && joinable(i - 1, i) && someStemListed(i - 1, TITLE | TITLE_OPENER | HONORIFIC_WORD)) || (tokens[j + 1]?.text === 'الدين' && joinable(j, j + 1)));
    return (listed(j, FIRST_NAME) && !listed(j, COMMON_WORD)) || /^عبد\p{L}{2,}$/u.test(w) || SON_OF.has(w) || w === 'عبد' || w === 'ابو';
  };
  /** Token j completes a name's عبد after a given name: "نبيل عبد الله", "حجاج عبد العظيم" (not "عبد الله" alone, a given name of its own). */
  const afterAbd = (j: number): boolean => j > 0 && j < tokens.length && ABD_COMPLEMENTS.has(tokens[j]!.text) && /عبد$/u.test(tokens[j - 1]!.text) && !taken[j];
  /** Token j has the shape of a verb in the present (يـ and four letters: "بولس يعتزم") and no list gives it as a name. */
  const unlistedImperfect = (j: number): boolean => j < tokens.length && IMPERFECT_SHAPED.test(tokens[j]!.text) && !listed(j, FIRST_NAME | AMBIGUOUS_FIRST_NAME) && !matchAtToken.get(j);
  /** Up to four joined name tokens from token i, with a proclitic allowed on the first; an ambiguous opener is let in. */
  const nameAt = (i: number, clitic = 0, opener = false): { first: number; count: number; start: number } | null => {
    // a name opens with a given name: not with the article ("الحداد الوطني") nor a future verb ("سيزور")
    const first = tokens[i]?.text.slice(clitic) ?? '';
    // (the article is written without hamza: "ألبير" is a name, "الحداد" is not)
    const written = tokens[i] ? writtenLetters(ctx.original?.(tokens[i]!.start + clitic, tokens[i]!.end) ?? first) : first;
    const given = clitic === 0 ? listed(i, FIRST_NAME) : g.firstNames.has(first);
    if (/^ال/u.test(written) || (VERB_SHAPED.test(first) && !given)) return null;
    // nor with a preposition on a word ("المدرب بأداء ماركوس")
    // (nor the first word of a title: "أمير الكويت وولي العهد")
    if (clitic === 0 && tokens[i] && !given && !shaped(i, STARTS_NAME) && stemsOf(i).some((st) => st.clitic > 0 && ((st.lists & COMMON_WORD && st.stem.length >= 4) || (st.lists & (STOPWORD | TITLE | TITLE_OPENER)) !== 0))) return null;
    let n = 0;
    while (
      (n < MAX_NAME_TOKENS || (n < MAX_LINKED_NAME_TOKENS && (listed(i + n, NAME_LINK) || listed(i + n - 1, NAME_LINK)))) &&
      (n === 0
        ? isNameToken(i) || ((clitic > 0 || opener) && (!taken[i] || (opener && freeSurname(i))))
        : // (never into a title: "… آل سعود ولي العهد" is no "سعود ولي العهد")
          !inTitle[i + n] && !unlistedImperfect(i + n) && (isNameToken(i + n) || (pendingSurname.has(i + n) && layer.entityAtToken[i + n] === undefined) || (listed(i + n, NAME_LINK) && !taken[i + n]) || (n >= 2 && afterAbd(i + n))) && joinable(i + n - 1, i + n) && continuesName(i, i + n) && (n < 2 || longName(i + n) || clearEnd(i + n)))
    ) n++;
    while (n > 1 && listed(i + n - 1, NAME_LINK) && !SON_OF.has(tokens[i + n - 1]!.text)) n--;
    // "راشد بن محمد بن راشد آل مكتوم": a listed name after بن is the father's, inside this longer name
    const father = n >= 1 && n < MAX_LINKED_NAME_TOKENS && SON_OF.has(tokens[i + n - 1]!.text) ? matchAtToken.get(i + n) : undefined;
    const fatherId = father && father.start === tokens[i + n]!.start ? layer.entityAtToken[i + n] : undefined;
    if (father && fatherId && layer.entities.get(fatherId)?.type === 'person' && joinable(i + n - 1, i + n)) {
      removeMention(fatherId, father.start);
      n += father.tokenCount;
    }
    while (n > 1 && listed(i + n - 1, NAME_LINK)) n--;
    return n >= 2 ? { first: i, count: n, start: tokens[i]!.start + clitic } : null;
  };
  const addPatternPerson = (first: number, count: number, start: number, rule: string): void => {
    const end = tokens[first + count - 1]!.end;
    const folded = key.slice(start, end).replace(/\s+/gu, ' ');
    // a spelling no rule generated, of someone the gazetteer knows
    const known = closestPerson(g, folded.split(' '));
    if (known) {
      addMention(g.entity(known)!, start, end, `${rule} ~ gazetteer`, first, count);
      return;
    }
    const id = `person:${romanize(folded)}`;
    const existing = layer.entities.get(id) ?? { id, type: 'person' as const, ar: folded, source: 'pattern' as const, mentions: [] };
    addMention(existing, start, end, rule, first, count);
  };

  /** The main role, on the document's date, of the last person named before token i. */
  const roleOfLastPerson = (i: number): Role | null => {
    for (let j = i - 1; j >= 0 && j >= i - 40; j--) {
      // a role named without its holder counts too: "التقى وزير الخارجية السعودي نظيره الأمريكي"
      const named = layer.roles.find((r) => r.end === tokens[j]!.end);
      if (named) return named.role;
      const id = layer.entityAtToken[j];
      const e = id ? g.entity(id) : undefined;
      if (e?.type !== 'person' || !e.roles?.length) continue;
      // a counterpart already ("التقى عبد العاطي نظيره القطري محمد بن عبد الرحمن، كما أجرى اتصالين مع
      // نظيريه التركي والأمريكي"): the one whose counterparts they are is named before
      let first = j;
      while (first > 0 && layer.entityAtToken[first - 1] === id) first--;
      let counterpart = -1;
      for (let c = first - 1; c >= 0 && c >= first - 4 && counterpart < 0; c--) if (COUNTERPARTS.has(tokens[c]!.text)) counterpart = c;
      if (counterpart >= 0) {
        j = counterpart;
        continue;
      }
      const active = activeRoles(g, e.id, ctx.docDate);
      const ranked = (active.length ? active : e.roles).map((r) => r.role).sort((a, b) => (ROLE_PROMINENCE[b] ?? 1) - (ROLE_PROMINENCE[a] ?? 1));
      return ranked[0] ?? null;
    }
    return null;
  };

  // 2. titles: a name after the title, or the role itself ("الرئيس الروسي")
  /** The tokens of a title: never a name of their own ("يلتقي ولي العهد السعودي" has no person ولي). */
  const inTitle = new Uint8Array(tokens.length);
  /** Counterparts named by their nationality ("نظيره التركي"; the others of "نظيريه التركي والأمريكي"), their roles read in step 6d. */
  const counterparts: Array<{ ti: number; start: number; end: number; scope: string; others: Array<{ scope: string; start: number; end: number }> }> = [];
  /** Titles standing alone with no country or organisation to them ("والتقى ولي العهد الرئيس الفرنسي"). */
  const unscopedTitles: Array<{ start: number; end: number; role: Role; republic: boolean }> = [];
  /**
   * Names the document gives with a role and its country ("السفير الإيراني لدى بغداد محمد كاظم آل
   * صادق"): by the token their name starts at, read once names are settled (step 7).
   */
  const titledNames: Array<{ role: Role; scope: string; at: number }> = [];
  /** Token k, after a man's title, is a noun in ة that no given-name list has, no name: "أقام الملك مأدبة غداء". */
  const nounAfterMansTitle = (title: string, k: number): boolean => !/ه$/u.test(title) && /ة$/u.test(writtenForm(k)) && !listed(k, FIRST_NAME | AMBIGUOUS_FIRST_NAME);
  /** The country of this ISO code calls itself a republic. */
  const isRepublic = (iso: string): boolean => {
    const country = g.countryByIso.get(iso);
    return !!country && g.entity(country)?.republic === true;
  };
  /** A country's or territory's name starts at token i. */
  const isCountryAt = (i: number): boolean => {
    const id = matchAtToken.get(i) ? layer.entityAtToken[i] : undefined;
    const kind = id ? g.entity(id)?.kind : undefined;
    return kind === 'country' || kind === 'territory';
  };
  /**
   * A place's name starts at token i, and a person's right after it (listed or not: "إلى اليمن تيم
   * ليندركينغ"), or, with `titlesBetween`, after titles ("في جمهورية العراق الدكتور فؤاد حسين").
   */
  const personAfterPlace = (i: number, titlesBetween = false): boolean => {
    const place = matchAtToken.get(i);
    if (!place || place.start !== tokens[i]!.start) return false;
    let next = i + place.tokenCount;
    while (titlesBetween && next < tokens.length && !taken[next] && (listed(next, TITLE | TITLE_OPENER | HONORIFIC_WORD) || RANK_WORDS.has(tokens[next]!.text)) && joinable(next - 1, next)) next++;
    const id = layer.entityAtToken[next];
    return next < tokens.length && joinable(next - 1, next) && ((!!id && layer.entities.get(id)?.type === 'person') || (!!matchAtToken.get(next) && pendingOf.has(matchAtToken.get(next)!)) || (!taken[next] && nameAt(next) !== null));
  };
  /**
   * What an office is of, when it starts within `reach` tokens from token i, no one's name before it: a
   * nationality, a country or an organisation ("الرئيس الفرنسي", "وزيرة خارجية جمهورية ألمانيا",
   * "رئيسة المفوضية الأوروبية"), as a scope (scopeOf); null when none does.
   */
  const scopeAt = (i: number, reach: number): string | null => {
    for (let j = i; j < Math.min(tokens.length, i + reach); j++) {
      const gm = matchAtToken.get(j);
      const nisba = gm ? nisbaAt.get(gm.start) : undefined;
      if (nisba) return scopeOf(g, nisba.country);
      const id = layer.entityAtToken[j];
      if (id === undefined) continue;
      const e = gm ? g.entity(id) : undefined;
      return e && (e.kind === 'country' || e.kind === 'territory' || e.type === 'organization') ? scopeOf(g, id) : null;
    }
    return null;
  };
  const scopeWithin = (i: number, reach: number): boolean => scopeAt(i, reach) !== null;
  /** Honorifics and courtesy words alone stand right before token i: "معالي السيد وزير الخارجية". */
  const honoured = (i: number): boolean => {
    let b = i - 1;
    while (b >= 0 && joinable(b, b + 1) && (listed(b, HONORIFIC_WORD) || HONORIFIC_GAP_WORDS.has(tokens[b]!.text))) b--;
    return b < i - 1 && (b < 0 || !inTitle[b] || !joinable(b, b + 1));
  };
  /**
   * Another office joined by و right after the title's last token, and their country after them before
   * anyone is named: one person's offices, of that country ("رئيس الوزراء ووزير الشؤون الخارجية لجمهورية كينيا،
   * السيد موساليا مودافادي"), not the first office at home.
   */
  /** The mention of `id` at token j starts after ل written on the token ("لجمهورية كينيا"; not "لبنان", whose ل is its own). */
  const afterLam = (j: number, id: string): boolean =>
    stems(tokens[j]!.text).some((st) => st.preposition === 'ل' && !!layer.entities.get(id)?.mentions.some((m) => m.start === tokens[j]!.start + st.clitic));
  const coordinatedOffices = (last: number): boolean => {
    const k = last + 1;
    if (!tokens[k] || !joinable(last, k) || tokens[k]!.text.charCodeAt(0) !== WAW || !stemsOf(k).some((st) => st.clitic === 1 && (st.lists & (TITLE | TITLE_OPENER)) !== 0)) return false;
    const limit = tokens[last]!.end + MAX_COORDINATED_OFFICES;
    for (let j = k + 1; j < tokens.length && tokens[j]!.start < limit; j++) {
      if (/[.!?]/u.test(key.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
      const id = layer.entityAtToken[j];
      if (id && layer.entities.get(id)?.type === 'person') return false;
      // (the offices' country: a nisba, or the country after ل, "لجمهورية كينيا"; not one a word between
      // governs, "كل من رئيس مجلس النواب ورئيس مجلس الوزراء التزام لبنان")
      if (nisbaAt.has(tokens[j]!.start) || (id && g.entity(id)?.kind === 'country' && afterLam(j, id))) return true;
    }
    return false;
  };
  /**
   * A title with no country to it that may stand for someone named before: the office in full and
   * definite ("ولي العهد", "رئيس مجلس النواب", "وزير الخارجية"; not a word alone, "الملكة" may be
   * anyone's, "الرئيسة" an adjective; not "رئيس وزراء مؤقت"), with no preposition on it ("النائب الأول
   * لرئيس مجلس الوزراء"), not in apposition after a name (that name's), after an honorific or another
   * title (step 8; "ولي العهد رئيس مجلس الوزراء"), nor a new or coming one ("الأمين العام الجديد").
   * With `honorificBefore`, honorifics alone may stand before it: a state agency's own office ("معالي
   * السيد وزير الخارجية").
   */
  const standsForItsHolder = (tm: TitleMatch, next: number, afterName: boolean, other: boolean, honorificBefore = false): boolean => {
    const ti = tm.firstToken;
    const last = ti + tm.tokenCount - 1;
    if (other || afterName || tm.tokenCount < 2 || !/^ال/u.test(tokens[last]!.text) || !/^و?$/u.test(key.slice(tm.index, tm.start))) return false;
    if (BARE_TITLE.has(tm.text) || listed(ti, HONORIFIC_WORD) || (ti > 0 && !(honorificBefore && honoured(ti)) && (listed(ti - 1, HONORIFIC_WORD) || (inTitle[ti - 1] && joinable(ti - 1, ti))))) return false;
    // (a name that starts in it, "رئيس الجمهورية البرتغالية", or a nationality after it is a country the title rules missed)
    if (layer.entityAtToken[last] !== undefined || coordinatedOffices(last)) return false;
    for (let j = last + 1; j < Math.min(tokens.length, next + 1) && joinable(j - 1, j); j++) {
      if (TO_COME.has(tokens[j]!.text) || nisbaAt.has(tokens[j]!.start)) return false;
    }
    return true;
  };
  const peopleAfterTitles = (): void => {
    /** The token after the last title of someone else's office (envoy, ambassador …), -1 when the last was none. */
    let afterOfficeOfOther = -1;
    /** That office was written in the construct state ("سفير", "مبعوث"): a title right after it is its principal's. */
    let officeInConstruct = false;
    /** The role of the last title's office, and whether its bearer's name came before it. */
    let lastOfficeRole: ReturnType<typeof titleOf.get> | null = null;
    let lastOfficeNamedBefore = false;
    for (const tm of findTitles(tokens, key, stemsOf, (i) => someStemListed(i, TITLE_OPENER))) {
      const title = tm;
      const ti = tm.firstToken;
      // "المبعوث الخاص للرئيس الروسي": the title after ل, modifiers between, is the envoy's principal, no role of its own
      let principal = afterOfficeOfOther >= 0 && afterOfficeOfOther <= ti && /^و?لل?$/u.test(key.slice(tm.index, tm.start));
      for (let j = afterOfficeOfOther; principal && j < ti; j++) principal = listed(j, MODIFIER) && joinable(j, j + 1);
      // ("سفير خادم الحرمين الشريفين لدى ألمانيا": right after an office in the construct state, the principal)
      if (afterOfficeOfOther === ti && officeInConstruct && tm.index === tm.start && joinable(ti - 1, ti)) principal = true;
      // (an envoy's principal's title, then إلى and a place: the envoy's region, "المبعوث الخاص للأمين العام
      // للأمم المتحدة إلى اليمن")
      const principalOfEnvoy = principal && lastOfficeRole === 'envoy';
      const envoyNamedBefore = lastOfficeNamedBefore;
      lastOfficeRole = titleOf.get(title.text) ?? null;
      lastOfficeNamedBefore = false;
      afterOfficeOfOther = OF_ROLES.has(lastOfficeRole) ? ti + tm.tokenCount : -1;
      officeInConstruct = afterOfficeOfOther >= 0 && !title.text.startsWith('ال') && inConstructState(title.text);
      inTitle.fill(1, ti, ti + tm.tokenCount);
      inTitle[ti] = TITLE_START;
      if (taken[ti]) continue;
      // "نائب وزير الخارجية التركي": a deputy's title names no holder of the office
      const deputy = ti > 0 && DEPUTY.has(tokens[ti - 1]!.text) && joinable(ti - 1, ti);
      let role = deputy ? null : (titleOf.get(title.text) ?? null);
      let k = ti + tm.tokenCount;
      let scope: string | null = null;
      let sawComma = false;
      let named: string | null = null;
      let innerTitle = false;
      let former = false;
      /** Places the title is of, after a preposition ("لدى العراق", "في الجمهورية العربية السورية"). */
      const placesOfTitle: Array<{ start: number; end: number }> = [];
      /** Organisations the title is of ("للأمم المتحدة", "رئيسة المفوضية الأوروبية"): its bearer's, no party of their own. */
      const orgsOfTitle: Array<{ start: number; end: number }> = [];
      // a title in apposition after its bearer's name: "في" and a country after it say whose office it is
      // ("أسعد حسن الشيباني وزير الخارجية والمغتربين في الجمهورية العربية السورية"), not where anything happened
      const nameBefore = ti > 0 ? layer.entityAtToken[ti - 1] : undefined;
      const afterName = !!nameBefore && layer.entities.get(nameBefore)?.type === 'person' && joinable(ti - 1, ti);
      lastOfficeNamedBefore = afterName;
      /** Nationalities after the first, joined by و: "نظيريه التركي والأمريكي" names two counterparts. */
      const moreScopes: Array<{ scope: string; start: number; end: number }> = [];
      const verbBefore = ti > 0 && someStemListed(ti - 1, ACTION_VERB) && joinable(ti - 1, ti);
      // punctuation after the title closes it: "الجهود الدبلوماسية.\nويتفق المراقبون" names no one
      let closed = false;
      // an organisation whose name begins with the title's last word: "رئيس حكومة إقليم كردستان" is the
      // head of the regional government, not "رئيس حكومة" of Iraq
      const last = ti + tm.tokenCount - 1;
      const orgAtLast = tm.tokenCount > 1 && !deputy && HEAD_OF.has(tokens[ti]!.text) ? matchAtToken.get(last) : undefined;
      const orgId = orgAtLast && orgAtLast.start === tokens[last]!.start ? layer.entityAtToken[last] : undefined;
      const headOfOrg = !!orgId && g.entity(orgId)?.type === 'organization';
      if (headOfOrg) {
        role = 'leader';
        scope = orgScope(orgId!);
        k = last + orgAtLast!.tokenCount;
        closed = true;
      }
      /** Only the title's modifiers between its words and token k ("المبعوث الخاص للأمم المتحدة"). */
      const onlyModifiersBefore = (at: number): boolean => {
        for (let j = ti + tm.tokenCount; j < at; j++) if (!listed(j, MODIFIER)) return false;
        return true;
      };
      for (let steps = 0; !headOfOrg && k < tokens.length && steps < 10; steps++) {
        const gap = key.slice(tokens[k - 1]!.end, tokens[k]!.start);
        if (/[^\s,\-]/u.test(gap) || (gap.includes(',') && sawComma)) {
          closed = true;
          break;
        }
        if (gap.includes(',')) sawComma = true;
        const w = tokens[k]!.text;
        const gm = matchAtToken.get(k);
        const nisba = gm ? nisbaAt.get(gm.start) : undefined;
        if (nisba) {
          const iso = g.entity(nisba.country)?.iso2 ?? null;
          if (scope && iso && iso !== scope && gm!.start > tokens[k]!.start) moreScopes.push({ scope: iso, start: gm!.start, end: gm!.end });
          scope ??= iso;
          k += gm!.tokenCount;
          continue;
        }
        const entityId = layer.entityAtToken[k];
        const entity = entityId ? g.entity(entityId) : undefined;
        // a coordinated name ("مبعوث ترامب وبوتين") is not part of this title
        if (gm && gm.start > tokens[k]!.start && /^[وف]$/u.test(key.slice(tokens[k]!.start, gm.start))) break;
        if (entity?.type === 'person' || (!entity && gm && pendingOf.has(gm))) {
          // "مبعوث بوتين", "صهر الرئيس الأمريكي دونالد ترامب": the person is the principal, not the holder
          // (only a title in the construct state takes a principal: "السفير مايك هاكابي" and "مستشار
          // الأمن القومي مايك والتز" name the holder, "سفير ترامب" and "مبعوث الرئيس … ترامب" the principal)
          // (after the envoy's region, the envoy: "مبعوث الرئيس الأميركي دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف")
          if ((OF_ROLES.has(role) || RELATION_TITLES.has(title.text)) && !sawComma && ((steps === 0 && inConstructState(title.text)) || innerTitle) && gm && !placesOfTitle.length) {
            const countries = entity ? [entity.country] : [...new Set(pendingOf.get(gm)!.candidates.map((c) => g.entity(c)?.country))];
            if (countries.length === 1 && countries[0]) scope ??= countries[0];
            layer.principals.push({ start: gm.start, end: gm.end });
            k += gm.tokenCount;
            continue;
          }
          named = entityId ?? 'pending';
          break;
        }
        // (an envoy's region after إلى, his name after it: "المبعوث الأميركي الخاص إلى الشرق الأوسط ستيف
        // ويتكوف", or before the title: "هانس جروندبرج المبعوث الخاص … إلى اليمن"; not where he went:
        // "انتقل الموفد الأميركي إلى عين التينة")
        // (or a city, after an office of something, right before the holder's name: "برئاسة رئيس الحركة في غزة
        // خليل الحية"; not an ambassador's post, where he meets his hosts: "مع السفير الإيراني في بغداد محمد كاظم آل صادق")
        // (an ambassador's post in the country the article is written in: "سفير جمهورية الصين الشعبية لدى البلاد تشانغ جيان وي")
        if (w === AT_POST && OWN_COUNTRY.has(tokens[k + 1]?.text ?? '') && joinable(k, k + 1)) {
          k += 2;
          continue;
        }
        if (PREPOSITIONS.has(w) || w === 'باسم' || (w === 'في' && (afterName || personAfterPlace(k + 1, true)) && isCountryAt(k + 1))
          || (w === 'في' && steps > 0 && !verbBefore && role !== 'ambassador' && personAfterPlace(k + 1)) || (w === 'الي' && ((role === 'envoy' && (afterName || personAfterPlace(k + 1))) || (principalOfEnvoy && (envoyNamedBefore || personAfterPlace(k + 1)))))) {
          const next = matchAtToken.get(k + 1);
          const place = next ? layer.entityAtToken[k + 1] : undefined;
          if (place) {
            scope ??= scopeOf(g, place);
            placesOfTitle.push({ start: next!.start, end: next!.end });
            k += 1 + next!.tokenCount;
            continue;
          }
          break;
        }
        if (entity && steps === 0 && key.slice(tm.index, tokens[k]!.start).includes('باسم')) {
          scope ??= scopeOf(g, entity.id);
          k += gm?.tokenCount ?? 1;
          continue;
        }
        // "أمير البلاد", "ملك البلاد": the country of the agency that wrote the article
        if (steps === 0 && ctx.homeCountry && OWN_COUNTRY.has(w) && !gm) {
          scope ??= ctx.homeCountry;
          k++;
          continue;
        }
        // "المبعوث الأممي": the adjective of the United Nations is its scope
        if (!gm && UN_ADJECTIVES.has(w)) {
          scope ??= orgScope(UNITED_NATIONS);
          k++;
          continue;
        }
        // "ملك الأردن", "أمير قطر": a country right after the title is its scope
        if (entity && gm && steps === 0 && (entity.kind === 'country' || entity.kind === 'territory') && gm.start === tokens[k]!.start) {
          scope ??= entity.iso2 ?? null;
          k += gm.tokenCount;
          continue;
        }
        // the head of an organisation, named in the construct state: "رئيس البنك الدولي", "رئيس حكومة
        // إقليم كردستان", "مدير الوكالة الدولية للطاقة الذرية": whoever leads it
        // (its name ends the title: a title after it is someone else's, "رئيس البنك الدولي وزير المالية")
        if (entity?.type === 'organization' && gm && steps === 0 && gm.start === tokens[k]!.start && !role && !deputy && HEAD_OF.has(title.text)) {
          role = 'leader';
          scope = orgScope(entity.id);
          k += gm.tokenCount;
          // (no unlisted name after it: "رئيس جامعة السلطان قابوس بمكتبه صباح أمس")
          closed = true;
          break;
        }
        // clitic-prefixed org/place after the title, its modifiers between: "الأمين العام للأمم المتحدة",
        // "المبعوث الخاص للأمم المتحدة"
        if (entity && gm && gm.start > tokens[k]!.start && (steps === 0 || onlyModifiersBefore(k))) {
          scope ??= scopeOf(g, entity.id);
          if (entity.type === 'organization') orgsOfTitle.push({ start: gm.start, end: gm.end });
          k += gm.tokenCount;
          continue;
        }
        // an organisation in the construct state after a title word further on: "الممثلة العليا للاتحاد
        // الأوروبي … نائبة رئيسة المفوضية الأوروبية كايا كالاس" (the commission is no party of hers)
        if (entity?.type === 'organization' && gm && gm.start === tokens[k]!.start && steps > 0 && listed(k - 1, TITLE) && inConstructState(tokens[k - 1]!.text)) {
          orgsOfTitle.push({ start: gm.start, end: gm.end });
          k += gm.tokenCount;
          continue;
        }
        // after a verb, a title with no country and one with a country or organisation are the subject and
        // the object: "والتقى ولي العهد الرئيس الفرنسي" (not "ولي العهد رئيس مجلس الوزراء", one man's two offices)
        if (role && !scope && listed(k, TITLE) && verbBefore && scopeWithin(k + 1, TITLE_NISBA_REACH)) break;
        // (so are a title with its country and one with another's: "استقبل أمير الكويت وزير الخارجية الأردني")
        if (role && scope && listed(k, TITLE) && verbBefore && !COUNTERPARTS.has(w)) {
          const other = scopeAt(k + 1, TITLE_NISBA_REACH);
          if (other && other !== scope) break;
        }
        // a counterpart is someone else: "وزير الخارجية السعودي نظيره الأمريكي" is two people
        if (listed(k, MODIFIER | TITLE) && !COUNTERPARTS.has(w)) {
          // (another office inside a title in the construct state is its principal's: "مبعوث الرئيس الأمريكي
          // … ويتكوف"; after a complete one, the same person's: "الموفد الأميركي السفير توم باراك")
          if (titleOf.get(w) && inConstructState(title.text)) innerTitle = true;
          if (FORMER.has(w)) former = true;
          // "الأمين العام المساعد للجامعة العربية": an assistant's office, not the one the title names
          if (ASSISTANT_AFTER.has(w)) role = null;
          k++;
          continue;
        }
        // words of the office the table lacks, then "في", its country and the holder's name: "رئيس مجلس
        // السيادة الانتقالي في جمهورية السودان الفريق أول ركن عبد الفتاح البرهان", "وزير الخارجية وشؤون
        // المغتربين في الجمهورية اليمنية الدكتور شائع الزنداني" (the country is whose office, not where)
        if (!scope && !afterName && w !== 'في') {
          let j = k;
          while (j < Math.min(tokens.length, k + MAX_UNLISTED_OFFICE_WORDS) && tokens[j]!.text !== 'في' && !taken[j] && !someStemListed(j, ACTION_VERB | SAYING_VERB) && onlySpace(key, tokens[j - 1]!.end, tokens[j]!.start)) j++;
          if (j > k && tokens[j]?.text === 'في' && joinable(j - 1, j) && ((isCountryAt(j + 1) && personAfterPlace(j + 1, true)) || (!verbBefore && role !== 'ambassador' && personAfterPlace(j + 1)))) {
            k = j;
            continue;
          }
        }
        break;
      }
      if (afterName || principalOfEnvoy) layer.titleScopes.push(...placesOfTitle);
      /** The name from token `at` bears this title. */
      const bearer = (at: number): void => {
        if (role && scope && !former && !innerTitle) titledNames.push({ role, scope, at });
        // (as a principal's name is: a mention inside the span is no party, units.ts)
        layer.principals.push(...orgsOfTitle);
        if (!afterName) layer.titleScopes.push(...placesOfTitle);
      };
      if (named) {
        bearer(k);
        continue;
      }
      // "سيرجيه لافروف": an unlisted spelling of a first name before a known surname is the same person
      const surnameMatch = matchAtToken.get(k + 1);
      const surnamePending = surnameMatch ? pendingOf.get(surnameMatch) : undefined;
      if (!closed && k < tokens.length && !taken[k] && isNameToken(k) && surnamePending && joinable(k, k + 1)) {
        // (by push, not a spread of map: see byProminence)
        const name = [tokens[k]!.text];
        for (let j = k + 1; j < k + 1 + surnameMatch!.tokenCount; j++) name.push(tokens[j]!.text);
        const id = surnamePending.candidates.find((c) => similarity(g, c, name) >= MIN_FIRST_NAME_VARIANT);
        if (id) {
          pending.splice(pending.indexOf(surnamePending), 1);
          addMention(g.entity(id)!, tokens[k]!.start, surnameMatch!.end, `title: ${title.text} ~ gazetteer`, k, 1 + surnameMatch!.tokenCount);
          bearer(k);
          continue;
        }
      }
      // (a given name that is also a word opens the name after a title: "السيناتور جو ويلسون")
      // (after a comma, a word in و that is no given name adds to a list: "نائب رئيس وزراء تايلند، وجيانتا دانابالا")
      const coordinated = sawComma && k < tokens.length && tokens[k]!.text.charCodeAt(0) === WAW && !listed(k, FIRST_NAME);
      const unknown = !closed && !coordinated && k < tokens.length && !taken[k] && !nounAfterMansTitle(title.text, k) ? nameAt(k, 0, listed(k, AMBIGUOUS_FIRST_NAME)) : null;
      if (unknown) {
        addPatternPerson(unknown.first, unknown.count, unknown.start, `title: ${title.text}`);
        bearer(unknown.first);
        continue;
      }
      // a definite title before one name word ("الرئيس شيراك", "الملك حمد"), when nothing could continue the name
      // (and no noun with a pronoun, "وجدد الملك دعوته", but a given name that looks like one: "عبدالله")
      if (!closed && k < tokens.length && k === ti + tm.tokenCount && tm.tokenCount === 1 && (/^ال/u.test(title.text) || POSSESSED.has(title.text) || HONORIFICS.has(title.text)) && isNameToken(k) && continues(k) && tokens[k]!.text.length >= 3 && !shaped(k, DEFINITE | VERB_FORM) && !(pronounSuffixed(k) && !listed(k, FIRST_NAME)) && endsHere(k)) {
        // (a royal's given name after the title: "الملك سلمان", "الأمير تميم", "السلطان هيثم")
        const royal = royalByGivenName(g, title.text, tokens[k]!.text, ctx.docDate);
        if (royal) addMention(g.entity(royal)!, tokens[k]!.start, tokens[k]!.end, `title: ${title.text} + given name of the holder`, k, 1);
        else addPatternPerson(k, 1, tokens[k]!.start, `title: ${title.text} (one word)`);
        bearer(k);
        continue;
      }
      // "نظيره التركي": the counterpart holds the role of the person before, for the nisba's country
      // (found once surnames are resolved: "التقى السيسي نظيره الفرنسي")
      if (!role && scope && COUNTERPARTS.has(title.text)) {
        const plural = PLURAL_COUNTERPARTS.has(title.text);
        // (the first ends with the word before the second's: "نظيريه التركي" | "والأمريكي")
        const end = moreScopes.length && plural ? tokens[firstFrom(tokens, moreScopes[0]!.start + 1) - 2]!.end : tokens[Math.max(ti, k - 1)]!.end;
        counterparts.push({ ti, start: title.start, end, scope, others: plural ? moreScopes : [] });
        continue;
      }
      // "رئيس الدولة" names the agency's own head of state
      // (and "رئيس الجمهورية" its president, when the country is a republic: not in a Kuwaiti agency's copy)
      if (role && !scope && ctx.homeCountry && (OWN_COUNTRY_TITLES.has(title.text) || (REPUBLIC_TITLES.has(title.text) && isRepublic(ctx.homeCountry)))) scope = ctx.homeCountry;
      // (and a national office with no country, standing alone, honorifics allowed, its own country's: ONA's
      // "وكان معالي السيد وزير الخارجية قد تلقى", KUNA's "سمو ولي العهد"; it writes another country's with it)
      if (role && !scope && ctx.homeCountry && NATIONAL_OFFICES.has(role) && standsForItsHolder(tm, k, afterName, principal || former || innerTitle, true)) scope = ctx.homeCountry;
      // (a past or coming holder's title is no one's who holds the office now: "وزير الخارجية الأمريكي السابق")
      if (role && scope && !(former && !principal)) {
        const start = title.start;
        const end = tokens[Math.max(ti, k - 1)]!.end;
        if (principal) layer.principals.push({ start, end });
        else layer.roles.push({ start, end, role, scope, holder: null });
      } else if (role && role !== 'minister' && role !== 'leader' && standsForItsHolder(tm, k, afterName, principal || former || innerTitle)) {
        // (not any minister or any leader: too many offices to be the one named before)
        unscopedTitles.push({ start: title.start, end: tokens[ti + tm.tokenCount - 1]!.end, role, republic: REPUBLIC_TITLES.has(title.text) });
      }
    }
  };
  peopleAfterTitles();

  /**
   * Given name i, right before a listed person found by a surname or a spelling of it, when one of
   * that person's listed names opens with it: "فولوديمير زيلنسكي" (listed "فولوديمير زيلينسكي", alias
   * "زيلنسكي") is one mention of Zelensky, not a given name and a surname of two people.
   */
  const joinsListedSurname = (i: number, s: ListedStem): boolean => {
    const id = layer.entityAtToken[i + 1];
    if (!id || (i > 0 && layer.entityAtToken[i - 1] === id) || !joinable(i, i + 1)) return false;
    if (layer.entities.get(id)?.type !== 'person' || !s.names.some((n) => n.id === id && n.tokens.length >= 2)) return false;
    const found = layer.entities.get(id)!;
    const surname = found.mentions.find((m) => m.start >= tokens[i + 1]!.start && m.start < tokens[i + 1]!.end);
    if (!surname) return false;
    let count = 1;
    while (layer.entityAtToken[i + 1 + count] === id && tokens[i + 1 + count]!.start < surname.end) count++;
    removeMention(id, surname.start);
    addMention(found, tokens[i]!.start + s.clitic, surname.end, `given name + ${surname.rule}`, i, 1 + count);
    return true;
  };

  // 3. first names: "كسينيا كاريلينا", "ورامي القليوبي", and a non-Arab given name alone: "وأضاف جوزيه"
  const peopleFromFirstNames = (): void => {
    for (let i = 0; i < tokens.length; i++) {
      // (a listed surname that is also a given name may open another name: "مبارك مصطفى")
      if (taken[i] && !freeSurname(i)) continue;
      if (!someStemListed(i, FIRST_NAME | AMBIGUOUS_FIRST_NAME)) continue;
      for (const s of stemsOf(i)) {
        if (s.lists & STOPWORD) continue;
        if (taken[i] && (s.clitic > 0 || !(s.lists & AMBIGUOUS_FIRST_NAME))) continue;
        // a given name that is also a word ("منى", "وفاء", "أمل") needs a clear name after it: "منى عبد الغني"
        const ambiguous = (s.lists & AMBIGUOUS_FIRST_NAME) !== 0 || (s.lists & (FIRST_NAME | COMMON_WORD)) === (FIRST_NAME | COMMON_WORD);
        if (!(s.lists & FIRST_NAME) && !ambiguous) continue;
        if (ambiguous && !clearNameAfter(i)) continue;
        // و, ل or ب (once) may stand before a first name, never before a short one ("فتور" ≠ ف + تور)
        if (s.clitic > 0 && (!'ولب'.includes(tokens[i]!.text[0]!) || s.clitic > 1 || s.stem.length < 4)) continue;
        if (s.stem.length < 3) continue;
        if (!ambiguous && joinsListedSurname(i, s)) break;
        const name = nameAt(i, s.clitic, ambiguous);
        if (name) {
          const from = s.clitic === 0 ? lineageBefore(i) : i;
          addPatternPerson(from, name.first + name.count - from, from === i ? name.start : tokens[from]!.start, 'first-name');
          i += name.count - 1;
        } else if (!ambiguous && ((s.lists & FOREIGN_FIRST_NAME) !== 0 || (s.clitic === 0 && afterComplementiser(i))) && isNameToken(i) && continues(i)) {
          // a non-Arab given name alone is still someone ("وسجل راوول", "ويخشى جوزيه"); an Arab one is too often a
          // word, except as the subject right after إنّ/أنّ ("إن صدام لن يمثل"). A regnal number goes with it: "تشارلز الأول".
          const regnal = !!tokens[i + 1] && joinable(i, i + 1) && REGNAL_NUMBER.test(tokens[i + 1]!.text) ? 1 : 0;
          addPatternPerson(i, 1 + regnal, tokens[i]!.start + s.clitic, 'given name alone');
          i += regnal;
        }
        break;
      }
    }
  };
  peopleFromFirstNames();

  // 4. apposition after a verb of saying: "قال X Y، الخبير في …"
  const peopleInApposition = (): void => {
    for (let i = 1; i < tokens.length; i++) {
      const verb = someStemListed(i - 1, SPEECH_VERB);
      if (!verb || taken[i]) continue;
      const name = nameAt(i);
      if (!name) continue;
      const after = key.slice(tokens[name.first + name.count - 1]!.end, tokens[name.first + name.count]?.start ?? key.length);
      const next = tokens[name.first + name.count];
      if (after.includes(',') && next && someStemListed(name.first + name.count, TITLE)) {
        addPatternPerson(name.first, name.count, name.start, 'apposition');
      }
    }
  };
  peopleInApposition();

  // 4b. a name right after a definite nisba: "الكاميروني صامويل إيتو", "وسدد الهولندي روبن فان بيرسي"
  const peopleAfterNisbas = (): void => {
    for (const nb of layer.nisbas) {
      // the token holding the nisba (its own start, or the proclitic's): a binary search, no map a document
      const ni = firstFrom(tokens, nb.start + 1) - 1;
      const form = key.slice(nb.start, nb.end);
      if (ni < 0 || !/^[وف]?(?:ال|لل)\p{L}+ي$/u.test(form)) continue;
      const k = ni + 1;
      if (k >= tokens.length || taken[k] || !joinable(ni, k)) continue;
      const w = tokens[k]!.text;
      if (shaped(k, DEFINITE) || w.length < 3 || !isNameToken(k) || !continues(k) || (/^[وبلك]/u.test(w) && !listed(k, FIRST_NAME)) || (/^[يتنس]\p{L}{3,}/u.test(w) && !listed(k, FIRST_NAME))) continue;
      const name = nameAt(k);
      if (name) addPatternPerson(name.first, name.count, name.start, `nisba: ${form}`);
      // one word, when nothing could go on the name: "والبرتغالي تياغو في الدقيقة 55"; not when the nisba
      // describes the definite noun before it, whose predicate follows ("الدور الأمريكي حاسم في")
      else if (clearEnd(k) && !listed(k, NAME_LINK) && nameShaped(k, true) && !/ة$/u.test(writtenForm(k)) && !(ni > 0 && shaped(ni - 1, DEFINITE) && joinable(ni - 1, ni))) addPatternPerson(k, 1, tokens[k]!.start, `nisba: ${form} (one word)`);
    }
  };
  peopleAfterNisbas();

  /** Free surnames that a person's context vouches for (the subject of a verb, an age): step 6 decides whose. */
  const contextSurnames = new Map<number, string>();
  // 4c. the subject right after a verb, then something that ends it: "وقال بلير إن", "وقال البدري مدير الكرة", "ومرر غوتي كرة"
  const subjectsOfVerbs = (): void => {
    /** A title after a name, in apposition: "مدير الكرة", "رئيس الوزراء الكردي", "المعلق العسكري". */
    const appositionAt = (j: number): boolean => listed(j, TITLE | APPOSITION_HEAD);
    /**
     * A verb of action: bare or after و/ف (with ب or ل it is a noun: "لبحث"). A form that is also a
     * common noun ("تقدم", "بحث") counts only after و/ف or at a clause's start.
     */
    // (a loop, not a callback: a closure over j would cost every call a context, for every token)
    const actionVerbAt = (j: number): boolean => {
      if (!someStemListed(j, ACTION_VERB)) return false;
      for (const st of stemsOf(j)) {
        if (!(st.lists & ACTION_VERB)) continue;
        // no proclitic, or و/ف alone
        const first = tokens[j]!.text.charCodeAt(0);
        if (st.clitic > 1 || (st.clitic === 1 && first !== WAW && first !== FA)) continue;
        if (!NOUN_LIKE_VERBS.has(st.stem) || st.clitic) return true;
        if (j === 0 || /[^\s]/u.test(key.slice(tokens[j - 1]!.end, tokens[j]!.start))) return true;
      }
      return false;
    };
    for (let i = 1; i < tokens.length; i++) {
      if ((taken[i] && !freeSurname(i)) || inTitle[i]) continue;
      const saying = someStemListed(i - 1, SAYING_VERB);
      // a noun of meeting vouches only for a listed surname: "لقاء مودي وشي"
      const partyOf = !saying && someStemListed(i - 1, PARTY_NOUN) && freeSurname(i);
      if (!saying && !partyOf && !actionVerbAt(i - 1)) continue;
      const w = tokens[i]!.text;
      if (w.length < 3 || !(isNameToken(i) || freeSurname(i)) || !continues(i) || shaped(i, VERB_FORM) || listed(i, SOURCE_HEAD)) continue;
      // quoted words or a colon after the verb open a quotation, not a subject ("وقال: أعتقد")
      if (!shaped(i - 1, SPACE_AFTER)) continue;
      // a preposition on a common noun is no subject: "استقبل بقصر الصافرية"
      if (!listed(i, FIRST_NAME) && PREPOSITION_PROCLITICS.has(w[0]!) && (g.commonWords.has(w.slice(1)) || PLACE_CONSTRUCTS.has(w.slice(1)))) continue;
      // a given name in ة is a listed one (فاطمة، أسامة); otherwise it is a noun ("أبدى مرونة")
      if (!listed(i, FIRST_NAME) && (!nameShaped(i, saying) || /ة$/u.test(writtenForm(i)))) continue;
      let n = 1;
      // (two listed surnames side by side are two people: "التقى بوتين ويتكوف")
      // (nor a common noun with the article, the verb's object: "واتهم هيج الجماعة بـ…")
      while (n < 3 && (isNameToken(i + n) || freeSurname(i + n)) && !(freeSurname(i) && freeSurname(i + n)) && joinable(i + n - 1, i + n) && continuesName(i, i + n) && nameShaped(i + n, true) && !listed(i + n, SAY_CUE_WORD) && !appositionAt(i + n)
        && !(shaped(i + n, DEFINITE) && !listed(i + n, FIRST_NAME) && (listed(i + n, COMMON_WORD) || g.commonWords.has(tokens[i + n]!.text.slice(2))))) n++;
      const next = tokens[i + n];
      // (nothing after the last token reads as punctuation)
      const punctuated = !shaped(i + n - 1, SPACE_AFTER);
      const apposition = !punctuated && appositionAt(i + n);
      // a definite word is a name only when a title in apposition says so ("وقال البدري مدير الكرة")
      if (shaped(i, DEFINITE) && !(apposition && listed(i + n, APPOSITION_HEAD))) continue;
      const objectFollows = listed(i + n, COMMON_WORD) || shaped(i + n, DEFINITE);
      // "ورفض بوش وبلير": another name joined by و
      const coordinated = !!next && /^و/u.test(next.text) && (taken[i + n] === 1 || stemsOf(i + n).some((st) => st.clitic === 1 && (st.lists & FIRST_NAME) !== 0));
      // "التقى مودي بوتين": another listed surname, the verb's object
      const personFollows = n === 1 && freeSurname(i) && freeSurname(i + 1);
      if (punctuated || apposition || objectFollows || coordinated || personFollows || listed(i + n, SAY_CUE_WORD)) {
        if (partyOf && n > 1) continue;
        const rule = saying ? 'subject of a verb of saying' : partyOf ? 'party of a meeting noun' : 'subject of a verb';
        if (n === 1 && freeSurname(i)) contextSurnames.set(i, rule);
        else if (layer.entityAtToken.slice(i, i + n).every((id) => id === undefined)) addPatternPerson(i, n, tokens[i]!.start, rule);
        i += n - 1;
      }
    }
  };
  subjectsOfVerbs();

  // 4d. a name right before a bracket that only a person takes: the minute of a goal in match reports
  // ("اثر تمريرة من رييس ( 27 )", "وسجل كيني ميلر ( 61 )"), or an age ("فينغر ( 56 عاما )").
  // Found from the bracket backwards, so a document without one costs a single regex scan.
  const peopleBeforeBrackets = (): void => {
    const nameBefore = (at: number, rule: string): void => {
      const last = firstFrom(tokens, at) - 1;
      if (last < 0 || !/^\s*$/u.test(key.slice(tokens[last]!.end, at))) return;
      if (freeSurname(last)) {
        contextSurnames.set(last, rule);
        return;
      }
      // the longest name of up to three words that ends right before the bracket
      for (let i = Math.max(0, last - 2); i <= last; i++) {
        if (taken[i] || shaped(i, DEFINITE) || tokens[i]!.text.length < 3 || !isNameToken(i) || !continues(i) || shaped(i, VERB_FORM)) continue;
        let n = 1;
        while (i + n <= last && isNameToken(i + n) && joinable(i + n - 1, i + n) && continuesName(i, i + n)) n++;
        if (i + n - 1 !== last) continue;
        if (nameShaped(i, true) && !/ة$/u.test(writtenForm(i))) addPatternPerson(i, n, tokens[i]!.start, rule);
        break;
      }
    };
    for (const minute of key.matchAll(GOAL_MINUTE)) {
      const m = Number(minute[1]);
      if (m >= 1 && m <= 120) nameBefore(minute.index, 'scorer before the minute');
    }
    for (const age of key.matchAll(AGE_IN_BRACKETS)) nameBefore(age.index, 'age in brackets');
  };
  peopleBeforeBrackets();

  // 4e. people named in a list with someone already found: "بين أبوتريكة ومتعب", "كاسياس وراموس"
  const peopleListedWithOthers = (): void => {
    const personEnds: number[] = [];
    for (const e of layer.entities.values()) if (e.type === 'person') for (const m of e.mentions) personEnds.push(m.end);
    personEnds.sort((a, b) => a - b);
    for (const end of personEnds) {
      let j = firstFrom(tokens, end);
      while (j < tokens.length && !taken[j] && joinable(j - 1, j) && /^و\p{L}{3,}/u.test(tokens[j]!.text)) {
        const st = stemsOf(j).find((x) => x.clitic === 1);
        // (the whole word may be a word of its own: "وزارة", "وافق")
        if (!st || listed(j, COMMON_WORD) || accusativeOfCommonWord(j) || (st.lists & (COMMON_WORD | STOPWORD | TITLE)) !== 0 || /^ال/u.test(st.stem) || VERB_SHAPED.test(st.stem) || pronounSuffixed(j)) break;
        const name = nameAt(j, 1);
        if (name) {
          addPatternPerson(name.first, name.count, name.start, 'listed with a person');
          j += name.count;
        } else if (clearEnd(j) || /^و/u.test(tokens[j + 1]?.text ?? '')) {
          addPatternPerson(j, 1, tokens[j]!.start + 1, 'listed with a person');
          j += 1;
        } else break;
      }
    }
  };
  peopleListedWithOthers();

  // 4f. bylines: "كتب ـ خليفة أدهم :", "بقلم: سمير عطا الله" — the name runs to the punctuation that closes it
  const peopleInBylines = (): void => {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!BYLINE_HEADS.has(tokens[i]!.text) || !/^\s*[:ـ\-–—]?\s*$/u.test(key.slice(tokens[i]!.end, tokens[i + 1]!.start))) continue;
      const k = i + 1;
      let n = nameAt(k)?.count ?? 0;
      if (!n) while (n < 3 && isNameToken(k + n) && (n === 0 || joinable(k + n - 1, k + n))) n++;
      const next = tokens[k + n];
      if (n === 0 || (next && !/[:ـ\-–—،,.\n]/u.test(key.slice(tokens[k + n - 1]!.end, next.start)))) continue;
      addPatternPerson(k, n, tokens[k]!.start, `byline: ${tokens[i]!.text}`);
      i = k + n - 1;
    }
  };
  peopleInBylines();

  // 4g. places the gazetteer lacks, after a noun that says what they are: "حي البياع", "بلدتي الباذان وطلوزة"
  const placesAfterPlaceNouns = (): void => {
    const addPatternPlace = (first: number, count: number, start: number, rule: string): void => {
      const end = tokens[first + count - 1]!.end;
      const folded = key.slice(start, end).replace(/\s+/gu, ' ');
      const id = `place:${romanize(folded)}`;
      addMention(layer.entities.get(id) ?? { id, type: 'place', ar: folded, source: 'pattern', kind: 'locality', mentions: [] }, start, end, rule, first, count);
    };
    const placeWord = (j: number): boolean => {
      const t = tokens[j];
      if (!t || !isNameToken(j) || t.text.length < 3 || !continues(j) || shaped(j, VERB_FORM)) return false;
      // an adjective, not a name: "المنطقة الشمالية", "حي سكني"
      return !/^(ال)?\p{L}+(ي|يه|يين|يون)$/u.test(t.text) || shaped(j, STARTS_NAME);
    };
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!someStemListed(i, PLACE_HEAD_NOUN)) continue;
      const head = stemsOf(i).find((st) => (st.lists & PLACE_HEAD_NOUN) !== 0);
      if (!head || taken[i + 1] || !joinable(i, i + 1) || !placeWord(i + 1)) continue;
      let n = 1;
      // two words when the second has the article or the first is a construct noun: "عين الحلوة", "بيت حانون"
      if (placeWord(i + 2) && joinable(i + 1, i + 2) && (shaped(i + 2, DEFINITE) || PLACE_CONSTRUCTS.has(tokens[i + 1]!.text)) && !listed(i + 2, SAY_CUE_WORD)) n = 2;
      addPatternPlace(i + 1, n, tokens[i + 1]!.start, `place noun: ${head.stem}`);
      // a dual head names two: "بلدتي الباذان وطلوزة"
      const other = i + 1 + n;
      if (PLACE_HEAD_DUALS.has(head.stem) && tokens[other] && !taken[other] && /^و\p{L}{3,}/u.test(tokens[other]!.text) && joinable(other - 1, other)) {
        const st = stemsOf(other).find((x) => x.clitic === 1);
        if (st && !(st.lists & (COMMON_WORD | STOPWORD))) addPatternPlace(other, 1, tokens[other]!.start + 1, `place noun: ${head.stem}`);
      }
      i += n;
    }
  };
  placesAfterPlaceNouns();

  /** A country's adjective of one word ("الكيني", "المصري"), by the gazetteer. */
  const isNisbaWord = (word: string): boolean => g.surfacesStartingWith(word).some((x) => x.kind === 'nisba' && x.tokens.length === 1);

  // 5. surnames of people found by pattern, elsewhere in the document
  const surnamesInDocument = (): void => {
    const patternSurnames = new Map<string, string>();
    for (const e of layer.entities.values()) {
      if (e.source !== 'pattern') continue;
      const last = e.ar.split(' ').at(-1)!;
      // a country's adjective ends many phrases the rules took for names ("الدعم العربي"): not a surname to follow
      const nisbaOnly = isNisbaWord(last) || (e.ar === last && /^ال/u.test(last));
      if (last.length >= 3 && !nisbaOnly && !g.commonWords.has(last) && !g.firstNames.has(last) && !NOT_SURNAMES.has(last)) patternSurnames.set(last, e.id);
    }
    for (let i = 0; i < tokens.length && patternSurnames.size; i++) {
      if (taken[i]) continue;
      for (const s of stemsOf(i)) {
        const id = patternSurnames.get(s.stem);
        if (!id) continue;
        addMention(layer.entities.get(id)!, tokens[i]!.start + s.clitic, tokens[i]!.end, 'surname-in-document', i, 1);
        break;
      }
    }
  };
  surnamesInDocument();

  // 6. surnames and ambiguous forms: the entity this document names, else the one clear referent
  const resolvePending = (): void => {
    /**
     * A foreign-looking surname of listed people that says which of them only with more context ("بلير",
     * "رايس"): still someone. Not a word, a given name or a definite form ("أمين", "العلي"), nor inside a longer name.
     */
    const unknownNameBefore = (m: GazetteerMatch): boolean => {
      const j = m.firstToken - 1;
      return j >= 0 && m.start === tokens[m.firstToken]!.start && !taken[j] && joinable(j, m.firstToken) && isNameToken(j) && continues(j) && !shaped(j, DEFINITE);
    };
    const foreignPerson = (id: string): boolean => {
      const e = g.entity(id);
      return e?.type === 'person' && !!e.country && !ARAB_COUNTRIES.has(e.country);
    };
    const unclaimedSurname = (m: GazetteerMatch, form: string, candidates: string[]): boolean => {
      const i = m.firstToken;
      if (m.tokenCount !== 1 || form.length < 4 || /^ال/u.test(form) || g.commonWords.has(form) || g.firstNames.has(form) || STOP.has(form)) return false;
      // a foreign surname: an Arab one is usually a word as well ("أمين", "عبيد", "باهر")
      if (!candidates.every(foreignPerson)) return false;
      // with و at most: "فرائس" is not ف + رايس, nor "بلون" ب + لون
      if (m.start !== tokens[i]!.start && key.slice(tokens[i]!.start, m.start) !== 'و') return false;
      // part of a longer name the rules missed ("كولو توريه")? then not alone
      const nameNear = (j: number): boolean => !!tokens[j] && (taken[j] === 1 || listed(j, FIRST_NAME) || (isNameToken(j) && continues(j))) && (j < i ? joinable(j, i) : joinable(i, j));
      return !nameNear(i - 1) && !nameNear(i + 1);
    };
    for (const { m, candidates, nisba } of pending) {
      if (layer.entityAtToken[m.firstToken] !== undefined) continue; // inside a longer name found by pattern
      // a surname that is also a given name, before a name word: someone else's given name ("المغربي مبارك بوصوفة")
      const form = key.slice(m.start, m.end);
      if (m.tokenCount === 1 && m.start === tokens[m.firstToken]!.start && (g.ambiguousFirstNames.has(form) || g.firstNames.has(form))) {
        const name = nameAt(m.firstToken, 0, true);
        // (not before a definite word: "أمين السر" is a post)
        if (name && name.count >= 2 && !/^ال/u.test(tokens[m.firstToken + 1]!.text)) {
          addPatternPerson(name.first, name.count, name.start, 'first-name');
          continue;
        }
      }
      const inDoc = candidates.filter((id) => layer.entities.has(id));
      let id: string | undefined;
      if (inDoc.length) id = inDoc.sort((a, b) => layer.entities.get(b)!.mentions.length - layer.entities.get(a)!.mentions.length)[0];
      else {
        // a bare surname needs a title before it, or must belong to a head of state or government
        const titled = m.firstToken > 0 && listed(m.firstToken - 1, TITLE);
        const ranked = byProminence(g, candidates);
        const top = ranked[0];
        const clear = top && top[1] > (ranked[1]?.[1] ?? -1);
        // a surname that is also an ordinary word ("أكبر", "الحسن") needs the full name or a title
        const distinctive = form.length >= 5 && !g.commonWords.has(form);
        // a short one only foreigners have, without a verb's shape, where only a person can stand
        // ("وقال بلير"، "يلتقي أنان"); alone, four letters are too often an Arabic word (مأمن، زاده، نكاد)
        const contextual = contextSurnames.has(m.firstToken);
        const shortShape = contextual && form.length === 4 && !g.commonWords.has(form) && !/ت$/u.test(form) && !shaped(m.firstToken, VERB_FORM);
        const shortInContext = shortShape && candidates.every(foreignPerson);
        /** The one candidate in office when the article was written, if only one was. */
        const soleInOffice = (): string | undefined => {
          const now = ctx.docDate ? candidates.filter((c) => inOffice(g, c, ctx.docDate)) : [];
          return now.length === 1 ? now[0] : undefined;
        };
        let now: string | undefined;
        if (clear && (titled || (top[1] >= MIN_PROMINENCE_ALONE && distinctive))) id = top[0];
        // one person in office when the article was written, with a surname no one else has
        else if (candidates.length === 1 && distinctive && inOffice(g, candidates[0]!, ctx.docDate)) id = candidates[0];
        // several with this surname, one of them in office then ("وقالت رايس" in 2006: Condoleezza, not Susan;
        // "التقى مودي بوتين" in 2025: Narendra, a foreigner, not a name of the Arabic word lists)
        else if ((distinctive || shortShape) && (now = soleInOffice()) && (distinctive || shortInContext || foreignPerson(now))) id = now;
        else if (titled && candidates.length === 1) id = candidates[0];
        // a surname only one listed person has, when it is no Arabic word: transliterated ("أينشتاين", "ميسي")
        // or a nisba family name ("السيستاني", "الزرقاوي")
        // (not after a word the rules do not know, likely another given name: "كولو توريه" is not Yaya Touré)
        else if (candidates.length === 1 && distinctive && !unknownNameBefore(m) && (foreignPerson(candidates[0]!) || /^ال\p{L}{3,}ي$/u.test(form))) id = candidates[0];
        // the one person with this surname, where only a person can stand ("وقال فينغر إن", "فينغر ( 56 عاما )")
        else if (contextual && candidates.length === 1 && (distinctive || shortInContext)) id = candidates[0];
      }
      if (id) addMention(g.entity(id)!, m.start, m.end, `gazetteer:${strongest(m.surfaces.filter((s) => s.kind !== 'nisba'))[0]!.kind}`, m.firstToken, m.tokenCount);
      else if (contextSurnames.has(m.firstToken)) addPatternPerson(m.firstToken, 1, m.start, contextSurnames.get(m.firstToken)!);
      else if (unclaimedSurname(m, form, candidates)) addPatternPerson(m.firstToken, 1, m.start, 'surname of a listed person');
      else if (nisba) layer.nisbas.push({ start: m.start, end: m.end, country: nisba });
    }
  };
  resolvePending();

  // 6b. someone named in full and then by the last word alone ("توم باراك … وقال باراك", "لوران نونيز …
  // استقبل نونيز"): one person, whatever rule took the word alone for someone of its own. (Step 5
  // gave the words no rule took to unlisted people's surnames; this takes listed people's too, where
  // a person stands, and merges the one-word people earlier rules made.)
  /** Token i stands between كان and قد, where a pluperfect's subject does: "وكان بولس قد التقى". */
  const betweenWasAndQad = (i: number): boolean =>
    i > 0 && WAS_SUBJECT_BEFORE.has(tokens[i - 1]!.text) && tokens[i + 1]?.text === 'قد' && joinable(i - 1, i) && joinable(i, i + 1);
  const lastWordsIntoFullNames = (): void => {
    /** Last word of a person's name of two words or more → the person; null when two people share it. */
    const owners = new Map<string, string | null>();
    for (const e of layer.entities.values()) {
      if (e.type !== 'person') continue;
      for (const m of e.mentions) {
        const text = key.slice(m.start, m.end);
        const space = text.lastIndexOf(' ');
        if (space < 0) continue;
        const last = text.slice(space + 1);
        if (NOT_SURNAMES.has(last)) continue;
        const had = owners.get(last);
        owners.set(last, had === undefined || had === e.id ? e.id : null);
      }
    }
    if (!owners.size) return;
    for (const e of [...layer.entities.values()]) {
      if (e.type !== 'person' || e.source !== 'pattern' || e.ar.includes(' ')) continue;
      const owner = owners.get(e.ar);
      if (!owner || owner === e.id) continue;
      layer.entities.delete(e.id);
      for (const m of e.mentions) addMention(layer.entities.get(owner)!, m.start, m.end, 'surname-in-document', firstFrom(tokens, m.start + 1) - 1, 1);
    }
    // the word alone that no rule took, where a person stands: before a verb or after one, after a
    // title or a noun of meeting ("عون يلتقي باراك في بعبدا", عون being also a word, "help"); a
    // nationality too, where no noun stands before it to describe ("يذكر أن السوداني كان قد زار طهران")
    for (let i = 0; i < tokens.length; i++) {
      // (the word, or it without و/ف: the first two stems; looked up by text, most words own nothing)
      const texts = tokens[i]!.word.stemTexts;
      let clitic = 0;
      let owner = owners.get(texts[0]!);
      if (!owner && texts.length > 1 && texts[1]!.length === texts[0]!.length - 1 && (texts[0]!.charCodeAt(0) === WAW || texts[0]!.charCodeAt(0) === FA)) {
        owner = owners.get(texts[1]!);
        clitic = 1;
      }
      if (!owner) continue;
      if (taken[i]) {
        const nisba = clitic === 0 && layer.entityAtToken[i] === undefined ? nisbaAt.get(tokens[i]!.start) : undefined;
        // (or after مع, or between كان and قد: "في اتصال هاتفي مع السوداني", "وكان السوداني قد التقى")
        if (nisba && i > 0 && (COMPLEMENTISERS.has(tokens[i - 1]!.text) || WITH.has(tokens[i - 1]!.text) || betweenWasAndQad(i) || someStemListed(i - 1, ACTION_VERB | SAYING_VERB) || HOLDING.has(stemsOf(i - 1).at(-1)?.stem ?? '')) && joinable(i - 1, i)) {
          layer.nisbas.splice(layer.nisbas.indexOf(nisba), 1);
          addMention(layer.entities.get(owner)!, tokens[i]!.start, tokens[i]!.end, 'surname-in-document', i, 1);
        }
        continue;
      }
      // (a definite word that is also an ordinary one is the word: "المخرج الوحيد")
      const stem = texts[clitic]!;
      if (/^ال/u.test(stem) && ((STATIC_LISTS.get(stem) ?? 0) & STOPWORD || g.commonWords.has(stem) || g.commonWords.has(stem.slice(2)))) continue;
      const personSlot = (listed(i + 1, ACTION_VERB | SAYING_VERB) && joinable(i, i + 1)) || (i > 0 && someStemListed(i - 1, ACTION_VERB | SAYING_VERB | PARTY_NOUN | TITLE) && joinable(i - 1, i))
        // (a given name that is no word as well, not the first of another name after it, nor a verb after a
        // relative pronoun: "أن يتوجه بولس إلى الرياض" after "مسعد بولس"; not "بولس الخوري", "التي طالب بها",
        // "فقد طالب بعض الصحابة"; an adjective such as "توغل بري" is no given name)
        || (listed(i, FIRST_NAME) && !listed(i, STOPWORD | COMMON_WORD | TITLE | AMBIGUOUS_FIRST_NAME) && !g.commonWords.has(stem) && !(isNameToken(i + 1) && joinable(i, i + 1))
          && !(i > 0 && RELATIVE_PRONOUNS.has(tokens[i - 1]!.text)))
        // (an adverb of time between the verb and its object: "والتقى حينها عون وبري وسلام")
        || (i > 1 && ADVERBS_OF_THEN.has(tokens[i - 1]!.text) && someStemListed(i - 2, ACTION_VERB) && joinable(i - 2, i - 1) && joinable(i - 1, i))
        // (between كان and قد: "وكان بولس قد التقى")
        || betweenWasAndQad(i)
        // (joined by و to a person: "الشرع يلتقي أردوغان وباراك")
        || (clitic === 1 && texts[0]!.charCodeAt(0) === WAW && i > 0 && joinable(i - 1, i) && layer.entities.get(layer.entityAtToken[i - 1] ?? '')?.type === 'person');
      if (personSlot) addMention(layer.entities.get(owner)!, tokens[i]!.start + clitic, tokens[i]!.end, 'surname-in-document', i, 1);
    }
  };
  lastWordsIntoFullNames();

  // 6b'. a listed name going on with "بن" and more of the lineage the lexicon leaves out ("محمد بن
  // عبدالرحمن بن جاسم آل ثاني"): one person, not a second found by pattern in what follows
  const lineagesOfListedNames = (): void => {
    for (const e of [...layer.entities.values()]) {
      if (e.type !== 'person' || e.source !== 'pattern') continue;
      for (const m of [...e.mentions]) {
        const i = firstFrom(tokens, m.start + 1) - 1;
        if (i < 2 || tokens[i]!.start !== m.start || !SON_OF.has(tokens[i - 1]!.text) || !joinable(i - 2, i - 1) || !joinable(i - 1, i)) continue;
        const listed = layer.entities.get(layer.entityAtToken[i - 2] ?? '');
        const before = listed && listed.type === 'person' && listed.source !== 'pattern' ? listed.mentions.find((x) => x.end === tokens[i - 2]!.end) : undefined;
        if (!before) continue;
        removeMention(e.id, m.start);
        before.end = m.end;
        for (let j = i - 1; j < tokens.length && tokens[j]!.start < m.end; j++) {
          layer.entityAtToken[j] = listed!.id;
          taken[j] = 1;
        }
      }
    }
  };
  lineagesOfListedNames();

  // 6b''. a listed name of two words with the father's name between them ("رشاد محمد العليمي", "شائع محسن
  // الزنداني"): the listed person, not one found by pattern
  const fathersNamesInListedNames = (): void => {
    for (const e of [...layer.entities.values()]) {
      if (e.type !== 'person' || e.source !== 'pattern') continue;
      const words = e.ar.split(' ');
      if (words.length !== 3 || !g.firstNames.has(words[1]!)) continue;
      const ids = new Set(g.surfacesStartingWith(words[0]!).filter((x) => x.tokens.length === 2 && x.tokens[1] === words[2] && g.entity(x.id)?.type === 'person').map((x) => x.id));
      if (ids.size !== 1) continue;
      const listedPerson = g.entity([...ids][0]!)!;
      layer.entities.delete(e.id);
      for (const m of e.mentions) {
        const first = firstFrom(tokens, m.start + 1) - 1;
        addMention(layer.entities.get(listedPerson.id) ?? listedPerson, m.start, m.end, 'listed name with the father\'s name', first, firstFrom(tokens, m.end) - first);
      }
    }
  };
  fathersNamesInListedNames();

  // 6c. a capital named by its country's nationality ("وصل إلى العاصمة الروسية", "بالعاصمة الأمريكية"):
  // that capital, unless a place's name follows, the one the text means ("العاصمة الأمريكية واشنطن")
  const capitalsByNationality = (): void => {
    /** The noun of a capital right before token i ("العاصمة", "بالعاصمة"), if any. */
    const capitalNounBefore = (i: number): ListedStem | undefined => (i > 0 && joinable(i - 1, i) ? stemsOf(i - 1).find((st) => CAPITAL_NOUNS.has(st.stem)) : undefined);
    /** A place's name right after token i: the capital the text means ("العاصمة الروسية موسكو"). */
    const placeAfter = (i: number): boolean => {
      const next = i + 1 < tokens.length && joinable(i, i + 1) ? layer.entityAtToken[i + 1] : undefined;
      return next !== undefined && (layer.entities.get(next)?.type ?? g.entity(next)?.type) === 'place';
    };
    for (const n of [...layer.nisbas]) {
      const ni = firstFrom(tokens, n.start + 1) - 1;
      if (ni < 1 || tokens[ni]!.start !== n.start) continue;
      const head = capitalNounBefore(ni);
      const e = head ? g.entity(g.entity(n.country)?.capital ?? '') : undefined;
      if (!head || !e || placeAfter(ni)) continue;
      layer.nisbas.splice(layer.nisbas.indexOf(n), 1);
      addMention(e, tokens[ni - 1]!.start + head.clitic, n.end, CAPITAL_BY_NATIONALITY, ni - 1, 2);
    }
    // a country whose name is its nationality's word, "السعودية": "في العاصمة السعودية" is Riyadh too
    for (const country of [...layer.entities.values()]) {
      const capital = country.type === 'place' ? g.entity(g.entity(country.id)?.capital ?? '') : undefined;
      if (!capital) continue;
      for (const m of [...country.mentions]) {
        const ci = firstFrom(tokens, m.start + 1) - 1;
        if (ci < 1 || tokens[ci]!.start !== m.start || tokens[ci]!.end !== m.end || !NATIONALITY_SHAPED.test(tokens[ci]!.text)) continue;
        const head = capitalNounBefore(ci);
        if (!head) continue;
        removeMention(country.id, m.start);
        // (before the capital's name the word is the adjective, as a nationality is: "العاصمة السعودية الرياض")
        if (placeAfter(ci)) {
          layer.entityAtToken[ci] = undefined;
          layer.nisbas.push({ start: m.start, end: m.end, country: country.id });
        } else addMention(capital, tokens[ci - 1]!.start + head.clitic, m.end, CAPITAL_BY_NATIONALITY, ci - 1, 2);
      }
    }
  };
  capitalsByNationality();

  // 6d. counterparts, once surnames are resolved: the role of the person before, for each nationality written after
  const rolesOfCounterparts = (): void => {
    for (const c of counterparts) {
      const role = roleOfLastPerson(c.ti);
      if (!role) continue;
      layer.roles.push({ start: c.start, end: c.end, role, scope: c.scope, holder: null });
      for (const more of c.others) layer.roles.push({ start: more.start, end: more.end, role, scope: more.scope, holder: null });
    }
    layer.roles.sort((a, b) => a.start - b.start);
  };
  if (counterparts.length) rolesOfCounterparts();

  // 6d'. the guest by nationality, no name after it ("عقد اليحيا مع الضيف الأردني جلسة مباحثات"): a
  // person of that country the story named before it
  const guestsByNationality = (): void => {
    const nisbaStarting = new Map(layer.nisbas.map((n) => [n.start, n]));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const guest = taken[i] ? undefined : stemsOf(i).find((st) => GUEST_WORDS.has(st.stem));
      if (!guest || !joinable(i, i + 1)) continue;
      const nisba = nisbaStarting.get(tokens[i + 1]!.start);
      if (!nisba) continue;
      const after = firstFrom(tokens, nisba.end);
      if (after < tokens.length && joinable(after - 1, after) && layer.entityAtToken[after] && layer.entities.get(layer.entityAtToken[after]!)?.type === 'person') continue;
      const iso2 = g.entity(nisba.country)?.iso2;
      if (!iso2) continue;
      // (the one the story names most by then, the first named if as often: the guest, not who sent him,
      // "يستقبل الصفدي حاملا رسالة من العاهل الأردني")
      let best: { id: string; count: number; first: number } | null = null;
      for (const e of layer.entities.values()) {
        if (e.type !== 'person' || g.entity(e.id)?.country !== iso2) continue;
        const before = e.mentions.filter((m) => m.end <= tokens[i]!.start);
        if (!before.length) continue;
        const first = Math.min(...before.map((m) => m.start));
        if (!best || before.length > best.count || (before.length === best.count && first < best.first)) best = { id: e.id, count: before.length, first };
      }
      if (best) addMention(layer.entities.get(best.id)!, tokens[i]!.start + guest.clitic, nisba.end, 'guest by nationality', i, after - i);
    }
  };
  guestsByNationality();

  // 6e. a name after a place or institution named after its bearer, titles between allowed ("مطار
  // رفيق الحريري الدولي", "ملعب الملك فهد"): the place's name, not the person
  const namesOfPlaces = (): void => {
    for (const e of [...layer.entities.values()]) {
      if (e.type !== 'person') continue;
      for (const m of [...e.mentions]) {
        let j = firstFrom(tokens, m.start + 1) - 2;
        while (j >= 0 && listed(j, TITLE | TITLE_OPENER | MODIFIER) && joinable(j, j + 1)) j--;
        if (j < 0 || !someStemListed(j, NAMED_AFTER_NOUN) || !joinable(j, j + 1)) continue;
        removeMention(e.id, m.start);
        for (let k = j + 1; k < tokens.length && tokens[k]!.start < m.end; k++) if (layer.entityAtToken[k] === e.id) layer.entityAtToken[k] = undefined;
      }
    }
  };
  namesOfPlaces();

  // 7. roles: the one person the document names with the role ("رئيس الوزراء العراقي يبحث مع السفير
  // الإيراني" over "السفير الإيراني لدى بغداد محمد كاظم آل صادق"), listed or not; else the holder on
  // the document's date, preferring someone the document names
  const bearersOf = (role: Role, scope: string): string[] => {
    const ids: string[] = [];
    const roles = rolesNamedBy(role, g, scope);
    for (const t of titledNames) {
      const id = roles.includes(t.role) && t.scope === scope ? layer.entityAtToken[t.at] : undefined;
      if (id && !ids.includes(id) && layer.entities.get(id)?.type === 'person') ids.push(id);
    }
    return ids;
  };
  const holderOf = (r: RoleMention): string | null => {
    const bearers = bearersOf(r.role, r.scope);
    const roles = rolesNamedBy(r.role, g, r.scope);
    // ("الوزير الفرنسي": the one minister of France the document names, by a title or as the lexicon's
    // holder; "رئيس البنك الدولي": the one who leads it, named or not)
    if (roles.length > 1) {
      const all = [...new Set(roles.flatMap((role) => holders(g, role, r.scope, ctx.docDate)))];
      const named = new Set([...bearers, ...all.filter((id) => layer.entities.has(id))]);
      if (named.size === 1) return [...named][0]!;
      return named.size === 0 && r.role === 'leader' && all.length === 1 ? all[0]! : null;
    }
    let all = bearers.length === 1 ? bearers : holders(g, r.role, r.scope, ctx.docDate);
    // without the document's date, the one holder ever that the document names, not today's ("وصل رئيس
    // جمهورية فنزويلا هوغو تشافيز" in an undated article is Chávez)
    if (!ctx.docDate && bearers.length !== 1) {
      const namedEver = g.roleHolders(r.role, r.scope).filter((id) => layer.entities.has(id));
      if (namedEver.length === 1) all = namedEver;
    }
    // a country without a prime minister (Turkey since 2018): its head of government is its president
    if (!all.length && r.role === 'head_of_government') all = holders(g, 'head_of_state', r.scope, ctx.docDate);
    const named = all.filter((id) => layer.entities.has(id));
    return named.length === 1 ? named[0]! : named.length === 0 && all.length === 1 ? all[0]! : null;
  };
  /**
   * The person named right before a title, set off by a space or a comma, who held that office at
   * some time: the title is that person's, whatever the article's date ("التي قام بها جون ميجور رئيس
   * وزراء بريطانيا" in 2025 is Major, not the prime minister then).
   */
  const apposedHolder = (r: RoleMention, personEndingAt: Map<number, string>): string | null => {
    let end = r.start;
    while (end > 0 && (key[end - 1] === ' ' || key[end - 1] === ',')) end--;
    const id = personEndingAt.get(end);
    if (!id) return null;
    const roles = rolesNamedBy(r.role, g, r.scope);
    return g.entity(id)?.roles?.some((span) => span.scope === r.scope && roles.includes(span.role)) ? id : null;
  };
  /** Where each person's mentions start, in text order. */
  const personStarts = (): Array<{ start: number; id: string }> => {
    const people: Array<{ start: number; id: string }> = [];
    for (const e of layer.entities.values()) if (e.type === 'person') for (const m of e.mentions) people.push({ start: m.start, id: e.id });
    return people.sort((a, b) => a.start - b.start);
  };
  /**
   * No verb, particle or preposition stands from `from` to the name at `to`, which starts a word: a
   * chain of one person's offices ("الممثل الأعلى للأمن والسياسة الخارجية الأوروبي خافيير سولانا"), not
   * a verb or a preposition before another ("ورحب رئيس الدولة بالرئيس الكيني", "رئيس الدولة كان قد
   * بحث مع الرئيس الكيني").
   */
  const titlesOnlyBetween = (from: number, to: number): boolean => {
    const k = firstFrom(tokens, to);
    if (tokens[k]?.start !== to) return false;
    // (the stop words hold some words of titles: "وزير")
    for (let j = firstFrom(tokens, from); j < k; j++) if (listed(j, ACTION_VERB | SAYING_VERB) || (listed(j, STOPWORD) && !listed(j, TITLE | TITLE_OPENER | MODIFIER | HONORIFIC_WORD))) return false;
    return true;
  };
  /** A country's adjective among the words from `from` to `to` ("الرئيس الكيني", "الوزير المصري"). */
  const countryAdjectiveIn = (from: number, to: number): boolean => {
    for (let j = firstFrom(tokens, from); j < tokens.length && tokens[j]!.end <= to; j++) if (isNisbaWord(tokens[j]!.text)) return true;
    return false;
  };
  /** Where each person's mentions start, sorted, as they were when first asked for (a long article names some people thousands of times). */
  const mentionStartsOf = new Map<string, Array<{ start: number }>>();
  const startsOf = (id: string): Array<{ start: number }> => {
    let starts = mentionStartsOf.get(id);
    if (!starts) mentionStartsOf.set(id, (starts = (layer.entities.get(id)?.mentions ?? []).map((m) => ({ start: m.start })).sort((a, b) => a.start - b.start)));
    return starts;
  };
  /** The one of `holders` the document names most often before `at`; all of them when two are named as often. */
  const mostNamedBefore = <T extends { id: string }>(holders: T[], at: number): T[] => {
    const counts = holders.map((h) => firstFrom(startsOf(h.id), at));
    const top = Math.max(...counts);
    const best = holders.filter((_, i) => counts[i] === top);
    return best.length === 1 ? best : holders;
  };
  /**
   * People named with an office and its country, after the name ("يوسف رجي وزير الخارجية اللبناني") or
   * before it ("وزير الخارجية المصري بدر عبد العاطي"), and where the title stands.
   */
  const introducedWithCountry = new Map<string, number>();
  /** `id` was so named, for the office `role` (null: whatever the office), at `start`: the first time is kept. */
  const introduce = (id: string, role: Role | null, start: number): void => {
    const k = role === null ? id : `${id}\u0000${role}`;
    const had = introducedWithCountry.get(k);
    if (had === undefined || start < had) introducedWithCountry.set(k, start);
  };
  /** `id` was named with the country of the office `role`, or of any, before `at`. */
  const introducedBefore = (id: string, role: Role, at: number): boolean =>
    (introducedWithCountry.get(id) ?? Infinity) < at || (introducedWithCountry.get(`${id}\u0000${role}`) ?? Infinity) < at;
  /** The person named right before `start`, past titles, spaces and commas only (MAX_TITLE_CHAIN characters at most). */
  const namedBeforeTitles = (start: number, personEndingAt: ReadonlyMap<number, string>): string | undefined => {
    for (let k = firstFrom(tokens, start) - 1; k >= 0 && start - tokens[k]!.end <= MAX_TITLE_CHAIN; k--) {
      if (!/^[\s,]*$/u.test(key.slice(tokens[k]!.end, tokens[k + 1]?.start ?? start))) return undefined;
      const id = personEndingAt.get(tokens[k]!.end);
      if (id) return id;
      if (!inTitle[k] && !listed(k, TITLE | TITLE_OPENER | MODIFIER)) return undefined;
    }
    return undefined;
  };
  const introduceTitledNames = (): void => {
    for (const t of titledNames) {
      const id = layer.entityAtToken[t.at];
      if (id && layer.entities.get(id)?.type === 'person') introduce(id, t.role, tokens[t.at]!.start);
    }
    // (or with a country's adjective among the words of title before the name, whatever the office, as far
    // back as an honorific may stand: "نظيره السعودي الأمير فيصل بن فرحان")
    const nisbaStarts = new Set(layer.nisbas.map((n) => n.start));
    for (const e of layer.entities.values()) {
      if (e.type !== 'person') continue;
      for (const m of e.mentions) {
        for (let k = firstFrom(tokens, m.start) - 1, n = 0; k >= 0 && n < MAX_HONORIFIC_GAP; k--, n++) {
          if (nisbaStarts.has(tokens[k]!.start)) {
            introduce(e.id, null, m.start);
            break;
          }
          if (!inTitle[k] && !listed(k, TITLE | TITLE_OPENER | MODIFIER | HONORIFIC_WORD)) break;
        }
      }
    }
  };
  const holdersOfRoles = (): void => {
    if (!layer.roles.length) return;
    const personEndingAt = new Map<number, string>();
    for (const e of layer.entities.values()) if (e.type === 'person') for (const m of e.mentions) personEndingAt.set(m.end, e.id);
    // (a role's holder depends on its role and scope alone, and a long article names the same few
    // offices thousands of times)
    const holderByOffice = new Map<string, string | null>();
    const holderOfOffice = (r: RoleMention): string | null => {
      const office = `${r.role} ${r.scope}`;
      let held = holderByOffice.get(office);
      if (held === undefined) holderByOffice.set(office, (held = holderOf(r)));
      return held;
    };
    const mentionStarts = new Map<string, Set<number>>();
    for (const r of layer.roles) {
      const apposed = apposedHolder(r, personEndingAt);
      r.holder = apposed ?? holderOfOffice(r);
      // (right after the name, or after its other titles: "محمد مصطفى، رئيس الوزراء وزير الخارجية الفلسطيني")
      if (r.holder && (apposed || namedBeforeTitles(r.start, personEndingAt) === r.holder)) introduce(r.holder, r.role, r.start);
      // (or called by an office with his country's adjective anywhere: "ورحب رئيس الدولة بالرئيس الكيني")
      else if (r.holder && countryAdjectiveIn(r.start, r.end)) introduce(r.holder, null, r.start);
      const holder = r.holder ? layer.entities.get(r.holder) : undefined;
      if (!holder) continue;
      let starts = mentionStarts.get(holder.id);
      if (!starts) mentionStarts.set(holder.id, (starts = new Set(holder.mentions.map((m) => m.start))));
      if (starts.has(r.start)) continue;
      holder.mentions.push({ start: r.start, end: r.end, rule: 'role' });
      starts.add(r.start);
    }
  };
  holdersOfRoles();

  // 7b. a title with no country to it ("وصل ولي العهد الأمير محمد بن سلمان إلى باريس … والتقى ولي
  // العهد الرئيس الفرنسي"): the one person named before it who holds that office
  /** Another title of the same office stands between the title and `to` (scoped or not). */
  const sameOfficeBetween = (t: { end: number; role: string }, to: number): boolean =>
    layer.roles.some((r) => r.start >= t.end && r.start < to && r.role === t.role) || unscopedTitles.some((u) => u.start >= t.end && u.start < to && u.role === t.role);
  const holdersOfUnscopedTitles = (): void => {
    const people = personStarts();
    for (const t of unscopedTitles) {
      const roles = rolesNamedBy(t.role);
      let found: { id: string; scope: string; role: Role } | null = null;
      let ambiguous = false;
      // (or the one named right after it, titles of other offices between: "رئيس مجلس الوزراء وزير الخارجية
      // القطري الشيخ محمد بن عبد الرحمن"; not after the same office, another's: "وزير الخارجية وزيرة خارجية ألمانيا …")
      const next = people[firstFrom(people, t.end)];
      const between = next ? key.slice(t.end, next.start) : '';
      const chained = next && next.start - t.end <= MAX_TITLE_CHAIN && !TITLE_CHAIN_BREAK.test(between) && !sameOfficeBetween(t, next.start) && titlesOnlyBetween(t.end, next.start)
        ? activeRoles(g, next.id, ctx.docDate ?? null).find((r) => roles.includes(r.role) && (!t.republic || isRepublic(r.scope)))
        : undefined;
      if (chained) found = { id: next!.id, scope: chained.scope, role: chained.role };
      else {
        const holders: Array<{ id: string; scope: string; role: Role }> = [];
        for (const e of layer.entities.values()) {
          // (named shortly before: further back, the title is as likely the home country's office)
          if (e.type !== 'person' || !e.mentions.some((m) => m.end <= t.start && t.start - m.end <= MAX_TITLE_BACK_REFERENCE)) continue;
          const span = activeRoles(g, e.id, ctx.docDate ?? null).find((r) => roles.includes(r.role) && (!t.republic || isRepublic(r.scope)));
          if (span) holders.push({ id: e.id, scope: span.scope, role: span.role });
        }
        // of several, the one the story did not introduce by the office and its country: a paper names
        // the foreign minister of another country so ("يوسف رجي وزير الخارجية اللبناني"), its own by name
        // ("الدكتور بدر عبد العاطي"), and "وزير الخارجية" alone after them is its own
        let own = holders.length > 1 ? holders.filter((h) => !introducedBefore(h.id, h.role, t.start)) : holders;
        // (all of them so: the one the story names most up to it, its protagonist, "رئيس دولة الإمارات" named
        // five times against a guest's two)
        if (!own.length) own = holders;
        if (own.length > 1) own = mostNamedBefore(own, t.start);
        found = own[0] ?? null;
        ambiguous = own.length > 1;
      }
      if (!found || ambiguous) continue;
      layer.roles.push({ start: t.start, end: t.end, role: found.role, scope: found.scope, holder: found.id });
      const holder = layer.entities.get(found.id)!;
      if (!holder.mentions.some((m) => m.start === t.start)) holder.mentions.push({ start: t.start, end: t.end, rule: 'role' });
    }
    layer.roles.sort((a, b) => a.start - b.start);
  };
  if (unscopedTitles.length) {
    introduceTitledNames();
    holdersOfUnscopedTitles();
  }

  // 8. an honorific pronoun ("وكان سموه قد تلقى اتصالا"): the first person the document names with
  // that honorific ("صاحب السمو الشيخ محمد بن زايد"), its protagonist, not whoever had it last
  const bearersOfHonorifics = (): void => {
    const firstBearer = new Map<ReadonlySet<string>, { id: string; start: number }>();
    const bearerOf = (words: ReadonlySet<string>): { id: string; start: number } | undefined => {
      if (!firstBearer.has(words)) {
        let best: { id: string; start: number; own?: boolean } | undefined;
        for (const e of layer.entities.values()) {
          if (e.type !== 'person') continue;
          for (const m of e.mentions) {
            const k = firstFrom(tokens, m.start);
            // the honorific within a few words before the name, titles between ("صاحب السمو الشيخ",
            // "صاحب السمو أمير البلاد الشيخ"), no one else's name nor punctuation between
            let named = false;
            for (let j = k - 1; j >= Math.max(0, k - MAX_HONORIFIC_GAP) && !named; j--) {
              const other = layer.entityAtToken[j];
              if ((other !== undefined && layer.entities.get(other)?.type === 'person') || !onlySpace(key, tokens[j]!.end, tokens[j + 1]!.start)) break;
              named = words.has(tokens[j]!.text);
              // (a country's nisba or name may stand between: "الرئيس الفرنسي جاك شيراك", "أمير دولة قطر الشيخ")
              if (!named && other === undefined && !nisbaAt.has(tokens[j]!.start) && !inTitle[j] && !listed(j, TITLE | TITLE_OPENER | MODIFIER | HONORIFIC_WORD) && !HONORIFIC_GAP_WORDS.has(tokens[j]!.text)) break;
            }
            if (!named) continue;
            // (in a state agency's copy, its own country's first: ONA writes "معالي" of Iran's minister too)
            const own = !!ctx.homeCountry && g.entity(e.id)?.country === ctx.homeCountry;
            if (!best || (own && !best.own) || (own === best.own && m.start < best.start)) best = { id: e.id, start: m.start, own };
          }
        }
        // (no one named with "سيادة": the head of state named first, the agency's president, "التقى رئيس
        // دولة فلسطين محمود عباس … والتقى سيادته")
        if (!best && words.has(SOVEREIGNTY_HONORIFIC)) {
          for (const e of layer.entities.values()) {
            if (e.type !== 'person' || !activeRoles(g, e.id, ctx.docDate ?? null).some((r) => r.role === 'head_of_state')) continue;
            const first = e.mentions.reduce((a, m) => Math.min(a, m.start), Infinity);
            if (!best || first < best.start) best = { id: e.id, start: first };
          }
        }
        firstBearer.set(words, best ?? { id: '', start: -1 });
      }
      const found = firstBearer.get(words)!;
      return found.id ? found : undefined;
    };
    /** The one person the story named before `from` by the title key[from, to) alone, if only one. */
    const holderOfTitle = (from: number, to: number): { id: string; start: number } | undefined => {
      const title = key.slice(from, to);
      let found: { id: string; start: number } | undefined;
      for (const e of layer.entities.values()) {
        if (e.type !== 'person') continue;
        const m = e.mentions.find((x) => x.rule === 'role' && x.end <= from && key.slice(x.start, x.end) === title);
        if (!m) continue;
        if (found) return undefined;
        found = { id: e.id, start: m.start };
      }
      return found;
    };
    for (let i = 0; i < tokens.length; i++) {
      // (a bit test first: most tokens are neither)
      if (taken[i] || !someStemListed(i, HONORIFIC_WORD | STANDS_FOR_BEARER)) continue;
      // an honorific and a title, no name after them ("تلقى سمو ولي العهد اتصالا"): its bearer too
      const titled = listed(i, HONORIFIC_WORD) ? HONORIFIC_OF_WORD.get(tokens[i]!.text) : undefined;
      if (titled) {
        // (after a verb, another office with a country of its own is the object: "والتقى سمو وزير
        // الخارجية وزيرة خارجية جمهورية ألمانيا الاتحادية أنالينا بيربوك")
        const objectMayFollow = i > 0 && someStemListed(i - 1, ACTION_VERB) && joinable(i - 1, i);
        let object = false;
        let k = i + 1;
        while (k < tokens.length && inTitle[k] && !taken[k] && onlySpace(key, tokens[k - 1]!.end, tokens[k]!.start)) {
          if (k > i + 1 && inTitle[k] === TITLE_START && objectMayFollow && scopeWithin(k + 1, OBJECT_COUNTRY_REACH)) {
            object = true;
            break;
          }
          k++;
        }
        const alone = k > i + 1 && !layer.roles.some((r) => r.start >= tokens[i]!.start && r.start < tokens[k - 1]!.end) && (object || aloneTitle(i + 1, k - 1));
        // (the one the story gave that very title before, not the first to bear the honorific: "بحضور سمو
        // الأمير الحسين بن عبدالله الثاني، ولي العهد … التقى سمو ولي العهد" after "سمو الشيخ عبدالله بن زايد")
        const bearer = alone ? holderOfTitle(tokens[i + 1]!.start, tokens[k - 1]!.end) ?? bearerOf(titled) : undefined;
        if (bearer && bearer.start < tokens[i]!.start) {
          addMention(layer.entities.get(bearer.id)!, tokens[i]!.start, tokens[k - 1]!.end, 'honorific title', i, k - i);
          i = k - 1;
          continue;
        }
      }
      for (const st of stemsOf(i)) {
        if (!(st.lists & STANDS_FOR_BEARER)) continue;
        const words = HONORIFIC_OF_PRONOUN.get(st.stem);
        // a title stands alone: no name, nisba, country or other title right after it, and not of a
        // role ("الرئيس الفرنسي"), nor a principal's ("مكتب الرئيس", "باسم الرئيس": someone else speaks)
        const bare = BARE_TITLE.has(st.stem);
        if (bare && (st.clitic > 1 || !aloneTitle(i))) continue;
        // ("سيادته" is his sovereignty but after a verb: "والتقى سيادته", not "لبنان وسيادته")
        if (words?.has(SOVEREIGNTY_HONORIFIC) && (st.clitic > 0 || !(i > 0 && (someStemListed(i - 1, ACTION_VERB | SAYING_VERB) || WAS.has(tokens[i - 1]!.text))))) continue;
        const bearer = words ? bearerOf(words) : undefined;
        if (!bearer || bearer.start > tokens[i]!.start) continue;
        addMention(layer.entities.get(bearer.id)!, tokens[i]!.start + st.clitic, tokens[i]!.end, bare ? 'bare title' : 'honorific pronoun', i, 1);
        break;
      }
    }
  };
  /** Tokens first..last, a title, stand alone as the subject or object of a clause. */
  const aloneTitle = (first: number, last = first): boolean => {
    // (past a ruler's epithet: "الملك المعظم", "أمير البلاد المفدى")
    while (EPITHETS.has(tokens[last + 1]?.text ?? '') && onlySpace(key, tokens[last]!.end, tokens[last + 1]!.start)) last++;
    const next = tokens[last + 1];
    // (not a definite word with a preposition on it, which goes on with no name: "استقبله جلالة الملك بالقصر الملكي")
    // (nor a word no name is: "وأشار جلالة الملك إلى", "ويتوجه جلالة الملك الأسبوع المقبل")
    // (folded, على is علي, a given name too: as written, then; and a time word that opens a listed name is
    // the name: "سمو ولي العهد الشيخ صباح خالد الحمد الصباح")
    const noName = !!next && ((listed(last + 1, STOPWORD) && (!listed(last + 1, FIRST_NAME | AMBIGUOUS_FIRST_NAME) || /ى$/u.test(writtenForm(last + 1)))) || (TIME_WORDS.has(next.text) && !(taken[last + 1] && layer.entityAtToken[last + 1] !== undefined)));
    if (next && onlySpace(key, tokens[last]!.end, next.start) && !withPreposition(next.text) && !noName && (taken[last + 1] || shaped(last + 1, DEFINITE) || listed(last + 1, TITLE | MODIFIER | FIRST_NAME) || isNameToken(last + 1))) return false;
    const prev = tokens[first - 1];
    // (an honorific before it is no title of its own: "جلالة الملك")
    return !prev || !onlySpace(key, prev.end, tokens[first]!.start) || !((listed(first - 1, TITLE | APPOSITION_HEAD) && !listed(first - 1, HONORIFIC_WORD)) || someStemListed(first - 1, SOURCE_HEAD) || OF_PRINCIPAL.has(prev.text));
  };
  bearersOfHonorifics();
  for (const e of layer.entities.values()) e.mentions.sort((a, b) => a.start - b.start);
  return layer;
}

/** Words of time that may follow a title with no name (folded): "ويتوجه جلالة الملك الأسبوع المقبل". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'اليوم', 'امس', 'غدا', 'الاسبوع', 'الشهر', 'العام', 'مساء', 'صباح', 'ظهر', 'الليلة', 'حاليا', 'لاحقا', 'مطلع', 'منتصف',
  ...WEEKDAYS.flatMap(([, forms]) => forms),
].map(foldKey));

/** A preposition (ب ل ك) written on a definite word: "بالقصر", "للرئيس". */
const withPreposition = (text: string): boolean =>
  stems(text).some((s) => s.preposition !== undefined && (s.article || s.stem.startsWith('ال')));

/** Every clue word of the gazetteer's ambiguous forms, as one automaton (made on first use). */
const CLUE_AUTOMATA = new WeakMap<Gazetteer, ClueAutomaton>();
function clueAutomaton(g: Gazetteer): ClueAutomaton {
  let a = CLUE_AUTOMATA.get(g);
  if (!a) CLUE_AUTOMATA.set(g, (a = new ClueAutomaton([...g.ambiguous.values()].flatMap((e) => Object.values(e.clues).flat()))));
  return a;
}

/**
 * The reading of an ambiguous form (عمان: Oman or Amman; الخبر: "the news" or Khobar): the one
 * whose clue words occur most in the document, else the first listed. `-` means no entity.
 */
function ambiguousReading(g: Gazetteer, form: string, countryVotes: ReadonlyMap<string, number>, clueCounts: ClueCounter): string | undefined {
  const entry = g.ambiguous.get(form);
  if (!entry) return undefined;
  const occurrences = (clue: string): number => clueCounts.count(clue);
  const count = (id: string): number => {
    let n = 0;
    for (const c of entry.clues[id] ?? []) n += occurrences(c);
    return n;
  };
  // the most clues wins; a tie goes to the reading listed first (the usual one)
  let best = entry.readings[0];
  let bestCount = best ? count(best) : 0;
  for (const id of entry.readings.slice(1)) {
    const n = count(id);
    if (n > bestCount) {
      best = id;
      bestCount = n;
    }
  }
  if (bestCount > 0) return best;
  // no clue word: the reading of the country the document is about ("الملك عبد الله الثاني في عمان" → Amman)
  const votes = (id: string): number => {
    const e = g.entity(id);
    return countryVotes.get(e?.iso2 ?? e?.country ?? '') ?? 0;
  };
  const byCountry = entry.readings.filter((id) => id !== '-').sort((a, b) => votes(b) - votes(a));
  const top = byCountry[0];
  return top && votes(top) > 0 && votes(top) > votes(byCountry[1] ?? '') && entry.readings[0] !== '-' ? top : best;
}

/**
 * People with their prominence, the most prominent first (in listed order when equal). Built by push,
 * not by map: map's array is packed or holey depending on whether the code around it is optimised yet,
 * and optimised code that read one kind was thrown out on meeting the other (all of extractEntities,
 * dozens of times a corpus).
 */
function byProminence(g: Gazetteer, ids: readonly string[]): Array<readonly [string, number]> {
  const ranked: Array<readonly [string, number]> = [];
  for (const id of ids) ranked.push([id, prominence(g, id)]);
  return ranked.sort((a, b) => b[1] - a[1]);
}

/** The one entity that surfaces name, nisbas aside; none when they name none or several. */
function soleEntity(surfaces: readonly Surface[]): string | undefined {
  let sole: string | undefined;
  for (const s of surfaces) {
    if (s.kind === 'nisba') continue;
    if (sole === undefined) sole = s.id;
    else if (s.id !== sole) return undefined;
  }
  return sole;
}

const SURFACE_STRENGTH: Readonly<Record<Surface['kind'], number>> = { name: 0, alias: 1, variant: 2, surname: 3, nisba: 4 };
/** The rule a gazetteer mention carries, by surface kind: made once, not a string per mention. */
const GAZETTEER_RULE = Object.fromEntries(Object.keys(SURFACE_STRENGTH).map((kind) => [kind, `gazetteer:${kind}`])) as Readonly<Record<Surface['kind'], string>>;
function strongest(surfaces: Surface[]): Surface[] {
  let best = Infinity;
  let mixed = false;
  for (const s of surfaces) {
    const k = SURFACE_STRENGTH[s.kind];
    if (best !== Infinity && k !== best) mixed = true;
    if (k < best) best = k;
  }
  // (nearly always one surface, or several of one kind: the list itself, read only)
  return mixed ? surfaces.filter((s) => SURFACE_STRENGTH[s.kind] === best) : surfaces;
}

export function fromGazetteer(e: CompiledEntity): FoundEntity {
  return {
    id: e.id,
    type: e.type,
    ar: e.ar,
    en: e.en,
    source: 'gazetteer',
    ...(e.kind ? { kind: e.kind } : {}),
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    mentions: [],
  };
}

/** The scope a place or organisation gives a title: its country's ISO code, or the organisation's slug. */
function scopeOf(g: Gazetteer, id: string): string | null {
  const e = g.entity(id);
  if (!e) return null;
  if (e.type === 'organization') return e.country ?? id.replace(/^org:/, '');
  const country = g.countryOf(id);
  return (country ? g.entity(country)?.iso2 : undefined) ?? e.country ?? null;
}
