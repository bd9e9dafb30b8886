/**
 * Event mentions, one per trigger: type, status, participants, location, date and ordinal, read
 * from the trigger's sentence. Merging mentions into events happens in merge.ts.
 */
import type { Gazetteer } from '../../lexicon/load.js';
import { foldKey } from '../../normalise/orthography.js';
import type { Span } from '../../normalise/source.js';
import type { DateResult } from '../dates/index.js';
import { matchAtWords, matchNearWords, withoutArticle, wordList } from '../patterns.js';
import { anchorSet, anchoredTokens } from '../anchors.js';
import { DURATION, readDuration, type Duration } from '../dates/parsers/duration.js';
import { cardinalNumber } from '../dates/lexicon.js';
import { isoDate, lastDayOfIsoWeek, parseIsoDay, shift, toDate } from '../dates/calendar.js';
import { foldKey as fold } from '../../normalise/orthography.js';
import { firstTokenFrom, onlySpace, someStemIn, stems, tokenAt, tokensIn, withConjunctions, wordOf, type Token } from '../tokens.js';
import {
  ANCHOR_BEFORE, ANSWERING, DAY_APART, DAY_APART_BEFORE, CANCELLED_BEFORE, CANCELLED_IN_CLAUSE, DURING_BEFORE, GENERIC_BEFORE, SPORTS_WORDS, INTENTION, INVITATION, IRREALIS_BEFORE, NEGATION, NOT_NEGATING_AFTER, REGIONAL_SUMMITS, LEADER_GROUPS, REGIONAL_PLURALS, futureShaped, occurredAfter, phrases, plannedAfter, plannedBefore, SOON_AFTER, NEAR_FUTURE,
} from './status.js';
import { family, TRIGGER_PATTERNS, type EventType, type Subtype, type TriggerRow } from './triggers.js';
import { firstUnitFrom, unitsIn, type Unit } from './units.js';
import { ACTION_VERBS, COURTESY_WORDS, HOLDING_VERBS, HONORIFIC_WORDS, ROLE_TITLES, SAYING_VERBS, TITLE_MODIFIERS } from '../titles-table.js';
import { coverOf } from '../spans.js';
import { activeRoles } from '../roles.js';

/** Title words and their modifiers may stand inside a party phrase ("مع المبعوث الأمريكي الخاص، ستيف ويتكوف"). */
const TITLE_WORDS = new Set([...ROLE_TITLES.flatMap(([, forms]) => forms.flatMap((f) => f.split(' '))), ...TITLE_MODIFIERS].map(foldKey));

export type Status = 'occurred' | 'planned' | 'cancelled';

export interface EventMention {
  row: TriggerRow;
  trigger: Span;
  sentence: number;
  type: EventType;
  subtype?: Subtype;
  status: Status;
  participants: Array<{ id: string; unit: Unit }>;
  /**
   * A noun naming the event just told, with those who attended it only ("وجرى اللقاء بحضور وزير
   * الخارجية"): it joins that event, and they with it.
   */
  attendance: boolean;
  /**
   * The sentence says who met without naming them ("بين الوفدين"), or names them by titles the
   * lexicon cannot resolve ("رئيس الوزراء الليبي"): no parties to take from the events before.
   */
  unnamedParties: boolean;
  /** A verb in the dual ("يلتقيا", "اجتمعا"): the two who met are its subject, named before if not here. */
  dual: boolean;
  /**
   * Its subject is leaders just told of, by their number ("وأجرى القادة الثلاثة اتصالا بترامب", "وعقد
   * الرئيسان اجتماعا"): the parties of the event before with that many; 0 when none.
   */
  group: number;
  location: { id: string; unit: Unit } | null;
  date: DateResult | null;
  ordinal?: number;
  /** How long it lasted ("استمر قرابة خمس ساعات"): key span and ISO 8601 duration. */
  duration?: Duration;
  anchor: boolean;
  /** Told as background, in the pluperfect ("وكان باراك قد زار بيروت"). */
  background: boolean;
  /** Occurred only for want of a word saying when: a noun or a verb in the present, no past marker. */
  occurredByDefault: boolean;
  /** A pronoun after it points back to the parties just named ("في ثالث لقاء بينهما"): the event told just before. */
  pointsBack: boolean;
  /**
   * An indefinite noun after "، في" that says more of the sentence's event ("عقد الشيباني لقاء مع روبيو …،
   * في لقاء ثلاثي هو الأرفع …"): the event the sentence told first, when it names no one.
   */
  restates: boolean;
  /** A noun with the article ("الاجتماع", "بالزيارة"): an event already known. */
  definite: boolean;
  /** A visit only offered ("وجه الدعوة إلى … لزيارة طهران"): no other planned meeting of its guest is it. */
  invited: boolean;
  /** A noun named by the place right after it ("زيارة أنقرة", "محادثات الرياض"): an event known by where it was. */
  namedByPlace: boolean;
  /** Parties met one by one ("استقبل كلا من X وY، كلا على حدة"): one meeting with each; empty otherwise. */
  separately: readonly string[];
  /**
   * Told as background with a day (or month) of its own before the last few days: an earlier event
   * than the story's ("وكان باراك قد زار بيروت في 19 حزيران الماضي"; not "وكان … قد عقدا قمة أمس").
   */
  recalled: boolean;
  /** Dated before the last few days, pluperfect or not ("زيارة الدولة التي قام بها إلى الصين في حزيران 2023"). */
  older: boolean;
  /** A definite plural without named parties ("المفاوضات", "الاجتماعات المتكررة"): talk about meetings in general. */
  generic: boolean;
  /**
   * The two told before meet someone more, their parties from the dual ("ثم انتقل الموفدان إلى السراي حيث
   * اجتمعا برئيس الحكومة"): another event than theirs before, whoever it shares.
   */
  sequel: boolean;
  /**
   * Named as what is being arranged ("ونقل إليهما رسائل تتعلق بترتيبات الجولة الثانية"): an event told
   * elsewhere, its sentence's parties not its own.
   */
  arranged: boolean;
  /** Its sentence opens with a time after the one before ("وفي وقت لاحق، استقبل …"): a new host makes it another event. */
  later: boolean;
  how: string[];
}

const w = (xs: readonly string[]): Set<string> => new Set(xs.map(foldKey));
/** Words that end a clause: a new clause has its own participants. */
/** Words that open a clause with a subject of its own, between a person and a noun with a pronoun ("كما ستناقش اللجنة في اجتماعها"). */
const OTHER_SUBJECT = w(['كما', 'وكما', 'بينما', 'فيما', 'لكن', 'ولكن', 'غير', 'اما', 'وأما']);
export const CLAUSE_BREAK = w(['حيث', 'سيما', 'بينما', 'فيما', 'لكن', 'لكنه', 'الذي', 'التي', 'الذين', 'كما', 'بهدف', 'بسبب', 'وسط', 'رغم', 'عندما', 'حين', 'اذ', 'ان', 'إن', 'أن', 'انه', 'بان', 'بأن']);
const SPEECH = w(['قال', 'قالت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اضاف', 'اضافت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'كشف', 'كشفت', 'اشار', 'اشارت', 'افاد', 'افادت', 'اعتبر', 'راي', 'يري', 'تري', 'يقول', 'تقول', 'نقل', 'نقلت', 'اعرب', 'اعربت', 'حذر', 'حذرت', 'شدد', 'شددت']);
const ACCORDING = w(['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'عن']);
/** A host verb with the event as its pronoun object: "القمة التي تستضيفها الرياض", "الاجتماع الذي استضافته الدوحة". */
const HOST_VERBS_OF_IT = [
  'تستضيفها', 'يستضيفها', 'استضافتها', 'استضافها', 'ستستضيفها', 'سيستضيفها', 'تحتضنها', 'احتضنتها', 'يحتضنها', 'احتضنها',
  'تستضيفه', 'يستضيفه', 'استضافته', 'استضافه', 'ستستضيفه', 'سيستضيفه',
];
/** Nouns of a city that an adjective may follow before its name: "العاصمة المؤقتة عدن", "المدينة الساحلية اللاذقية" (folded). */
const PLACE_NOUNS_OF_CITIES = w(['العاصمه', 'بالعاصمه', 'المدينه', 'بالمدينه']);
/** A definite feminine adjective (folded): "المؤقتة", "الساحلية". */
const DEFINITE_FEMININE = /^ال\p{L}{2,}ه$/u;
const LOCATIVE = w(withConjunctions(['في', 'الي', 'نحو', 'بمدينه', 'بالعاصمه', 'العاصمه', 'مدينه', 'ولايه', 'بولايه', 'محافظه', 'بمحافظه', 'اماره', 'باماره', 'منطقه', 'بمنطقه', 'داخل', 'بمقر', 'مقر', 'قصر', 'منتجع', 'تستضيف', 'يستضيف', 'استضافت', 'استضاف', 'تحتضن', 'احتضنت', 'ستستضيف', 'سيستضيف', ...HOST_VERBS_OF_IT]));
const PARTY_INTRO = w(['بين', 'مع', 'وبين']);
/** After a comma, و on these goes on saying when and where: "…، وذلك يوم الأحد". */
const STILL_THIS_CLAUSE = w(['وذلك', 'وهذه', 'وهذا']);
const HONORIFICS = w(HONORIFIC_WORDS);
const ATTENDANCE = w(['بحضور', 'وبحضور', 'حضور', 'وحضور']);
/**
 * Officials of several countries, in the construct state before them, a portfolio between at most:
 * "وزراء خارجية مالي وبوركينا فاسو والنيجر", "وزيري خارجية مصر والأردن", "قادة دول …" (folded).
 */
const OFFICIALS_OF = w(['وزراء', 'وزيري', 'وزيرا', 'رؤساء', 'قاده', 'زعماء', 'سفراء', 'مندوبي', 'مندوبو']);
/** A portfolio or the states, between those officials and their countries ("خارجية", "دول"), folded. */
const OFFICIALS_PORTFOLIO = w(['خارجيه', 'دفاع', 'داخليه', 'ماليه', 'اقتصاد', 'تجاره', 'طاقه', 'نفط', 'عدل', 'دول', 'حكومات', 'اركان', 'برلمانات']);
/** Who chaired it: "اجتماع تحضيري … عقد أمس برئاسة الشيخ محمد بن عبدالرحمن", "انطلقت القمة … برئاسة أمير البلاد". */
const CHAIRED_BY = ['برئاسة', 'وبرئاسة'];
const CHAIRED = w(CHAIRED_BY);
const NO_ATTENDEES: { units: readonly Unit[]; chaired: boolean } = { units: [], chaired: false };
/** Who came with someone: "وصلها … برفقة الشيباني", "بمرافقة وزير الخارجية". */
const COMPANY = ['برفقة', 'وبرفقة', 'بمرافقة', 'وبمرافقة'];
/** Further on in the sentence, who attended or took part: "…، هي الأولى من نوعها منذ …، بمشاركة وزير الخارجية …". */
/** Taking part (not being present, بحضور). */
const TAKING_PART_WORDS = ['بمشاركة', 'وبمشاركة'];
const ATTENDANCE_FURTHER_ON = w([...ATTENDANCE, ...TAKING_PART_WORDS, ...COMPANY, ...CHAIRED_BY]);
/** "على أن" and a verb in the present (folded): what is still to come. */
const UPCOMING = /\sعلي\s+ان\s+[يتن]\p{L}{2,}\s/u;
/** "قبل أن" or "بعد أن" and a verb in the present ("قبل أن يختتم جولته"), folded. */
const SEQUEL_IN_PRESENT = /\s(?:قبل|بعد)\s+ان\s+[يتن]\p{L}{2,}\s/u;
/** The same, the trigger right after its verb: the event the verb ends or goes on with ("قبل أن يختتم زيارته"). */
const SEQUEL_VERB_LAST = /\s(?:قبل|بعد)\s+ان\s+[يتن]\p{L}{2,}\s+$/u;
/** "على أن" right before the trigger, a verb in the present ("على أن يتوجه الضيف"). */
const UPCOMING_NEXT = /\sعلي\s+ان\s+$/u;
/** A time still to come without a date ("قريبا", "خلال أيام"), after a verb in the present. */
const SOON = phrases(SOON_AFTER.map(foldKey));
/** A time still to come, right after a noun's parties (NEAR_FUTURE_REACH words at most): "لقاء يجمع تبون وماكرون في المستقبل القريب". */
const NEAR = phrases(NEAR_FUTURE.map(foldKey));
const NEAR_FUTURE_REACH = 4;
/** Adjectives of an event near at hand, right after its noun: "لقاء قريب", "قمة وشيكة". */
const NEAR_AT_HAND = w(['قريب', 'قريبه', 'وشيك', 'وشيكه']);
/** The possibility of an event, right before it: "إمكانية لقاء", "احتمال عقد قمة". */
const POSSIBILITY = w(['امكانيه', 'احتمال', 'احتماليه']);
/** Verbs of what an event dealt with, right before it as its subject: "وتناول اللقاء", "وبحث الاجتماع" (folded). */
const DEALT_WITH = w(['تناول', 'تناولت', 'بحث', 'بحثت', 'ناقش', 'ناقشت', 'استعرض', 'استعرضت', 'تطرق', 'تطرقت', 'ركز', 'ركزت']);
/** A call told right before a verb of talks, in its sentence: "وفي اتصال هاتفي، أمس الأحد، تباحث …" (folded key). */
const BY_TELEPHONE_BEFORE = /(?:اتصال|مكالمه)\s+هاتفيه?[^.?!;\n]{0,40}$/u;
/** Held by video, right after the talks' word: "عبر تقنية الاتصال المرئي", "عبر الفيديو", "بتقنية الفيديو كونفرانس", "عن بعد" (folded key). */
const BY_VIDEO_AFTER = /^\s*(?:عبر|ب)\s*(?:تقنيه\s+)?(?:(?:ال)?اتصال\s+(?:ال)?مريي|(?:ال)?فيديو|(?:ال)?دايره\s+(?:ال)?تلفزيونيه\s+(?:ال)?مغلقه)|^\s*(?:عن\s+بعد|افتراضيا)(?![\p{L}\p{N}])/u;
/** Arrangements for an event, up to three words before it: "بترتيبات الجولة الثانية", "التحضيرات الجارية للقمة". */
const ARRANGEMENTS = w(['ترتيبات', 'الترتيبات', 'تحضيرات', 'التحضيرات', 'الاستعدادات', 'استعدادات', 'التجهيزات', 'تجهيزات']);
/** Verbs of holding an event, in the noun, between that word and the event ("إمكانية عقد لقاء"). */
const HOLDING = w(['عقد', 'اجراء', 'تنظيم']);
/** Who asked for it is no party: "أُرجئ الاجتماع بطلب من الوزير العماني". */
const AT_THE_REQUEST = w(['بطلب', 'وبطلب']);
/** Words that open what frames an event, not who took part in it: "على هامش أعمال القمة", "في إطار الجولة". */
const FRAMING = w(['هامش', 'إطار']);
/** Verbs of attending right before a noun trigger: those named after it attended the event just told. */
const ATTENDING = w(['حضر', 'حضرت', 'حضره', 'حضرها', 'شارك', 'شاركت']);
/** Words of means: "عبر اتصال هاتفي", "بواسطة الهاتف". */
const BY_MEANS_OF = w(['عبر', 'بواسطة']);
/**
 * The call is how someone took part in the event named right before it ("فيما شارك أردوغان في اللقاء
 * عبر اتصال هاتفي", "في القمة عبر الاتصال المرئي"), not an event of its own: في, the event's noun,
 * then only a word of means.
 */
function meansOfTakingPart(tokens: readonly Token[], prevEnd: number, callStart: number, sentStart: number): boolean {
  if (prevEnd <= sentStart) return false;
  const between = tokensIn(tokens, prevEnd, callStart);
  if (between.length !== 1 || !BY_MEANS_OF.has(between[0]!.text)) return false;
  const event = firstTokenFrom(tokens, prevEnd) - 1;
  return event > 0 && tokens[event - 1]!.text === 'في';
}
/** The clause opens with a verb of attending and says more than "في" before the trigger ("وشارك السيسي في"). */
function tookPartIn(clauseWords: readonly Token[]): boolean {
  return clauseWords.length > 1 && someStemIn(clauseWords[0]!.word, ATTENDING);
}
/** Words that open a reported clause: a date before one is when it was said ("أعلن عراقجي، السبت، أن الجولة …"). */
const THAT_HE = ['أنه', 'إنه', 'بأنه', 'أنها', 'إنها', 'بأنها'];
const REPORTED_CLAUSE = w(['أن', 'إن', 'بأن', ...THAT_HE]);
/** "أنه" after a verb of saying: he or she who speaks; "وأنه" too, a second thing said ("أعلن أنه سيتوجه إلى تركيا، وأنه سيلتقي …"). */
const SPEAKER_PRONOUNS = w(THAT_HE.flatMap((x) => [x, `و${x}`]));
const TA = 'ت'.charCodeAt(0);
/** Words for when an event is set, right before its noun: "موعد القمة", "توقيت الزيارة". */
const SCHEDULE = w(['موعد', 'مواعيد', 'توقيت', 'تاريخ']);
/** The same, and where it is set, before a noun of its holding ("مكان انعقاد"). */
const SCHEDULE_OR_VENUE = w(['موعد', 'مواعيد', 'توقيت', 'تاريخ', 'مكان']);
const CONVENING = foldKey('انعقاد');
/** The pointers of REFERS_BACK to two (folded). */
const DUAL_POINTERS = w(['بينهما', 'تجمعهما', 'يجمعهما', 'جمعتهما', 'جمعهما', 'لهما']);
/** The two people, and no others, a sentence names from `from` to `to` (not one who speaks): whom a dual pronoun there points back to. */
function twoNamedBefore(input: MentionInput, from: number, to: number): [Unit, Unit] | null {
  const people: Unit[] = [];
  for (const u of unitsIn(input.units, from, to)) {
    if (!(u.kind === 'person' || u.kind === 'role') || !u.id?.startsWith('person:') || isSpeaker(input.tokens, input.key, u)) continue;
    if (!people.some((p) => p.id === u.id)) people.push(u);
  }
  return people.length === 2 ? [people[0]!, people[1]!] : null;
}
/** Nouns in the dual of people who meet (folded): "الموفدان", "الوزيران", "الزعيمان". */
const DUAL_PEOPLE = w([
  'الموفدان', 'المبعوثان', 'الوزيران', 'الرئيسان', 'الزعيمان', 'الضيفان', 'المسؤولان', 'الزائران', 'القائدان', 'الدبلوماسيان',
  'السفيران', 'الأميران', 'الملكان', 'المفاوضان', 'الرجلان',
]);
/** Two are the subject of the trigger, no one named from `from` to it: a verb in the dual, or a noun of DUAL_PEOPLE before it. */
function twoUnnamedBefore(input: MentionInput, from: number, t: { row: TriggerRow; span: Span }): boolean {
  if (unitsIn(input.units, from, t.span.start).some((u) => u.kind === 'person' || u.kind === 'role')) return false;
  return dualVerb(input.key, t) || tokensIn(input.tokens, from, t.span.start).some((x) => someStemIn(x.word, DUAL_PEOPLE));
}
/** The trigger is a verb in the dual: "اجتمعا", "يلتقيان" (not a plural's و before the alif: "التقوا"). */
const dualVerb = (key: string, t: { row: TriggerRow; span: Span }): boolean => t.row.pos === 'verb' && /(?<!و)(?:ا|ان)$/u.test(key.slice(t.span.start, t.span.end));
/** Two people a mention tells of: a host's two guests, else its two parties; null otherwise. */
function twoOf(m: EventMention, host: boolean): Array<EventMention['participants'][number]> | null {
  const people = m.participants.filter((p) => p.id.startsWith('person:'));
  if (host && people.length === 3) {
    const first = people.reduce((a, b) => (b.unit.start < a.unit.start ? b : a));
    return people.filter((p) => p !== first);
  }
  return people.length === 2 && m.participants.length === 2 ? people : null;
}
/** Words right after a nominal trigger that point back to parties already named: "لقاء بينهما", "قمة تجمعهما". */
const REFERS_BACK = w(['بينهما', 'بينهم', 'بينهن', 'تجمعهما', 'يجمعهما', 'جمعتهما', 'جمعهما', 'تجمعهم', 'يجمعهم', 'جمعتهم', 'جمعهم', 'لهما']);
/** The press, right after a verb of meeting: its subject is giving an interview ("والتقت صحيفة …", "التقى مراسل الجزيرة …"). Not وكالة: UN and intelligence agencies meet. */
const PRESS = w([
  'صحيفة', 'الصحيفة', 'جريدة', 'الجريدة', 'مجلة', 'المجلة', 'قناة', 'القناة', 'تلفزيون', 'التلفزيون', 'إذاعة', 'الإذاعة',
  'موقع', 'الموقع', 'مراسل', 'المراسل', 'مراسلة', 'مراسلو', 'مراسلي', 'مراسلنا', 'مراسلتنا', 'محرر', 'محررة', 'صحفي', 'الصحفي', 'صحفية', 'الصحفية',
  // the press met as such: "يلتقي الصحفيين", "التقى الإعلاميين" (a press meeting, no party's)
  'الصحفيين', 'الصحافيين', 'صحفيين', 'صحافيين', 'الإعلاميين', 'إعلاميين',
]);
export const DELEGATION = w([
  'وفد', 'الوفد', 'وفدي', 'الوفدين', 'وفدا', 'الجانب', 'الجانبين', 'الطرفين', 'البلدين', 'الحكومتين', 'مسوولي', 'مسوولين', 'المسوولين', 'ممثلي',
  // the dual, definite or not, in every case: "بين وفدين أميركي وروسي", "الوفدان الإيراني والأمريكي"
  'وفدين', 'وفدان', 'الوفدان', 'الجانبان', 'الطرفان', 'الحكومتان',
  // the leaders of two sides, unnamed: "قمة بين الرئيسين"
  'الرئيسين', 'الزعيمين', 'الوزيرين', 'الملكين', 'الزعماء', 'القاده',
]);
const ORDINALS = new Map<string, number>([
  ['اول', 1], ['الاول', 1], ['الاولي', 1], ['ثاني', 2], ['الثاني', 2], ['ثانيه', 2], ['الثانيه', 2], ['ثان', 2], ['ثالث', 3], ['الثالث', 3],
  ['ثالثه', 3], ['الثالثه', 3], ['رابع', 4], ['الرابع', 4], ['رابعه', 4], ['الرابعه', 4], ['خامس', 5], ['الخامس', 5], ['الخامسه', 5],
  ['سادس', 6], ['السادس', 6], ['السادسه', 6], ['سابع', 7], ['السابع', 7], ['السابعه', 7], ['ثامن', 8], ['الثامن', 8], ['الثامنه', 8],
  ['تاسع', 9], ['التاسع', 9], ['التاسعه', 9], ['عاشر', 10], ['العاشر', 10], ['العاشره', 10],
]);
/** "، وهو ما", "، وهي ما": a comment on what was just told (folded). */
const COMMENT_OPENERS = w(['وهو', 'وهي', 'وهذا']);
/** "As well", right before a verb that goes on in the scene of its sentence (folded). */
const ALSO = w(['كما', 'وكما']);
/** كما or ثم right before the trigger, or before the verb that carries it ("كما أجرى مباحثات", "ثم أجرى مباحثات"), in its sentence. */
function goesOnAsAlso(tokens: readonly Token[], sentStart: number, t: { row: TriggerRow; span: Span }): boolean {
  const k = firstTokenFrom(tokens, t.span.start);
  const before = tokens[k - 1];
  if (!before || before.start < sentStart) return false;
  if (t.row.pos === 'verb') return ALSO.has(before.text) || THEN.has(before.text);
  // (past the session the verb holds: "ثم عقد جلسة مباحثات")
  const j = SESSION_WORDS.has(before.text) ? k - 2 : k - 1;
  const carrier = tokens[j];
  const first = tokens[j - 1];
  return !!carrier && CARRIER_VERBS.has(carrier.text) && !!first && first.start >= sentStart && (ALSO.has(first.text) || THEN.has(first.text));
}
/** Words that go on to a journey's next stop, before إلى: "ثم إلى عمّان", "ومنها إلى بيروت" (folded). */
const THEN_TO = w(['ثم', 'ومنها', 'ومن']);
const TO = w(['الي', 'والي']);
/** "وإلى", folded: the next stop with و alone ("وإلى بيروت"). */
const AND_TO = fold('وإلى');
/** The places a journey goes on to after the one at `from`: "… إلى أبوظبي ثم إلى عمّان، ثم إلى بيروت". */
function furtherStops(input: MentionInput, from: number, to: number): Unit[] {
  const { tokens, units, key } = input;
  const out: Unit[] = [];
  let k = firstTokenFrom(tokens, from);
  for (;;) {
    // (ثم إلى, or و with إلى: "وإلى بيروت")
    const then = THEN_TO.has(tokens[k]?.text ?? '') ? 1 : 0;
    const toWord = tokens[k + then];
    if (!toWord || toWord.end > to || !(then ? TO.has(toWord.text) : toWord.text === AND_TO) || /[.!?;:]/u.test(key.slice(tokens[k - 1]?.end ?? from, toWord.start))) break;
    const u = units[firstUnitFrom(units, toWord.end)];
    if (!u || u.kind !== 'place' || !u.id || u.start !== tokens[k + then + 1]?.start) break;
    out.push(u);
    k = firstTokenFrom(tokens, u.end);
  }
  return out;
}
/** Words a head's titles may take between برئاسة and his name: "برئاسة رئيس لجنة العلاقات الخارجية في المجلس السيناتور جيم ريش". */
const MAX_HEAD_TITLE_WORDS = 10;
/** The organisation is led, right after it, by a person among the parties: "مجلس الشيوخ الأميركي برئاسة … جيم ريش". */
function headedBy(input: MentionInput, org: Unit, parties: EventMention['participants']): boolean {
  const { tokens, key } = input;
  const k = firstTokenFrom(tokens, org.end);
  const chaired = tokens[k];
  if (!chaired || !CHAIRED.has(chaired.text) || /[.!?;:،,]/u.test(key.slice(org.end, chaired.start))) return false;
  const within = tokens[k + MAX_HEAD_TITLE_WORDS]?.end ?? key.length;
  return parties.some((p) => (p.unit.kind === 'person' || p.unit.kind === 'role') && p.unit.start > chaired.start && p.unit.start < within);
}
/** In the company of: "رفقة رئيسة مجلس الوزراء الإيطالي" (folded stems). */
const IN_COMPANY_OF = w(['رفقة', 'برفقة', 'بمعية', 'مع']);
/**
 * Carrying, handing over or receiving a message or an invitation: "لتسليم رسالة", "ونقل دعوة", "يحمل
 * رسالة", "يستقبل الصفدي حاملا رسالة من العاهل الأردني", "الذي سلمه رسالة", "تسلّم البرهان رسالة من …"
 * (folded stems).
 */
const DELIVERING = w(['تسليم', 'نقل', 'يسلم', 'ينقل', 'حمل', 'يحمل', 'تسليمه', 'نقله', 'حاملا', 'حامله', 'حاملين', 'سلم', 'سلمه', 'سلمت', 'سلمها', 'تسلم', 'تسلمت', 'يتسلم', 'اوصل']);
const MESSAGES = w(['رساله', 'رسايل', 'دعوه']);
const carriesMessage = (tokens: readonly Token[], i: number): boolean => !!tokens[i + 1] && someStemIn(tokens[i]!.word, DELIVERING) && someStemIn(tokens[i + 1]!.word, MESSAGES);
/** Words a message's description may take between it and إلى ("رسالة خطية من المرشد خامنئي إلى …"). */
const MAX_MESSAGE_WORDS = 8;
/** Title words before a name ("إلى الرئيس فلاديمير بوتين", "إلى ولي العهد الأمير …"). */
const MAX_TITLE_WORDS = 4;
/**
 * Whom a journey carries a message to: "يعتزم التوجه إلى موسكو … لتسليم رسالة من خامنئي إلى الرئيس
 * فلاديمير بوتين". A letter handed over on a visit is handed to someone the traveller meets.
 */
function messageRecipient(input: MentionInput, from: number, to: number): { id: string; unit: Unit; message: Span } | null {
  const { tokens, units } = input;
  const words = tokensIn(tokens, from, to);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!carriesMessage(words, i)) continue;
    for (let j = i + 2; j < words.length && j <= i + 2 + MAX_MESSAGE_WORDS; j++) {
      if (!TO.has(words[j]!.text)) continue;
      // (past the titles of one named after them: "إلى الرئيس فلاديمير بوتين")
      let k = j + 1;
      const u = (): Unit | undefined => (words[k] ? units[firstUnitFrom(units, words[k]!.start)] : undefined);
      while (k < words.length && k <= j + MAX_TITLE_WORDS && u()?.start !== words[k]!.start && someStemIn(words[k]!.word, TITLE_WORDS)) k++;
      const unit = u();
      if (!unit || unit.start !== words[k]?.start || unit.end > to) return null;
      return (unit.kind === 'person' || unit.kind === 'role') && unit.id?.startsWith('person:') ? { id: unit.id, unit, message: { start: words[i]!.start, end: unit.end } } : null;
    }
    return null;
  }
  return null;
}
/** Parties of a visit who receive it (messageRecipient), not its travellers: a clause after the visit does not go on with them. */
const RECIPIENTS = new WeakSet<Unit>();
const travellersOf = (visit: EventMention): EventMention['participants'] => visit.participants.filter((p) => !RECIPIENTS.has(p.unit));
/** A palace (folded): "بقصر الصافرية", "في قصر العلم". */
const PALACE_WORD = 'قصر';
/** The state's palace or court, unnamed: "بالقصر الرئاسي", "في الديوان الأميري" (folded). */
const STATE_HOUSES = w(['القصر', 'الديوان']);
const OF_STATE = w(['الرئاسي', 'الجمهوري', 'الملكي', 'الاميري', 'السلطاني']);
/** The seat of an office of state: "بمقر رئاسة الجمهورية", "في مقر وزارة الخارجية", "بمقر الحكومة" (folded). */
const SEAT = 'مقر';
const OFFICES_OF_STATE = w(['رئاسة', 'الرئاسة', 'وزارة', 'الحكومة', 'الديوان', 'ديوان', 'مجلس', 'قصر']);
/**
 * The last token of the host's house right at `at`, the lexicon naming none, or -1: a palace by its
 * name ("قصر الصافرية"), the state's palace or court ("القصر الرئاسي"), or the seat of an office of
 * state ("مقر رئاسة الجمهورية", "مقر الرئاسة").
 */
function hostsHouseEnd(tokens: readonly Token[], units: readonly Unit[], at: number): number {
  const house = tokens[at];
  const next = tokens[at + 1];
  if (!house || !next) return -1;
  const own = house.word.stemTexts;
  if (own.includes(PALACE_WORD)) return unitsIn(units, house.start, next.end).length ? -1 : at + 1;
  if (own.some((x) => STATE_HOUSES.has(x))) return OF_STATE.has(next.text) ? at + 1 : -1;
  if (!own.includes(SEAT) || !OFFICES_OF_STATE.has(next.text)) return -1;
  // (an office in construct goes on with what it is of: "رئاسة الجمهورية", "وزارة الشؤون الخارجية")
  let end = at + 1;
  while (end + 1 < tokens.length && end < at + 3 && !tokens[end]!.text.startsWith('ال') && !unitsIn(units, tokens[end + 1]!.start, tokens[end + 1]!.end).some((u) => u.kind === 'person')) end++;
  return end;
}
/** Words a subject after a verb of receiving may take before its name: "استقبل رئيس الجمهورية، السيد عبد المجيد تبون". */
const MAX_SUBJECT_TITLE_WORDS = 4;
/**
 * A palace or a seat of office the lexicon does not know, right after a verb of receiving (and its
 * subject and day), is the host's, in the country he holds office in on the day: "وكان جلالة الملك
 * قد استقبل بقصر الصافرية … معالي جاسم البديوي" is in Bahrain, "استقبل رئيس الجمهورية، السيد عبد
 * المجيد تبون، اليوم الأحد، بمقر رئاسة الجمهورية، وزير الدولة القطري" in Algeria. The house's words are the
 * place's mention.
 */
function hostsPalace(input: MentionInput, triggerEnd: number, to: number, parties: EventMention['participants']): EventMention['location'] {
  const { tokens, units } = input;
  // (right after the verb, or after its subject there: "واستقبل الملك حمد بن عيسى بقصر الصافرية …")
  // (titles and his country's adjective between: "استقبل وزير الخارجية الجزائري أحمد عطاف بمقر …")
  const subjectAfter = parties.find((p) => {
    if (p.unit.start < triggerEnd) return false;
    const between = tokensIn(tokens, triggerEnd, p.unit.start);
    const nisbas = unitsIn(units, triggerEnd, p.unit.start).filter((u) => u.kind === 'nisba');
    return between.length <= MAX_SUBJECT_TITLE_WORDS && between.every((x) => titleOrHonorific(x) || nisbas.some((u) => u.start <= x.start && x.end <= u.end));
  });
  const from = subjectAfter?.unit.end ?? triggerEnd;
  let k = firstTokenFrom(tokens, from);
  // (the day may come first: "… تبون، اليوم الأحد، بمقر رئاسة الجمهورية")
  const dates = coverOf(input.dates);
  while (k < tokens.length && dates.covers(tokens[k]!.start, tokens[k]!.end)) k++;
  const at = IN.has(tokens[k]?.text ?? '') ? k + 1 : k;
  const end = hostsHouseEnd(tokens, units, at);
  const house = tokens[at];
  if (end < 0 || !house || tokens[end]!.end > to) return null;
  // (a house whose country is said is in that country: "في مقر الرئاسة الروسية")
  const said = tokens[end + 1] ? unitsIn(units, tokens[end + 1]!.start, tokens[end + 1]!.end).find((u) => u.kind === 'nisba' && u.id) : undefined;
  const clitic = stems(house.text).at(-1)?.clitic ?? 0;
  if (said) return { id: said.id!, unit: { start: house.start + clitic, end: said.end, kind: 'place', id: said.id, country: said.id! } };
  const host = parties.reduce<EventMention['participants'][number] | undefined>((a, p) => (p.unit.end <= from && (!a || p.unit.start < a.unit.start) ? p : a), undefined);
  const day = input.docDay ? parseIsoDay(input.docDay) : null;
  // (the head of state's palace; an office's seat, the country of any office he holds)
  const roles = host ? activeRoles(input.g, host.id, day) : [];
  const role = roles.find((r) => r.role === 'head_of_state') ?? (house.word.stemTexts.includes(SEAT) ? roles.find((r) => input.g.countryByIso.has(r.scope)) : undefined);
  const country = role ? input.g.countryByIso.get(role.scope) : undefined;
  // (the mention without its preposition: "قصر الصافرية")
  return country ? { id: country, unit: { start: house.start + clitic, end: tokens[end]!.end, kind: 'place', id: country, country } } : null;
}
/** The last place a sentence names after في, as an event's place. */
function placeNamedIn(input: MentionInput, sent: Span): EventMention['location'] {
  const { tokens, units } = input;
  const u = unitsIn(units, sent.start, sent.end).reverse().find((x) => x.kind === 'place' && x.id && IN.has(lastTokenBefore(tokens, x.start)?.text ?? ''));
  return u ? { id: u.id!, unit: u } : null;
}
/** The sentence before ends with a semicolon and this one opens with حيث, إذ or كما, at most a word before the trigger. */
function goesOnAfterSemicolon(input: MentionInput, previous: Span, sent: Span, triggerStart: number): boolean {
  const { tokens, key } = input;
  if (!/;\s*$/u.test(key.slice(previous.start, sent.start))) return false;
  const opening = tokensIn(tokens, sent.start, triggerStart);
  return opening.length >= 1 && opening.length <= 2 && SAME_SUBJECT_OPENERS.has(opening[0]!.text);
}
/** Words that may open a sentence that goes on with the same host: "ثم استقبل", "كما استقبل" (folded). */
const SEQUEL_WORDS = w(['ثم', 'كما', 'وكما', 'و', 'ف']);
/** How many sentences back the event a "سبق" names by a noun alone may have been told. */
const PRECEDED_WINDOW = 6;
/**
 * "وسبق لقاء القمة اجتماع بين وزير الخارجية السوري … ونظيره التركي": the object of سبق, a noun with
 * no party, is the event told before (of its kind, with parties, a few sentences back), and the
 * subject after it, an event of its own, took place where that one did when it names no place.
 */
function precededBy(input: MentionInput, sentence: readonly EventMention[], told: readonly EventMention[], toldBefore: number): void {
  const { tokens } = input;
  for (let i = 0; i < sentence.length; i++) {
    const object = sentence[i]!;
    if (object.participants.length || object.row.pos !== 'noun') continue;
    const k = firstTokenFrom(tokens, object.trigger.start + 1) - 1;
    if (!PRECEDED.has(tokens[k - 1]?.text ?? '')) continue;
    // (past nouns of the object itself: "لقاء القمة")
    let j = i + 1;
    while (j < sentence.length && sentence[j]!.row.pos === 'noun' && !sentence[j]!.participants.length) j++;
    const subject = sentence[j];
    if (!subject?.participants.length) continue;
    // (walking back from the sentence, a few sentences at most: a long page has many)
    let event: EventMention | undefined;
    // (and where it was: told with it, or by a mention of it with a party of its own before, "وعقد الرئيسان
    // اجتماعا مغلقا" after "بحث الرئيس التركي … مع الرئيس السوري … في أنقرة")
    let place: EventMention['location'] | undefined;
    for (let b = toldBefore - 1; b >= 0 && object.sentence - told[b]!.sentence <= PRECEDED_WINDOW && !place; b--) {
      const o = told[b]!;
      if (!o.participants.length || o.attendance || family(o.type) !== family(object.type) || o.status !== 'occurred') continue;
      if (!event) event = o;
      if (o.location && o.participants.some((p) => event!.participants.some((q) => q.id === p.id))) place = o.location;
    }
    if (!event) continue;
    for (const x of sentence.slice(i, j)) {
      x.participants.push(...event.participants);
      x.how.push('the event told before (سبق)');
    }
    if (!subject.location && place) {
      subject.location = place;
      subject.how.push('place of the event it preceded (سبق)');
    }
    return;
  }
}
/** A word of a title or of respect before a name ("الرئيس", "جلالة"). */
const titleOrHonorific = (tok: Token): boolean => someStemIn(tok.word, TITLE_WORDS) || HONORIFICS.has(tok.text);
/** Prepositions before a person who is then no subject (folded): "في رسالة وجهها إلى العاهل المغربي". */
const OBJECT_PREPOSITIONS = w(['إلى', 'مع', 'من', 'عن', 'على', 'لدى', 'برئاسة', 'بحضور', 'بمشاركة']);
/** The person (or the titles before the name) follows a preposition: the object of something, no one's subject. */
function afterPreposition(input: MentionInput, u: Unit): boolean {
  const { tokens } = input;
  let k = firstTokenFrom(tokens, u.start) - 1;
  // (titles, his country's adjective among them: "برئاسة ولي العهد السعودي الأمير محمد بن سلمان")
  const nisbaAt = (x: Token): boolean => unitsIn(input.units, x.start, x.end).some((v) => v.kind === 'nisba');
  for (let n = 0; k >= 0 && n < MAX_TITLE_WORDS + 1 && (titleOrHonorific(tokens[k]!) || nisbaAt(tokens[k]!)); n++) k--;
  return k >= 0 && OBJECT_PREPOSITIONS.has(tokens[k]!.text);
}
/** Words for one who has died, right before the name (folded). */
const LATE = w(['الراحل', 'الراحله', 'المرحوم', 'المرحومه', 'الفقيد', 'الفقيده']);
/** The person is named as one who has died: "الملك الراحل الحسن الثاني". */
const lateOne = (tokens: Token[], u: Unit): boolean => LATE.has(lastTokenBefore(tokens, u.start)?.text ?? '');
/** The word is a place with ب written on it ("بالرباط"). */
function placeWithBa(input: MentionInput, word: Token): boolean {
  const stem = stems(word.text).find((x) => x.preposition === BA);
  const u = stem ? input.units[firstUnitFrom(input.units, word.start + stem.clitic)] : undefined;
  return !!u && u.kind === 'place' && u.start === word.start + stem!.clitic;
}
const BA = 'ب';
const SIDELINES = w(['هامش']);
/** A definite adjective (folded): "المشتركة", "الثلاثي", "العادية"; or غير before one. */
const DEFINITE_ADJECTIVE = /^ال\p{L}{2,}(?:ي|ه)$/u;
const MAX_ADJECTIVES = 6;
/** The end of the definite adjectives right after `from` (none: `from`), no place or person among them. */
function adjectivesEnd(input: MentionInput, from: number): number {
  const { tokens, units, key } = input;
  let end = from;
  for (let k = firstTokenFrom(tokens, from), n = 0; k < tokens.length && n < MAX_ADJECTIVES; k++, n++) {
    const x = tokens[k]!;
    if (!onlySpace(key, end, x.start) || !(DEFINITE_ADJECTIVE.test(x.text) || x.text === 'غير')) break;
    // (not a party's nationality: "المحادثات الإسرائيلية السعودية")
    if (unitsIn(units, x.start, x.end).length) break;
    end = x.end;
  }
  return end;
}
/** Words of the results or weight of an event, which has then taken place (folded). */
const PRESUPPOSING = w(['نتائج', 'أهمية']);
/** A sentence opening with the sidelines of something (folded key). */
const SIDELINES_OPENING = /^[\s"«]*(?:[وف]?علي\s+)?هامش\s+(?:اعمال\s+)?$/u;
const FROM = 'من';
/** Places an event's trigger named after it, as its place: a trigger after them does not take them back. */
const PLACES_TOLD = new WeakSet<Unit>();
/** Whom a verb's object pronoun stood for ("حيث استقبله الرئيس"): a guest, who may travel on. */
const GUESTS = new WeakSet<Unit>();
/** Nothing but و, ثم, كما or a day or month opens the sentence before the trigger: "وفي أبريل الماضي توجه إلى الدوحة". */
function opensSentence(input: MentionInput, sent: Span, triggerStart: number): boolean {
  const dates = coverOf(input.dates);
  return tokensIn(input.tokens, sent.start, triggerStart).every((x) => SEQUEL_WORDS.has(x.text) || IN.has(x.text) || dates.covers(x.start, x.end));
}
/** How many sentences on a journey's verb may still be its traveller's, the traveller unnamed. */
const TRAVELLER_SENTENCES = 2;
/** What opens a sentence that goes on with the same day (folded key): "ثم", "وبعد الظهر", "وفي وقت لاحق". */
const SAME_DAY_OPENER = /^\s*(?:ثم|[وف]?بعد الظهر|[وف]?في وقت لاحق|[وف]?لاحقا|[وف]?في المساء)(?![\p{L}\p{N}])/u;
/** A sentence opening just before or after the event told ("وقبيل اللقاء،", "وعقب المباحثات،"), folded. */
const AROUND_THE_EVENT = /^\s*[وف]?(?:قبيل|قبل|بعيد|بعد|عقب|اثر|في ختام)\s+(?:ال)?(?:لقاء|اجتماع|مباحثات|محادثات|استقبال|القمه|قمه|الزياره|زياره)(?:ه|ها|هما|هم)?\s*,/u;
/** How many sentences on the two (named by the dual) or the day (after "ثم") told before still stand: a paragraph, what they said between. */
const PARAGRAPH_SENTENCES = 4;
/** "التقى" of one man, in the past (folded): not the dual or plural, whose subject is two or more. */
const SINGULAR_PAST_MET = 'التقي';
/** How many sentences on a reception may still be its host's, the host unnamed. */
const HOST_LIST_SENTENCES = 6;
/** Verbs in the past that put a noun of their clause in the past ("غادر ويتكوف الكرملين بعد انتهاء الاجتماع"), folded. */
const PAST_VERBS = w([...ACTION_VERBS, ...SAYING_VERBS].filter((v) => !/^[يس]/u.test(v)));
const MAX_OBJECT_TOKENS = 30;
/** How far back (in words) a trigger's clause, subject and status markers are looked for. */
const MAX_CLAUSE_WORDS = 60;
const LASTING_VERBS = wordList(['استمر', 'استمرت', 'دام', 'دامت', 'امتد', 'امتدت', 'استغرق', 'استغرقت']).source;
/** Verbs that say how long something lasted, just before a duration. */
const LASTED = new RegExp(`(?:${LASTING_VERBS}|لمده|طيله|طوال)[^.?!;]{0,20}$`, 'u');
/** The verb of lasting right before the trigger, its subject. */
const LASTED_BEFORE = new RegExp(`(?:^|\\s)[وف]?(?:${LASTING_VERBS})\\s+$`, 'u');
/** At most `n` words in key[from, to). */
function onlyWordsBetween(tokens: readonly Token[], from: number, to: number, n: number): boolean {
  return tokensIn(tokens, from, to).length <= n;
}
const DURATION_ANCHORS = anchorSet(['ساع', 'دقيق', 'يوم', 'ايام', 'اسبوع', 'اسابيع', 'شهر', 'اشهر', 'عام', 'اعوام', 'سن'], 'anywhere');

/** Every duration in the text. */
export function findDurations(key: string, tokens: readonly Token[]): Duration[] {
  // (a loop and push: see textsOf)
  const out: Duration[] = [];
  for (const m of matchNearWords(DURATION, key, tokens, anchoredTokens(tokens, DURATION_ANCHORS), 4)) {
    const d = readDuration(m, fold);
    if (d) out.push(d);
  }
  return out;
}
/** Words between an event (or its parties) and the place it happened: "في مقر الرئاسة الروسية بموسكو". */
const MAX_LOCATION_GAP = 8;
/** Nouns that take a place of their own: "الحرب في أوكرانيا" says nothing about where a meeting was. */
const GENERIC_HEADS = w(['الحرب', 'الوضع', 'الاوضاع', 'السلام', 'الازمه', 'الصراع', 'النزاع', 'القتال', 'الاستقرار', 'التوترات', 'التوتر', 'الامن', 'الحل', 'التصعيد', 'العمليات', 'الهجوم', 'الهجمات', 'المعارك', 'الجهود', 'الدور', 'التسويه', 'الحوار', 'النار', 'الهدنه', 'المساعدات', 'الانسحاب', 'الاحتلال', 'العدوان', 'الحصار',
  // whom a deal is about: "مفاوضات وقف إطلاق النار وتبادل الأسرى في قطاع غزة"
  'الاسري', 'الرهاين', 'المحتجزين', 'المعتقلين', 'السجناء', 'اللاجيين', 'النازحين', 'الاعمار',
  // what is talked about: "وبحث فيدان مع الجانب الكويتي التطورات في سوريا والعراق"
  'التطورات', 'المستجدات', 'الاحداث']);
/** "آخر" standing for a noun said before it ("وفد أميركي وآخر روسي"), folded. */
const ANOTHER = w(['آخر', 'أخرى']);
/** "For the affairs of", before the region an office is for: "لشؤون الشرق الأوسط" (folded). */
const AFFAIRS_OF = w(['لشؤون', 'لشئون']);
/** Prepositions before a title's region or country: "المبعوث الخاص إلى الشرق الأوسط", "السفير لدى …" (folded). */
const TITLE_SCOPE_PREPOSITIONS = w(['إلى', 'في', 'لدى']);
/** Words allowed inside a party phrase besides the parties: titles, adjectives, delegation nouns. */
const PHRASE_FILLER = w([
  // (an ambassador's post in the country the article is written in: "سفير الصين لدى البلاد تشانغ جيان وي")
  'كل', 'من', 'كلا', 'بشان', 'لدي', 'البلاد', 'الخاص', 'الخاصه', 'السابق', 'الاسبق', 'الجديد', 'الرسمي', 'رفيع', 'المستوي', 'رفيعي', 'بمشاركه', 'وبمشاركه', 'بحضور', 'وبحضور',
  // another of the kind just named: "بين وفد أميركي وآخر روسي"
  ...ANOTHER, 'وآخر', 'وأخرى',
  // honorifics, and the courtesy of the Gulf agencies for a fellow leader: "مع أخيه فخامة الرئيس العماد جوزيف عون"
  ...HONORIFIC_WORDS, 'أخيه', 'أخيها', 'أخاه', 'أخوه', 'أخته',
  // "مع أخيه صاحب السمو الملكي الأمير محمد بن سلمان", "حضرة صاحب الجلالة"
  ...COURTESY_WORDS, 'السمو', 'الجلالة', 'الفخامة', 'المعالي', 'الملكي',
  // delegations and who heads them: "بمشاركة وفدين يرأسهما فلاديمير ميدينسكي ورستم عمروف"
  'وفدين', 'الوفدين', 'يرأسه', 'يرأسها', 'يرأسهما', 'يرأسهم', 'ترأسه', 'ترأسها', 'ترأسهما', 'يترأسه', 'يترأسها', 'يترأسهما',
]);
/** Words that may stand between a trigger and the phrase naming its parties ("لقاء دبلوماسي جديد بين"). */
const MAX_PHRASE_SKIP = 4;

export interface MentionInput {
  /** The article's date (YYYY-MM-DD), when known. */
  docDay?: string;
  /** The letters of a key span as written (ة and ه kept apart, unlike the key), when the caller has the original. */
  written?: (start: number, end: number) => string;
  /** Durations in the text (findDurations). */
  durations: Duration[];
  /** Places a title is of ("وزير الخارجية في الجمهورية العربية السورية"): no event's place. */
  titleScopes?: ReadonlyArray<Span>;
  /** Names that only qualify a title ("مبعوث الرئيس الأميركي دونالد ترامب"): no party (entities.ts, principals). */
  principals?: ReadonlyArray<Span>;
  /** The article's headline (key span), when found. */
  headline?: Span;
  key: string;
  tokens: Token[];
  sentences: Span[];
  units: Unit[];
  dates: DateResult[];
  g: Gazetteer;
}

export function findEventMentions(input: MentionInput): EventMention[] {
  const { key, sentences } = input;
  const out: EventMention[] = [];
  // every trigger pattern runs once over the document; matches are then dealt to their sentences
  const all: Array<{ row: TriggerRow; span: Span; future: boolean }> = [];
  for (const { row, pattern: p, anchors } of TRIGGER_PATTERNS) {
    for (const m of matchAtWords(p, key, input.tokens, anchoredTokens(input.tokens, anchors))) {
      const t = m.groups.trigger!;
      // (never inside someone's name: "فيصل" is no ف and "يصل")
      if (inPersonName(input.units, t.start)) continue;
      // ("حضرة", the honorific, folds to "حضره", attended it: as written, then)
      if (row.attends && !/[ها]$/u.test(input.written?.(t.start, t.end) ?? '')) continue;
      all.push({ row, span: { start: t.start, end: t.end }, future: row.pos === 'verb' && /^س[يتن]/u.test(t.text) });
    }
  }
  all.sort((a, b) => a.span.start - b.span.start);
  /** The first of the story's own days: the document's and the two before it. */
  const docDate = input.docDay ? parseIsoDay(input.docDay) : null;
  const recentFrom = docDate ? isoDate(shift(toDate(docDate), 'day', -RECENT_DAYS)) : null;
  let cursor = 0;
  /** The host of the last reception told with its host ("واستقبل الرئيس عون قائد الجيش"), and its sentence. */
  let lastHost: { party: EventMention['participants'][number]; sentence: number } | null = null;
  /** The traveller of the last visit told with one ("ويغادر ترمب الرياض متوجها إلى الدوحة"), and its sentence. */
  let lastTraveller: { party: EventMention['participants'][number]; sentence: number } | null = null;
  /** The two guests of the last reception, or the two of the last meeting, and its sentence: whom "الموفدان" stands for. */
  let lastPair: { parties: Array<EventMention['participants'][number]>; sentence: number } | null = null;
  /** The day of the last event told as past with a day of its own, and its sentence. */
  let lastDay: { date: DateResult; sentence: number } | null = null;
  sentences.forEach((sent, si) => {
    while (cursor < all.length && all[cursor]!.span.start < sent.start) cursor++;
    const found: Array<{ row: TriggerRow; span: Span; future: boolean }> = [];
    for (let i = cursor; i < all.length && all[i]!.span.start < sent.end; i++) if (all[i]!.span.end <= sent.end) found.push(all[i]!);
    found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    // sorted by start, a trigger overlaps an earlier one exactly when it starts before the furthest end so far
    let reached = -1;
    const triggers = found.filter((f) => {
      const free = f.span.start >= reached;
      reached = Math.max(reached, f.span.end);
      return free;
    });
    const consumed = new Set<Unit>();
    const sentenceFirst = out.length;
    let lastVisit: EventMention | null = null;
    // a noun trigger in a frame set off by commas right after a verb's subject ("واستقبل سموه، في مقر
    // انعقاد القمة، أخاه الملك …"): the verb's object goes on after it, and the noun's clause ends there
    const frameEnds = triggers.map((t, ti) => (ti > 0 ? frameAfterVerb(input, triggers[ti - 1]!, t, sent.end) : -1));
    triggers.forEach((t, ti) => {
      const prevEnd = ti > 0 ? triggers[ti - 1]!.span.end : sent.start;
      const next = ti + 1 + (frameEnds[ti + 1] !== undefined && frameEnds[ti + 1]! >= 0 ? 1 : 0);
      const nextStart = frameEnds[ti]! >= 0 ? frameEnds[ti]! : next < triggers.length ? triggers[next]!.span.start : sent.end;
      const m = readMention(input, si, sent, t, prevEnd, nextStart, consumed, lastVisit ? travellersOf(lastVisit).find((p) => p.unit.start < t.span.start)?.unit : undefined);
      if (!m || (t.row.needsParty && !m.participants.length)) return;
      if (m.location && m.location.unit.start > t.span.end) PLACES_TOLD.add(m.location.unit);
      if (!m.location && m.type !== 'call') {
        const gathering = placeOfTheGathering(input, si, prevEnd, nextStart, out);
        if (gathering) {
          m.location = gathering;
          m.how.push('place of the gathering told before');
        }
      }
      if (t.row.pos === 'verb') delegationMembers(input, m, t.span.start, out);
      // "ولم تقتصر لقاءات غروندبيرغ في الرياض على …؛ إذ التقى أيضا …": after a semicolon, an opener goes on in the scene before
      if (!m.location && m.type !== 'call' && si > 0 && goesOnAfterSemicolon(input, sentences[si - 1]!, sent, t.span.start)) {
        // (its event's, else the place it names after في: no event of "ولم تقتصر لقاءاته في الرياض" is told)
        const scene = out.slice(0, sentenceFirst).reverse().find((o) => o.sentence === si - 1 && o.location && o.type !== 'call' && o.status === m.status)?.location ?? placeNamedIn(input, sentences[si - 1]!);
        if (scene) {
          m.location = scene;
          m.how.push('place of the sentence before (؛)');
        }
      }
      // "زيارة … للقاء بوتين", "يتوجه … لإجراء محادثات مع …": the visit's travellers and place carry over
      if (lastVisit && m.type !== 'visit' && isPurpose(input, t.span.start)) {
        for (const p of travellersOf(lastVisit)) if (!m.participants.some((q) => q.id === p.id)) m.participants.unshift(p);
        m.location ??= lastVisit.location;
        // (a day of its own, after it, stays: "يصل اليوم إلى أنقرة … قادما من الإمارات التي التقى فيها أمس …")
        if (lastVisit.date && !(m.date && m.date.start > t.span.start)) m.date = lastVisit.date;
        if (lastVisit.status === 'planned' && !m.anchor) m.status = 'planned';
        m.how.push('purpose of visit');
      }
      // (and of meetings by one, "التقى" with its subject unsaid: KUNA's "التقى الوزير اليحيا … نظيره الأوكراني.
      // كما التقى أمس … فؤاد حسين")
      if (t.row.pos === 'verb' && (t.row.host || (t.row.name === 'التقى' && key.slice(t.span.start, t.span.end) === SINGULAR_PAST_MET))) {
        // a list of receptions by one host, its name told once: "ثم استقبل وزير المال …، كما استقبل
        // وزير الخارجية يوسف رجي": a reception opening its sentence with one party is the host's before
        const opens = tokensIn(input.tokens, sent.start, t.span.start).every((x) => SEQUEL_WORDS.has(x.text));
        // (not when a title follows the one named: "كما استقبل رئيس مجلس النواب محمود المشهداني نائب
        // وزير الخارجية التركي", where the one named hosts someone the text leaves unnamed)
        const one = m.participants.length === 1 ? m.participants[0]! : null;
        const next = one ? input.tokens[firstTokenFrom(input.tokens, one.unit.end)] : undefined;
        const objectFollows = !!next && next.start < sent.end && !commaJustBefore(key, next.start, one!.unit.end) && someStemIn(next.word, TITLE_WORDS);
        if (opens && one && !objectFollows && lastHost && si - lastHost.sentence <= HOST_LIST_SENTENCES && one.id !== lastHost.party.id) {
          m.participants.unshift(lastHost.party);
          m.how.push('host of the receptions before');
          // (the list goes on from here)
          lastHost.sentence = si;
        } else if (m.participants.length > 1) {
          // (the host is named first: "واستقبل الرئيس عون قائد الجيش")
          lastHost = { party: m.participants.reduce((a, b) => (b.unit.start < a.unit.start ? b : a)), sentence: si };
        }
      }
      // "زار مسقط، حيث التقى …، كما أجرى مباحثات منفصلة مع …": كما goes on in the scene of its sentence, its place and day
      // (and a verb after "، و" whose subject goes unsaid: "زار أنقرة …، حيث عقد مباحثات مع فيدان، والتقى رئيس جهاز الاستخبارات")
      const own = input.tokens[firstTokenFrom(input.tokens, t.span.start + 1) - 1];
      const andAfterComma = t.row.pos === 'verb' && !!own && own.start < t.span.start && own.text.charCodeAt(0) === WAW && m.how.some((h) => h.startsWith('subject before'))
        && commaJustBefore(key, own.start, Math.max(sent.start, own.start - 3));
      if (!m.location && m.type !== 'call' && (goesOnAsAlso(input.tokens, sent.start, t) || andAfterComma)) {
        const scene = out.slice(sentenceFirst).reverse().find((o) => o.location && o.type !== 'call' && o.status === m.status);
        if (scene) {
          m.location = scene.location;
          m.date ??= scene.date;
          m.how.push('place of its sentence (كما)');
        }
      }
      // "استقبل الرئيس عون الموفد الأمريكي توم باراك ونائبة المبعوث مورغان أورتاغوس … . ثم انتقل الموفدان إلى
      // السراي حيث اجتمعا برئيس الحكومة": two named by a noun in the dual, or by a verb in the dual, no one
      // named before it in its sentence, are the two the sentence or two before told of
      if (lastPair && si > lastPair.sentence && si - lastPair.sentence <= PARAGRAPH_SENTENCES && twoUnnamedBefore(input, sent.start, t)) {
        const missing = lastPair.parties.filter((p) => !m.participants.some((x) => x.id === p.id));
        if (missing.length === 2) {
          m.participants.unshift(...missing);
          m.sequel = m.participants.length > 2;
          m.how.push('the two told before');
        }
      }
      // "ويغادر ترمب الرياض متوجها إلى الدوحة … . وينتقل غدا الخميس إلى أبوظبي": a verb of a journey opening
      // its sentence, no one named, goes on with the traveller of the sentence or two before
      // (or after ثم in its own: "… حين استقبله ولي العهد في قصر اليمامة، ثم زار أنقرة بعد يومين")
      if (m.type === 'visit' && t.row.pos === 'verb' && !m.participants.length && lastTraveller && si - lastTraveller.sentence <= TRAVELLER_SENTENCES
        && (si > lastTraveller.sentence ? opensSentence(input, sent, t.span.start) : THEN.has(input.tokens[firstTokenFrom(input.tokens, t.span.start + 1) - 2]?.text ?? ''))) {
        m.participants.push(lastTraveller.party);
        m.how.push('the traveller told before');
      }
      // "ثم زار أنقرة بعد يومين والتقى أردوغان": a verb joined by و to the visit just told, its one party
      // after it and no one named between, has the visit's traveller for its subject
      const visitBefore = out.at(-1);
      if (lastVisit && visitBefore === lastVisit && t.row.pos === 'verb' && t.row.type !== 'visit' && m.participants.length === 1 && m.participants[0]!.unit.start > t.span.start) {
        const between = unitsIn(input.units, lastVisit.trigger.end, t.span.start).some((u) => u.kind === 'person' || u.kind === 'role');
        const traveller = travellersOf(lastVisit)[0];
        if (own && own.start < t.span.start && own.text.charCodeAt(0) === WAW && !between && traveller && traveller.id !== m.participants[0]!.id) {
          m.participants.unshift(traveller);
          m.how.push('the traveller of the visit just told (و)');
        }
      }
      // "توجه فيدان إلى كييف، والتقى الرئيس زيلينسكي …": a meeting by the traveller joined by و to the
      // visit just told is at its place, on its day
      if (lastVisit && visitBefore === lastVisit && t.row.pos === 'verb' && t.row.type !== 'visit' && m.type !== 'call' && m.status === lastVisit.status && (!m.location || !m.date)) {
        const own = input.tokens[firstTokenFrom(input.tokens, t.span.start + 1) - 1];
        const traveller = travellersOf(lastVisit)[0];
        if (own && own.start < t.span.start && own.text.charCodeAt(0) === WAW && traveller && m.participants.some((p) => p.id === traveller.id)) {
          if (!m.location && lastVisit.location) {
            m.location = lastVisit.location;
            m.how.push('place of the visit just told (و)');
          }
          m.date ??= lastVisit.date;
        }
      }
      // "ثم انتقل الموفدان إلى السراي …", "وبعد الظهر، زار …": the day of the event the sentence or two before told
      if (!m.date && m.status === 'occurred' && lastDay && si > lastDay.sentence && si - lastDay.sentence <= PARAGRAPH_SENTENCES && SAME_DAY_OPENER.test(key.slice(sent.start, t.span.start))) {
        m.date = lastDay.date;
        m.how.push('the day of the event before');
      }
      // "وقبيل اللقاء، عقد فيدان وضيفه القطري جلسة مباحثات": just before or after the event just told, on
      // its day and in its place
      if (m.status === 'occurred' && (!m.date || !m.location) && m.type !== 'call' && AROUND_THE_EVENT.test(key.slice(sent.start, t.span.start))) {
        const told = out.slice(0, sentenceFirst).reverse().find((o) => o.status === 'occurred' && o.type !== 'call' && o.participants.length > 0);
        if (told && si - told.sentence <= 1) {
          if (!m.date && told.date?.grain === 'day') m.date = told.date;
          m.location ??= told.location;
          m.how.push('around the event just told');
        }
      }
      // (a day of the calendar: not "اليوم" of an undated page, which the dateline's place reads as today)
      if (m.date && m.status === 'occurred' && m.date.grain === 'day' && /^\d{4}-\d\d-\d\d/u.test(m.date.value)) lastDay = { date: m.date, sentence: si };
      const pair = twoOf(m, !!t.row.host);
      if (pair) lastPair = { parties: pair, sentence: si };
      // (the guest a host received, named by a pronoun, travels on: "حين استقبله ولي العهد …، ثم زار أنقرة")
      const guest = t.row.host ? m.participants.find((p) => GUESTS.has(p.unit)) : undefined;
      if (guest) lastTraveller = { party: guest, sentence: si };
      // (so does the subject a meeting after حيث or كما carries over: "وانتقل لودريان إلى عين التينة حيث التقى بري، ثم زار السرايا")
      const carried = m.how.some((h) => h.startsWith('subject before ')) ? m.participants.find((p) => p.unit.start < t.span.start && SUBJECTS.has(p.unit)) : undefined;
      if (carried) lastTraveller = { party: carried, sentence: si };
      if (m.type === 'visit') {
        const traveller = travellersOf(m).reduce<EventMention['participants'][number] | null>((a, b) => (!a || b.unit.start < a.unit.start ? b : a), null);
        if (traveller) lastTraveller = { party: traveller, sentence: si };
        // "يصل X إلى الرياض في زيارة رسمية": the noun names the visit the verb began
        if (lastVisit && !m.participants.length) {
          m.participants.push(...travellersOf(lastVisit));
          m.location ??= lastVisit.location;
          // (and its day, not one the verb took from the clause before: "…، قبل أن يحل بالرباط في زيارة دولة أواخر أكتوبر الماضي")
          if (m.date && lastVisit.date && lastVisit.date.start < lastVisit.trigger.start && m.date.start > m.trigger.start) lastVisit.date = m.date;
          // (not one said to be called off: "كان من المقرر أن يصل … قبل أن تُرجأ زيارتهما")
          if (lastVisit.status === 'planned' && !m.anchor && m.status === 'occurred') m.status = 'planned';
        }
        lastVisit = m;
        const recipient = m.location && messageRecipient(input, m.location.unit.end, nextStart);
        if (recipient && !m.participants.some((p) => p.id === recipient.id)) {
          m.participants.push({ id: recipient.id, unit: recipient.unit });
          RECIPIENTS.add(recipient.unit);
          // (and neither it nor the sender is the subject of a clause after it: "…، حيث يلتقي" is the traveller's)
          for (const u of unitsIn(input.units, recipient.message.start, recipient.message.end)) consumed.add(u);
          m.how.push('whom it carries a message to');
        }
      }
      out.push(m);
      // "قبل أن ينتقل إلى أبوظبي ثم إلى عمّان": the journey's further stops, each a visit of its travellers
      if (m.type === 'visit' && t.row.pos === 'verb' && m.location) {
        for (const stop of furtherStops(input, m.location.unit.end, sent.end)) {
          out.push({ ...m, participants: [...m.participants], location: { id: stop.id!, unit: stop }, date: null, how: [...m.how, 'a further stop (ثم إلى)'] });
        }
      }
    });
    // "التقى X Y على هامش قمة … في ريو": a meeting on the sidelines of a summit is where the summit is
    const here = out.slice(sentenceFirst);
    precededBy(input, here, out, sentenceFirst);
    headsOfDelegations(input, sent, si, out);
    // "وكان باراك قد زار بيروت …، وأجرى محادثات مماثلة": what follows the pluperfect in its sentence is background too
    let background = false;
    for (const o of here) {
      if (o.background) background = true;
      else if (background && o.status === 'occurred') o.background = true;
      // (an older day, or an older month or year at its own grain: "2025-06" before "2025-07-10")
      // (a week by its last day: "الأسبوع الماضي" is older than the last few days)
      const since = o.date && recentFrom ? o.date.value.split('/')[0]! : null;
      const until = since ? lastDayOfIsoWeek(since) ?? since : null;
      if (until) o.older = until < recentFrom!.slice(0, until.length);
      o.recalled = o.background && o.older;
    }
    const sidelines = here.filter((o) => /هامش\s*$/u.test(key.slice(Math.max(0, o.trigger.start - 12), o.trigger.start)));
    // "عقد الشيباني لقاء مع روبيو …، على هامش الاجتماع غير الرسمي لوزراء خارجية الناتو، بحضور فيدان":
    // who attended, named after the gathering on whose sidelines the meeting was, attended the meeting
    for (const frame of sidelines) {
      const main = here.filter((o) => o.trigger.start < frame.trigger.start && o.participants.length > 0 && !o.attendance).at(-1);
      const attended = main ? frame.participants.filter((p) => ATTENDEES.has(p.unit)) : [];
      if (!attended.length) continue;
      frame.participants = frame.participants.filter((p) => !ATTENDEES.has(p.unit));
      for (const p of attended) if (!main!.participants.some((q) => q.id === p.id)) main!.participants.push(p);
      main!.how.push('attended, named after the gathering framing it');
    }
    // "وعلى هامش الزيارة، التقى فيدان نظيره": the story's own event, named by its noun alone, is where the
    // story's first event took place (not the last told: "أرجأ زيارته التي كانت مقررة إلى السعودية")
    for (const frame of sidelines) {
      if (frame.location || frame.participants.length || !frame.definite || frame.status !== 'occurred') continue;
      const story = out.find((o) => o.sentence < si && o.status === 'occurred' && o.location && o.type !== 'call' && !o.background && !o.older);
      if (!story) continue;
      frame.location = story.location;
      frame.how.push("the story's event");
    }
    // "…، التي عقدت بالرياض …، وعلى هامشها التقى …": the sidelines of the event just told are at its place, on its day
    for (const m of here) {
      if (m.location || !/هامش(?:ها|ه)\s*$/u.test(key.slice(Math.max(sent.start, m.trigger.start - 12), m.trigger.start))) continue;
      const told = out.slice(0, out.indexOf(m)).reverse().find((o) => o.location && o.type !== 'call');
      if (!told) continue;
      m.location = told.location;
      m.date ??= told.date;
      m.how.push('on the sidelines of the event just told');
    }
    const summits = sidelines.filter((o) => o.location);
    /** The sentence opens with the sidelines: "وعلى هامش الزيارة، التقى …". */
    const opensWith = (o: EventMention): boolean => SIDELINES_OPENING.test(key.slice(sent.start, o.trigger.start));
    for (const m of here) {
      if (m.location) continue;
      const host = summits.find((o) => o.trigger.start > m.trigger.start) ?? summits.find((o) => o.trigger.start < m.trigger.start && opensWith(o));
      if (host) {
        m.location = host.location;
        m.how.push('on the sidelines');
      }
    }
  });
  return out.flatMap(oneByOne);
}

/** Leaders by office, two of them: "الرئيسان", "الزعيمين" (folded). */
const LEADER_DUALS = w(['الرئيسان', 'الرئيسين', 'الزعيمان', 'الزعيمين', 'الوزيران', 'الوزيرين', 'الملكان', 'الملكين', 'الأميران', 'الأميرين', 'القائدان', 'القائدين']);
/** Leaders by office, many, and how many (a number with the article): "القادة الثلاثة", "الزعماء الأربعة" (folded). */
const LEADER_PLURALS = w(['القادة', 'الزعماء', 'الرؤساء', 'الوزراء', 'الملوك']);
/** The number of leaders a clause before the trigger names as its subject, by their office alone; 0 if none. */
function groupSubject(clauseWords: readonly Token[]): number {
  for (let i = 0; i < clauseWords.length; i++) {
    const word = clauseWords[i]!.text;
    if (LEADER_DUALS.has(word)) return 2;
    const count = LEADER_PLURALS.has(word) ? withoutArticle(clauseWords[i + 1]?.text ?? '') : undefined;
    const n = count === undefined ? undefined : cardinalNumber.get(count);
    if (n !== undefined && n > 2) return n;
  }
  return 0;
}

/** Two leaders by office right after the trigger and بين, its unnamed parties: "اللقاء الأخير بين الرئيسين" (an adjective between). */
function leadersBetween(after: readonly Token[]): number {
  const k = after.slice(0, 3).findIndex((x) => x.text === BETWEEN);
  return k >= 0 && LEADER_DUALS.has(after[k + 1]?.text ?? '') ? 2 : 0;
}
const BETWEEN = fold('بين');

/** Right after the parties: "، كلا على حدة", "كل منهما على حدة", "على حدة" (folded key). */
const SEPARATELY = /^[\s,]*(?:(?:كلا|كل)(?:\s+(?:منهما|منهم))?\s+)?علي\s+حده(?![\p{L}\p{N}])/u;
const MAX_SEPARATELY_LENGTH = 30;
const NONE_SEPARATELY: readonly string[] = [];
/** Before the guests too, after the host: "استقبل سمو ولي العهد … اليوم كلا على حدة سفيرة … وسفير …" (folded key). */
const EACH_APART_BEFORE = /(?<![\p{L}\p{N}])(?:كلا|كل)\s+علي\s+حده(?![\p{L}\p{N}])/u;
/** The parties of the phrase were met one by one: "على حدة" after them, or "كلا على حدة" between the first and the second. */
function separately(key: string, triggerEnd: number, phrase: Phrase, clauseEnd: number): boolean {
  if (SEPARATELY.test(key.slice(phrase.end, Math.min(clauseEnd, phrase.end + MAX_SEPARATELY_LENGTH)))) return true;
  const [first, second] = phrase.units.filter((u) => u.kind === 'person' || u.kind === 'role');
  return !!first && !!second && EACH_APART_BEFORE.test(key.slice(Math.max(triggerEnd, first.end), second.start));
}

/**
 * Who was met one by one: the parties of the phrase after the trigger; after a verb with no subject
 * before it, all but the first, its subject ("التقى الشيخ تميم الرئيس عباس، والسيد أنور إبراهيم، كلا على حدة").
 */
function metOneByOne(row: TriggerRow, participants: EventMention['participants'], phrase: Phrase): string[] {
  const objects = participants.filter((p) => phrase.units.includes(p.unit));
  const subjectBefore = participants.some((p) => !phrase.units.includes(p.unit));
  return (row.pos === 'verb' && !subjectBefore ? objects.slice(1) : objects).map((p) => p.id);
}

/** A mention of parties met one by one, as one mention per meeting: the others' parties with each of them. */
function oneByOne(m: EventMention): EventMention[] {
  if (m.separately.length < 2) return [m];
  return m.separately.map((id) => ({
    ...m,
    participants: m.participants.filter((p) => p.id === id || !m.separately.includes(p.id)),
    how: [...m.how, 'one by one'],
  }));
}

/**
 * Some phrase of the list as whole words, a conjunction (و ف) allowed on its first word: one regex
 * for the whole list (longest first), not a scan of the text per phrase.
 */
const PLANNED_BEFORE = phrases(plannedBefore);
const PLANNED_AFTER = phrases(plannedAfter);

/** The trigger is the purpose of a journey: "للقاء", "لإجراء محادثات", "بهدف عقد". */
/** A person's name covers the key offset. */
function inPersonName(units: readonly Unit[], at: number): boolean {
  // (units are sorted by start: the few that start at or before it)
  const after = firstUnitFrom(units, at + 1);
  for (let k = after - 1; k >= 0 && k >= after - 3; k--) {
    const u = units[k]!;
    if (u.kind === 'person' && u.start <= at && at < u.end) return true;
  }
  return false;
}

/** Parties read as the traveller of a verb of visiting ("يصل زيلينسكي إلى أنقرة"), for the clauses after it. */
const TRAVELLERS = new WeakSet<Unit>();
/**
 * Parties that are their clause's subject, not its object: the first of a verb's parties written after
 * it when another follows (Arabic puts the verb first: "اجتمع رئيس الوزراء … مع فانس"), and the subject
 * a clause after حيث or كما carried over. Still the subject a later clause after قبل أن, حيث, كما or ثم
 * leaves unsaid ("…، قبل أن يلتقي مساء اليوم ذاته الرئيس ترامب"), though a party already.
 */
const SUBJECTS = new WeakSet<Unit>();
/** Those read as attending ("بحضور وزير الخارجية الأمريكي"): never the subject a clause after them leaves unsaid. */
const ATTENDEES = new WeakSet<Unit>();

/**
 * A relative clause on a place right before the verb ("قادما من الإمارات التي التقى فيها أمس …"):
 * its unsaid subject is the main clause's. The relative pronoun's index, or -1.
 */
function placeRelativeBefore(input: MentionInput, k0: number): number {
  const rel = input.tokens[k0 - 1];
  if (!rel || !RELATIVE.has(rel.text)) return -1;
  const u = input.units[firstUnitFrom(input.units, rel.start) - 1];
  return u && u.kind === 'place' && onlySpace(input.key, u.end, rel.start) ? k0 - 1 : -1;
}

const WHO = fold('الذي');
/** Words at most between a visit's noun and its visitor's title or name with ل ("زيارة مرتقبة لوزير العدل"). */
const MAX_VISITOR_GAP = 3;
/**
 * The first person or role of a visit noun's phrase is written with ل, on the name or on a title
 * before it: "زيارة مرتقبة لدارمانان", "لوزير العدل الفرنسي جيرالد دارمانان", "للرئيس ماكرون".
 */
function visitorAfterLam(tokens: readonly Token[], key: string, from: number, phraseUnits: readonly Unit[]): boolean {
  const u = phraseUnits.find((x) => x.kind === 'person' || x.kind === 'role');
  if (!u) return false;
  const own = tokenAt(tokens, u.start);
  if (own && own.start < u.start && /^[وف]?ل(?:ل)?$/u.test(key.slice(own.start, u.start))) return true;
  return tokensIn(tokens, from, u.start).slice(0, MAX_VISITOR_GAP).some(titleWithLam);
}
/** A title with ل written on it, the preposition peeled by stems() (ال restored after لل): "لوزير", "للرئيس". */
function titleWithLam(tok: Token): boolean {
  if (!/^[وف]?ل/u.test(tok.text)) return false;
  const texts = tok.word.stemTexts;
  for (let i = 1; i < texts.length; i++) if (TITLE_WORDS.has(texts[i]!)) return true;
  return false;
}
/** Words at most between a relative pronoun and the trigger of its clause: "الذي عقد بدوره جلسة مباحثات". */
const MAX_RELATIVE_TO_TRIGGER = 4;
/**
 * The person a relative clause is on, right before its pronoun, when the trigger stands in that
 * clause with no party named before it: "… أسعد الشيباني، الذي عقد بدوره جلسة مباحثات مع لافروف",
 * "… نائب الرئيس، الذي التقى أمس …". Else undefined.
 */
function personBeforeRelative(input: MentionInput, k0: number, sentStart: number, noun: boolean): Unit | undefined {
  const { tokens, units, key } = input;
  for (let i = k0 - 1; i >= 0 && i >= k0 - MAX_RELATIVE_TO_TRIGGER && tokens[i]!.start >= sentStart; i--) {
    const t = tokens[i]!;
    if (/[.!?;:,]/u.test(key.slice(t.end, tokens[i + 1]!.start))) return undefined;
    // (الذي: التي is mostly on a thing, "الحالات التي وصلت إلى …")
    if (t.text === WHO) {
      // (a noun only as what the clause's verb holds: "الذي عقد بدوره جلسة مباحثات", not "الذي وصف اللقاء بأنه مفيد")
      if (noun && !tokens.slice(i + 1, k0).some((x) => HOLDS.has(x.text))) return undefined;
      const u = units[firstUnitFrom(units, t.start) - 1];
      if (!u || !(u.kind === 'person' || (u.kind === 'role' && u.id)) || !/^[\s,]*$/u.test(key.slice(u.end, t.start))) return undefined;
      return u;
    }
    // (nor one who only attends: "بيدرو سانشيز الذي يحضر القمة ضيفا")
    if (CLAUSE_BREAK.has(t.text) || ATTENDS.has(t.text) || unitsIn(units, t.start, t.end).length) return undefined;
  }
  return undefined;
}
/**
 * What a meeting is for or about, after it: "لبحث", "لمناقشة", "بشأن", "حول" (folded; proclitics peeled). A place after them is
 * the subject's: "تباحث أردوغان مع أنان بشأن تعزيز قوات الأمم المتحدة في لبنان".
 */
const TO_DISCUSS = w(['لبحث', 'لمناقشة', 'لتناول', 'لاستعراض', 'لتباحث', 'بشأن', 'حول']);
/** Verbs that hold an event named by a noun: "الذي عقد بدوره جلسة مباحثات", "التي أجرت محادثات". */
const HOLDS = w(HOLDING_VERBS);
/** Verbs of attending, in the past (ATTENDING) and the present: "الذي يحضر القمة". */
const ATTENDS: ReadonlySet<string> = new Set([...ATTENDING, ...w(['يحضر', 'تحضر', 'سيحضر', 'ستحضر', 'يشارك', 'تشارك', 'سيشارك', 'ستشارك'])]);

/** "During it", of a visit (folded): "يلتقي خلالها", "يعتزم خلالها لقاء". */
const DURING_IT = w(['خلالها', 'خلاله', 'أثناءها', 'أثناءه']);
/** "In it", after the trigger only ("التقى فيها"). */
const IN_IT = 'فيها';
function isPurpose(input: MentionInput, triggerStart: number): boolean {
  const k = firstTokenFrom(input.tokens, triggerStart);
  const before = input.tokens.slice(Math.max(0, k - 2), k);
  const own = tokenAt(input.tokens, triggerStart);
  if (own && /^[وف]?ل/u.test(input.key.slice(own.start, triggerStart))) return true;
  // "في زيارة رسمية يلتقي خلالها …": the meeting happens during the visit
  const after = input.tokens[firstTokenFrom(input.tokens, triggerStart + 1)];
  // (in a relative clause of the visit too, "زيارته إلى مسقط، التي التقى خلالها …"; not "فيها" of another
  // place: "قادما من الإمارات التي التقى فيها أمس …")
  if (after && (DURING_IT.has(after.text) || (after.text === IN_IT && !(before.at(-1) && RELATIVE.has(before.at(-1)!.text))))) return true;
  // (or before it: "في إطار جولة خليجية يعتزم خلالها لقاء أمير الكويت")
  if (before.at(-1) && DURING_IT.has(before.at(-1)!.text)) return true;
  return before.some((t) => /^[وف]?ل(اجراء|عقد|بحث|استيناف|استكمال|حضور|المشاركه|مواصله)$/u.test(t.text) || /^(بهدف|حيث)$/u.test(t.text));
}


/**
 * The texts of some tokens. Arrays that optimised code reads are built by push here, not by map:
 * map's array is packed or holey depending on whether the code around it is optimised yet, and code
 * made for one kind is thrown out on meeting the other (readMention was optimised seven times a corpus).
 */
function textsOf(ts: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of ts) out.push(t.text);
  return out;
}

/**
 * Some word of key[from, to) (a maximal run of letters and digits) is in the set. The words are the
 * tokens, cut at the ends of the stretch: no regex scan and no array of its words, per trigger, of
 * what may be a long stretch of a sentence.
 */
function someWordIn(key: string, tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, firstTokenFrom(tokens, from) - 1); i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    if (t.end <= from) continue;
    if (t.start >= from && t.end <= to) {
      if (set.has(t.text)) return true;
    } else if ((key.slice(Math.max(t.start, from), Math.min(t.end, to)).match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => set.has(w))) return true;
  }
  return false;
}

/**
 * A verb in the future (سـ on an imperfect: ستسعى، سيمضي، ستتواصل): the shape, not a noun that has it
 * (FUTURE_SHAPED_NOUNS: سياسية، سيارة، سنوات), and in no name (سيدني).
 */
function isFutureVerb(input: MentionInput, tok: Token): boolean {
  if (!futureShaped(tok.text)) return false;
  // (nor the first word of a name: "سيرغي لافروف", "سيمون")
  const next = firstUnitFrom(input.units, tok.end);
  for (let i = next - 1; i >= 0 && i >= next - 4; i--) if (input.units[i]!.end > tok.start) return false;
  return true;
}

/** A verb of heading a delegation and the delegation (folded key): "وسيرأس الوفد", "فيما يرأس الوفد", "ترأس الوفد", "ويرأس فيها الوفد". */
const HEADS_DELEGATION = /(?<![\p{L}\p{N}])[وف]?(?:سي|ست|سيت|يت|ي|ت)?راس(?:ه|ها)?(?:\s+في(?:ه|ها))?\s+(?:ال)?وفد(?![\p{L}\p{N}])/gu;
/** How many sentences back an event of the delegations a sentence names the heads of may have been told. */
const DELEGATION_HEADS_WINDOW = 2;
/**
 * "… جولة المفاوضات بين الوفدين الروسي والأوكراني. وسيرأس الوفد الروسي مساعد الرئيس فلاديمير ميدينسكي،
 * فيما يرأس الوفد الأوكراني … رستم عمروف": the one named heading a delegation is a party of the event the
 * sentence or two before told that delegation in.
 */
function headsOfDelegations(input: MentionInput, sent: Span, si: number, told: readonly EventMention[]): void {
  const { key, units } = input;
  const text = key.slice(sent.start, sent.end);
  if (!text.includes('وفد')) return;
  for (const h of text.matchAll(HEADS_DELEGATION)) {
    const at = h.index! + h[0].length;
    const from = sent.start + at;
    // (to the clause's comma, within the sentence)
    const close = text.slice(at).search(/[,;]/u);
    const clauseEnd = close >= 0 ? from + close : sent.end;
    const inClause = unitsIn(units, from, clauseEnd);
    const country = inClause[0]?.kind === 'nisba' ? inClause[0].id : undefined;
    const head = inClause.find((u) => u.kind === 'person' && u.id?.startsWith('person:'));
    if (!country || !head?.id) continue;
    for (let b = told.length - 1; b >= 0 && si - told[b]!.sentence <= DELEGATION_HEADS_WINDOW; b--) {
      const o = told[b]!;
      // (in its own sentence, after the event: "انطلقت … الجولة الرابعة …، ويرأس فيها الوفد الإيراني … عراقجي")
      if ((o.sentence === si && o.trigger.end > from) || !o.participants.some((p) => p.id === country) || o.participants.some((p) => p.id === head.id)) continue;
      o.participants.push({ id: head.id, unit: head });
      o.how.push('head of its delegation, named after it');
    }
  }
}

/** How many sentences back the people a delegation stands for were last told meeting. */
const DELEGATION_MEMBERS_WINDOW = 4;
/**
 * A delegation named by its nationality as a verb's subject ("وانتقل الوفد الأميركي إلى عين التينة حيث
 * التقى بري", "الوفد الإيراني سيلتقي …") is the people of that country the last event told had for
 * parties, a few sentences back at most: the envoys it came with. Else it stays the country.
 */
function delegationMembers(input: MentionInput, m: EventMention, triggerStart: number, earlier: readonly EventMention[]): void {
  for (let k = 0; k < m.participants.length; k++) {
    const p = m.participants[k]!;
    if (p.unit.kind !== 'nisba' || p.unit.end > triggerStart || !isDelegation(input, p.unit)) continue;
    let members: EventMention['participants'] = [];
    for (let i = earlier.length - 1; i >= 0 && m.sentence - earlier[i]!.sentence <= DELEGATION_MEMBERS_WINDOW && !members.length; i--) {
      members = earlier[i]!.participants.filter((q) => q.id.startsWith('person:') && input.g.countryOf(q.id) === p.id);
    }
    members = members.filter((q) => !m.participants.some((x) => x.id === q.id));
    if (!members.length) continue;
    m.participants.splice(k, 1, ...members);
    m.how.push('members of the delegation');
    k += members.length - 1;
  }
}

/** Words at most in a frame set off by commas, before its noun trigger and after it. */
const MAX_FRAME_WORDS_BEFORE = 4;
const MAX_FRAME_WORDS_AFTER = 3;
/** Words that open such a frame: a place or an occasion ("في مقر انعقاد القمة", "على هامش القمة", "خلال القمة"), folded. */
const FRAME_OPENERS = w(['في', 'على', 'خلال', 'بمقر', 'بمناسبه', 'قبيل', 'عقب']);

/**
 * Where the frame ends (its closing comma) when the noun trigger `t` stands in one set off by commas
 * right after the verb trigger `verb` and its subject: "واستقبل سموه، في مقر انعقاد القمة، أخاه …",
 * "التقى الوزير، على هامش القمة، نظيره …". Else -1.
 */
function frameAfterVerb(input: MentionInput, verb: { row: TriggerRow; span: Span }, t: { row: TriggerRow; span: Span }, sentEnd: number): number {
  if (verb.row.pos !== 'verb' || t.row.pos !== 'noun') return -1;
  const { key, tokens } = input;
  const open = key.lastIndexOf(',', t.span.start - 1);
  if (open < verb.span.end) return -1;
  const inside = tokensIn(tokens, open, t.span.start);
  if (!inside.length || inside.length > MAX_FRAME_WORDS_BEFORE || !FRAME_OPENERS.has(inside[0]!.text)) return -1;
  const close = key.indexOf(',', t.span.end);
  if (close < 0 || close >= sentEnd || /[.!?;:]/u.test(key.slice(t.span.end, close))) return -1;
  return tokensIn(tokens, t.span.end, close).length <= MAX_FRAME_WORDS_AFTER ? close : -1;
}

/**
 * A visit "to visit" (لزيارة) offered by an invitation earlier in its clause: "وجه الدعوة إلى الوزير
 * اليحيا لزيارة طهران", "ودعا أردوغان بوتين لزيارة تركيا" (not "تلبية لدعوة …", a visit made on one).
 */
function invitedTo(input: MentionInput, t: { row: TriggerRow; span: Span }, words: readonly Token[]): boolean {
  if (t.row.type !== 'visit' || t.row.pos !== 'noun' || input.key[t.span.start - 1] !== 'ل' || /[\p{L}\p{N}]/u.test(input.key[t.span.start - 2] ?? ' ')) return false;
  // (the word alone or after و/ف only: "لدعوة" is the one answered)
  const inviting = (w: string): boolean => INVITATION.has(w) || ((w[0] === 'و' || w[0] === 'ف') && INVITATION.has(w.slice(1)));
  return words.some((w, i) => inviting(w.text) && !(i > 0 && ANSWERING.has(words[i - 1]!.text)));
}

/** Words at most between the end of an event's phrase and "بحضور" further on in its sentence. */
const MAX_ATTENDANCE_REACH = 16;
/**
 * The people named right after "بحضور", "في حضور" or "بمشاركة" between `from` and `to` (the sentence's next
 * event), joined by و or commas: no sentence or clause of another subject between ("بينما", "الذي").
 */
function attendeesAfter(input: MentionInput, from: number, to: number): { units: readonly Unit[]; chaired: boolean } {
  const { tokens, units } = input;
  const out: Unit[] = [];
  const i = wordFurtherOn(input, from, to, ATTENDANCE_FURTHER_ON);
  if (i < 0) return { units: out, chaired: false };
  // (people, joined by و or commas, titles between; up to what is no one's: "بحضور ولي العهد …، بينما")
  let principal: string | null = null;
  let last = tokens[i]!.end;
  for (const u of unitsIn(units, tokens[i]!.end, to)) {
    // (a title's nationality or an unresolved title on the way: "ولي العهد السعودي الأمير محمد بن سلمان")
    if (u.kind === 'nisba' || (u.kind === 'role' && !u.id)) continue;
    if (u.kind !== 'person' && u.kind !== 'role') break;
    const gap = tokensIn(tokens, last, u.start);
    if (gap.some((g) => CLAUSE_BREAK.has(g.text)) || gap.length > MAX_ATTENDEE_GAP) break;
    last = u.end;
    // (not the one whose envoy or aide someone is, after a title with ل: "ستيف ويتكوف المبعوث الخاص للرئيس الأمريكي دونالد ترامب")
    // (a title with ل, "للرئيس", "لرئيس الوزراء"; not an organisation's name, "الأمين العام للأمم المتحدة")
    if (gap.some(titleWithLam)) principal = u.id;
    if (u.id !== null && u.id === principal) continue;
    out.push(u);
  }
  return { units: out, chaired: CHAIRED.has(tokens[i]!.text) };
}
/** The first word of the set in the clause from `from`, within reach of it (a token index), or -1. */
function wordFurtherOn(input: MentionInput, from: number, to: number, set: ReadonlySet<string>): number {
  const { tokens, key } = input;
  const first = firstTokenFrom(tokens, from);
  for (let i = first; i < tokens.length && tokens[i]!.end <= to && i - first <= MAX_ATTENDANCE_REACH; i++) {
    if (/[.!?;:]/u.test(key.slice(tokens[i - 1]?.end ?? from, tokens[i]!.start)) || CLAUSE_BREAK.has(tokens[i]!.text)) return -1;
    if (set.has(tokens[i]!.text)) return i;
  }
  return -1;
}
/** The token after officials at k and the portfolio after them, if any: where their country's name stands. */
function countryAfterOfficials(tokens: readonly Token[], k: number): Token | undefined {
  return tokens[OFFICIALS_PORTFOLIO.has(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1];
}
/** Taking part (not being present, بحضور), further on in the sentence (folded). */
const TAKING_PART = w(TAKING_PART_WORDS);
/**
 * The countries whose officials took part, further on in the sentence: "بمشاركة وزراء خارجية مالي
 * وبوركينا فاسو والنيجر وتشاد", joined by و or commas.
 */
function countriesTakingPart(input: MentionInput, from: number, to: number): Unit[] {
  const { tokens, units, key } = input;
  const i = wordFurtherOn(input, from, to, TAKING_PART);
  const officials = tokens[i + 1];
  if (i < 0 || !officials || !someStemIn(officials.word, OFFICIALS_OF)) return [];
  const country = countryAfterOfficials(tokens, i + 1);
  const out: Unit[] = [];
  for (const u of country ? unitsIn(units, country.start, to) : []) {
    // (the first right after them, the others joined by و or commas)
    const between = key.slice(out.at(-1)?.end ?? country!.start, u.start).trim().replace(/^،/u, '');
    if (u.kind !== 'place' || !u.country || !/^[\s,]*و?$/u.test(between)) break;
    out.push(u);
  }
  return out;
}
/** Title words at most before an attendee's name ("ولي العهد السعودي الأمير …"). */
const MAX_ATTENDEE_GAP = 6;

/** Verbs that carry a nominal trigger ("عقدت اجتماعا", "أجرى محادثات") and auxiliaries, folded. */
const CARRIER_VERBS = new Set([
  'قد', 'كان', 'كانت', 'عقد', 'عقدت', 'عقدا', 'اجري', 'اجرت', 'اجريا', 'بحث', 'بحثت',
  // in the present and the future: "أعلن ترامب أنه سيجري مكالمة مع بوتين"
  'يعقد', 'تعقد', 'سيعقد', 'ستعقد', 'يجري', 'تجري', 'سيجري', 'ستجري', 'يبحث', 'تبحث', 'سيبحث', 'ستبحث',
]);

/**
 * The index of a word of `set` before the trigger at token k, with at most `reach` - 1 carrier
 * verbs between ("حيث عقدت اجتماعا", "أنه سيلتقي"); -1 if none.
 */
function openerBefore(tokens: readonly Token[], k: number, set: ReadonlySet<string>, reach: number): number {
  for (let i = k - 1; i >= 0 && i >= k - reach - plannedBridge(tokens, k); i--) {
    if (set.has(tokens[i]!.text)) return i;
    if (!CARRIER_VERBS.has(tokens[i]!.text) && !PLANNED_BRIDGE.has(tokens[i]!.text)) return -1;
  }
  return -1;
}
/** Words of what is planned between an opener and its verb: "حيث من المقرر أن يلتقي", "كما يتوقع أن يجري" (folded). */
const PLANNED_BRIDGE = w(['من', 'المقرر', 'المنتظر', 'المتوقع', 'المرتقب', 'المفترض', 'المزمع', 'يتوقع', 'ينتظر', 'يرتقب', 'أن']);
/** How many of those words stand right before the verb at k: "من المقرر أن" is three. */
function plannedBridge(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (k - n - 1 >= 0 && n < 3 && PLANNED_BRIDGE.has(tokens[k - n - 1]!.text)) n++;
  return n;
}
/** م, which a participle opens with ("متوجها"). */
const MIM = 0x645;
/** Verbs whose time a participle in their clause shares (folded). */
const CLAUSE_VERBS = w([...ACTION_VERBS, ...SAYING_VERBS]);
/** Verbs that, with و, open a clause of their own after the trigger's parties (folded). */
const COORDINATED_VERBS = new Set([...CLAUSE_VERBS, ...w(['يتسلم', 'تتسلم', 'يسلم'])]);
/** Honorifics that open a party's name after "، و" ("عقد X، وفخامة الرئيس Y، جلسة مباحثات"), folded. */
const HONORIFIC_OPENERS = w(HONORIFIC_WORDS);
/** The carrier verbs that are auxiliaries: "وكان … قد عقد". */
const AUXILIARIES = w(['قد', 'كان', 'كانت']);
/**
 * "عقد حضرة صاحب السمو … أمير البلاد، وفخامة الرئيس دونالد ترامب …، جلسة مباحثات": a noun trigger's
 * clause opening at "، و" and an honorific or a title is the second of the subjects of a carrier verb
 * before the comma; the clause then opens after that verb. Else it opens where it did.
 */
function coordinatedSubjectsStart(tokens: Token[], key: string, start: number, floor: number, pos: TriggerRow['pos']): number {
  if (pos !== 'noun') return start;
  const k = firstTokenFrom(tokens, start);
  const first = tokens[k];
  if (!first || first.start !== start || first.text.charCodeAt(0) !== WAW || !commaJustBefore(key, start, Math.max(floor, start - 3))) return start;
  const rest = first.word.stemTexts[1];
  if (!rest || !(HONORIFIC_OPENERS.has(rest) || TITLE_WORDS.has(rest))) return start;
  const before = clauseStartBefore(tokens, key, start - 1, floor);
  for (let i = k - 1; i >= 0 && tokens[i]!.start >= before; i--) {
    const verb = tokens[i]!.text.replace(/^[وف]/u, '');
    if (CARRIER_VERBS.has(verb) && !AUXILIARIES.has(verb)) return tokens[i]!.end;
  }
  return start;
}
/** Words after which a verb's subject goes unsaid, being the main clause's: "حيث عقدت اجتماعا", "كما أجرى اتصالا". */
const SAME_SUBJECT_OPENERS = w(['حيث', 'كما', 'إذ', 'هامشها', 'هامشه']);
/** "زار لبنان …، حين التقى الرئيس عون": so does when, before a verb of meeting (a visit's verb has its visitors after it: "حين زار ماكرون كييف"). */
const WHEN = w(['حين', 'عندما', 'حينما']);
const BEFORE_AFTER = w(['قبل', 'بعد']);
/**
 * Words that open a clause of time after a verb's object ("عقب سقوط النظام", "منذ توليه منصبه"): the
 * words that anchor a trigger in another clause's time but not those of its own (خلال), the day
 * apart, before and after, and a few more, folded.
 */
const TIME_OPENERS: ReadonlySet<string> = new Set(
  [...ANCHOR_BEFORE, ...DAY_APART_BEFORE, ...BEFORE_AFTER, ...w(['إبان', 'قبيل', 'بعيد'])].filter((x) => !DURING_BEFORE.has(x)),
);
/** How many words before a party a clause of time may open for the party to be in it. */
const TIME_CLAUSE_REACH = 4;
/**
 * What stands at `start` is in a clause of time opened a few words before it, no comma between: a
 * party ("منذ سقوط نظام بشار الأسد", "عقب لقائه ترامب") or a date ("منذ الهدنة الأممية في أبريل 2022").
 * With `sequelApart`, not "قبل أن" or "بعد أن" and a verb, what came next or before in the same story
 * ("قبل أن يحط الأربعاء الماضي في باريس").
 */
function inClauseOfTime(input: MentionInput, start: number, sequelApart = false): boolean {
  const { tokens, key } = input;
  const k = firstTokenFrom(tokens, start + 1) - 1;
  for (let i = k - 1; i >= 0 && i >= k - TIME_CLAUSE_REACH; i--) {
    if (commaJustBefore(key, tokens[i + 1]!.start, tokens[i]!.end)) return false;
    if (TIME_OPENERS.has(tokens[i]!.text)) return !startsDate(input, tokens[i]!, tokens[i + 1]) && !(sequelApart && THAT.has(tokens[i + 1]?.text ?? ''));
  }
  return false;
}
/** A clause of time opens between the two offsets ("منذ سقوط النظام", "بعد انتهاء القمة"), not a date that starts with its word ("بعد ظهر اليوم"). */
function timeClauseBetween(input: MentionInput, from: number, to: number): boolean {
  const { tokens } = input;
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++) if (opensClauseOfTime(input, i)) return true;
  return false;
}
/** Token i opens a clause of time: not a date that starts with its word ("بعد ظهر اليوم"), nor "بعد ذلك", afterwards. */
function opensClauseOfTime(input: MentionInput, i: number): boolean {
  const { tokens } = input;
  return TIME_OPENERS.has(tokens[i]!.text) && !startsDate(input, tokens[i]!, tokens[i + 1]) && !THAT_TIME.has(tokens[i + 1]?.text ?? '');
}
/** A date starts at the word or right after it ("قبل يومين", "بعد ظهر اليوم"). */
function startsDate(input: MentionInput, word: Token, next: Token | undefined): boolean {
  const dates = coverOf(input.dates);
  return dates.covers(word.start, word.start + 1) || (next !== undefined && dates.startsAt(next.start));
}
const THAT = w(['أن']);
const ON = w(['على']);
/** After قبل or بعد, "that": an adverb of time ("بعد ذلك"), no clause. */
const THAT_TIME = w(['ذلك', 'ذاك']);

const IN = w(withConjunctions(['في']));
const RELATIVE = w(['التي', 'الذي']);
/**
 * Verbs after a relative pronoun whose clause names the event's parties: of bringing together ("اللقاء
 * الذي جمع X وY", "القمة التي ضمت …"), and the event's own verb with it as its pronoun ("الاتصال الذي
 * تلقاه رئيس الجمهورية … من نظيره الفرنسي", "المحادثات التي أجراها"), folded.
 */
/** Verbs of bringing together (folded): the event their subject, its parties their object. */
const BRINGING_TOGETHER_VERBS = ['جمع', 'جمعت', 'يجمع', 'تجمع', 'سيجمع', 'ستجمع', 'ضم', 'ضمت', 'يضم', 'تضم', 'سيضم', 'ستضم'];
/** Brought one man or woman together with the one after ب: "اللقاء الذي جمعه … بالرئيس الأمريكي" (folded). */
const ONE_GATHERED = w(['جمعه', 'جمعها', 'جمعته', 'جمعتها']);
const GATHERING = w([
  ...BRINGING_TOGETHER_VERBS, ...ONE_GATHERED,
  'تلقاه', 'تلقته', 'تلقاها', 'تلقتها', 'أجراه', 'أجرته', 'أجراها', 'أجرتها', 'أجرياه', 'أجرياها', 'عقده', 'عقدته', 'عقدها', 'عقدتها', 'عقداه', 'عقداها',
  // who made it: "الزيارة التي قام بها الصفدي إلى دمشق", "الجولة التي يقوم بها"
  'قام', 'قامت', 'يقوم', 'تقوم', 'سيقوم', 'ستقوم',
  // or means to: "الزيارة الرسمية التي يعتزم سموه القيام بها إلى روما"
  ...INTENTION,
]);
const HOSTS_IT = w(HOST_VERBS_OF_IT);
/**
 * Verbs of bringing together whose subject is the event named just before, with no relative pronoun:
 * "لقاء ثلاثي مرتقب في قصر بعبدا يجمع عون وبري وسلام", "اجتماع لدول جوار سوريا، يضم الأردن وتركيا",
 * "لقاء جمع الرئيسين" (not "لقاء جمعهما": its pronoun points back to parties named before).
 */
const BRINGING_TOGETHER = w(BRINGING_TOGETHER_VERBS);
/** Verbs of taking part, before "فيه"/"فيها": the event named just before is what they took part in. */
const TOOK_PART = w(['شارك', 'شاركت', 'شاركا', 'شاركوا', 'يشارك', 'تشارك', 'سيشارك', 'ستشارك']);
const IN_THE_EVENT = w(['فيه', 'فيها']);
/** How many words after a noun trigger its verb of bringing together may stand (its adjectives, its place). */
const MAX_WORDS_BEFORE_GATHERING = 6;
function bringingTogether(after: readonly Token[], nextStart: number): Token | null {
  for (const [i, x] of after.entries()) {
    if (i > MAX_WORDS_BEFORE_GATHERING || x.start >= nextStart) return null;
    if (BRINGING_TOGETHER.has(x.text)) return x;
    // "اجتماعاً ثلاثياً … شارك فيه فيدان وروبيو وعمروف": who took part in it, after its pronoun
    if (TOOK_PART.has(x.text) && IN_THE_EVENT.has(after[i + 1]?.text ?? '')) return after[i + 1]!;
    // (a group's own clause names its members: "اجتماع وزاري للمجموعة الرباعية، التي تضم الولايات المتحدة …";
    // another clause or time does not: "كتلة اللقاء الديمقراطي … إن ما يجمع بين"، "اللقاء بعد إلغاء اجتماع …")
    if (RELATIVE.has(x.text) && BRINGING_TOGETHER.has(after[i + 1]?.text ?? '')) continue;
    if (CLAUSE_BREAK.has(x.text) || ANCHOR_BEFORE.has(x.text) || x.text === 'ما') return null;
  }
  return null;
}
/**
 * Verbs of taking place after a relative pronoun: "القمة التي عقدت في القاهرة", "الاجتماع الذي جرى
 * أمس في الدوحة بين …", "المحادثات التي ستعقد في مسقط". Its clause goes on with the event's place,
 * day and parties.
 */
const HELD = w([
  'عقد', 'عقدت', 'انعقد', 'انعقدت', 'يعقد', 'تعقد', 'سيعقد', 'ستعقد', 'ينعقد', 'تنعقد', 'سينعقد', 'ستنعقد',
  'جرى', 'جرت', 'يجري', 'تجري', 'سيجري', 'ستجري', 'أقيم', 'أقيمت', 'يقام', 'تقام', 'سيقام', 'ستقام',
]);

/** "القمة التي تستضيفها الرياض", "الاجتماع الذي استضافته الدوحة": right after the event's noun, its host. */
function hostInRelativeClause(input: MentionInput, from: number, to: number): Unit | undefined {
  const { tokens, units } = input;
  // (past the noun's adjectives: "القمة … المشتركة غير العادية، التي")
  const k = firstTokenFrom(tokens, adjectivesEnd(input, from));
  if (!tokens[k + 1] || tokens[k + 1]!.end > to || !RELATIVE.has(tokens[k]!.text)) return undefined;
  // "القمة …، التي عقدت بالرياض يوم الاثنين": where it was held, a day before it at most
  if (HELD.has(tokens[k + 1]!.text)) {
    const dates = coverOf(input.dates);
    for (let j = k + 2; j < tokens.length && j <= k + 6 && tokens[j]!.end <= to; j++) {
      const u = unitsIn(units, tokens[j]!.start, tokens[j]!.end)[0];
      if (u?.kind === 'place' && (u.start > tokens[j]!.start ? /^[وف]?ب$/u.test(input.key.slice(tokens[j]!.start, u.start)) : IN.has(tokens[j - 1]!.text))) return u;
      if (!(IN.has(tokens[j]!.text) || dates.covers(tokens[j]!.start, tokens[j]!.end))) return undefined;
    }
    return undefined;
  }
  if (!HOSTS_IT.has(tokens[k + 1]!.text)) return undefined;
  // (a noun of place and a nationality may come first: "التي احتضنتها العاصمة العمانية مسقط")
  for (const u of unitsIn(units, tokens[k + 1]!.end, Math.min(to, tokens[k + 5]?.start ?? to))) {
    if (u.kind === 'place') return u;
    if (u.kind !== 'nisba') return undefined;
  }
  return undefined;
}

/**
 * An indefinite adjective in ي, يا or ية (folded): "ثلاثي", "ثلاثياً", "رسمية"; not a noun in اية after a
 * preposition ("برعاية مصرية"), nor a region's adjective, whose parties are no countries ("اتصالات أوروبية تركية").
 */
const INDEFINITE_ADJECTIVE = /^(?![بل])(?!ال)(?!(?:عرب|اوروب|خليج|افريق|اسيو|دول|امم|اقليم|غرب|اسلام|لاتين)ي(?:ا|ه)?$)\p{L}{2,}(?<!ا)ي(?:ا|ه)?$/u;
/** Definite words a noun trigger may take before the nationalities of its parties: "القمة الثلاثية المصرية", "المحادثات غير المباشرة". */
const MAX_ADJECTIVES_BEFORE = 2;

/**
 * The nationalities right after a noun trigger, one after the other (with و or a hyphen between),
 * after at most two other definite adjectives (or words of a construct: "مفاوضات النووي الإيراني"), or
 * indefinite ones after an indefinite noun: "المحادثات الأمريكية الإيرانية", "القمة الروسية-الأمريكية",
 * "اجتماعاً ثلاثياً تركياً أمريكياً".
 */
function nationalitiesAfter(input: MentionInput, from: number, definite: boolean): Unit[] {
  const { tokens, units, key } = input;
  const out: Unit[] = [];
  let k = firstTokenFrom(tokens, from);
  let pos = from;
  for (let skipped = 0; k < tokens.length; ) {
    const tok = tokens[k]!;
    if (!/^[\s\-–و]*$/u.test(key.slice(pos, tok.start))) break;
    const u = units[firstUnitFrom(units, tok.start)];
    if (u && u.start < tok.end) {
      if (u.kind !== 'nisba') break;
      out.push(u);
      pos = u.end;
      k = firstTokenFrom(tokens, u.end);
      continue;
    }
    // (not a title: "لقائه الرئيس الباكستاني" names a man, not his country)
    if (out.length || skipped >= MAX_ADJECTIVES_BEFORE || !(/^(?:ال|غير$)/u.test(tok.text) || (!definite && INDEFINITE_ADJECTIVE.test(tok.text))) || someStemIn(tok.word, TITLE_WORDS) || someStemIn(tok.word, DELEGATION)) break;
    skipped++;
    pos = tok.end;
    k++;
  }
  return out;
}

/** The organisation of a regional summit, named by its adjective right after قمة (vocabulary in status.ts). */
function regionalSummit(input: MentionInput, from: number): Unit | undefined {
  const tok = input.tokens[firstTokenFrom(input.tokens, from)];
  if (!tok || !onlySpace(input.key, from, tok.start)) return undefined;
  const id = REGIONAL_SUMMITS.get(tok.text);
  return id ? organisationUnit(input, id, tok.start, tok.end) : undefined;
}

/**
 * The organisation of a region's leaders or ministers named right after the trigger: "اجتماع وزراء
 * الخارجية العرب", "قمة القادة الأفارقة", "وزراء خارجية الدول العربية" (vocabulary in status.ts).
 */
function regionalGroup(input: MentionInput, from: number): Unit | undefined {
  const { tokens, key, units } = input;
  let k = firstTokenFrom(tokens, from);
  // (after the trigger's own adjectives: "الاجتماع غير الرسمي لوزراء …", "الاجتماع الطارئ لوزراء …")
  for (let adjectives = 0; adjectives < MAX_ADJECTIVES_BEFORE && tokens[k] && (tokens[k]!.text === 'غير' || tokens[k]!.text.startsWith('ال')) && !someStemIn(tokens[k]!.word, LEADER_GROUPS); adjectives++) k++;
  if (!tokens[k] || !onlySpace(key, tokens[k - 1]?.end ?? from, tokens[k]!.start) || !someStemIn(tokens[k]!.word, LEADER_GROUPS)) return undefined;
  const organisationAt = (tok: Token): Unit | undefined => {
    const u = units[firstUnitFrom(units, tok.start)];
    return u && u.start === tok.start && u.kind === 'organization' ? u : undefined;
  };
  // the portfolio between ("الخارجية", "خارجية", "المالية"), then the region, or the organisation
  // ("وزراء خارجية دول حلف شمال الأطلسي", "وزراء خارجية الاتحاد الأوروبي")
  for (let steps = 0; steps < 3 && ++k < tokens.length && onlySpace(key, tokens[k - 1]!.end, tokens[k]!.start); steps++) {
    const tok = tokens[k]!;
    const next = tokens[k + 1];
    const plural = REGIONAL_PLURALS.get(tok.text);
    if (plural) return organisationUnit(input, plural, tok.start, tok.end);
    const adjective = tok.text === 'الدول' && next && onlySpace(key, tok.end, next.start) ? REGIONAL_SUMMITS.get(next.text) : undefined;
    if (adjective) return organisationUnit(input, adjective, tok.start, next!.end);
    const organisation = organisationAt(tok) ?? ((tok.text === 'دول' || tok.text === 'الدول') && next && onlySpace(key, tok.end, next.start) ? organisationAt(next) : undefined);
    if (organisation) return organisation;
  }
  return undefined;
}

const organisationUnit = (input: MentionInput, id: string, start: number, end: number): Unit | undefined =>
  input.g.entity(id) ? { start, end, kind: 'organization', id, country: undefined } : undefined;

/** A place right after في at the very start of the sentence, before a comma: "وفي دمشق، …". */
function framingPlace(input: MentionInput, sent: Span): Unit | undefined {
  const { tokens, units, key } = input;
  const k = firstTokenFrom(tokens, sent.start);
  if (!tokens[k] || !IN.has(tokens[k]!.text)) return undefined;
  const u = units[firstUnitFrom(units, tokens[k]!.end)];
  if (!u || u.kind !== 'place' || !onlySpace(key, tokens[k]!.end, u.start)) return undefined;
  return /^\s*[،,]/u.test(key.slice(u.end, u.end + 3)) ? u : undefined;
}

/**
 * The index of قبل or بعد in "قبل أن" / "بعد أن" right before the verb at token k, or of على in "،
 * على أن" (what is to follow: "بدأ كيلوغ جولة أوروبية …، على أن يتوجه بعدها إلى كييف"; not "اتفقا على
 * أن يلتقيا", the object of a verb); -1 if none.
 */
function sequelOpenerBefore(tokens: readonly Token[], key: string, k: number): number {
  if (k < 2 || !THAT.has(tokens[k - 1]!.text)) return -1;
  if (BEFORE_AFTER.has(tokens[k - 2]!.text)) return k - 2;
  return ON.has(tokens[k - 2]!.text) && commaJustBefore(key, tokens[k - 2]!.start, tokens[k - 3]?.end ?? 0) ? k - 2 : -1;
}

/**
 * A verb of meeting that goes on, with و after a comma or after ثم, from the clause before: its subject
 * goes unsaid, being that clause's ("وصل الرئيس عباس إلى القاهرة، والتقى الأمين العام …", "ثم التقى").
 * The verb's token index, or -1. Not a dual or a plural ("والتقيا"), whose subjects are two or more.
 */
function coordinatedVerb(input: MentionInput, t: { row: TriggerRow; span: Span }, k: number): number {
  const { tokens, key } = input;
  // (or a noun held by a verb that goes on so: "ثم أجرى مباحثات مع نظيره", "ثم عقد جلسة مباحثات مع …")
  if (t.row.pos === 'noun') {
    const held = [k - 1, k - 2].find((j) => j >= 0 && HOLDS.has(tokens[j]!.text.replace(/^و/u, '')) && tokens.slice(j + 1, k).every((x) => SESSION_WORDS.has(x.text)));
    if (held === undefined) return -1;
    const light = tokens[held]!;
    const afterComma = light.text.charCodeAt(0) === WAW && commaJustBefore(key, light.start, Math.max(0, light.start - 3));
    return afterComma || (held > 0 && THEN.has(tokens[held - 1]!.text)) ? held : -1;
  }
  const verb = tokens[k];
  if (t.row.pos !== 'verb' || !verb || verb.start !== t.span.start - (verb.text.charCodeAt(0) === WAW ? 1 : 0)) return -1;
  if (/(?:ا|ان|وا)$/u.test(key.slice(t.span.start, t.span.end))) return -1;
  const afterComma = verb.text.charCodeAt(0) === WAW && verb.start < t.span.start && commaJustBefore(key, verb.start, Math.max(0, verb.start - 3));
  return afterComma || (k > 0 && THEN.has(tokens[k - 1]!.text)) ? k : -1;
}
const THEN = w(['ثم']);
/** Words between a light verb and its event noun: "عقد جلسة مباحثات" (folded). */
const SESSION_WORDS = w(['جلسة', 'جولة']);
/** Each party after the first follows و ("زيلينسكي ووزير الخارجية"): one list, no subject before an object. */
function onlyJoinedByAnd(tokens: readonly Token[], parties: readonly Unit[]): boolean {
  const sorted = [...parties].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    // (a title and its holder's name are one party: "الرئيس فولوديمير زيلينسكي")
    if (sorted[i]!.id === sorted[i - 1]!.id) continue;
    // the first word after the party before is و and the next party, or و and its title ("ووزير الخارجية …")
    const next = tokens[firstTokenFrom(tokens, sorted[i - 1]!.end)];
    // (the title without its و, as stems() peels it)
    if (!next || next.text.charCodeAt(0) !== WAW || !(next.start + 1 === sorted[i]!.start || TITLE_WORDS.has(next.word.stemTexts[1] ?? ''))) return false;
  }
  return true;
}

/**
 * A comma between an owner (ending at `from`) and the noun with his pronoun cuts him off, unless the
 * clause after it goes on with the same subject: one of time or place ("فاجأ ترامب الأوساط الاثنين
 * الماضي، حين أعلن خلال استقباله نتنياهو"), or a verb after و ("شدد زيلينسكي على أن …، وأعلن إرجاء
 * زيارته"); never two commas.
 */
function cutByComma(tokens: readonly Token[], key: string, from: number, to: number): boolean {
  const comma = key.lastIndexOf(',', to);
  if (comma < from) return false;
  const opener = tokens[firstTokenFrom(tokens, comma)];
  const goesOn = !!opener && (WHEN.has(opener.text) || SAME_SUBJECT_OPENERS.has(opener.text) || (opener.text.charCodeAt(0) === WAW && COORDINATED_VERBS.has(opener.word.stemTexts[1] ?? '')));
  return !goesOn || key.indexOf(',', from) < comma;
}

/** How far before a noun of means its clause's opener may stand (words). */
const MAX_MEANS_REACH = 8;
/**
 * A noun with ب is the means of its clause's verb ("قبل أن يختتم جولته الخميس في أبوظبي بلقاء رئيس
 * الإمارات"), whose subject the opener of that clause leaves unsaid (قبل أن، بعد أن، على أن، حيث، كما، حين):
 * the opener's token, or -1 (none, or a comma before it).
 */
function openerOfMeans(tokens: readonly Token[], key: string, k: number, floor: number): number {
  if (!tokens[k]?.text.startsWith('ب')) return -1;
  for (let i = k - 1; i >= 0 && i >= k - MAX_MEANS_REACH && tokens[i]!.start >= floor; i--) {
    if (key.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(',')) return -1;
    // (or "على أن", of what is still to come: "…، على أن يختتم جولته مساءً بلقاء قائد الجيش")
    if (THAT.has(tokens[i]!.text) && i > 0 && (BEFORE_AFTER.has(tokens[i - 1]!.text) || ON.has(tokens[i - 1]!.text))) return i - 1;
    if (SAME_SUBJECT_OPENERS.has(tokens[i]!.text) || WHEN.has(tokens[i]!.text)) return i;
  }
  return -1;
}

/** Some token of the span, or one of its stems, is in the set. */
function someStemInSpan(tokens: readonly Token[], span: Span, set: ReadonlySet<string>): boolean {
  for (let i = firstTokenFrom(tokens, span.start); i < tokens.length && tokens[i]!.start < span.end; i++) if (someStemIn(tokens[i]!.word, set)) return true;
  return false;
}

function readMention(
  input: MentionInput,
  si: number,
  sent: Span,
  t: { row: TriggerRow; span: Span; future: boolean },
  prevEnd: number,
  nextStart: number,
  consumed: Set<Unit>,
  /** The traveller of the visit its sentence told before it, if any: the guest a pronoun stands for ("زار فيدان موسكو، حيث استقبله بوتين"). */
  traveller?: Unit,
): EventMention | null {
  const { key, tokens, units } = input;
  // only the few words around the trigger matter: take them by index, not by scanning the sentence
  // (the trigger's own token, with its proclitic: "حضر اللقاء والمباحثات" has حضر two words before المباحثات)
  const k0 = firstTokenFrom(tokens, t.span.start + 1) - 1;
  const preceding = tokens.slice(Math.max(firstTokenFrom(tokens, sent.start), k0 - 4), k0);
  const k1 = firstTokenFrom(tokens, t.span.end);
  const after = tokensIn(tokens, t.span.end, Math.min(sent.end, tokens[k1 + 8]?.end ?? sent.end));
  // (a verb said of other things too goes straight on to its place, a day at most between: "وينتقل غدا
  // الخميس إلى أبوظبي"; not "وانتقل الوفد الأميركي إلى عين التينة", whose subject the clause after shares)
  // (or "بـ" on the place: "قبل أن يحل بالرباط")
  if (t.row.needsPlace) {
    const to = after.findIndex((x) => TO.has(x.text) || placeWithBa(input, x));
    if (to < 0 || !after.slice(0, to).every((x) => coverOf(input.dates).covers(x.start, x.end))) return null;
  }
  /** One of the last n words before the trigger (up to four), or one of its stems, is in the set. */
  const before = (n: number, set: ReadonlySet<string>): boolean => {
    for (let i = Math.max(0, preceding.length - n); i < preceding.length; i++) if (someStemIn(preceding[i]!.word, set)) return true;
    return false;
  };
  /** One of the last n words before the trigger negates it ("ولم تعقد القمة"; not "لا سيما", especially). */
  const negated = (n: number): boolean => {
    for (let i = Math.max(0, preceding.length - n); i < preceding.length; i++) {
      if (someStemIn(preceding[i]!.word, NEGATION) && !NOT_NEGATING_AFTER.has((preceding[i + 1] ?? tokens[k0]!).text)) return true;
    }
    return false;
  };
  const how: string[] = [t.row.name];
  // "موعد القمة", "لم يتقرر بعد موعد لقاء بوتين وترامب": an event whose date is spoken of lies ahead,
  // and a negation before the date's word is of the date, not of the event
  // (or its place and date through its holding: "لم يعلن بعد عن مكان انعقاد الجولة الثانية", "موعد عقد القمة")
  const scheduled = t.row.pos === 'noun' && preceding.length > 0 && (someStemIn(preceding.at(-1)!.word, SCHEDULE)
    || (preceding.length > 1 && (HOLDING.has(preceding.at(-1)!.text) || preceding.at(-1)!.text === CONVENING) && someStemIn(preceding.at(-2)!.word, SCHEDULE_OR_VENUE)));

  // not events: negated, wished for, or generic ("طاولة المفاوضات")
  if (!scheduled && negated(3)) return null;
  // (but someone's visit whose results or weight are told took place: "نتائج زيارته الأسبوع الماضي إلى مسقط"; not
  // "نتائج محادثاته", which names who talked elsewhere)
  if (before(1, GENERIC_BEFORE) && !(t.row.type === 'visit' && before(1, PRESUPPOSING) && ownedBySomeone(input, t.span))) return null;
  if (someWordIn(key, tokens, prevEnd, t.span.start, IRREALIS_BEFORE)) return null;
  if (t.row.sportsSense && someStemInSpan(tokens, sent, SPORTS_WORDS)) return null;
  if (interviewByPress(input, t.row, t.span)) return null;
  // (attending "it" is attending the event its sentence told before it, not a match or a study day: "وجاء
  // افتتاح البطولة أنيقا وحضره عدد كبير")
  if (t.row.attends && prevEnd <= sent.start) return null;
  if (t.row.type === 'call' && meansOfTakingPart(tokens, prevEnd, t.span.start, sent.start)) return null;
  // "وفي اتصال هاتفي، أمس الأحد، تباحث بوريطة مع نظيره": talks the call told just before are that call
  // (or held by video, right after the trigger: "أجرى … مباحثات عبر تقنية الاتصال المرئي مع …")
  const byTelephone = t.row.type === 'meeting' && ((t.row.pos === 'verb' && BY_TELEPHONE_BEFORE.test(key.slice(Math.max(sent.start, prevEnd - 20), t.span.start)))
    || BY_VIDEO_AFTER.test(key.slice(t.span.end, Math.min(sent.end, t.span.end + 40))));

  // status
  let status: Status = 'occurred';
  // planned markers govern their own comma-delimited stretch ("من المقرر أن يتوجه …", "حيث يرتقب لقاء")
  // a clause reaches back a bounded number of words: an endless sentence must not be rescanned per trigger
  const reach = Math.max(sent.start, tokens[Math.max(0, firstTokenFrom(tokens, t.span.start) - MAX_CLAUSE_WORDS)]?.start ?? sent.start);
  const markerFrom = Math.max(reach, key.lastIndexOf(',', t.span.start - 1) + 1, clauseStartBefore(tokens, key, t.span.start, reach, true));
  // a negated intention in the clause, since the trigger before, rules it out: "أوبك لا تعتزم
  // حاليا عقد اجتماع طارئ" (and not "… قبل اجتماعها المقرر في ديسمبر" after it)
  const clauseWords = tokensIn(tokens, Math.max(markerFrom, prevEnd), t.span.start);
  for (let i = 1; i < clauseWords.length; i++) if (INTENTION.has(clauseWords[i]!.text) && NEGATION.has(clauseWords[i - 1]!.text)) return null;
  const beforeText = ` ${spacedOnce(key, markerFrom, t.span.start)} `;
  const afterWords = textsOf(after.slice(0, 4));
  let afterText = ` ${afterWords.join(' ')} `;
  // a future verb earlier in the clause: "رايس ستسعى خلال زيارتها إلى"
  const futureBefore = clauseWords.some((w) => isFutureVerb(input, w));
  // (the word that sets the trigger against the clause's time, right before it or before its ordinal: "غداة أول مفاوضات")
  const ordinalBefore = preceding.length > 0 && ORDINALS.has(preceding.at(-1)!.text);
  const lead = preceding.at(ordinalBefore && preceding.length > 1 ? -2 : -1);
  const ledBy = (set: ReadonlySet<string>): boolean => lead !== undefined && someStemIn(lead.word, set);
  const anchor = ledBy(ANCHOR_BEFORE) && !(futureBefore && ledBy(DURING_BEFORE));
  // "غداة أول مفاوضات", "عشية الجولة الأولى": a day apart from what its clause tells, and elsewhere
  const dayApart = ledBy(DAY_APART_BEFORE);
  // "إمكانية لقاء بين بوتين وزيلينسكي", "احتمال عقد قمة": only possible, so ahead if at all
  const possible = ledBy(POSSIBILITY) || (preceding.length > 1 && HOLDING.has(lead!.text) && someStemIn(preceding.at(-2)!.word, POSSIBILITY));
  // "وسيترأس الرئيس تبون، رفقة رئيسة مجلس الوزراء الإيطالي، جورجيا ميلوني، أشغال القمة": the sentence's
  // future verb, with only its subject and company between it and the event it governs (the noun the
  // trigger completes aside)
  const opener = tokens[firstTokenFrom(tokens, sent.start)];
  const futureOpener = t.row.pos === 'noun' && !!opener && opener.end <= t.span.start && isFutureVerb(input, opener) && (() => {
    const named = unitsIn(units, opener.end, t.span.start).filter((u) => u.kind === 'person' || u.kind === 'role' || u.kind === 'nisba');
    // (a subject named, and the verb no copula: "وسيكون مستقبل مفاوضات السلام … محور اهتمام")
    if (!named.some((u) => u.kind !== 'nisba') || /^[وف]?س[يت]كون$/u.test(opener.text)) return false;
    return tokensIn(tokens, opener.end, t.span.start).slice(0, -1)
      .every((x) => named.some((u) => u.start <= x.start && x.end <= u.end) || titleOrHonorific(x) || someStemIn(x.word, PHRASE_FILLER) || someStemIn(x.word, IN_COMPANY_OF));
  })();
  // "يضبطان ترتيبات قمة روما": an event being arranged is still ahead
  const arranged = t.row.pos === 'noun' && preceding.slice(-3).some((x) => someStemIn(x.word, ARRANGEMENTS));
  if (t.future || PLANNED_BEFORE.test(beforeText) || futureBefore || futureOpener || possible || arranged) status = 'planned';
  // ("اتفقا على مبدأ لقاء قريب بينهما": near, right after the noun)
  if (PLANNED_AFTER.test(afterText) || scheduled || (t.row.pos === 'noun' && NEAR_AT_HAND.has(afterWords[0] ?? ''))) status = 'planned';
  // (the invitation may be the verb that opens the clause: "ودعا أردوغان بوتين لزيارة تركيا")
  const invited = invitedTo(input, t, tokensIn(tokens, Math.max(reach, prevEnd), t.span.start));
  if (invited) status = 'planned';
  const saidPast = afterWords.slice(0, 2).some((x) => occurredAfter.has(x));
  if (anchor || saidPast) status = 'occurred';
  // (a participle is in the time of its clause's verb: "ويغادر ترمب الرياض بعد ظهر اليوم متوجها إلى الدوحة")
  const participle = t.row.pos === 'verb' && key.charCodeAt(t.span.start) === MIM;
  let clauseVerb: string | undefined;
  for (let i = clauseWords.length - 1; participle && i >= 0 && !clauseVerb; i--) clauseVerb = clauseWords[i]!.word.stemTexts.find((x) => CLAUSE_VERBS.has(x));
  const imperfect = participle ? /^[يتس]/u.test(clauseVerb ?? '') : isImperfect(t.row, key.slice(t.span.start, t.span.end));
  const definiteNoun = t.row.pos === 'noun' && /^[وفبلك]?ال/u.test(key.slice(t.span.start, t.span.end));
  // قد before a verb in the present is "may": "ترامب قد يلتقي الشرع", "حيث قد يلتقي نائب الرئيس"
  if (imperfect && preceding.at(-1)?.text === 'قد') status = 'planned';
  // "على أن" and a verb in the present: what is to follow ("وصل الرئيس، على أن يشارك الأربعاء في القمة");
  // and حيث with a verb in the present goes on in that time ("على أن يتوجه الضيف إلى العريش، حيث يلتقي …")
  if (status === 'occurred' && (UPCOMING.test(beforeText) || (imperfect && UPCOMING_NEXT.test(beforeText)))) status = 'planned';
  // "قبل أن" or "بعد أن" and a verb in the present go on in the time of a sentence that lies ahead: "ومن
  // المقرر أن يتوجه ترامب إلى الدوحة، حيث يلتقي أمير قطر، قبل أن يختتم جولته في أبوظبي بلقاء رئيس الدولة"
  // (not the event the verb ends or goes on with, right after it: "قبل أن يختتم زيارته إلى واشنطن" is under way)
  if (status === 'occurred' && SEQUEL_IN_PRESENT.test(beforeText) && !SEQUEL_VERB_LAST.test(beforeText) && PLANNED_BEFORE.test(` ${spacedOnce(key, sent.start, markerFrom)} `)) status = 'planned';
  if (status === 'occurred' && imperfect && preceding.at(-1) && SAME_SUBJECT_OPENERS.has(preceding.at(-1)!.text)) {
    const previousClause = key.lastIndexOf(',', markerFrom - 2) + 1;
    if (UPCOMING.test(` ${spacedOnce(key, Math.max(reach, previousClause), markerFrom)} `)) status = 'planned';
  }
  // cancelled: a cancellation word just before, or opening the clause with its subject between
  // ("ألغى وزير الخارجية يوسف رجي زيارته")
  if (before(4, CANCELLED_BEFORE) || clauseWords.some((w) => someStemIn(w.word, CANCELLED_IN_CLAUSE))) status = 'cancelled';
  // a noun said to have been set for a time ("اجتماعا كان مقررا بين … في واشنطن"): ahead when told, called
  // off when a word of cancelling follows in its clause ("… ألغي في اللحظة الأخيرة")
  if (t.row.pos === 'noun' && after.length > 1 && WAS.has(after[0]!.text) && SET_FOR_A_TIME.has(after[1]!.text)) {
    if (status === 'occurred') status = 'planned';
    const rest = tokensIn(tokens, after[1]!.end, Math.min(nextStart, sent.end)).slice(0, MAX_CANCELLED_REACH);
    if (rest.some((x) => someStemIn(x.word, CANCELLED_IN_CLAUSE))) status = 'cancelled';
  }

  // participants: the phrase right after the trigger ("بين X وY", "مع X", "لقاء X"), and the subject before it;
  // none when a pronoun after it points back to the parties just named ("التقى ترامب وبوتين … في أول
  // قمة تجمعهما"): it is the same event, and joins it
  const participants: EventMention['participants'] = [];
  // (an adjective may stand between: "لقاء قريب بينهما")
  const pointer = t.row.pos === 'noun' ? after.slice(0, 2).find((x) => REFERS_BACK.has(x.text)) : undefined;
  // (two named before it, no event told between: "أطلع عراقجي الرئيس مسعود بزشكيان على مجريات الجولة
  // خلال لقاء جمعهما": the pronoun's two are its parties, not those of an event told sentences back)
  const namedPair = pointer && prevEnd === sent.start && DUAL_POINTERS.has(pointer.text) ? twoNamedBefore(input, sent.start, t.span.start) : null;
  const refersBack = !!pointer && !namedPair;
  let byTitleOnly = false;
  const add = (id: string | null | undefined, unit: Unit, why: string): void => {
    // ("والتقى رئيس الوزراء الليبي … السفير الأمريكي": named, though by titles no one in the lexicon
    // holds alone; a noun's parties are looser: "في مقر إقامة السفير العماني")
    if (!id && unit.kind === 'role' && !refersBack && t.row.pos === 'verb') byTitleOnly = true;
    if (!id || refersBack || participants.some((p) => p.id === id)) return;
    participants.push({ id, unit });
    if (!how.includes(why)) how.push(why);
  };
  for (const u of namedPair ?? []) add(u.id, u, 'the two named before it');
  // "اللقاء الذي جمع الشرع بالرئيس الأمريكي": a relative clause that brings them together names the
  // parties, and its clause goes on with the event's place and day
  // (after the noun's adjectives: "القمة الخليجية التي ستعقد في الكويت")
  const relative = t.row.pos === 'noun' ? after.slice(0, MAX_ADJECTIVES_BEFORE + 1).findIndex((x) => RELATIVE.has(x.text)) : -1;
  const relativeVerb = relative >= 0 && after.slice(0, relative).every((x) => x.text.startsWith('ال')) ? after[relative + 1] : undefined;
  const gatherer = relativeVerb && GATHERING.has(relativeVerb.text) ? relativeVerb : t.row.pos === 'noun' ? bringingTogether(after, nextStart) : null;
  // (one meant to be made lies ahead: "الزيارة التي يعتزم … القيام بها")
  if (gatherer && status === 'occurred' && INTENTION.has(gatherer.text)) status = 'planned';
  // (so does one that says it took place: "الاجتماع الذي جرى أمس في الدوحة بين …", or where: "للاجتماع
  // الذي يستضيفه قصر تشيراغان بمشاركة وفدين يرأسهما …"; a day before the noun is still its own then,
  // "وفي وقت لاحق من اليوم نفسه، شارك ترامب في القمة … التي استضافتها الرياض")
  const held = relativeVerb && HELD.has(relativeVerb.text) ? relativeVerb : null;
  const hosted = relativeVerb && HOSTS_IT.has(relativeVerb.text) ? relativeVerb : null;
  // (its words counted after a definite noun's adjectives: "القمة العربية الإسلامية المشتركة غير العادية، التي عقدت بالرياض")
  // (a definite noun's adjectives, once: "القمة العربية الإسلامية المشتركة غير العادية")
  const nounEnd = definiteNoun ? adjectivesEnd(input, t.span.end) : t.span.end;
  const clauseFrom = (gatherer ?? held ?? hosted)?.end ?? nounEnd;
  const ends = clauseEndsAfter(input, clauseFrom, nextStart);
  const clauseEnd = ends.clause;
  // (not for a call, made from afar: its own clause only)
  const placeEnd = t.row.type === 'call' ? clauseEnd : ends.place;
  // "وتناول اللقاء الشراكة بين الأردن والولايات المتحدة، والتطورات في سوريا": the event told, as the
  // subject of what it dealt with: what follows is its subject matter, no party or place of it
  const subjectMatterAfter = definiteNoun && !relativeVerb && preceding.length > 0 && someStemIn(preceding.at(-1)!.word, DEALT_WITH) && onlySpace(key, preceding.at(-1)!.end, t.span.start);
  const phrase = subjectMatterAfter ? objectPhrase(input, clauseFrom, clauseFrom) : objectPhrase(input, clauseFrom, clauseEnd);
  // (a verb of bringing together names its parties, though the lexicon may know none of them: "بلقاء يجمع أم صلال مع السد")
  if (gatherer && BRINGING_TOGETHER.has(gatherer.text) && (tokens[firstTokenFrom(tokens, gatherer.end)]?.start ?? clauseEnd) < clauseEnd
    && !phrase.units.some((u) => u.kind === 'person' || u.kind === 'role' || u.kind === 'nisba' || isActor(input, u))) phrase.unnamedParties = true;
  // a verb's parties may follow a place or a date ("استقبل X في القاهرة اليوم Y"), a host noun's too
  // ("خلال استقباله أمس في بعبدا، الموفد الأميركي"), and a verb's of taking place
  if (t.row.pos === 'verb' || t.row.host || held || hosted) {
    // (up to what frames the event: "التقى زيلينسكي في جدة، على هامش أعمال القمة العربية" names no party in the Arab League)
    let partiesEnd = clauseEnd;
    // (and after it, set off by a comma, the object goes on: "التقى فيصل بن فرحان، اليوم، على هامش
    // أعمال مؤتمر ميونخ للأمن المنعقد في ألمانيا، وزير خارجية أوكرانيا")
    let resume = clauseEnd;
    for (let i = firstTokenFrom(tokens, phrase.end); i < tokens.length && tokens[i]!.start < clauseEnd; i++) {
      // (nor a message's sender or recipient: "وصل إلى دمشق يحمل رسالة من الملك إلى الرئيس", messageRecipient)
      if (carriesMessage(tokens, i)) {
        partiesEnd = tokens[i]!.start;
        break;
      }
      if (someStemIn(tokens[i]!.word, FRAMING)) {
        partiesEnd = tokens[i]!.start;
        const comma = key.indexOf(',', partiesEnd);
        if (comma >= 0 && comma < clauseEnd) resume = comma + 1;
        break;
      }
    }
    // (once its object is named, a clause of time ends the verb's parties: "يلتقي الشرع عقب سقوط نظام بشار الأسد";
    // not a time of day or a date, after which the list goes on: "استقبل … روبيو، بعد ظهر اليوم، ووزير الدفاع …")
    // (a visit's, once its place is named: "أول زعيم يزور دمشق منذ سقوط نظام بشار الأسد")
    if (phrase.units.some((u) => u.kind === 'person' || u.kind === 'role' || (u.kind === 'place' && t.row.type === 'visit'))) {
      for (let i = firstTokenFrom(tokens, phrase.end); i < tokens.length && tokens[i]!.start < partiesEnd; i++) {
        // (nor "بعد ذلك", afterwards: "والتقى روبيو بعد ذلك رئيس الوزراء")
        if (opensClauseOfTime(input, i)) {
          partiesEnd = tokens[i]!.start;
          break;
        }
      }
    }
    const afterFrame = t.row.pos === 'verb' ? unitsIn(units, resume, clauseEnd).filter((u) => u.kind === 'person' || u.kind === 'role') : [];
    for (const u of [...unitsIn(units, phrase.end, partiesEnd), ...afterFrame]) {
      // (a delegation too: "استقبل تبون في الجزائر وفدا فرنسيا"; after a noun, people only: the rest
      // of its clause goes on about other things, "العلاقات بين مصر والاتحاد الأوروبي")
      // (not one who has died: "لحضور مراسيم جنازة الملك الراحل الحسن الثاني")
      const party = ((u.kind === 'person' || u.kind === 'role') && !lateOne(tokens, u)) || (t.row.pos === 'verb' && (isActor(input, u) || (u.kind === 'nisba' && isDelegation(input, u))));
      if (party && !phrase.units.includes(u)) phrase.units.push(u);
    }
  }
  // "المحادثات الأمريكية الإيرانية", "القمة الثلاثية المصرية الأردنية": nationalities right after a noun trigger are its parties;
  // "القمة العربية", "القمة الخليجية": a regional summit is its organisation's
  const adjectives = t.row.pos === 'noun' ? nationalitiesAfter(input, t.span.end, /^(?:[وفب]?ال|لل)/u.test(key.slice(t.span.start, t.span.end))) : [];
  // (the phrase may start after a relative clause: "القمة الخليجية الأمريكية التي تستضيفها الرياض")
  for (const a of adjectives) if (!phrase.units.includes(a)) phrase.units.push(a);
  if (t.row.subtype === 'summit') {
    const region = regionalSummit(input, t.span.end);
    if (region) add(region.id, region, 'regional summit');
  }
  // (after a verb, its subject: "التقى وزراء الخارجية العرب في القاهرة")
  const group = regionalGroup(input, t.span.end);
  if (group) add(group.id, group, 'regional group');
  let lastParty: Unit | null = null;
  const people = t.row.pos === 'verb' ? phrase.units.filter((u) => u.kind === 'person' || u.kind === 'role') : [];
  // (two people, not one named by title and name: "التقى رئيس مجلس الوزراء … الشيخ محمد بن عبد الرحمن")
  if (people.length > 1 && people.some((u) => u.id !== people[0]!.id || u.id === null)) SUBJECTS.add(people[0]!);
  for (const u of phrase.units) {
    if (u.kind === 'person' || u.kind === 'role' || isActor(input, u)) {
      if (isSpeaker(tokens, key, u)) continue;
      add(u.id, u, 'object');
      consumed.add(u);
      if (t.row.type === 'visit' && t.row.pos === 'verb') TRAVELLERS.add(u);
      lastParty = u;
    } else if (u.kind === 'nisba' || (u.kind === 'place' && u.country && t.row.type !== 'visit')) {
      // "بين الوفدين الأمريكي والروسي", "بين واشنطن وموسكو": delegations and capitals stand for countries
      const intro = phrase.introOf.get(u) ?? '';
      // "بين حماس وإسرائيل": a party joined by و to the one before, whatever its kind
      const coordinated = lastParty !== null && /^[\s,]*و?$/u.test(key.slice(lastParty.end, u.start).replace(/\s+/gu, ' ').trim().replace(/^،/u, ''));
      const opens = PARTY_INTRO.has(intro) || DELEGATION.has(intro) || someStemIn(wordOf(intro), DELEGATION) || (u.kind === 'nisba' && isDelegation(input, u)) || (intro === OFFICIALS && u.kind === 'place');
      // "تبحث الصين مع روسيا": a country written right after the verb, nothing on it, is its subject
      const subject = t.row.pos === 'verb' && lastParty === null && u.kind === 'place' && u.country === u.id && !intro
        && tokenAt(tokens, u.start)?.start === u.start && onlySpace(key, t.span.end, u.start);
      // "اجتماع … يضم الأردن وتركيا": the countries a verb of bringing together names
      const gathered = gatherer !== null && lastParty === null && !intro && onlySpace(key, gatherer.end, u.start);
      if (opens || coordinated || subject || gathered || adjectives.includes(u)) {
        add(u.kind === 'nisba' ? u.id : u.country, u, u.kind === 'nisba' ? 'delegation' : 'metonymy');
        consumed.add(u);
        lastParty = u;
      }
    }
  }
  // "المحادثات مع الولايات المتحدة ستعقد في روما": the verb after the party phrase says when
  if (status === 'occurred' && phrase.end > t.span.end) {
    const afterPhrase = ` ${textsOf(tokensIn(tokens, phrase.end, clauseEnd).slice(0, 3)).join(' ')} `;
    if (PLANNED_AFTER.test(afterPhrase)) status = 'planned';
  }
  // the future verb the trigger or its parties are the subject of: "محادثات شافيز ولوكاشنكو ستتناول"، "المشاورات ستتواصل"
  if (status === 'occurred' && !anchor) {
    const next = tokens[firstTokenFrom(tokens, Math.max(phrase.end, t.span.end))];
    if (next && next.start < clauseEnd && isFutureVerb(input, next)) status = 'planned';
  }
  // plural definite triggers ("المفاوضات", "الاجتماعات") are generic unless the phrase names the parties
  const generic = t.row.pos === 'noun' && /^(ال|لل|بال|وال)/u.test(key.slice(t.span.start, t.span.end)) && /ات(ه|ها|هما|هم)?$/u.test(key.slice(t.span.start, t.span.end));
  // ("بحثا الترتيبات لعقد قمة بين الرئيسين": the parties are the two unnamed, not who spoke of it)
  // ("وحديث عن زيارة مرتقبة لدارمانان": a visit whose visitor its phrase names after ل has no subject before it)
  const visitorNamed = t.row.type === 'visit' && t.row.pos === 'noun' && visitorAfterLam(tokens, key, t.span.end, phrase.units);
  // (nor who arranges it: "وعطاف وتاياني يضبطان ترتيبات قمة روما", their leaders' summit; "بحث فؤاد حسين مع
  // السفير الإيراني الترتيبات الخاصة بالزيارة", the envoy's)
  // (but "التحضيرات للزيارة الرسمية التي يعتزم سموه القيام بها": the visit its subject intends)
  const ownIntent = arranged && t.row.type === 'visit' && (() => {
    const next = tokensIn(tokens, t.span.end, clauseEnd).slice(0, 6);
    const rel = next.findIndex((x) => RELATIVE.has(x.text));
    return rel >= 0 && rel <= 2 && INTENTION.has(next[rel + 1]?.text ?? '');
  })();
  if (!generic && !phrase.unnamedBetween && !visitorNamed && (!arranged || ownIntent) && !t.row.attends) {
    const clauseStart = coordinatedSubjectsStart(tokens, key, clauseStartBefore(tokens, key, t.span.start, reach), reach, t.row.pos);
    const asides = relativeAsides(tokens, key, clauseStart, t.span.start);
    let subject = false;
    // (a visit with its one traveller's pronoun is his, the one named last before it: "واستمع رئيس المجلس من
    // المبعوث الأممي إلى إحاطة حول نتائج زيارته إلى مسقط")
    const onePersonsVisit = t.row.type === 'visit' && t.row.pos === 'noun' && ownedBySomeone(input, t.span);
    let traveller: Unit | undefined;
    for (const u of unitsIn(units, clauseStart, t.span.start)) {
      if (consumed.has(u) || asides.some((a) => a.start <= u.start && u.end <= a.end)) continue;
      if ((u.kind === 'person' || u.kind === 'role' || isActor(input, u)) && !isSpeaker(tokens, key, u) && !isAccording(tokens, u)) {
        if (onePersonsVisit && u.kind !== 'organization') traveller = u;
        else add(u.id, u, 'subject');
        subject = true;
      }
      // "الوفد الإيراني سيلتقي …": a delegation named by its nationality
      else if (u.kind === 'nisba' && isDelegation(input, u)) add(u.id, u, 'delegation');
    }
    if (traveller) {
      add(traveller.id, traveller, 'subject');
      TRAVELLERS.add(traveller);
    }
    // "… أسعد حسن الشيباني، الذي عقد بدوره جلسة مباحثات مع نظيره الروسي": a relative clause's subject is the person it is on
    // (not a verb with its object as a pronoun, "الذي التقاه", whose subject follows)
    const antecedent = subject || t.row.objectPronoun ? undefined : personBeforeRelative(input, k0, sent.start, t.row.pos === 'noun');
    if (antecedent) {
      add(antecedent.id, antecedent, 'the one a relative clause is on');
      subject = true;
    }
    // "وصلت رايس إسرائيل قادمة من بيروت حيث عقدت اجتماعا مع السنيورة", "انتقل باراك إلى عين التينة
    // … قبل أن يزور السراي", "… كما أجرى اتصالين": right after حيث, كما, قبل أن or بعد أن the verb's subject goes unsaid; it is
    // the main clause's, the nearest person before them who is no one's object
    const relativeOnPlace = subject ? -1 : placeRelativeBefore(input, k0);
    const means = subject || t.row.pos !== 'noun' ? -1 : openerOfMeans(tokens, key, k0, sent.start);
    // (a verb with its object as a pronoun has its subject after it: "حيث استقبله الرئيس بوتين")
    // (a verb after "، و" or ثم with one party after it: "وصل عباس إلى القاهرة، والتقى أبو الغيط")
    // (one party, or several joined by و: "، والتقى الرئيس زيلينسكي ووزير الخارجية الأوكراني"; not a
    // subject and an object side by side: "، والتقى روبيو رئيس الوزراء")
    const sequel = subject || !participants.length || !onlyJoinedByAnd(tokens, phrase.units.filter((u) => u.kind === 'person' || u.kind === 'role')) ? -1 : coordinatedVerb(input, t, k0);
    // (nor when the verb's subject follows it, another party after: "كما بحث رئيس الوزراء بن مبارك في عدن مع
    // سفير الاتحاد الأوروبي"; not two joined by و, both objects: "حيث التقى الرئيس بوتين ووزير الخارجية لافروف")
    // (the word after the first opens with و: on the second's name, or on his title, "ووزير الخارجية"; not
    // وزير's own first letter)
    const second = people[1] ? tokens[firstTokenFrom(tokens, people[0]!.end)] : undefined;
    const joinedByAnd = !!second && second.start < people[1]!.start && key.charCodeAt(second.start) === WAW
      && (second.end > people[1]!.start || second.text === 'و' || stems(second.text).some((st) => st.clitic === 1 && TITLE_WORDS.has(st.stem)));
    const verbsOwnSubject = people.length > 1 && SUBJECTS.has(people[0]!) && !joinedByAnd
      && tokensIn(tokens, t.span.end, people[0]!.start).every(titleOrHonorific);
    const where = subject || t.row.objectPronoun || verbsOwnSubject ? -1 : Math.max(openerBefore(tokens, k0, SAME_SUBJECT_OPENERS, 3), sequelOpenerBefore(tokens, key, k0), t.row.type === 'visit' ? -1 : openerBefore(tokens, k0, WHEN, 3), relativeOnPlace, means, sequel);
    if (where >= 0) {
      // (a visit's traveller, though its party, goes on as the subject: "يصل زيلينسكي إلى أنقرة قادما من
      // الإمارات التي التقى فيها …", "قبل أن يختتم جولته … بلقاء …", "زار فيدان موسكو …، كما أجرى مباحثات مع لافروف")
      // (not the one a title consumed named: "مباحثات مع وزير الدولة وزير الشؤون الخارجية … أحمد عطاف" is one object)
      const objects = new Set<string>();
      for (const c of consumed) if (c.id && !SUBJECTS.has(c) && !TRAVELLERS.has(c)) objects.add(c.id);
      const mayBe = (u: Unit): boolean => (!consumed.has(u) && !(u.id && objects.has(u.id))) || SUBJECTS.has(u) || TRAVELLERS.has(u);
      // (or the office the lexicon or the article names the holder of: "وكان المبعوث الأممي قد زار مسقط، حيث التقى …")
      // (a sentence the opener starts, after a semicolon, goes on from the one before: "ولم تقتصر لقاءات
      // غروندبرغ في الرياض على …؛ إذ التقى أيضا …")
      const previous = si > 0 ? input.sentences[si - 1]! : null;
      // (and the nearest person there, when none is left before the opener in the sentence: "؛ إذ التقى آل جابر، … كما اجتمع مع سفراء …")
      const afterSemicolon = !!previous && /;\s*$/u.test(key.slice(previous.start, sent.start));
      const from = afterSemicolon && where === firstTokenFrom(tokens, sent.start) ? previous!.start : sent.start;
      const before = unitsIn(units, from, tokens[where]!.start).filter((u) => (u.kind === 'person' || (u.kind === 'role' && u.id)) && mayBe(u) && !ATTENDEES.has(u) && !isSpeaker(tokens, key, u) && !inClauseOfTime(input, u.start) && (!afterPreposition(input, u) || TRAVELLERS.has(u)));
      const nearest = before.at(-1) ?? (afterSemicolon && from === sent.start ? unitsIn(units, previous!.start, sent.start).filter((u) => (u.kind === 'person' || (u.kind === 'role' && u.id)) && mayBe(u) && !ATTENDEES.has(u) && !isSpeaker(tokens, key, u) && !afterPreposition(input, u)).at(-1) : undefined);
      if (nearest) {
        add(nearest.id, nearest, `subject before ${tokens[where]!.text}`);
        // (a subject still, not an object, for what the sentence goes on to: "حيث التقى … بري، ثم زار السرايا الحكومية")
        SUBJECTS.add(nearest);
      }
      // (or the delegation the main verb names: "وانتقل الوفد الأميركي إلى عين التينة حيث التقى بري")
      else {
        const delegation = unitsIn(units, from, tokens[where]!.start).filter((u) => u.kind === 'nisba' && !consumed.has(u) && isDelegation(input, u)).at(-1);
        if (delegation) add(delegation.id, delegation, 'delegation');
      }
    }
    // "وأكد الشرع أهمية الخطوات التي تحققت منذ لقائه ترامب": a noun with his or her pronoun is the
    // meeting of the person named last before it in the sentence
    // (not across a comma, cutByComma, or a word that opens a clause of another subject: "… كما ستناقش اللجنة في
    // اجتماعها"; nor when the phrase names its parties without naming them: "اجتماعه مع الموفدين")
    if (!subject && where < 0 && t.row.pos === 'noun' && !phrase.unnamedParties && ownedBySomeone(input, t.span)) {
      const owner = unitsIn(units, sent.start, t.span.start).filter((u) => (u.kind === 'person' || u.kind === 'role') && !consumed.has(u)).at(-1);
      const between = owner ? tokensIn(tokens, owner.end, t.span.start) : [];
      if (owner && !cutByComma(tokens, key, owner.end, t.span.start) && !between.some((w) => OTHER_SUBJECT.has(w.text))) add(owner.id, owner, 'owner (ـه)');
    }
    // "وقال ترامب … مضيفا أنه سيلتقي زيلينسكي": the pronoun after a verb of saying is the one who speaks
    const pronoun = subject || where >= 0 ? -1 : openerBefore(tokens, k0, SPEAKER_PRONOUNS, 2);
    if (pronoun >= 0) {
      // the first person or role after the last verb of saying before the pronoun
      let said = -1;
      for (let i = pronoun - 1; i >= 0 && tokens[i]!.start >= sent.start; i--) {
        if (someStemIn(tokens[i]!.word, SPEECH)) {
          said = i;
          break;
        }
      }
      const speaker = said < 0 ? undefined : unitsIn(units, tokens[said]!.end, tokens[pronoun]!.start).find((u) => u.kind === 'person' || u.kind === 'role');
      if (speaker) add(speaker.id, speaker, 'the speaker (أنه)');
    }
  }
  // "زار فيدان موسكو، حيث استقبله الرئيس بوتين", "أجرى بارو محادثات مع نظيره عطاف، قبل أن يستقبله الرئيس
  // تبون": the pronoun is the one the sentence is about, the first named in it (else in the one before)
  // (with whoever received him named: "استقبلته (الراية) لتتعرف منه" is a newspaper's interview)
  if (t.row.objectPronoun && participants.length) {
    const referent = (from: number, to: number): Unit | undefined => unitsIn(units, from, to)
      .find((u) => (u.kind === 'person' || (u.kind === 'role' && !!u.id)) && !isSpeaker(tokens, key, u) && !participants.some((p) => p.unit === u));
    const previous = si > 0 ? input.sentences[si - 1]! : null;
    const whom = (traveller && !participants.some((p) => p.unit === traveller) ? traveller : undefined) ?? referent(sent.start, t.span.start) ?? (previous ? referent(previous.start, previous.end) : undefined);
    if (whom) {
      add(whom.id, whom, 'object (ـه)');
      GUESTS.add(whom);
    }
  }
  // "اللقاء الذي جمعه في الرياض … بالرئيس الأمريكي": the one its pronoun stands for, told before it
  if (gatherer && ONE_GATHERED.has(gatherer.text) && participants.length) {
    const previous = si > 0 ? input.sentences[si - 1]! : null;
    const told = (from: number, to: number): Unit | undefined => unitsIn(units, from, to)
      .find((u) => u.kind === 'person' && !isSpeaker(tokens, key, u) && !participants.some((p) => p.id === u.id));
    const whom = told(sent.start, t.span.start) ?? (previous ? told(previous.start, previous.end) : undefined);
    if (whom) add(whom.id, whom, 'object (ـه)');
  }
  if (t.row.needsObject && !phrase.units.some((u) => u.kind === 'person' || u.kind === 'role')) return null;
  // "الاجتماع الوزاري المنعقد بمراكش … بمشاركة وزراء خارجية مالي وبوركينا فاسو": the countries that took part
  if (!participants.length && t.row.pos === 'noun') {
    for (const u of countriesTakingPart(input, Math.max(phrase.end, t.span.end), nextStart)) add(u.country, u, 'metonymy');
  }
  // "التقى ترامب، اليوم، الشرع في الرياض، في أول لقاء بين رئيسي البلدين، وذلك بحضور ولي العهد السعودي
  // الأمير محمد بن سلمان": who attended, further on in the sentence, before its next event or clause
  // (after a noun that names no one, "في أول لقاء بين رئيسي البلدين", they attended the event it points to)
  const named = participants.length > 0;
  // (who chaired it is a party, the event one of its own: "اجتماع تحضيري … عقد أمس برئاسة الشيخ محمد بن عبدالرحمن")
  const { units: attendees, chaired } = !phrase.attendance && (named || t.row.pos === 'noun') ? attendeesAfter(input, Math.max(phrase.end, t.span.end), nextStart) : NO_ATTENDEES;
  for (const u of attendees) {
    add(u.id, u, chaired ? 'chaired' : 'attended');
    if (!chaired) ATTENDEES.add(u);
  }
  const attendedOnly = !named && attendees.length > 0 && !chaired;

  // location: a place introduced by في / بـ / إلى … close to the trigger or its parties
  const anchorEnds = [t.span.end, phrase.end];
  // (and the adjectives of a definite noun: "القمة العربية الإسلامية المشتركة غير العادية، التي عقدت بالرياض")
  if (nounEnd > t.span.end) anchorEnds.push(nounEnd);
  for (const p of participants) anchorEnds.push(p.unit.end);
  /** A noun of place after من: where someone came from ("قادما من العاصمة عمان"), not where the event is. */
  const fromPlace = (head: Token): boolean => lastTokenBefore(tokens, head.start)?.text === FROM;
  /**
   * The word is a nationality or another adjective after a noun of place: "في العاصمة الفرنسية باريس",
   * "بالعاصمة السعودية الرياض", "في العاصمة المؤقتة عدن".
   */
  const placeNounWithNationality = (adjective: Token): boolean => {
    const head = lastTokenBefore(tokens, adjective.start);
    if (!head || !someStemIn(head.word, LOCATIVE) || fromPlace(head)) return false;
    if (unitsIn(units, adjective.start, adjective.end).some((x) => x.kind === 'nisba')) return true;
    return someStemIn(head.word, PLACE_NOUNS_OF_CITIES) && DEFINITE_FEMININE.test(adjective.text) && !unitsIn(units, adjective.start, adjective.end).length;
  };
  const isLoc = (u: Unit, after: boolean): boolean => {
    if (u.kind !== 'place' || participants.some((p) => p.unit === u)) return false;
    if (input.titleScopes?.some((x) => x.start <= u.start && u.end <= x.end)) return false;
    const own = tokenAt(tokens, u.start);
    const prevTok = lastTokenBefore(tokens, own ? own.start : u.start);
    const clitic = own && own.start < u.start ? key.slice(own.start, u.start) : '';
    // "الحرب في أوكرانيا", "الوضع في سوريا": the place belongs to that noun, not to the event
    if (!clitic && prevTok && LOCATIVE.has(prevTok.text)) {
      const k = firstTokenFrom(tokens, prevTok.start);
      const heads = tokens.slice(Math.max(0, k - 3), k);
      if (heads.some((h) => someStemIn(h.word, GENERIC_HEADS))) return false;
    }
    // "زيارة لموسكو", "زيارته القصيرة للمغرب": a visit's ل, at most a word after it, names where it
    // went; not after a title ("زيارة مبعوثه للشرق الأوسط": the envoy's region)
    const visitedWithLam = t.row.type === 'visit' && clitic.includes('ل') && !!own && visitLamReach(tokens, t.span.end, own.start);
    const introducedBy = clitic.includes('ب') || visitedWithLam || (prevTok && ((someStemIn(prevTok.word, LOCATIVE) && !fromPlace(prevTok)) || placeNounWithNationality(prevTok)));
    const rightAfterTrigger = prevTok?.end === t.span.end;
    // "زار مودي موسكو": a visit verb's first place is where it went
    // (not where it sets out from: "سيتوجه من بيروت إلى إسرائيل")
    const visited = after && t.row.type === 'visit' && t.row.pos === 'verb' && unitsIn(units, t.span.end, placeEnd).find((x) => x.kind === 'place' && lastTokenBefore(tokens, x.start)?.text !== FROM) === u;
    if (!introducedBy && !rightAfterTrigger && !visited) return false;
    if (visited) return true;
    if (!after) return true;
    // (a call's callee's office, not where the call was: "اتصالا هاتفيا مع … ولي العهد رئيس مجلس الوزراء في
    // المملكة العربية السعودية")
    if (t.row.type === 'call' && participants.length > 0 && IN.has(prevTok?.text ?? '') && tokensIn(tokens, Math.max(t.span.end, u.start - 40), u.start).some((x) => someStemIn(x.word, TITLE_WORDS))) return false;
    // "يستقبل لافروف … موسى الكوني، لبحث سبل دفع العملية السياسية في ليبيا": a place in what they meet to discuss
    if (tokensIn(tokens, t.span.end, u.start).some((x) => someStemIn(x.word, TO_DISCUSS))) return false;
    const from = Math.max(...anchorEnds.filter((e) => e <= u.start));
    const between = tokensIn(tokens, from, u.start).length;
    return between <= MAX_LOCATION_GAP;
  };
  // before the trigger only within its own clause, and never for an anchor ("بعد لقائهما" happened elsewhere)
  const ownClause = clauseStartBefore(tokens, key, t.span.start, Math.max(reach, prevEnd));
  let locUnit = unitsIn(units, t.span.end, subjectMatterAfter ? t.span.end : placeEnd).find((u) => isLoc(u, true))
    // (not the place of an event told before it in the sentence, after its trigger: "تبون يستقبل الوزير الفرنسي في قصر
    // المرادية وحديث عن زيارة مرتقبة لدارمانان")
    // (but a gathering on whose sidelines the event before was is there too: "سيلتقي روبيو الشيباني في أنطاليا، على هامش الاجتماع …")
    ?? (anchor || dayApart ? undefined : unitsIn(units, ownClause, t.span.start).reverse().find((u) => t.span.start - u.end < 40 && (!PLACES_TOLD.has(u) || before(1, SIDELINES)) && isLoc(u, false)));
  // "على هامش مؤتمر ميونيخ للأمن", "على هامش منتدى دافوس": a gathering named by its city, in the clause
  if (!locUnit) locUnit = unitsIn(units, t.span.end, placeEnd).find((u) => u.kind === 'place' && GATHERING_NAMED_BY_CITY.test(key.slice(Math.max(t.span.end, u.start - 30), u.start)));
  // "…واشنطن، حيث اجتمع": حيث points back to the last place named
  if (!locUnit && /(^|\s)حيث\s+(\S+\s+)?$/u.test(key.slice(Math.max(sent.start, t.span.start - 20), t.span.start))) {
    locUnit = unitsIn(units, sent.start, t.span.start).reverse().find((u) => u.kind === 'place');
  }
  // "القمة … التي تستضيفها الرياض": the place a relative clause says hosts it
  if (!locUnit && t.row.pos === 'noun') locUnit = hostInRelativeClause(input, Math.max(t.span.end, phrase.end), sent.end);
  // "وفي دمشق، بحث الشيباني مع رجي": a place opening the sentence after في frames all of it
  if (!locUnit && !anchor && !dayApart) locUnit = framingPlace(input, sent);
  // (a mention that points back takes the place of the event it joins)
  const location = locUnit?.id && !refersBack ? { id: locUnit.id, unit: locUnit } : !refersBack && t.row.host ? hostsPalace(input, t.span.end, clauseEnd, participants) : null;
  // (right after إلى, a noun of place at most between: "ينتقل إلى أبوظبي", "انتقل إلى العاصمة عمّان"; not
  // "انتقلا إلى التيار الأصولي أثناء ترددهما على مساجد لندن")
  // (a day may stand before إلى: "وينتقل غدا الخميس إلى أبوظبي")
  if (t.row.needsPlace && !(location && location.unit.start > t.span.end && tokensIn(tokens, t.span.end, location.unit.start).every((x) => someStemIn(x.word, LOCATIVE) || coverOf(input.dates).covers(x.start, x.end)))) return null;

  // date: the nearest date in the sentence, after the trigger first, but
  // - a year alone only right beside the event ("القمة العربية في بيروت عام 2002"); further off it
  //   is mostly another event's ("منذ انسحاب واشنطن من الاتفاق عام 2018");
  // - none in a clause reported after the trigger ("بعد لقائه مبارك إن المجلس قد يتبنى قرارا
  //   الأسبوع المقبل");
  // - one before the reported clause the trigger stands in is when it was said ("أعلن، السبت، أن
  //   الجولة ستعقد …"): never the date of what is planned, and of what happened only when the
  //   clause gives none of its own
  // (not beyond a comma and و that opens another clause: "تحادث تبون هاتفيا مع سعيد، وتطرقا إلى اللجنة المقرر انعقادها في جانفي 2026")
  // - before an event a day apart from the clause's, the day its main clause gives, a day off
  //   ("أعلن ترامب السبت أنه سيجري مكالمة مع بوتين الاثنين، غداة أول مفاوضات": the talks were on
  //   Friday, the day before the announcement, not of Monday's call)
  const dates = unitsIn(input.dates, prevEnd, ends.date).filter(
    (d) => (d.grain !== 'year' || besideEvent(tokens, t.span, location ? [...anchorEnds, location.unit.end] : anchorEnds, d))
      && !(d.start >= t.span.end && someWordIn(key, tokens, t.span.end, d.start, REPORTED_CLAUSE))
      // (nor before an event a relative clause tells: "وجاء لقاء أمس بعد عشرة أيام من اللقاء الذي جمع …")
      && !((dayApart || (gatherer && gatherer === relativeVerb) || held) && d.end <= t.span.start)
      // (nor since when it is the first: "أول لقاء بين رئيسين سوري وأمريكي منذ 25 عاما")
      && !(ordinalBefore && (lastTokenBefore(tokens, d.start)?.text === 'منذ' || key.startsWith('منذ', d.start)))
      // (nor in a clause of time after it: "أول زعيم يزور دمشق منذ سقوط نظام بشار الأسد في الثامن من ديسمبر")
      && !(d.start >= t.span.end && timeClauseBetween(input, t.span.end, d.start))
      // (nor one in such a clause before it: "… التهدئة القائمة منذ الهدنة الأممية في أبريل 2022، كما اجتمع …")
      // (the clause closed by a comma before the trigger)
      && !(d.end <= t.span.start && key.slice(d.end, t.span.start).includes(',') && inClauseOfTime(input, d.start, true)),
  );
  const ownDates = dates.filter((d) => !(d.end <= t.span.start && someWordIn(key, tokens, d.end, t.span.start, REPORTED_CLAUSE)));
  // (its own clause's first: "… منذ سقوط النظام في الثامن من ديسمبر، إذ التقى الشرع في قصر الشعب يوم 30 يناير")
  const inOwnClause = ownDates.filter((d) => d.start >= ownClause);
  let date = nearest(inOwnClause.length ? inOwnClause : ownDates, t.span) ?? (status === 'occurred' ? nearest(dates, t.span) : undefined) ?? (dayApart ? dayApartFrom(input, sent, t.span, lead!) : null);
  // ("يوم غد", "الغد", "غدا"; not غداة, the day after one past)
  if (date && status === 'occurred' && /المقبل|القادم|(?<!\p{L})(?:ال)?غدا?(?!\p{L})|التالي/u.test(key.slice(date.start, date.end))) status = 'planned';
  // a time still to come in the clause of a verb in the present, where its date would be read: "ويصل
  // لافروف إلى القاهرة خلال الأيام المقبلة", "يصل المبعوث …، رمطان لعمامرة، إلى بورتسودان خلال أيام"
  if (status === 'occurred' && imperfect && !anchor && SOON.test(spacedOnce(key, t.span.end, ends.date))) status = 'planned';
  // (so of a noun, the time right after its parties: "فيما تحدث عن لقاء يجمع تبون وماكرون "في المستقبل القريب"")
  if (status === 'occurred' && t.row.pos === 'noun' && !anchor && NEAR.test(textsOf(tokensIn(tokens, Math.max(t.span.end, phrase.end), ends.date).slice(0, NEAR_FUTURE_REACH)).join(' '))) status = 'planned';
  // "يتوجه ستارمر إلى واشنطن الخميس": a present-tense verb with a bare weekday means the coming one;
  // so does what is planned, the weekday after it ("سيجري مكالمة هاتفية مع بوتين يوم الاثنين")
  const ahead = imperfect || (status === 'planned' && date !== null && date.start > t.span.start);
  if (date && ahead && input.docDay && date.rule.startsWith('(يوم)? <weekday>') && !/الماضي|الماضيه|المنصرم/u.test(key.slice(date.start, date.end)) && date.value < input.docDay) {
    date = { ...date, value: isoDate(shift(toDate(parseIsoDay(date.value)!), 'week', 1)) };
    status = 'planned';
  }
  // a verb in the present of the story's day or a day ahead, outside the headline (which tells the past
  // in the present): still to come ("ويصل زيلينسكي اليوم إلى أنقرة", "يلتقي سموه اليوم نائب الرئيس")
  const inHeadline = !!input.headline && input.headline.start <= t.span.start && t.span.end <= input.headline.end;
  if (date && status === 'occurred' && imperfect && !anchor && !inHeadline && input.docDay && date.grain === 'day' && date.value >= input.docDay) status = 'planned';
  // what is planned lies ahead: a day already past is when it was planned or said ("بحثا يوم
  // الاثنين الماضي الترتيبات لعقد قمة محتملة"), not its date
  if (date && status === 'planned' && input.docDay && date.grain === 'day' && date.value.split('/').at(-1)! < input.docDay) date = null;

  // duration: "الاجتماع الذي استمر قرابة خمس ساعات", "واستمر حينها لأكثر من أربع ساعات"
  // (the verb may come first, the event its subject: "واستمرت المحادثات نحو ثلاث ساعات")
  const lastedBefore = LASTED_BEFORE.test(key.slice(Math.max(sent.start, t.span.start - 12), t.span.start));
  const duration = unitsIn(input.durations, t.span.end, Math.min(sent.end, nextStart)).find(
    (d) => LASTED.test(key.slice(Math.max(t.span.end, d.start - 30), d.start)) || (lastedBefore && onlyWordsBetween(tokens, t.span.end, d.start, 2)),
  );

  // ordinal: "الثالث من نوعه", "قمة رئاسية ثانية", "زيارة ويتكوف هي الثالثة"
  let ordinal: number | undefined;
  const own = tokensIn(tokens, t.span.start, t.span.end);
  for (const x of [...own, ...after.slice(0, 6)]) {
    const n = ORDINALS.get(x.text);
    if (n) {
      ordinal = n;
      break;
    }
  }

  const dual = dualVerb(key, t);
  // a verb in the dual whose two the sentence named before it, no event told between: "اتفق الرئيس
  // الروسي … والرئيس الصيني … على أن يلتقيا في بكين"
  if (dual && !participants.length && prevEnd === sent.start) for (const u of twoNamedBefore(input, sent.start, t.span.start) ?? []) add(u.id, u, 'the two named before it');
  // "وفدا من مجلس الشيوخ الأميركي برئاسة … السيناتور جيم ريش", "وفد حماس برئاسة الحية": the body a named
  // head led is his side, no party beside him
  for (let k = participants.length - 1; k >= 0; k--) {
    const p = participants[k]!;
    if (p.unit.kind === 'organization' && headedBy(input, p.unit, participants)) participants.splice(k, 1);
  }
  const toldAsBackground = pluperfect(clauseWords);
  // (only when no one before the trigger is a party already; from the clause's start, past a trigger
  // between: "وأجرى القادة الثلاثة خلال القمة اتصالا بترامب")
  // (or after it: "وكان اللقاء المباشر الأخير بين الرئيسين قد جرى …")
  const leaders = participants.some((p) => p.unit.start < t.span.start) ? 0 : groupSubject(tokensIn(tokens, markerFrom, t.span.start)) || leadersBetween(after);
  // every field present, undefined when absent: one shape (V8 map) for all mentions, so the code
  // that reads them (mergeMentions) is not deoptimised by each new combination of optional fields
  return {
    row: t.row,
    trigger: t.span,
    sentence: si,
    type: byTelephone ? 'call' : t.row.type,
    subtype: byTelephone ? undefined : t.row.subtype || undefined,
    status,
    participants,
    unnamedParties: phrase.unnamedParties || byTitleOnly,
    dual,
    group: leaders,
    location,
    date,
    ordinal: ordinal || undefined,
    duration: duration || undefined,
    anchor,
    // (or a verb of attending before it: "حضر اللقاء وزير الخارجية", "وشارك في الاجتماع …")
    attendance: attendedOnly || !!t.row.attends || (t.row.pos === 'noun' && participants.length > 0 && (((phrase.attendance || before(2, ATTENDING)) && participants.every((p) => phrase.units.includes(p.unit)))
      // (or took part in the event just told, named before it: "بينما شارك الرئيس التركي رجب طيب أردوغان في اللقاء عبر الهاتف")
      // (people only, and the event no place or clause of its own: "وشارك السيسي في القمة العربية التي عقدت في بغداد" is another)
      // (the verb may stand before a name set off by commas: "فيما شارك الرئيس التركي، رجب طيب أردوغان، في اللقاء")
      || (definiteNoun && preceding.at(-1)?.text === 'في' && tookPartIn(tokensIn(tokens, ownClause, t.span.start)) && !location && !held && !gatherer
        && participants.every((p) => !phrase.units.includes(p.unit) && (p.unit.kind === 'person' || p.unit.kind === 'role'))))),
    background: status === 'occurred' && toldAsBackground,
    pointsBack: refersBack,
    restates: t.row.pos === 'noun' && !definiteNoun && !refersBack && preceding.at(-1)?.text === 'في' && commaJustBefore(key, preceding.at(-1)!.start, Math.max(sent.start, preceding.at(-1)!.start - 3)),
    definite: definiteNoun,
    invited,
    namedByPlace: t.row.pos === 'noun' && !!location && onlySpace(key, t.span.end, location.unit.start),
    separately: separately(key, t.span.end, phrase, clauseEnd) ? metOneByOne(t.row, participants, phrase) : NONE_SEPARATELY,
    // (a noun or a verb in the present, nothing saying it happened: a headline's "ترامب يعلن مكالمة مع بوتين")
    occurredByDefault: status === 'occurred' && !anchor && !saidPast && (t.row.pos === 'noun' || imperfect) && !toldAsBackground
      && !clauseWords.some((x) => someStemIn(x.word, PAST_VERBS)),
    recalled: false,
    older: false,
    generic,
    sequel: false,
    arranged,
    later: SAME_DAY_OPENER.test(key.slice(sent.start, t.span.start)),
    how,
  };
}

/** What an event was set as, after كان (folded): "اجتماعا كان مقررا", "زيارة كانت مرتقبة". */
const SET_FOR_A_TIME = w(['مقرر', 'مقررا', 'مقررة', 'مزمعا', 'مزمعة', 'مرتقبا', 'مرتقبة', 'مبرمجا', 'مبرمجة', 'منتظرا', 'منتظرة']);
/** How many words after "كان مقررا" a word of cancelling may stand and still call the event off. */
const MAX_CANCELLED_REACH = 16;
/** Days before the document's that are still the story's own ("أمس", "أول أمس"). */
const RECENT_DAYS = 2;
const WAS = w(['كان', 'كانت', 'كانا', 'كانوا', 'وكان', 'وكانت', 'وكانا', 'وكانوا']);
/** Words a subject may take between كان and قد: "كان وزير الخارجية عبدالله علي اليحيا قد تلقى". */
const MAX_PLUPERFECT_SUBJECT = 8;
const ALREADY = w(['قد', 'وقد']);
/** "سبق" (folded): what it has for object was preceded by its subject. */
const PRECEDED = w(['سبق', 'وسبق', 'سبقت', 'وسبقت']);

/**
 * كان … قد before the trigger in its clause ("وكان الرئيس قد التقى"), or سبق أن / سبق لـ ("سبق له أن
 * التقى"; not "سبقت زيارته مواقفه", the visit came before).
 */
function pluperfect(clauseWords: readonly Token[]): boolean {
  let was = false;
  for (let i = 0; i < clauseWords.length; i++) {
    const t = clauseWords[i]!;
    if (WAS.has(t.text)) was = true;
    else if (was && ALREADY.has(t.text)) return true;
    else if (PRECEDED.has(t.text) && /^(?:ان|ل)/u.test(clauseWords[i + 1]?.text ?? '')) return true;
  }
  return false;
}

interface Phrase {
  units: Unit[];
  introOf: Map<Unit, string>;
  /** The phrase opens with بحضور ("جرى اللقاء بحضور وزير الخارجية"): those it names attended an event, they did not make one. */
  attendance: boolean;
  end: number;
  unnamedParties: boolean;
  /** The unnamed parties are both sides, after بين. */
  unnamedBetween: boolean;
}

/**
 * The phrase naming an event's parties: after a few modifiers, بين/مع or a unit right away, then
 * units joined by و or commas, with titles and delegation words between them.
 */
/** Words before the place an office is for: "المبعوث الخاص إلى اليمن", "السفير لدى العراق" (folded). */
const OFFICE_PLACE_WORDS = w(['إلى', 'لدى']);
/** A place starts at the token, inside a title it says the office of (entities.ts, titleScopes). */
function inTitleScope(input: MentionInput, tok: Token | undefined): boolean {
  return !!tok && !!input.titleScopes?.some((x) => x.start <= tok.start && tok.start < x.end);
}

/** The sidelines of a gathering that is not an event of its own, right before the city it is named by (folded key). */
const GATHERINGS = ['مؤتمر', 'منتدى', 'ملتقى', 'معرض', 'مهرجان', 'حوار'].map(foldKey);
const GATHERING_NAMED_BY_CITY = new RegExp(`(?:^|\\s)هامش\\s+(?:اعمال\\s+)?(?:${wordList(GATHERINGS).source})\\s+$`, 'u');
/** "على هامش المؤتمر": a gathering the story named before, by the definite noun alone. */
const SIDELINES_OF_THE_GATHERING = new RegExp(`(?:^|\\s)هامش\\s+(?:اعمال\\s+)?ال(?<gathering>${wordList(GATHERINGS).source})(?=[\\s,]|$)`, 'u');
/**
 * "وكان سمو وزير الخارجية قد التقى أمس، على هامش المؤتمر، …": the place of the event told before on
 * the sidelines of that gathering, named ("على هامش مؤتمر ميونخ للأمن"), a few sentences back at most.
 */
function placeOfTheGathering(input: MentionInput, si: number, from: number, to: number, told: readonly EventMention[]): EventMention['location'] {
  const gathering = SIDELINES_OF_THE_GATHERING.exec(input.key.slice(from, to))?.groups?.gathering;
  if (!gathering) return null;
  const named = new RegExp(`(?:^|\\s)هامش\\s+(?:اعمال\\s+)?(?:ال)?${gathering}\\s`, 'u');
  for (let i = told.length - 1; i >= 0 && si - told[i]!.sentence <= GATHERING_SENTENCES; i--) {
    const o = told[i]!;
    const where = input.sentences[o.sentence]!;
    if (o.location && o.sentence < si && named.test(input.key.slice(where.start, where.end))) return o.location;
  }
  return null;
}
/** How many sentences back the gathering may have been named. */
const GATHERING_SENTENCES = 12;
/** "إلى جانب", folded, word by word. */
const ALONGSIDE = ['الي', 'جانب'] as const;
/** The intro of countries named by their officials ("وزراء خارجية مالي"). */
const OFFICIALS = 'officials of';
/** "وزير" in the construct state, before its portfolio (folded). */
const MINISTER_IN_CONSTRUCT = w(['وزير', 'وزيرة']);
function objectPhrase(input: MentionInput, from: number, to: number): Phrase {
  const { tokens, units, key } = input;
  const phrase: Phrase = { units: [], introOf: new Map(), attendance: false, end: from, unnamedParties: false, unnamedBetween: false };
  let i = firstTokenFrom(tokens, from);
  if (i >= tokens.length) return phrase;
  const unitAt = (tok: Token): Unit | undefined => {
    const u = units[firstUnitFrom(units, tok.start)];
    return u && u.start < tok.end ? u : undefined;
  };
  /** Officials at token k are of the countries right after them, and no one's attendance ("بحضور وزيري …"). */
  const officialsOfCountries = (k: number): boolean => {
    if (ATTENDANCE_FURTHER_ON.has(tokens[k - 1]?.text ?? '')) return false;
    const at = countryAfterOfficials(tokens, k);
    return !!at && unitAt(at)?.kind === 'place';
  };
  let skipped = 0;
  while (i < tokens.length && tokens[i]!.start < to && skipped < MAX_PHRASE_SKIP && !unitAt(tokens[i]!) && !PARTY_INTRO.has(tokens[i]!.text)) {
    if (/[.!?;:]/u.test(key.slice(tokens[i - 1]?.end ?? from, tokens[i]!.start)) || AT_THE_REQUEST.has(tokens[i]!.text)) return phrase;
    // (who sends a message and whom it goes to are no parties here: "يصل إلى موسكو لتسليم رسالة من خامنئي إلى بوتين", messageRecipient)
    if (carriesMessage(tokens, i)) return phrase;
    // (nor who is the subject of the pluperfect clause كان opens: "وفي إطار الاتصالات الإقليمية كان وزير الخارجية
    // … قد تلقى"; not "زيارة كانت مقررة لمسرور بارزاني")
    if (WAS.has(tokens[i]!.text) && tokens.slice(i + 1, i + 1 + MAX_PLUPERFECT_SUBJECT).some((x) => ALREADY.has(x.text))) return phrase;
    if (ATTENDANCE.has(tokens[i]!.text)) phrase.attendance = true;
    // (a duration's words are not counted: "محادثات استمرت نحو ثلاث ساعات في الكرملين بين بوتين و…";
    // nor a title's, which leads to its bearer: "اتصالا هاتفيا مشتركا بالأمين العام للأمم المتحدة أنطونيو غوتيريش")
    if (!coverOf(input.durations).covers(tokens[i]!.start, tokens[i]!.end) && !someStemIn(tokens[i]!.word, TITLE_WORDS)) skipped++;
    i++;
  }
  let intro = '';
  let filler = 0;
  let attending = false;
  while (i < tokens.length && tokens[i]!.start < to) {
    const tok = tokens[i]!;
    if (/[.!?;:"]/u.test(key.slice(tokens[i - 1]?.end ?? from, tok.start)) && phrase.units.length) break;
    const u = unitAt(tok);
    if (u) {
      const sameUnits: Unit[] = [];
      for (let k = firstUnitFrom(units, u.start); k < units.length && units[k]!.start === u.start; k++) sameUnits.push(units[k]!);
      for (const x of sameUnits) {
        phrase.units.push(x);
        phrase.introOf.set(x, intro);
        // (those after "بحضور" attended, the whole list: "بحضور فلان وفلان")
        if (attending) ATTENDEES.add(x);
      }
      const last = firstTokenFrom(tokens, u.end) - 1;
      i = Math.max(i + 1, last + 1);
      phrase.end = u.end;
      intro = '';
      filler = 0;
      continue;
    }
    const word = tok.text;
    // (the principal a title names, as a title word: "مع مبعوث الرئيس الأميركي المنتخب دونالد ترامب …")
    const principal = intro === 'title' ? input.principals?.find((x) => x.start <= tok.start && tok.start < x.end) : undefined;
    if (principal) {
      i = firstTokenFrom(tokens, principal.end);
      continue;
    }
    // (a title's region or country after its preposition: "مبعوث الرئيس الأميركي دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف")
    const scoped = TITLE_SCOPE_PREPOSITIONS.has(word) && tokens[i + 1] ? unitAt(tokens[i + 1]!) : undefined;
    // (or the affairs an office is for: "منسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك")
    const affairs = AFFAIRS_OF.has(word) && tokens[i + 1] ? unitAt(tokens[i + 1]!) : undefined;
    if (affairs) {
      i = firstTokenFrom(tokens, affairs.end);
      continue;
    }
    if (scoped && input.titleScopes?.some((x) => x.start <= scoped.start && scoped.end <= x.end)) {
      i = firstTokenFrom(tokens, scoped.end);
      intro = 'title';
      continue;
    }
    // (the day between its place and the words that name its parties: "عقدت الجولة الثالثة في مسقط في 26 أبريل بين عراقجي وويتكوف")
    // (its parties after بـ too: "اللقاء الذي جمعه في الرياض في الـ 14 من أيار 2025 بالرئيس الأمريكي")
    if (phrase.units.length && phrase.units.every((x) => x.kind === 'place')) {
      const at = IN.has(word) && tokens[i + 1] ? tokens[i + 1]!.start : tok.start;
      const day = input.dates[firstUnitFrom(input.dates, at)];
      const next = day ? tokens[firstTokenFrom(tokens, day.end)] : undefined;
      // (the day may follow an article of its own: "في الـ 14 من أيار")
      const dayStarts = !!day && (day.start === at || /^\s*ال\s*$/u.test(key.slice(at, day.start)));
      if (dayStarts && next && (PARTY_INTRO.has(next.text) || (next.text.startsWith('ب') && (someStemIn(next.word, TITLE_WORDS) || unitAt(next)?.kind === 'person')))) {
        i = firstTokenFrom(tokens, day!.end);
        if (!PARTY_INTRO.has(next.text)) intro = 'ب';
        continue;
      }
    }
    // "وجرى اللقاء بقصر المرادية بحضور السيد عطاف": after the place, those who attended the event just told
    if (ATTENDANCE.has(word)) {
      if (!phrase.units.some((x) => x.kind === 'person' || x.kind === 'role')) phrase.attendance = true;
      attending = true;
    }
    // "يضم الأردن وتركيا والعراق ولبنان إلى جانب سوريا": "alongside" goes on with the list
    if (word === ALONGSIDE[0] && tokens[i + 1]?.text === ALONGSIDE[1] && phrase.units.length && tokens[i + 2] && unitAt(tokens[i + 2]!)) {
      intro = 'مع';
      i += 2;
      continue;
    }
    if (PARTY_INTRO.has(word)) {
      attending = false;
      intro = word.replace(/^و/u, '');
      if (tokens[i + 1] && someStemIn(tokens[i + 1]!.word, DELEGATION)) {
        const nextUnit = units[firstUnitFrom(units, tokens[i + 1]!.end)];
        const inReach = nextUnit && nextUnit.start <= (tokens[i + 2]?.start ?? -1);
        if (!inReach || nextUnit.kind !== 'nisba') {
          phrase.unnamedParties = true;
          // "بين الرئيسين" names both sides, unnamed; "مع مسؤولين" the other side only
          if (intro === 'بين') phrase.unnamedBetween = true;
        }
      }
    } else if (someStemIn(tok.word, DELEGATION)) intro = word;
    else if ((someStemIn(tok.word, OFFICIALS_OF) && officialsOfCountries(i)) || (intro === OFFICIALS && OFFICIALS_PORTFOLIO.has(word))) intro = OFFICIALS;
    else if (PHRASE_FILLER.has(word) || someStemIn(tok.word, TITLE_WORDS)) intro = 'title';
    // (a minister's portfolio the titles do not list, right after "وزير": "مع وزير الاستثمار السعودي خالد الفالح")
    else if (intro === 'title' && MINISTER_IN_CONSTRUCT.has(tokens[i - 1]?.text ?? '') && /^ال\p{L}{3,}$/u.test(word)) intro = 'title';
    // (a title's portfolio after في: "كاتب الدولة الأمريكي في الخارجية ماركو روبيو")
    else if ((intro === 'title' || phrase.units.at(-1)?.kind === 'nisba') && IN.has(word) && tokens[i + 1] && !unitAt(tokens[i + 1]!) && someStemIn(tokens[i + 1]!.word, TITLE_WORDS)) intro = 'title';
    else if (intro === 'title' && (IN.has(word) || OFFICE_PLACE_WORDS.has(word)) && inTitleScope(input, tokens[i + 1]) && unitAt(tokens[i + 1]!)) {
      // the country of the office before its holder's name: "من ولي العهد رئيس مجلس الوزراء في المملكة
      // العربية السعودية الأمير محمد بن سلمان"
      i = firstTokenFrom(tokens, unitAt(tokens[i + 1]!)!.end);
      continue;
    } else {
      // a title that says what the office is before a comma and its holder's name: "مع أخيه رئيس
      // المرحلة الانتقالية في جمهورية مالي، الجنرال آسيمي غويتا"
      const named = intro === 'title' ? nameAfterTitle(input, i, to) : -1;
      if (named < 0) break;
      i = named;
      continue;
    }
    if (++filler > MAX_TITLE_RUN) break;
    phrase.end = tok.end;
    i++;
  }
  return phrase;
}

/** Words a title may run on for before the comma and the name of its holder (two offices of his, commas between, included). */
const MAX_TITLE_RUN = 12;

/**
 * The token of the name a title's holder is given after a comma, a courtesy or rank between
 * ("، الجنرال آسيمي غويتا", "، الدكتور سيدي ولد التاه"), within a few words; -1 if none.
 */
function nameAfterTitle(input: MentionInput, from: number, to: number): number {
  const { tokens, units, key } = input;
  for (let j = from + 1; j < tokens.length && j <= from + MAX_TITLE_RUN && tokens[j]!.start < to; j++) {
    const gap = key.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[.!?;:"]/u.test(gap)) return -1;
    if (!gap.includes(',')) continue;
    for (let k = j; k <= j + 1 && k < tokens.length; k++) {
      const u = units[firstUnitFrom(units, tokens[k]!.start)];
      if (u && u.start === tokens[k]!.start && u.kind === 'person') return k;
      if (!PHRASE_FILLER.has(tokens[k]!.text) && !someStemIn(tokens[k]!.word, TITLE_WORDS)) break;
    }
    // (another office of his after the comma goes on: "مع نائب رئيس مجلس الوزراء، وزير الخارجية والتعاون الدولي
    // الإيطالي، أنطونيو تاياني")
    if (someStemIn(tokens[j]!.word, TITLE_WORDS) && !(units[firstUnitFrom(units, tokens[j]!.start)]?.start === tokens[j]!.start)) continue;
    return -1;
  }
  return -1;
}

/** A country's government and its arms (folded), whose delegation is the country's: "وفد من الحكومة السودانية". */
const GOVERNMENT_BODIES = w(['الحكومة', 'السلطات', 'الجيش', 'الخارجية', 'البرلمان', 'الرئاسة', 'القيادة']);
/**
 * A nisba right after a delegation word ("الوفد الروسي", "الجانب الأمريكي"), or after "وآخر" that
 * follows one ("بين وفد أميركي وآخر روسي": one delegation and another).
 */
export function isDelegation(input: MentionInput, u: Unit): boolean {
  const prev = lastTokenBefore(input.tokens, u.start);
  if (!prev) return false;
  if (someStemIn(prev.word, DELEGATION)) return true;
  // (of a country's government or army: "وفد من الحكومة السودانية", "وفد من الجيش السوداني")
  if (GOVERNMENT_BODIES.has(prev.text)) {
    const from = lastTokenBefore(input.tokens, prev.start);
    const head = from && from.text === FROM ? lastTokenBefore(input.tokens, from.start) : undefined;
    if (head && someStemIn(head.word, DELEGATION)) return true;
  }
  if (!someStemIn(prev.word, ANOTHER)) return false;
  const before = input.units[firstUnitFrom(input.units, prev.start) - 1];
  return !!before && before.kind === 'nisba' && lastTokenBefore(input.tokens, prev.start)?.end === before.end && isDelegation(input, before);
}


/**
 * The press meets no one: right after a verb of meeting, a word of the press ("والتقت صحيفة الشرق
 * الأوسط وزير الخارجية", "التقى مراسل الجزيرة الرئيس"), an outlet the lexicon knows, or a name in
 * quotes after a feminine verb, as a newspaper (صحيفة) names itself ("والتقت «الشرق الأوسط» …";
 * quotation marks of every kind are " in the key): an interview, not a meeting. Not when the quoted
 * name is a person or a political actor ("والتقت «حماس» …").
 */
function interviewByPress(input: MentionInput, row: TriggerRow, span: Span): boolean {
  if (row.pos !== 'verb') return false;
  const { key, tokens } = input;
  const quote = /^\s*"/u.exec(key.slice(span.end, span.end + 4));
  const subjectAt = span.end + (quote ?? /^\s*/u.exec(key.slice(span.end, span.end + 4))!)[0].length;
  const next = tokens[firstTokenFrom(tokens, subjectAt)];
  if (next?.start === subjectAt && someStemIn(next.word, PRESS)) return true;
  const named = input.units[firstUnitFrom(input.units, span.end)];
  const subject = named?.start === subjectAt ? named : undefined;
  if (subject && isPress(input, subject)) return true;
  if (!quote || key.charCodeAt(span.end - 1) !== TA) return false;
  return !(subject && (subject.kind === 'person' || isActor(input, subject)));
}

/** A news outlet or agency the lexicon knows. */
function isPress(input: MentionInput, u: Unit): boolean {
  if (u.kind !== 'organization' || !u.id) return false;
  const kind = input.g.entity(u.id)?.kind;
  return kind === 'media' || kind === 'agency' || kind === 'state_agency';
}

/** The noun ends with a pronoun of one person, his or hers ("لقائه", "زيارتها"; not "قمتهما", nor "زيارة", whose ة the key writes ه). */
function ownedBySomeone(input: MentionInput, span: Span): boolean {
  const written = input.written?.(span.start, span.end);
  return !!written && /[^ه]ها?$/u.test(written);
}

/** Organisations that meet as parties (a council, a movement, a government), not the media that report. */
function isActor(input: MentionInput, u: Unit): boolean {
  if (u.kind !== 'organization' || !u.id) return false;
  const kind = input.g.entity(u.id)?.kind;
  return kind === 'international' || kind === 'government' || kind === 'party' || kind === 'military';
}

/** The token containing pos (a proclitic before a name) or the one just before it. */
function lastTokenBefore(tokens: Token[], pos: number): Token | undefined {
  return tokens[firstTokenFrom(tokens, pos) - 1];
}

/** The unit is the speaker: right after a verb of saying ("صرح يوري أوشاكوف"). */
function isSpeaker(tokens: Token[], key: string, u: Unit): boolean {
  const i = firstTokenFrom(tokens, u.start + 1) - 1;
  const before = tokens[i]?.start === u.start ? tokens[i - 1] : tokens[i];
  if (!before) return false;
  return someStemIn(before.word, SPEECH) && /^[\s,]*$/u.test(key.slice(before.end, u.start).replace(/^[\p{L}]+/u, ''));
}

function isAccording(tokens: Token[], u: Unit): boolean {
  const i = firstTokenFrom(tokens, u.start + 1) - 1;
  for (let k = Math.max(0, i - 3); k < i; k++) if (someStemIn(tokens[k]!.word, ACCORDING)) return true;
  return false;
}

/** Where what a trigger reads after it ends (clauseEndsAfter). */
interface ClauseEnds {
  /** Its parties and tense: at a clause word, a verb of saying, or a comma then و opening another clause. */
  clause: number;
  /** Its place, which may follow the next comma ("عقد قمة ثانية، وهذه المرة في بودابست"): at a clause word or a verb of saying. */
  place: number;
  /** Its date, whatever clause words stand between ("زيارته التي كانت مقررة يوم السبت"): at a comma then و opening another clause. */
  date: number;
}

/**
 * The ends of what the trigger reads after it, in one walk over a bounded number of words (an
 * endless sentence must not be walked per trigger): MAX_OBJECT_TOKENS for the clause and the place,
 * twice as many for the date.
 */
function clauseEndsAfter(input: MentionInput, from: number, limit: number): ClauseEnds {
  const { tokens, units, key } = input;
  let words = -1;
  let commaAnd = -1;
  let bound = limit;
  let n = 0;
  /** The end of the last name met: its later words are not counted, a name being one word of the clause. */
  let inName = -1;
  for (let k = firstTokenFrom(tokens, from); k < tokens.length; k++, n++) {
    const t = tokens[k]!;
    if (t.start >= limit) break;
    if (t.start < inName) n--;
    else {
      const u = units[firstUnitFrom(units, t.start)];
      if (u && u.start === t.start) inName = u.end;
    }
    if (n === 2 * MAX_OBJECT_TOKENS) {
      bound = t.start;
      break;
    }
    if (words < 0 && (n === MAX_OBJECT_TOKENS || CLAUSE_BREAK.has(t.text) || SPEECH.has(t.text))) words = t.start;
    // "…، وهو ما فسره دبلوماسي في لندن": a comment on what was said, no place of it
    if (words < 0 && COMMENT_OPENERS.has(t.text) && tokens[k + 1]?.text === 'ما' && commaJustBefore(key, t.start, Math.max(from, t.start - 3))) words = t.start;
    // "…، وتناول البحث": a comma then و on a word that names no one opens a clause (not "…، ووزير الدفاع");
    // so does و on a verb of action or saying, comma or not ("يستقبل X ويتسلم رسالة من Y")
    if (commaAnd < 0 && t.text.charCodeAt(0) === WAW) {
      const u = units[firstUnitFrom(units, t.start)];
      const named = u && u.start < t.end;
      // (nor "…، وسعادة السيد ماركو روبيو": an honorific goes on with the list)
      if (!named && commaJustBefore(key, t.start, Math.max(from, t.start - 3)) && !someStemIn(t.word, TITLE_WORDS) && !someStemIn(t.word, DELEGATION) && !someStemIn(t.word, HONORIFICS) && !STILL_THIS_CLAUSE.has(t.text)) commaAnd = t.start;
      else if (!named && COORDINATED_VERBS.has(t.word.stemTexts[1] ?? '')) commaAnd = t.start;
    }
    // "وعلى هامش القمة، أجرى الرئيس …": a comma then a verb opens the clause of its own subject
    else if (commaAnd < 0 && (COORDINATED_VERBS.has(t.text) || CARRIER_VERBS.has(t.text)) && !AUXILIARIES.has(t.text) && commaJustBefore(key, t.start, Math.max(from, t.start - 3))) commaAnd = t.start;
    if (words >= 0 && commaAnd >= 0) break;
  }
  const place = words >= 0 ? words : limit;
  return { clause: commaAnd >= 0 ? Math.min(place, commaAnd) : place, place, date: commaAnd >= 0 ? commaAnd : bound };
}

/** Token k, a relative pronoun right after a comma, opens a relative clause set off by commas ("، الذي يرافق ترامب،"). */
const opensAside = (tokens: readonly Token[], key: string, k: number, floor: number): boolean =>
  RELATIVE.has(tokens[k]!.text) && commaJustBefore(key, tokens[k]!.start, Math.max(floor, tokens[k]!.start - 3));
/** Relative clauses set off by commas in key[from, to) (their people are no subjects of the clause around them). */
function relativeAsides(tokens: Token[], key: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let k = firstTokenFrom(tokens, from); k < tokens.length && tokens[k]!.end <= to; k++) {
    if (!opensAside(tokens, key, k, from)) continue;
    const close = key.slice(tokens[k]!.end, to).indexOf(',');
    if (close >= 0) out.push({ start: tokens[k]!.start, end: tokens[k]!.end + close });
  }
  return out;
}
/**
 * Where the trigger's clause starts: after a clause word, a verb of saying, or a comma followed by
 * و ("…، ومناقشة"). With `keepComplement`, "أن" does not break ("من المقرر أن يتوجه").
 */
function clauseStartBefore(tokens: Token[], key: string, to: number, floor: number, keepComplement = false): number {
  let start = floor;
  const speech = speechFlags(tokens);
  /** Where the clause started before a relative clause set off by commas opened ("عقد الوزير، الذي يرافق ترامب، اجتماعا"), else -1. */
  let beforeAside = -1;
  let last: Token | undefined;
  for (let k = firstTokenFrom(tokens, floor); k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end > to) break;
    last = t;
    // (the aside closed by a comma: the clause goes on from before it)
    if (beforeAside >= 0 && commaJustBefore(key, t.start, Math.max(floor, t.start - 3))) {
      start = beforeAside;
      beforeAside = -1;
    }
    const complement = t.text === 'ان' || t.text === 'انه' || t.text === 'بان';
    // ("من حيث المبدأ", "in principle": حيث after من opens no clause)
    const idiom = t.text === 'حيث' && tokens[k - 1]?.text === 'من';
    if ((CLAUSE_BREAK.has(t.text) && !(keepComplement && complement) && !idiom) || isSpeechVerb(speech, tokens, k)) {
      if (opensAside(tokens, key, k, floor)) beforeAside = start;
      start = t.end;
    }
    // (not a word whose و is its own: "عقد بدر عبد العاطي، وزير الخارجية، جلسة مباحثات")
    else if (t.text.charCodeAt(0) === WAW && !TITLE_WORDS.has(t.text) && !DELEGATION.has(t.text) && commaJustBefore(key, t.start, Math.max(floor, t.start - 3))) start = t.start;
  }
  // (closed right before the trigger: "…، الذي يرافق ترامب، اجتماعا")
  if (beforeAside >= 0 && last && /^\s*,\s*$/u.test(key.slice(last.end, to))) start = beforeAside;
  return start;
}

/** Words that may stand between a trigger and a year that dates it. */
const MAX_YEAR_GAP = 3;
/**
 * The span lies within MAX_YEAR_GAP words of the event: before the trigger, or after the trigger,
 * its party phrase, a party or its place (`ends`).
 */
function besideEvent(tokens: readonly Token[], trigger: Span, ends: readonly number[], d: Span): boolean {
  if (d.end <= trigger.start) return tokensIn(tokens, d.end, trigger.start).length <= MAX_YEAR_GAP;
  let from = trigger.end;
  for (const e of ends) if (e <= d.start && e > from) from = e;
  return tokensIn(tokens, from, d.start).length <= MAX_YEAR_GAP;
}

/** The words between a visit and a place with ل: none, or one that is not a title. */
function visitLamReach(tokens: readonly Token[], triggerEnd: number, placeToken: number): boolean {
  const between = tokensIn(tokens, triggerEnd, placeToken);
  return between.length === 0 || (between.length === 1 && !someStemIn(between[0]!.word, TITLE_WORDS));
}

/** key[from, to) with every run of white space as one space (most stretches have nothing to change). */
function spacedOnce(key: string, from: number, to: number): string {
  let previousSpace = false;
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i);
    const space = c === 32 || (c < 33 ? c >= 9 && c <= 13 : c > 127 && SPACE.test(key[i]!));
    if (space && (c !== 32 || previousSpace)) return key.slice(from, to).replace(/\s+/gu, ' ');
    previousSpace = space;
  }
  return key.slice(from, to);
}

const WAW = 'و'.charCodeAt(0);
const COMMA = 44;
const SPACE = /\s/u;
/** key[from, to) ends with a comma and white space at most (/,\s*$/, without slicing per token). */
function commaJustBefore(key: string, to: number, from: number): boolean {
  for (let j = to - 1; j >= from; j--) {
    const c = key.charCodeAt(j);
    if (c === COMMA) return true;
    if (c !== 32 && !SPACE.test(key[j]!)) return false;
  }
  return false;
}
/**
 * Per document (its token list), whether each token is a verb of saying (0 not yet known, 1 no,
 * 2 yes): every trigger's clause is scanned back up to 60 words, three times, so the same tokens
 * are asked about again and again.
 */
const speechFlagsOf = new WeakMap<readonly Token[], Uint8Array>();
function speechFlags(tokens: readonly Token[]): Uint8Array {
  let flags = speechFlagsOf.get(tokens);
  if (!flags) speechFlagsOf.set(tokens, (flags = new Uint8Array(tokens.length)));
  return flags;
}
function isSpeechVerb(flags: Uint8Array, tokens: readonly Token[], k: number): boolean {
  if (!flags[k]) flags[k] = someStemIn(tokens[k]!.word, SPEECH) ? 2 : 1;
  return flags[k] === 2;
}

/**
 * A verb trigger in the present (or future): ي, ت, ن or س first, but not the letter a past form
 * starts with ("تحادث", "تلقى", "ناقش", "توجه": "تتحادث", "تتلقى", "نناقش", "تتوجه" are their present).
 */
function isImperfect(row: TriggerRow, text: string): boolean {
  const first = text[0] ?? '';
  if (row.pos !== 'verb' || !'يتنس'.includes(first)) return false;
  // (a past form the row lists besides its name: "توجه" beside وصل)
  const pastStartsSo = row.name.startsWith(first) || row.anchors.some((a) => a[0] === first && text.startsWith(a));
  return !pastStartsSo || text[1] === first;
}

/**
 * The date of an event a day apart from its clause's: the first day the sentence gives before it
 * (its main clause's), a day off; implied, and tagged with the word that set it.
 */
function dayApartFrom(input: MentionInput, sent: Span, trigger: Span, lead: Token): DateResult | null {
  const day = unitsIn(input.dates, sent.start, trigger.start).find((d) => d.grain === 'day' && /^\d{4}-\d\d-\d\d$/u.test(d.value));
  if (!day) return null;
  const days = DAY_APART.get(lead.word.stemTexts.find((x) => DAY_APART.has(x)) ?? '') ?? 0;
  const value = isoDate(shift(toDate(parseIsoDay(day.value)!), 'day', days));
  return { start: day.start, end: day.end, value, grain: 'day', implied: true, rule: `<${lead.text}> <${day.rule}>` };
}

/** The date closest to the trigger, of those between its neighbouring triggers (another trigger's date is not its own). */
function nearest(dates: readonly DateResult[], span: Span): DateResult | undefined {
  // (the first of the closest, as a stable sort would give)
  let best: DateResult | undefined;
  let bestDist = Infinity;
  for (const d of dates) {
    const x = dist(d, span);
    if (x < bestDist) {
      best = d;
      bestDist = x;
    }
  }
  return best;
}

const dist = (d: DateResult, s: Span): number => (d.start >= s.end ? d.start - s.end : (s.start - d.end) * 1.5);
