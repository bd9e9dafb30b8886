import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { gazetteer } from '../helpers.js';

const g = gazetteer();
const DOC_DATE = '2025-06-10'; // a Tuesday
/** Each event's parties, sorted, of a story under a headline. */
const partiesOf = (text: string, docDate = DOC_DATE): string[][] =>
  extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate }).events.map((e) => e.participants.slice().sort());

interface Expected {
  type: 'meeting' | 'call' | 'visit';
  status: 'occurred' | 'planned';
  participants: string[];
  location?: string | null;
  /** null: the event has no date. */
  date?: string | null;
}

/** expected event → a sentence (people, places and wordings the fixtures never use) */
const EVENTS: Array<[Expected, string]> = [
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'person:marco-rubio'], location: 'place:cairo', date: '2025-06-10' },
    'استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأمريكي ماركو روبيو.'],
  [{ type: 'meeting', status: 'planned', participants: ['person:sergey-lavrov', 'person:hakan-fidan'], location: 'place:ankara', date: '2025-W25' },
    'ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في أنقرة الأسبوع المقبل.'],
  [{ type: 'call', status: 'occurred', participants: ['person:mohammed-bin-salman', 'person:emmanuel-macron'] },
    'أجرى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.'],
  // a call named by اتصال alone, with its parties after بين, مع or بـ
  [{ type: 'call', status: 'occurred', participants: ['person:marco-rubio', 'person:sergey-lavrov'], date: '2025-06-07' },
    'كما سبقها اتصال بين روبيو ولافروف يوم السبت الماضي.'],
  [{ type: 'call', status: 'occurred', participants: ['person:emmanuel-macron', 'person:abdelmadjid-tebboune'] },
    'وأجرى الرئيس تبون اتصالا بنظيره الفرنسي ماكرون.'],
  // what frames the call, before a comma, takes none of its callers
  [{ type: 'call', status: 'occurred', participants: ['person:donald-trump', 'person:abdel-fattah-el-sisi', 'person:emmanuel-macron'] },
    'وعلى هامش القمة، أجرى الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مشتركا بالرئيس الأمريكي دونالد ترامب.'],
  [{ type: 'call', status: 'occurred', participants: ['person:volodymyr-zelensky', 'person:friedrich-merz'] },
    'تلقى الرئيس الأوكراني فولوديمير زيلينسكي اتصالا هاتفيا من المستشار الألماني فريدريش ميرتس.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:narendra-modi', 'person:vladimir-putin'], location: 'place:moscow' },
    'زار رئيس الوزراء الهندي ناريندرا مودي موسكو حيث التقى الرئيس فلاديمير بوتين.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:tamim-bin-hamad-al-thani', 'person:masoud-pezeshkian'] },
    'بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس الإيراني مسعود بزشكيان العلاقات الثنائية.'],
  [{ type: 'meeting', status: 'occurred', participants: ['place:united-states', 'place:iran'], location: 'place:muscat', date: '2025-06-07' },
    'وعقدت محادثات بين الوفدين الأمريكي والإيراني في مسقط يوم السبت.'],
  [{ type: 'meeting', status: 'planned', participants: ['place:united-states', 'place:russia'], location: 'place:riyadh' },
    'ويرتقب أن تستضيف الرياض لقاء جديدا بين واشنطن وموسكو.'],
  [{ type: 'meeting', status: 'planned', participants: ['org:gulf-cooperation-council'], location: 'place:doha' },
    'سيعقد مجلس التعاون الخليجي قمته المقبلة في الدوحة.'],
  // a verb in the future says the event lies ahead: after the trigger's parties, or before it in its clause (خلال then too)
  [{ type: 'meeting', status: 'planned', participants: ['person:hugo-chavez', 'person:alexander-lukashenko'] },
    'وأوضحت منسك أن محادثات شافيز ولوكاشنكو ستتناول المشاكل الدولية.'],
  [{ type: 'visit', status: 'planned', participants: ['person:condoleezza-rice'], location: 'place:syria' },
    'ونقلت الصحيفة عن مسؤولين قولهم إن وزيرة الخارجية كوندوليزا رايس ستسعى خلال زيارتها إلى سوريا إلى كسر العلاقة.'],
  // a planned event takes no day already past (that is when it was discussed), nor who discussed it as a party
  [{ type: 'call', status: 'occurred', participants: ['person:marco-rubio', 'person:sergey-lavrov'], date: '2025-06-09' },
    'وكان وزير الخارجية الأمريكي ماركو روبيو قد أجرى اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف يوم الاثنين الماضي، بحثا خلاله الترتيبات لعقد قمة محتملة بين الرئيسين.'],
  // a verb in the dual takes the two who met last, not the organisation whose meetings were nearer
  [{ type: 'meeting', status: 'planned', participants: ['person:badr-abdelatty', 'person:abbas-araghchi'], location: 'place:cairo' },
    'التقى وزير الخارجية المصري بدر عبد العاطي نظيره الإيراني عباس عراقجي على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك. وأوضح المتحدث أن الوزيرين اتفقا على أن يلتقيا مجددا في القاهرة خلال الشهر المقبل.'],
  // a list of parties goes on after a comma, و and an honorific
  [{ type: 'meeting', status: 'occurred', participants: ['person:mohammed-bin-salman', 'person:emmanuel-macron', 'person:marco-rubio'], location: 'place:jeddah' },
    'اجتمع ولي العهد السعودي الأمير محمد بن سلمان في جدة مع فخامة الرئيس الفرنسي إيمانويل ماكرون، وسعادة السيد ماركو روبيو وزير الخارجية الأمريكي.'],
  // the subject right after the verb, a party of its event, is still the one who goes on "قبل أن يلتقي"
  [{ type: 'meeting', status: 'occurred', participants: ['person:ilham-aliyev', 'person:recep-tayyip-erdogan'] },
    'استقبل الرئيس التركي رجب طيب أردوغان في أنقرة وزير الخارجية الإيراني عباس عراقجي، قبل أن يلتقي مساء اليوم ذاته الرئيس الأذربيجاني إلهام علييف.'],
  // leaders named by their office and number are the parties of the event before with that many
  [{ type: 'call', status: 'occurred', participants: ['person:kais-saied', 'person:abdelmadjid-tebboune', 'person:mohamed-al-menfi', 'person:vladimir-putin'] },
    'استقبل الرئيس التونسي قيس سعيد في قرطاج الرئيس الجزائري عبد المجيد تبون ورئيس المجلس الرئاسي الليبي محمد المنفي. وأجرى القادة الثلاثة اتصالا هاتفيا مشتركا بالرئيس الروسي فلاديمير بوتين.'],
  [{ type: 'call', status: 'occurred', participants: ['person:narendra-modi', 'person:vladimir-putin', 'person:xi-jinping'] },
    'التقى رئيس الوزراء الهندي ناريندرا مودي الرئيس الروسي فلاديمير بوتين في موسكو. وأجرى الزعيمان اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ.'],
  // a title's words lead to its bearer, however many: not words skipped before the party
  [{ type: 'call', status: 'occurred', participants: ['person:antonio-guterres'] },
    'وأجرى الرئيس اتصالا هاتفيا مشتركا بالأمين العام للأمم المتحدة أنطونيو غوتيريش.'],
  // a cancellation opening the clause, with its subject between
  [{ type: 'visit', status: 'cancelled', participants: ['person:youssef-rajji'] },
    'وفي سياق متصل، ألغى وزير الخارجية اللبناني يوسف رجي زيارته التي كانت مقررة إلى دمشق يوم السبت، بسبب الظروف الأمنية.'],
  // a cancellation in the passive ("أُرجئت زيارة")
  [{ type: 'visit', status: 'cancelled', participants: ['person:joseph-aoun'], location: 'place:doha' },
    'وفي المقابل، أُرجئت زيارة كانت مقررة هذا الأسبوع للرئيس اللبناني جوزاف عون إلى الدوحة.'],
  // after حين the verb of meeting's subject goes unsaid: the main clause's
  [{ type: 'meeting', status: 'occurred', participants: ['person:tom-barrack', 'person:joseph-aoun'], location: 'place:lebanon', date: '2025-05-21' },
    'وكان المبعوث الأمريكي توم باراك قد زار لبنان في 21 أيار الماضي، حين التقى الرئيس جوزاف عون.'],
  // a counterpart of a role named without its holder: both roles resolve on the document date
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'person:emmanuel-macron'], location: 'place:cairo' },
    'استقبل الرئيس المصري نظيره الفرنسي في القاهرة.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:faisal-bin-farhan', 'person:marco-rubio'], location: 'place:riyadh' },
    'التقى وزير الخارجية السعودي نظيره الأمريكي في الرياض أمس.'],
  // the pronoun after a verb of saying is the one who speaks
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'person:emmanuel-macron'] },
    'وأكد الرئيس المصري عبد الفتاح السيسي أنه التقى نظيره الفرنسي إيمانويل ماكرون.'],
  [{ type: 'meeting', status: 'planned', participants: ['person:donald-trump', 'person:volodymyr-zelensky'], location: 'place:washington-dc' },
    'وقال ترامب للصحفيين إن القمة كانت مثمرة، مضيفا أنه سيلتقي الرئيس الأوكراني فولوديمير زيلينسكي في واشنطن الاثنين المقبل.'],
  // with a light verb in the future between ("أنه سيجري مكالمة")
  [{ type: 'call', status: 'planned', participants: ['person:vladimir-putin', 'person:donald-trump'] },
    'وأعلن الرئيس الأمريكي دونالد ترامب أنه سيجري مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين.'],
  // a noun of that shape does not
  [{ type: 'meeting', status: 'occurred', participants: ['person:joe-biden', 'person:xi-jinping'] },
    'وأجرى الرئيس الأمريكي جو بايدن محادثات سياسية مع الرئيس الصيني شي جين بينغ.'],
  // right after حيث the verb's subject is the main clause's
  [{ type: 'meeting', status: 'occurred', participants: ['person:condoleezza-rice', 'person:fouad-siniora'], location: 'place:beirut' },
    'ووصلت وزيرة الخارجية الأمريكية كوندوليزا رايس إسرائيل قادمة من بيروت حيث عقدت اجتماعا مع رئيس الحكومة اللبنانية فؤاد السنيورة.'],
  // after قبل أن / بعد أن the unsaid subject is the main clause's, not whom it met
  [{ type: 'meeting', status: 'occurred', participants: ['person:tom-barrack', 'person:nawaf-salam'], location: 'place:beirut' },
    'وانتقل المبعوث الأمريكي توم باراك إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، قبل أن يزور السراي الحكومي للقاء رئيس الحكومة نواف سلام.'],
  // على before the summit itself, not "on top of"
  [{ type: 'meeting', status: 'planned', participants: ['person:hosni-mubarak', 'person:bashar-al-assad'], location: 'place:cairo' },
    'اتفق مبارك والأسد على القمة المقبلة في القاهرة.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:joe-biden', 'person:xi-jinping'], location: 'place:rio-de-janeiro' },
    'والتقى الرئيس الأمريكي جو بايدن نظيره الصيني شي جين بينغ على هامش قمة مجموعة العشرين في ريو دي جانيرو.'],
  [{ type: 'meeting', status: 'planned', participants: ['person:recep-tayyip-erdogan', 'person:mohammed-bin-salman'], location: 'place:riyadh' },
    'يصل الرئيس التركي رجب طيب أردوغان إلى الرياض الأحد المقبل في زيارة رسمية يلتقي خلالها ولي العهد السعودي الأمير محمد بن سلمان.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdullah-ii', 'person:antony-blinken'], location: 'place:amman' },
    'استقبل الملك عبد الله الثاني في عمان وزير الخارجية الأمريكي أنتوني بلينكن.'],
  [{ type: 'call', status: 'occurred', participants: ['person:faisal-bin-farhan', 'person:abbas-araghchi'] },
    'بحث وزير الخارجية السعودي الأمير فيصل بن فرحان، في اتصال هاتفي تلقاه من نظيره الإيراني عباس عراقجي، المستجدات في المنطقة.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:badr-abdelatty', 'person:ayman-safadi'], location: 'place:cairo' },
    'والتقى وزير الخارجية المصري بدر عبد العاطي نظيره الأردني في القاهرة.'],
  [{ type: 'meeting', status: 'occurred', participants: ['org:hamas', 'place:israel'], location: 'place:doha' },
    'استضافت الدوحة محادثات غير مباشرة بين حماس وإسرائيل.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:ahmed-al-sharaa', 'person:geir-pedersen'] },
    'ناقش الرئيس السوري أحمد الشرع مع المبعوث الأممي غير بيدرسون سبل دفع العملية السياسية.'],
  [{ type: 'meeting', status: 'planned', participants: ['person:keir-starmer', 'person:donald-trump'], location: 'place:washington-dc', date: '2025-06-12' },
    'يتوجه رئيس الوزراء البريطاني كير ستارمر إلى واشنطن الخميس للقاء الرئيس ترامب في البيت الأبيض.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:donald-trump', 'person:keir-starmer'], date: '2025-06-05' },
    'والتقى الرئيس ترامب رئيس الوزراء البريطاني كير ستارمر الخميس في البيت الأبيض.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:vladimir-putin'], location: 'place:moscow' },
    'وعقد الرئيس الروسي فلاديمير بوتين اجتماعا مطولا في الكرملين مع مسؤولين أمنيين.'],
  // a country right after the verb is its subject, and not where it happened
  [{ type: 'meeting', status: 'occurred', participants: ['place:india', 'place:japan'], location: null },
    'وبحثت الهند مع اليابان تعزيز التعاون في مجال الطاقة.'],
  // a capital after a verb of receiving is the place (the host stands for itself)
  [{ type: 'meeting', status: 'occurred', participants: ['person:emmanuel-macron'], location: 'place:cairo' },
    'استقبلت القاهرة الرئيس الفرنسي إيمانويل ماكرون.'],
  // a visit's ل names where it went, before where its traveller goes next
  [{ type: 'visit', status: 'occurred', participants: ['person:felipe-vi'], location: 'place:morocco' },
    'وعاد العاهل الإسباني الملك فيليبي السادس إلى مدريد بعد زيارته القصيرة للمغرب.'],
  // a date in the clause reported after the meeting is not the meeting's
  [{ type: 'meeting', status: 'occurred', participants: ['person:hosni-mubarak'], date: null },
    'وقال المبعوث في مؤتمر صحفي بعد لقائه الرئيس حسني مبارك إن مجلس الأمن قد يصوت على القرار الأسبوع المقبل.'],
  // a year right after the meeting's place dates it; one further off belongs to something else
  [{ type: 'meeting', status: 'occurred', participants: ['person:xi-jinping', 'person:narendra-modi'], location: 'place:beijing', date: '2019' },
    'والتقى الرئيس الصيني شي جين بينغ رئيس الوزراء الهندي ناريندرا مودي في بكين عام 2019.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:xi-jinping', 'person:narendra-modi'], location: 'place:beijing', date: null },
    'والتقى الرئيس الصيني شي جين بينغ رئيس الوزراء الهندي ناريندرا مودي في بكين بعد أشهر من توقيع الاتفاق التجاري بين البلدين عام 2019.'],
  // nationalities right after a noun trigger are its parties; a regional summit is its organisation's
  [{ type: 'meeting', status: 'occurred', participants: ['place:united-states', 'place:iran'], location: 'place:muscat', date: '2025-06-07' },
    'وعقدت المحادثات الأمريكية الإيرانية في مسقط يوم السبت.'],
  [{ type: 'meeting', status: 'occurred', participants: ['place:egypt', 'place:jordan', 'place:iraq'], location: 'place:baghdad' },
    'وانطلقت القمة الثلاثية المصرية الأردنية العراقية في بغداد.'],
  [{ type: 'meeting', status: 'occurred', participants: ['place:russia', 'place:united-states'] },
    'وبحثت القمة الروسية-الأمريكية ملف الحرب.'],
  [{ type: 'meeting', status: 'planned', participants: ['org:gulf-cooperation-council', 'place:united-states'], location: 'place:riyadh' },
    'وتستضيف الرياض القمة الخليجية الأمريكية الأسبوع المقبل.'],
  [{ type: 'meeting', status: 'occurred', participants: ['org:arab-league', 'person:abdel-fattah-el-sisi'], location: 'place:baghdad' },
    'وشارك الرئيس السيسي في القمة العربية في بغداد.'],
  // the host a relative clause names right after the event's noun
  [{ type: 'meeting', status: 'planned', participants: ['org:gulf-cooperation-council', 'place:united-states', 'person:ahmed-al-sharaa'], location: 'place:riyadh' },
    'ومن المنتظر أن يشارك الرئيس السوري أحمد الشرع في القمة الخليجية الأمريكية التي تستضيفها الرياض منتصف الشهر الجاري.'],
  // a comma then و on a word naming no one ends the parties (the topic is no party), not the place
  [{ type: 'meeting', status: 'occurred', participants: ['person:joseph-aoun', 'person:tom-barrack'], location: 'place:baabda' },
    'استقبل رئيس الجمهورية العماد جوزاف عون في قصر بعبدا المبعوث الأمريكي توم باراك، وتناول البحث الورقة الأمريكية المتعلقة بسلاح حزب الله.'],
  [{ type: 'meeting', status: 'planned', participants: ['person:donald-trump', 'person:vladimir-putin'], location: 'place:budapest' },
    'ومن المقرر أن يعقد ترامب وبوتين قمة ثانية وجها لوجه، وهذه المرة في بودابست.'],
  // a place after في opening the sentence frames it, with و on في or a comma after the place
  [{ type: 'meeting', status: 'occurred', participants: ['person:asaad-al-shaibani', 'person:youssef-rajji'], location: 'place:damascus' },
    'وفي دمشق، بحث وزير الخارجية السوري أسعد الشيباني مع نظيره اللبناني يوسف رجي ملف الحدود.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:vladimir-putin', 'person:steve-witkoff'], location: 'place:moscow' },
    'وفي موسكو التقى الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:vladimir-putin', 'person:steve-witkoff'], location: null },
    'وفي سياق متصل، التقى الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف.'],
  // those taking part (بمشاركة) are parties too
  [{ type: 'meeting', status: 'occurred', participants: ['org:hamas', 'place:israel', 'person:steve-witkoff', 'person:jared-kushner'], location: 'place:sharm-el-sheikh' },
    'واستضافت مدينة شرم الشيخ جولة مفاوضات غير مباشرة بين حماس وإسرائيل بمشاركة المبعوث الأمريكي ستيف ويتكوف وجاريد كوشنر.'],
  // two calls, to two counterparts named by their nationalities
  [{ type: 'call', status: 'occurred', participants: ['person:badr-abdelatty', 'person:hakan-fidan', 'person:marco-rubio'] },
    'وأجرى وزير الخارجية بدر عبد العاطي اتصالين هاتفيين مع نظيريه التركي والأمريكي.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:faisal-bin-farhan', 'person:badr-abdelatty', 'person:ayman-safadi'], location: 'place:riyadh' },
    'والتقى وزير الخارجية السعودي نظيريه المصري والأردني في الرياض.'],
  // after كما the subject is the main clause's, and the counterparts are his, not those of the counterpart just named
  [{ type: 'call', status: 'occurred', participants: ['person:badr-abdelatty', 'person:hakan-fidan', 'person:marco-rubio'] },
    'وكان وزير الخارجية بدر عبد العاطي قد التقى أول أمس نظيره القطري الشيخ محمد بن عبد الرحمن آل ثاني في الدوحة، كما أجرى اتصالين هاتفيين مع نظيريه التركي والأمريكي.'],
  // a counterpart of someone named by surname only; a date after "، وذلك" is still the event's
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'person:emmanuel-macron'], location: 'place:cairo', date: '2025-06-08' },
    'التقى الرئيس السيسي نظيره الفرنسي في القاهرة، وذلك يوم الأحد.'],
  // a date in the clause after a comma and و is another thing's
  [{ type: 'call', status: 'occurred', participants: ['person:abdelmadjid-tebboune', 'person:kais-saied'], location: null, date: null },
    'تحادث الرئيس الجزائري عبد المجيد تبون هاتفيا مع نظيره التونسي قيس سعيد، وتطرقا إلى التحضيرات للجنة المشتركة الكبرى المقرر انعقادها بتونس في جانفي 2026.'],
  // a verb of talking with هاتفيا is a call
  [{ type: 'call', status: 'occurred', participants: ['person:abdelmadjid-tebboune', 'person:kais-saied'] },
    'من جهة أخرى، تحادث الرئيس الجزائري عبد المجيد تبون هاتفيا مع نظيره التونسي قيس سعيد.'],
  [{ type: 'call', status: 'occurred', participants: ['person:emmanuel-macron', 'person:joseph-aoun'] },
    'واتصل الرئيس الفرنسي إيمانويل ماكرون هاتفيا بالرئيس اللبناني جوزاف عون.'],
  // talks by telephone are a call
  [{ type: 'call', status: 'occurred', participants: ['person:emmanuel-macron', 'person:giorgia-meloni'] },
    'وقال البيان إن الرئيس الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجيا ميلوني اتفقا خلال محادثة هاتفية على ضرورة التنسيق.'],
  [{ type: 'call', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'person:emmanuel-macron'] },
    'وأجرى الرئيس المصري عبد الفتاح السيسي مباحثات هاتفية مع الرئيس الفرنسي إيمانويل ماكرون.'],
  // a negated intention rules out its own meeting, not the one after it
  [{ type: 'meeting', status: 'planned', participants: ['org:opec'], date: '2025-12-14' },
    'وقال متحدث باسم منظمة أوبك إن المنظمة لا تعتزم حاليا عقد اجتماع طارئ قبل اجتماع أوبك المقرر في 14 ديسمبر المقبل.'],
  // a delegation named by its nationality in the accusative
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdelmadjid-tebboune', 'place:france'], location: 'place:algiers' },
    'واستقبل الرئيس الجزائري عبد المجيد تبون في الجزائر العاصمة وفدا فرنسيا رفيع المستوى.'],
  // a region's leaders or ministers: its organisation, not the parties of an event just before
  [{ type: 'meeting', status: 'planned', participants: ['org:arab-league'] },
    'وسيتم بحث المبادرة في اجتماع وزراء الخارجية العرب الشهر المقبل.'],
  [{ type: 'meeting', status: 'occurred', participants: ['org:arab-league'], location: 'place:cairo' },
    'والتقى وزراء المال والاقتصاد العرب في القاهرة.'],
  [{ type: 'meeting', status: 'occurred', participants: ['org:arab-league'], location: 'place:riyadh' },
    'واختتم في الرياض اجتماع وزراء خارجية الدول العربية.'],
  [{ type: 'meeting', status: 'planned', participants: ['org:african-union'], location: 'place:addis-ababa' },
    'وتعقد قمة القادة الأفارقة في أديس أبابا الشهر المقبل.'],
  [{ type: 'meeting', status: 'occurred', participants: ['org:european-union'], location: 'place:brussels' },
    'وقال الوزير على هامش لقاء وزراء الخارجية الأوروبيين في بروكسل إن العقوبات باقية.'],
  // an invitation to visit is a planned visit; a visit made on one is not
  [{ type: 'visit', status: 'planned', participants: ['person:joseph-aoun'], location: 'place:paris' },
    'ووجه الرئيس الفرنسي إيمانويل ماكرون دعوة إلى الرئيس اللبناني جوزاف عون لزيارة باريس.'],
  [{ type: 'visit', status: 'occurred', participants: ['person:recep-tayyip-erdogan'], location: 'place:doha' },
    'ووصل الرئيس التركي رجب طيب أردوغان إلى الدوحة في زيارة رسمية تلبية لدعوة من أمير قطر.'],
  // an honorific pronoun: the first person the document names with that honorific, not the last
  [{ type: 'call', status: 'occurred', participants: ['person:mohammed-vi', 'person:emmanuel-macron'] },
    'استقبل صاحب الجلالة الملك محمد السادس بالقصر الملكي بالرباط رئيس الوزراء الإسباني بيدرو سانشيز. وكان جلالته قد أجرى أمس اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.'],
  [{ type: 'call', status: 'occurred', participants: ['person:tamim-bin-hamad-al-thani', 'person:recep-tayyip-erdogan'] },
    'استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد سمو الشيخ محمد بن عبدالرحمن آل ثاني. وكان سموه قد تلقى أمس اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.'],
  // an honorific and a title, no name after them: the honorific's first bearer
  [{ type: 'call', status: 'occurred', participants: ['person:mohammed-bin-salman', 'person:keir-starmer'] },
    'استقبل صاحب السمو الملكي الأمير محمد بن سلمان الوفد. من جهة أخرى، تلقى سمو ولي العهد اتصالا هاتفيا من رئيس الوزراء البريطاني كير ستارمر.'],
  // a title alone: the first person the document names with it
  [{ type: 'call', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'person:emmanuel-macron'] },
    'استقبل السيد الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء اليوناني. وفي وقت لاحق، أجرى الرئيس اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون.'],
  // a noun with his or her pronoun: the meeting of the person named last before it
  [{ type: 'meeting', status: 'occurred', participants: ['person:recep-tayyip-erdogan', 'person:vladimir-putin'], location: 'place:sochi' },
    'وأشاد الرئيس التركي رجب طيب أردوغان بالتقدم الذي تحقق منذ لقائه الرئيس الروسي فلاديمير بوتين في سوتشي.'],
  [{ type: 'visit', status: 'occurred', participants: ['person:annalena-baerbock'], location: 'place:cairo' },
    'وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن زيارتها إلى القاهرة كانت ناجحة.'],
  // a political actor in quotes after the verb is its subject (but a newspaper is interviewing: below)
  [{ type: 'meeting', status: 'occurred', participants: ['org:hamas'], location: 'place:cairo' },
    'والتقت «حماس» وفدا من المخابرات في القاهرة.'],
  // the press received is a party (not its subject, giving an interview)
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdel-fattah-el-sisi'], location: 'place:cairo' },
    'واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من قناة العربية.'],
  // an event whose date is spoken of lies ahead, and a negation of its date is not of the event
  [{ type: 'meeting', status: 'planned', participants: ['person:vladimir-putin', 'person:donald-trump'] },
    'وقال المتحدث باسم الكرملين إنه لم يتقرر بعد موعد لقاء بوتين وترامب.'],
  [{ type: 'meeting', status: 'planned', participants: ['person:recep-tayyip-erdogan', 'person:abdel-fattah-el-sisi'], location: 'place:ankara' },
    'ولم يتم تحديد موعد القمة بين أردوغان والسيسي في أنقرة حتى الآن.'],
  [{ type: 'visit', status: 'planned', participants: ['person:emmanuel-macron'], location: 'place:algeria' },
    'وأعلن قصر الإليزيه موعد زيارة الرئيس ماكرون إلى الجزائر.'],
  // "لا سيما" (especially) negates nothing, and opens no clause of the subject before it
  [{ type: 'meeting', status: 'occurred', participants: ['person:narendra-modi', 'person:xi-jinping'] },
    'وتناول الوزير في كلمته التطورات الإقليمية، لا سيما لقاء رئيس الوزراء الهندي ناريندرا مودي والرئيس الصيني شي جين بينغ.'],
  // the day it was said is not the day of the meeting it announces
  [{ type: 'meeting', status: 'planned', participants: ['person:abdel-fattah-el-sisi', 'person:recep-tayyip-erdogan'], location: 'place:cairo', date: '2025-07' },
    'وأعلنت الرئاسة المصرية، الخميس، أن الرئيس السيسي سيلتقي الرئيس التركي رجب طيب أردوغان في القاهرة الشهر المقبل.'],
  // the subjects of a verb that carries the trigger, set off by commas, honorific or title after "، و"
  [{ type: 'meeting', status: 'occurred', participants: ['person:tamim-bin-hamad-al-thani', 'person:donald-trump'], location: 'place:doha', date: '2025-06-10' },
    'عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الرئيس دونالد ترامب رئيس الولايات المتحدة الأمريكية، جلسة مباحثات رسمية في الدوحة اليوم.'],
  [{ type: 'call', status: 'occurred', participants: ['person:abdullah-ii', 'person:emmanuel-macron'] },
    'أجرى جلالة الملك عبدالله الثاني، والرئيس الفرنسي إيمانويل ماكرون، اتصالا هاتفيا تناول التطورات الإقليمية.'],
  // honorifics, a fellow leader's courtesy ("أخيه") and a rank between the trigger and the party
  [{ type: 'call', status: 'occurred', participants: ['person:mishal-al-ahmad-al-jaber-al-sabah', 'person:joseph-aoun'], date: '2025-06-09' },
    'أجرى الشيخ مشعل الأحمد الجابر الصباح مساء أمس اتصالا هاتفيا مع أخيه فخامة الرئيس العماد جوزيف عون رئيس الجمهورية اللبنانية.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:juan-carlos-i', 'person:mohammed-vi'], location: 'place:rabat' },
    'أجرى العاهل الإسباني خوان كارلوس في الرباط مباحثات مع جلالة الملك محمد السادس.'],
  // a meeting of an organisation's ministers, adjectives before them and دول before it; a place after ولاية
  [{ type: 'meeting', status: 'occurred', participants: ['org:nato'], location: 'place:antalya' },
    'وعقد الاجتماع غير الرسمي لوزراء خارجية دول حلف شمال الأطلسي في ولاية أنطاليا.'],
  [{ type: 'meeting', status: 'occurred', participants: ['org:european-union'], location: 'place:brussels' },
    'وشارك الوزير في اجتماع وزراء خارجية الاتحاد الأوروبي في بروكسل.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:hakan-fidan', 'person:marco-rubio'], location: 'place:antalya' },
    'والتقى فيدان روبيو على هامش الاجتماع غير الرسمي لوزراء خارجية دول حلف شمال الأطلسي في ولاية أنطاليا.'],
  // receiving someone, told by its owner: "لدى استقباله", "خلال استقبالها", a place and a day before the guests
  // (the owner before a comma and a clause of time that goes on with him: "…، حين أعلن خلال استقباله …")
  [{ type: 'meeting', status: 'occurred', participants: ['person:vladimir-putin', 'person:xi-jinping'], location: 'place:moscow' },
    'وفاجأ الرئيس الروسي فلاديمير بوتين المراقبين أمس، حين أعلن خلال استقباله الرئيس الصيني شي جين بينغ في موسكو أن بلاده مستعدة للحوار.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'person:marco-rubio'] },
    'وأكد الرئيس السيسي لدى استقباله وزير الخارجية الأمريكي ماركو روبيو أهمية وقف الحرب.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:joseph-aoun', 'person:tom-barrack', 'person:morgan-ortagus'], location: 'place:baabda', date: '2025-06-09' },
    'شدد الرئيس اللبناني جوزيف عون، خلال استقباله أمس في القصر الجمهوري في بعبدا، الموفد الأميركي السفير توم باراك، ونائبة المبعوث الأميركي مورغان أورتاغوس، على أن لبنان قام بما عليه.'],
  // the countries whose ministers (or leaders) are met, named by their officials
  [{ type: 'meeting', status: 'planned', participants: ['person:mohammed-vi', 'place:mali', 'place:burkina-faso', 'place:niger'], date: '2025-06' },
    'ومن المرتقب أن يستقبل الملك محمد السادس وزراء خارجية مالي وبوركينا فاسو والنيجر في وقت لاحق من الشهر الجاري.'],
  [{ type: 'meeting', status: 'occurred', participants: ['person:abdel-fattah-el-sisi', 'place:jordan', 'place:iraq'], location: 'place:cairo' },
    'والتقى الرئيس السيسي وزيري خارجية الأردن والعراق في القاهرة.'],
  // the sidelines of a gathering named by its city (no event of its own) are in that city
  [{ type: 'meeting', status: 'occurred', participants: ['person:hakan-fidan', 'person:abbas-araghchi'], location: 'place:doha' },
    'والتقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي على هامش منتدى الدوحة.'],
  // the countries whose officials took part ("بمشاركة", not "بحضور") in a meeting told by a bare noun
  [{ type: 'meeting', status: 'occurred', participants: ['place:egypt', 'place:jordan', 'place:iraq'], location: 'place:cairo', date: '2025-06-09' },
    'وعقد الاجتماع الوزاري الثلاثي في القاهرة أمس بمشاركة وزراء خارجية مصر والأردن والعراق.'],
  // "وأنه", a second thing said: its speaker is the party
  [{ type: 'meeting', status: 'planned', participants: ['person:abdel-fattah-el-sisi', 'person:mohammed-bin-salman'], location: 'place:riyadh' },
    'وأعلن الرئيس المصري عبد الفتاح السيسي أن العلاقات قوية، وأنه سيلتقي ولي العهد السعودي الأمير محمد بن سلمان في الرياض.'],
  // the press's "head of diplomacy" is the foreign minister
  [{ type: 'meeting', status: 'occurred', participants: ['person:nasser-bourita', 'person:jose-manuel-albares'], location: 'place:rabat' },
    'وأجرى رئيس الدبلوماسية الإسبانية محادثات في الرباط مع نظيره المغربي ناصر بوريطة.'],
  // a verb of bringing together after the noun, with no relative pronoun: its parties, people or countries
  [{ type: 'meeting', status: 'planned', participants: ['person:emmanuel-macron', 'person:olaf-scholz', 'person:giorgia-meloni'], location: 'place:paris' },
    'وتحدثت مصادر عن لقاء ثلاثي مرتقب في قصر الإليزيه يجمع الرئيس إيمانويل ماكرون والمستشار الألماني أولاف شولتس ورئيسة الوزراء الإيطالية جورجيا ميلوني.'],
  [{ type: 'meeting', status: 'planned', participants: ['place:egypt', 'place:sudan', 'place:libya', 'place:chad'], location: 'place:cairo', date: '2025-07' },
    'واتفق الوزيران على عقد اجتماع لدول الجوار، يضم مصر والسودان وليبيا وتشاد، في القاهرة الشهر المقبل.'],
  // "إلى جانب" goes on with the list
  [{ type: 'meeting', status: 'planned', participants: ['place:egypt', 'place:sudan', 'place:libya'], location: 'place:cairo', date: '2025-07' },
    'واتفق الوزيران على عقد اجتماع لدول الجوار، يضم مصر والسودان إلى جانب ليبيا، في القاهرة الشهر المقبل.'],
];

/** sentences that mention a meeting without one happening */
const NOT_EVENTS = [
  'لم يلتق الرئيس الأمريكي جو بايدن بالرئيس الصيني شي جين بينغ.',
  // a newspaper naming itself in quotes: an interview
  'والتقت «الشرق الأوسط» وزير الخارجية الإيراني عباس عراقجي في طهران.',
  'وزارت «سيدتي» الممثل الأمريكي ليوناردو دي كابريو في منزله.',
  // the press, without quotes: a word of the press, or an outlet the lexicon knows, as the subject
  'والتقت صحيفة الحياة رئيس الوزراء العراقي محمد شياع السوداني في بغداد.',
  'والتقى مراسل الجزيرة الرئيس السوري أحمد الشرع في دمشق.',
  'والتقت قناة العربية وزير الخارجية السعودي فيصل بن فرحان في الرياض.',
  'والتقت الشرق الأوسط اللندنية وزير الخارجية الإيراني عباس عراقجي في طهران.',
  // اتصل without هاتفيا: "is linked to"
  'ويتصل الأمر بالملف النووي الإيراني وبالعلاقات مع الولايات المتحدة.',
  // a negation after و or ف
  'ولم تعقد القمة بين الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي.',
  'ولن يلتقي الرئيس الفرنسي إيمانويل ماكرون بالرئيس الجزائري عبد المجيد تبون في باريس.',
  'فلا لقاء بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ في الأفق.',
  'ولا يعتزم الرئيس الأوكراني لقاء بوتين.',
  'ينبغي أن تعقد قمة بين زعيمي البلدين.',
  'وأكد أن طاولة المفاوضات بين روسيا وأوكرانيا ليست الحل.',
  'تحدث الخبراء عن أهمية المفاوضات والاجتماعات المتكررة.',
  'رفض الرئيس الأوكراني لقاء بوتين في موسكو.',
  'وقال الرئيس إنه لا يعتزم في الوقت الراهن لقاء نظيره الروسي فلاديمير بوتين.',
  // قمة as the top of something, and a top match
  'يوجد المسجد بجانب ضريح أبي وقاص والمسجد بني على قمة تل على بعد أمتار.',
  'وكان ممثل الرئيس بوتين في قمة السلطة آنذاك.',
  'وأحرز ميسي هدفين في مباراة القمة أمام ريال مدريد.',
  // لقاء as a match in sports news
  'وسيغيب إيتو أيضا عن لقاء كلاسيكو في مواجهة ريال مدريد على ملعب سانتياغو برنابيو.',
  'واستعد الأهلي بقيادة محمد أبو تريكة للقاء أسيك أبيدجان في ذهاب الدور قبل النهائي لدوري أبطال أفريقيا.',
  // وصل as "amounts to"
  'ويقول البعض إن الإمام الرضا له شركات تعمل في الولايات المتحدة ويصل عددها إلى 65 شركة.',
  'وصلت ثروة الملياردير بيل غيتس إلى 100 مليار دولار.',
  // a reception that is no one's receiving of someone
  'وأقام السفير الفرنسي حفل استقبال بمناسبة العيد الوطني في القاهرة.',
  'وتعهد الأردن بمواصلة استقبال اللاجئين السوريين في عمان.',
  // the press met as such, right after the verb
  'البابا فرنسيس يلتقي الصحفيين في الفاتيكان.',
  // a party's name, and a verb of bringing together in another clause
  'وقال رئيس كتلة اللقاء الديمقراطي وليد جنبلاط إن ما يجمع بين الرئيس السوري بشار الأسد والرئيس الإيراني هو المصلحة.',
];

describe('a planned summit between two unnamed leaders, discussed on a past day', () => {
  it('has neither that day nor who discussed it', () => {
    const doc = extractDocument('probe', 'وكان وزير الخارجية الأمريكي ماركو روبيو قد أجرى اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف يوم الاثنين الماضي، بحثا خلاله الترتيبات لعقد قمة محتملة بين الرئيسين.', g, { docDate: DOC_DATE });
    const summit = doc.events.find((e) => e.trigger.text === 'قمة');
    if (summit) {
      expect(summit.status).toBe('planned');
      expect(summit.date).toBeNull();
      expect(summit.participants).not.toContain('person:marco-rubio');
    }
    expect(doc.events.find((e) => e.type === 'call')?.participants.sort()).toEqual(['person:marco-rubio', 'person:sergey-lavrov']);
  });
});

describe('a place after a ceasefire', () => {
  it('is the ceasefire\'s, not where the meeting spoken of again was', () => {
    const text = 'استقبل الرئيس عبد الفتاح السيسي في القاهرة وفد حركة حماس. وقال المتحدث إن اللقاء تناول الجهود المصرية للتوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.location, e.mentions.length])).toEqual([['place:cairo', 2]]);
  });
});

describe('a nationality after a title after the trigger', () => {
  it('is the title\'s, not a party of its own', () => {
    const doc = extractDocument('probe', 'وجدد الملك عبدالله الثاني خلال لقائه الرئيس الباكستاني برويز مشرف الموقف الأردني.', g, { docDate: '2006-08-20' });
    expect(doc.events[0]?.participants).not.toContain('place:pakistan');
  });
});

describe('an event recalled in the pluperfect, with a day of its own', () => {
  it('is another event than the undated one the story tells', () => {
    const text = 'والتقى المبعوث الأمريكي توم باراك رئيس مجلس النواب نبيه بري في عين التينة. وكان باراك قد زار بيروت في 19 أيار الماضي، وأجرى محادثات مماثلة مع الرؤساء الثلاثة.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    const meeting = doc.events.find((e) => e.participants.includes('person:nabih-berri'));
    expect(meeting?.date).toBeNull();
    expect(meeting?.mentions.map((m) => m.trigger.text)).toEqual(['التقى']);
    const visit = doc.events.find((e) => e.trigger.text === 'زار');
    expect(visit?.date?.value).toBe('2025-05-19');
    expect(visit?.participants).toEqual(['person:tom-barrack']);
  });
  it('is the story\'s own event when its day is one of the story\'s last few', () => {
    const text = 'بحثت القمة المصرية البحرينية ضرورة وقف إطلاق النار. وكان الرئيس حسني مبارك والملك حمد بن عيسى آل خليفة قد عقدا مباحثات قمة بالقاهرة أمس.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.date?.value).toBe('2025-06-09');
    expect(doc.events[0]!.location).toBe('place:cairo');
  });
  it('is the same event when the story speaks of it again, undated', () => {
    const text = 'وكان الرئيس حسني مبارك والملك حمد بن عيسى آل خليفة قد عقدا قمة بالقاهرة أمس. وأشار الملك إلى أن قمته مع الرئيس مبارك تناولت التعاون بين البلدين.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.mentions).toHaveLength(2);
  });
});

describe('the event just told, with who attended it', () => {
  it('is that event, the attendees among its parties', () => {
    const text = 'استقبل الرئيس الجزائري عبد المجيد تبون اليوم وزير الخارجية الإيطالي أنطونيو تاياني. وقد جرى اللقاء بحضور وزير الدولة وزير الشؤون الخارجية أحمد عطاف.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.participants).toEqual(['person:abdelmadjid-tebboune', 'person:antonio-tajani', 'person:ahmed-attaf']);
    expect(doc.events[0]!.mentions.map((m) => m.trigger.text)).toEqual(['استقبل', 'اللقاء']);
  });
  it.each(['وحضر اللقاء', 'وشارك في اللقاء'])('is that event after a verb of attending too: «%s» …', (opening) => {
    const text = `استقبل الرئيس الجزائري عبد المجيد تبون اليوم وزير الخارجية الإيطالي أنطونيو تاياني. ${opening} وزير الدولة وزير الشؤون الخارجية أحمد عطاف.`;
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.participants).toEqual(['person:abdelmadjid-tebboune', 'person:antonio-tajani', 'person:ahmed-attaf']);
  });
  it('is the story\'s event a few sentences back, not one recalled from an older day on the way', () => {
    const text = 'استقبل الرئيس محمود عباس اليوم في رام الله وزير الخارجية الصيني وانغ يي. ونقل الوزير تحيات الرئيس الصيني. ' +
      'وثمن الرئيس مواقف الصين، مستذكرا زيارته إلى بكين في حزيران 2023 ولقاءه الرئيس شي جين بينغ. وحضر اللقاء أمين سر اللجنة التنفيذية حسين الشيخ.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    const today = doc.events.find((e) => e.date?.value === DOC_DATE);
    expect(today?.participants).toContain('person:hussein-al-sheikh');
    expect(doc.events.find((e) => e.participants.includes('person:xi-jinping'))?.participants).not.toContain('person:hussein-al-sheikh');
  });
});

describe('a line of who attended, with the event told by two nouns', () => {
  const told = 'استقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة اليوم الرئيس الأوكراني فولوديمير زيلينسكي.';
  it.each(['حضر اللقاء والمباحثات', 'حضر الاستقبال والمباحثات'])('«%s …» adds the attendee to the event just told', (opening) => {
    const doc = extractDocument('probe', `${told}\n${opening} وزير الخارجية الأمير فيصل بن فرحان.`, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:mohammed-bin-salman', 'person:volodymyr-zelensky', 'person:faisal-bin-farhan']]);
  });
  it('adds the people who attended, not the side they sat on, nor the principal of one\'s office', () => {
    const text = 'أجرى وزير الخارجية الروسي سيرغي لافروف اليوم محادثات في موسكو مع نظيره المصري بدر عبد العاطي.\n'
      + 'وحضر المحادثات من الجانب الروسي نائب وزير الخارجية، المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط، ميخائيل بوغدانوف.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.mentions.map((m) => m.trigger.text)).toEqual(['محادثات', 'المحادثات']);
    expect(doc.events[0]!.participants).not.toContain('place:russia');
    expect(doc.events[0]!.participants).not.toContain('person:vladimir-putin');
  });
});

describe('a country after a title in apposition after its bearer', () => {
  it('says whose office it is, not where they met: "الشيباني وزير الخارجية والمغتربين في الجمهورية العربية السورية"', () => {
    const doc = extractDocument('probe', 'وعلى هامش الزيارة التقى الشيخ عبدالله بن زايد آل نهيان معالي أسعد حسن الشيباني وزير الخارجية والمغتربين في الجمهورية العربية السورية.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants, e.location])).toEqual([[['person:abdullah-bin-zayed', 'person:asaad-al-shaibani'], null]]);
  });
});

describe('an envoy\'s region after إلى', () => {
  it('is not where the envoy meets anyone: "المبعوث الأميركي الخاص إلى الشرق الأوسط ستيف ويتكوف"', () => {
    const doc = extractDocument('probe', 'ومن المقرر أن يلتقي المبعوث الأميركي الخاص إلى الشرق الأوسط ستيف ويتكوف وزير الخارجية الإيراني عباس عراقجي السبت المقبل.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants, e.location])).toEqual([[['person:steve-witkoff', 'person:abbas-araghchi'], null]]);
  });
  it('nor after his name and title, the title\'s principal between: "هانس غروندبرغ المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"', () => {
    for (const title of ['المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا', 'المبعوث الخاص للأمم المتحدة إلى سوريا']) {
      const doc = extractDocument('probe', `ومن المقرر أن يستقبل وزير الخارجية الأردني أيمن الصفدي غدا غير بيدرسون ${title}.`, g, { docDate: DOC_DATE });
      expect(doc.events.map((e) => [e.participants, e.location])).toEqual([[['person:ayman-safadi', 'person:geir-pedersen'], null]]);
    }
  });
  it('but where the envoy went, with no name after it: "انتقل الموفد الأميركي إلى عين التينة، حيث التقى …"', () => {
    const doc = extractDocument('probe', 'ومن بعبدا انتقل الموفد الأميركي إلى عين التينة، حيث التقى رئيس مجلس النواب نبيه بري.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.location)).toEqual(['place:beirut']);
    expect(doc.events[0]!.venue).toBe('place:ain-al-tineh');
  });
});

describe('what frames a meeting', () => {
  it('is no party of it: "على هامش أعمال القمة العربية"', () => {
    const text = 'التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأوكراني فولوديمير زيلينسكي في جدة، على هامش أعمال مجلس جامعة الدول العربية.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    const meeting = doc.events.find((e) => e.participants.includes('person:volodymyr-zelensky'));
    expect(meeting?.participants).toEqual(['person:mohammed-bin-salman', 'person:volodymyr-zelensky']);
  });
});

describe('a meeting of today beside one of another day in its sentence', () => {
  it('does not take the parties of the other day\'s', () => {
    const text = 'استقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة اليوم وزير الخارجية الأمريكي ماركو روبيو.\n'
      + 'ويأتي لقاء اليوم بعد أن كان ولي العهد قد التقى الرئيس الأوكراني فولوديمير زيلينسكي في جدة يوم 19 مايو 2023، على هامش أعمال الدورة الثانية والثلاثين لمجلس جامعة الدول العربية على مستوى القمة.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    const today = doc.events.filter((e) => e.date?.value === DOC_DATE);
    expect(today.map((e) => e.participants)).toEqual([['person:mohammed-bin-salman', 'person:marco-rubio']]);
  });
});

describe('talks that lasted some hours', () => {
  it('name their parties after the duration: "محادثات استمرت نحو ثلاث ساعات في الكرملين بين بوتين و…"', () => {
    const doc = extractDocument('probe', 'وجاء الإعلان بعد محادثات استمرت نحو ثلاث ساعات في الكرملين بين بوتين والمبعوث الأمريكي ستيف ويتكوف.', g, { docDate: DOC_DATE });
    expect(doc.events[0]?.participants).toEqual(['person:vladimir-putin', 'person:steve-witkoff']);
  });
});

/** What one sentence says of its event's status and date: [why, sentence, [status, date] of each event]. */
const STATUS_AND_DATE: Array<[string, string, Array<[string, string | undefined]>]> = [
  // "على أن" and a verb in the present: to follow; حيث and a verb in the present after it, too
  ['what is to follow (على أن تعقد)', 'انتهت في برلين جولة محادثات بين خافيير سولانا وعلي لاريجاني على أن تعقد جولة جديدة اليوم.', [['occurred', undefined], ['planned', '2025-06-10']]],
  ['where it is to follow (على أن يتوجه …، حيث يلتقي)', 'ووصل الضيف إلى القاهرة، على أن يتوجه الضيف بعدها بيوم إلى مدينة العريش، حيث يلتقي نظيره الفرنسي جان نويل بارو.', [['planned', undefined]]],
  ['willing to (لا يمانع)', 'وأضاف الرئيس الروسي فلاديمير بوتين أنه لا يمانع من حيث المبدأ لقاء الرئيس الأوكراني فولوديمير زيلينسكي.', [['planned', undefined]]],
  // only possible: ahead, if at all
  ['the possibility of a meeting (إمكانية لقاء)', 'وردا على سؤال بشأن إمكانية لقاء بين بوتين والرئيس الأوكراني فولوديمير زيلينسكي، قال بيسكوف إن ذلك ممكن.', [['planned', undefined]]],
  ['the possibility of holding a summit (احتمال عقد قمة)', 'وتحدث المسؤول عن احتمال عقد قمة بين ترامب وبوتين.', [['planned', undefined]]],
  // "is expected to": ahead
  ['expected to (ينتظر أن)', 'كما ينتظر أن تتوجه وزيرة الخارجية الأمريكية كوندوليزا رايس إلى الشرق الأوسط في زيارة ستشمل إسرائيل.', [['planned', undefined]]],
  // a name that opens like a verb in the future (سيرغي، سيمون) does not put the event ahead
  ['a name opening like a future verb', 'أجرى وزير الخارجية الروسي سيرغي لافروف محادثات في موسكو مع نظيره المصري بدر عبد العاطي.', [['occurred', undefined]]],
  // a bare weekday after what is planned is the coming one: on a Tuesday, the next Monday
  ['a bare weekday after what is planned', 'أعلن الرئيس الأمريكي دونالد ترامب اليوم أنه سيجري مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين يوم الاثنين.', [['planned', '2025-06-16']]],
  // الاثنين right after a name is Monday, not "the two"
  ['Monday right after a name', 'أعلن الرئيس الأمريكي دونالد ترامب اليوم أنه سيجري مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين الاثنين.', [['planned', '2025-06-16']]],
  // the event "the day after" which the main clause tells is a day before the main clause's day, not of Monday's call;
  // the event on whose eve it was, a day after
  ['an event a day before', 'أعلن الرئيس الأمريكي دونالد ترامب اليوم أنه سيجري مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين الاثنين، غداة أول مفاوضات مباشرة بين روسيا وأوكرانيا.', [['planned', '2025-06-16'], ['occurred', '2025-06-09']]],
  ['an event a day after', 'التقى المبعوث الأمريكي ستيف ويتكوف الرئيس الروسي فلاديمير بوتين في سان بطرسبرغ في 11 أبريل 2025، عشية الجولة الأولى من المحادثات مع إيران في مسقط.', [['occurred', '2025-04-11'], ['occurred', '2025-04-12']]],
  // a past form that starts like the present ("تحادث", "ناقش") keeps its weekday the last one
  ['a past verb of form VI before a weekday', 'تحادث الرئيس المصري عبد الفتاح السيسي هاتفيا يوم الاثنين مع الرئيس الفرنسي إيمانويل ماكرون.', [['occurred', '2025-06-09']]],
  ['a past verb in ن before a weekday', 'ناقش الرئيس المصري عبد الفتاح السيسي يوم الاثنين مع الرئيس الفرنسي إيمانويل ماكرون العلاقات.', [['occurred', '2025-06-09']]],
  // قد before the present is "may"; before the past, "already"
  ['قد before the present', 'وذكرت مصادر أن ترامب قد يلتقي الرئيس السوري أحمد الشرع في الرياض.', [['planned', undefined]]],
  ['قد before the past', 'وكان الرئيس المصري عبد الفتاح السيسي قد تلقى اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب أمس.', [['occurred', '2025-06-09']]],
  // a verb in the present with a time to come in its clause, and "يوم غد" (not غداة, the day after one past)
  ['a time to come after a verb in the present (قريبا)', 'يلتقي الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس قريبا في برلين.', [['planned', undefined]]],
  ['a time to come after the parties (خلال أيام)', 'ويستقبل الملك عبد الله الثاني، وزير الخارجية الأمريكي أنتوني بلينكن، في عمان خلال أيام.', [['planned', undefined]]],
  ['a time to come after a verb in the past', 'والتقى الملك عبد الله الثاني وزير الخارجية الأمريكي أنتوني بلينكن في عمان لبحث ما سيتم قريبا.', [['occurred', undefined]]],
  ['tomorrow as "يوم غد"', 'ويعقد الرئيس المصري عبد الفتاح السيسي يوم غد اجتماعا مع الرئيس الفرنسي إيمانويل ماكرون.', [['planned', '2025-06-11']]],
  // a planned marker in quotes still says the event lies ahead
  ['a planned marker in quotes', 'وقال الكرملين إن بوتين وترامب بدآ "التحضير الفعلي" للقمة.', [['planned', undefined]]],
];
describe('a second meeting of the same day and countries', () => {
  it('is another meeting when its people are not those the first names for their countries', () => {
    const text = 'استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في القاهرة اليوم، وعقد الجانبان مباحثات بين مصر وفرنسا.\n'
      + 'ومن جانبه، عقد بدر عبد العاطي، وزير الخارجية والهجرة، جلسة مباحثات مع نظيره الفرنسي جان نويل بارو.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([
      // (Egypt and France, whose presidents stand for them, are no parties of their own)
      ['person:abdel-fattah-el-sisi', 'person:emmanuel-macron'],
      ['person:jean-noel-barrot', 'person:badr-abdelatty'],
    ]);
  });
});

describe('a list of receptions by one host', () => {
  it('gives the host named once to the receptions that name only their guest', () => {
    const text = 'واستقبل الرئيس اللبناني جوزاف عون قائد الجيش العماد رودولف هيكل.\n'
      + 'كما استقبل وزير الخارجية والمغتربين يوسف رجي، وعرض معه التحضيرات للزيارة.\n'
      + 'كما استقبل رئيس مجلس النواب نبيه بري نائب وزير الخارجية التركي.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([
      ['person:joseph-aoun', 'person:rodolphe-haykal'],
      ['person:joseph-aoun', 'person:youssef-rajji'],
      // (a title after the one named: he is the host, his guest unnamed)
      ['person:nabih-berri'],
    ]);
  });
  it('and the subject between كان and قد, named by surname', () => {
    const doc = extractDocument('probe', 'استقبل الرئيس التونسي قيس سعيد مسعد بولس.\nوكان بولس قد التقى صباح اليوم وزير الخارجية محمد علي النفطي.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:kais-saied', 'person:massad-boulos'], ['person:mohamed-ali-nafti', 'person:massad-boulos']]);
  });
});

describe('a list of meetings by one minister ("التقى", its subject unsaid after the first)', () => {
  it('gives him to the meetings that name only whom he met', () => {
    const text = 'وعلى صعيد متصل التقى وزير الخارجية الكويتي عبد الله اليحيا أمس نظيره الأوكراني أندريه سيبيها.\n'
      + 'كما التقى أمس نائب رئيس مجلس الوزراء وزير الخارجية العراقي فؤاد حسين حيث جرى بحث ترسيم الحدود.\n'
      + 'والتقى أيضا وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني.';
    expect(extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => e.participants)).toEqual([
      ['person:abdullah-al-yahya', 'person:andrii-sybiha'],
      ['person:abdullah-al-yahya', 'person:fuad-hussein'],
      ['person:abdullah-al-yahya', 'person:mohammed-bin-abdulrahman-al-thani'],
    ]);
  });
});

describe('the subject كما leaves unsaid', () => {
  it('is not one who only attended before it ("… بحضور وزير الخارجية الفرنسي … كما يلتقي غوتيريش")', () => {
    const doc = extractDocument('probe', 'ومن المقرر ان يشارك وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني غدا في الاجتماع الوزاري المشترك بين دول مجلس التعاون والاتحاد الأوروبي بحضور وزير الخارجية الفرنسي جان نويل بارو كما يلتقي الامين العام للامم المتحدة انطونيو غوتيريش قريبا.', g, { docDate: DOC_DATE });
    expect(doc.events.at(-1)?.participants.slice().sort()).toEqual(['person:antonio-guterres', 'person:mohammed-bin-abdulrahman-al-thani']);
  });
});

describe('a noun of means in a clause whose subject goes unsaid', () => {
  it('is the traveller\'s ("…، قبل أن يختتم جولته في روما بلقاء ميلوني")', () => {
    const doc = extractDocument('probe', 'ومن المقرر أن يتوجه الرئيس الفرنسي إيمانويل ماكرون غدا إلى برلين، حيث يلتقي المستشار الألماني أولاف شولتس، قبل أن يختتم جولته في روما بلقاء رئيسة الوزراء الإيطالية جورجيا ميلوني.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.status, [...e.participants].sort(), e.location])).toEqual([
      ['planned', ['person:emmanuel-macron', 'person:olaf-scholz'], 'place:berlin'],
      ['planned', ['person:emmanuel-macron', 'person:giorgia-meloni'], 'place:rome'],
    ]);
  });
});

describe('the owner of a noun with his pronoun, past a comma', () => {
  it('is the subject a verb after و leaves unsaid ("شدد ماكرون …، وأعلن إرجاء زيارته"), not the parties of the event before', () => {
    const doc = extractDocument('probe', 'والتقى وزير الخارجية الأمريكي ماركو روبيو نظيره الروسي سيرغي لافروف أمس. في المقابل، شدد الرئيس الفرنسي إيمانويل ماكرون على أهمية الحوار، وأعلن إرجاء زيارته إلى المغرب التي كانت مقررة غدا.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, e.status, e.participants, e.location])).toEqual([
      ['meeting', 'occurred', ['person:marco-rubio', 'person:sergey-lavrov'], null],
      ['visit', 'cancelled', ['person:emmanuel-macron'], 'place:morocco'],
    ]);
  });
});

describe('a visit under way', () => {
  it('is where its guest meets on a day of the story, as planned; not a meeting still to be fixed', () => {
    const placed = (second: string): Array<string | null> =>
      extractDocument('probe', `ووصل الرئيس الفلسطيني محمود عباس إلى عمان مساء أمس قادما من القاهرة. ${second}`, g, { docDate: DOC_DATE }).events.filter((e) => e.type === 'meeting').map((e) => e.location);
    expect(placed('ومن المقرر أن يلتقي الرئيس عباس غدا رئيس الوزراء الأردني جعفر حسان، على أن يعود بعدها إلى رام الله.')).toEqual(['place:amman']);
    expect(placed('ويجري التحضير لاجتماع بين الرئيس عباس ورئيس الوزراء الأردني جعفر حسان.')).toEqual([null]);
  });
});

describe('officials of countries who only attended', () => {
  it('make no parties of their countries ("بحضور وزيري خارجية الأردن والعراق")', () => {
    const doc = extractDocument('probe', 'والتقى الرئيس السيسي رئيس الوزراء مصطفى مدبولي بحضور وزيري خارجية الأردن والعراق في القاهرة.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:abdel-fattah-el-sisi', 'person:mostafa-madbouly']]);
  });
});

describe('a meeting told after كما in the sentence of another', () => {
  it('takes that one\'s place and day when it names none; a call does not', () => {
    const doc = extractDocument('probe', 'وكان وزير الخارجية الأمريكي ماركو روبيو قد زار العاصمة القطرية الدوحة أمس، حيث التقى أمير قطر الشيخ تميم بن حمد آل ثاني، كما أجرى مباحثات منفصلة مع رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني، كما أجرى اتصالا هاتفيا مع وزير الخارجية الإسرائيلي جدعون ساعر.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, e.location, e.date?.value])).toEqual([
      ['meeting', 'place:doha', '2025-06-09'],
      ['meeting', 'place:doha', '2025-06-09'],
      ['call', null, undefined],
    ]);
  });
});

describe('a meeting called off, in the sentence of another', () => {
  it('lends that other no parties ("ويأتي اللقاء بعد إلغاء اجتماع … التي تضم …"); the group\'s clause names its members', () => {
    const doc = extractDocument('probe', 'والتقى الرئيس السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة. ويأتي اللقاء بعد إلغاء اجتماع وزاري للجنة الرباعية، التي تضم مصر والأردن والعراق والسعودية، كان مقررا في بغداد.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.status, e.participants, e.location])).toEqual([
      ['occurred', ['person:abdel-fattah-el-sisi', 'person:abdullah-ii'], 'place:cairo'],
      ['cancelled', ['place:egypt', 'place:jordan', 'place:iraq', 'place:saudi-arabia'], 'place:baghdad'],
    ]);
  });
});

describe('a meeting a relative clause tells', () => {
  it('has the parties, place and day that clause gives ("اللقاء الذي جمع روبيو ولافروف في الرياض")', () => {
    const doc = extractDocument('probe', 'وجاء اتصال اليوم بعد ثلاثة أشهر من اللقاء الذي جمع وزير الخارجية الأمريكي ماركو روبيو ونظيره الروسي سيرغي لافروف في الرياض في 18 فبراير 2025.', g, { docDate: DOC_DATE });
    const meeting = doc.events.find((e) => e.type === 'meeting');
    expect([meeting?.participants, meeting?.location, meeting?.date?.value]).toEqual([['person:marco-rubio', 'person:sergey-lavrov'], 'place:riyadh', '2025-02-18']);
  });
  it('or its own verb with the event as its pronoun ("الاتصال الهاتفي الذي تلقاه تبون من نظيره الفرنسي")', () => {
    const doc = extractDocument('probe', 'وتأتي الزيارة تنفيذا لمخرجات الاتصال الهاتفي الذي تلقاه الرئيس الجزائري عبد المجيد تبون من نظيره الفرنسي إيمانويل ماكرون يوم 31 مارس.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, e.participants, e.date?.value])).toEqual([['call', ['person:abdelmadjid-tebboune', 'person:emmanuel-macron'], '2025-03-31']]);
  });
  it('has the place, day and parties of a clause that says it took place ("الاجتماع الذي جرى أمس في الدوحة بين …")', () => {
    const doc = extractDocument('probe', 'وكان الاجتماع الذي جرى أمس في الدوحة بين وزير الخارجية الإيراني عباس عراقجي ونظيره العماني بدر البوسعيدي قد تناول الملف النووي.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants, e.location, e.date?.value])).toEqual([[['person:abbas-araghchi', 'person:badr-albusaidi'], 'place:doha', '2025-06-09']]);
  });
  it.each([
    ['وشارك الرئيس السيسي في القمة العربية التي عقدت في بغداد يوم 17 مايو.', 'occurred', 'place:baghdad'],
    ['وأشاد الأمير بالقمة الخليجية التي ستعقد في الكويت الشهر المقبل.', 'planned', 'place:kuwait'],
    ['وتناولت المحادثات التي جرت في مسقط بين الوفدين الأمريكي والإيراني الملف النووي.', 'occurred', 'place:muscat'],
  ])('where it took place, after the noun\'s adjectives too: «%s»', (sentence, status, place) => {
    const doc = extractDocument('probe', sentence, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.status, e.location])).toEqual([[status, place]]);
  });
  it('keeps apart two summits of one organisation in two places ("القمة العربية التي عقدت في بغداد")', () => {
    const doc = extractDocument('probe', 'والتقى الرئيس السيسي العاهل الأردني على هامش القمة العربية في القاهرة. وشارك السيسي في القمة العربية التي عقدت في بغداد يوم 17 مايو.', g, { docDate: DOC_DATE });
    expect(doc.events.filter((e) => e.subtype === 'summit').map((e) => e.location)).toEqual(['place:cairo', 'place:baghdad']);
  });
  it('takes no date from "since" when it is the first ("أول لقاء بين الرئيسين منذ 25 عاما")', () => {
    const doc = extractDocument('probe', 'والتقى الرئيس السوري أحمد الشرع الرئيس الأمريكي دونالد ترامب في الرياض، في أول لقاء بين رئيسين سوري وأمريكي منذ 25 عاما.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.date?.value)).toEqual([undefined]);
  });
  it('is the event just told when a pronoun points back, planned as it is ("في ثالث لقاء بينهما")', () => {
    const doc = extractDocument('probe', 'وذكرت مصادر أن ويتكوف سيلتقي الرئيس الروسي فلاديمير بوتين في سانت بطرسبرغ، في ثالث لقاء بينهما منذ مطلع العام.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.status, e.participants, e.mentions.length])).toEqual([['planned', ['person:vladimir-putin', 'person:steve-witkoff'], 2]]);
  });
});

describe('a personal envoy', () => {
  it('meets for his principal, who is no party ("المبعوث الشخصي للأمين العام للأمم المتحدة")', () => {
    const doc = extractDocument('probe', 'استقبل رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان، بمكتبه ببورتسودان اليوم، المبعوث الشخصي للأمين العام للأمم المتحدة للسودان السيد رمطان لعمامرة، بحضور وزير الخارجية السفير علي يوسف الشريف.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:abdel-fattah-al-burhan', 'person:ramtane-lamamra', 'person:ali-youssef-al-sharif']]);
  });
});

describe('the president\'s senior adviser', () => {
  it('is the adviser the text names, not the president ("كبير مستشاري الرئيس الأمريكي")', () => {
    const text = 'استقبل الرئيس التونسي قيس سعيد اليوم مسعد بولس في قصر قرطاج.\nوكان كبير مستشاري الرئيس الأمريكي قد وصل إلى تونس الأحد.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, e.participants])).toEqual([['meeting', ['person:kais-saied', 'person:massad-boulos']], ['visit', ['person:massad-boulos']]]);
  });
});

describe('a visit called off', () => {
  it('is where the verb before said it was to go, not where a comment on it was made', () => {
    const doc = extractDocument('probe', 'وكان من المقرر أن يصل ويتكوف وكوشنر إلى مصر، قبل أن تُرجأ زيارتهما، وهو ما فسره دبلوماسي عربي في لندن.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.status, e.location])).toEqual([['planned', 'place:egypt'], ['cancelled', 'place:egypt']]);
  });
});

describe('parties named by titles no one in the lexicon holds alone', () => {
  it('are not those of the event before ("والتقى رئيس الوزراء الليبي … السفير الأمريكي")', () => {
    const text = 'استقبل الرئيس السوداني في بورتسودان أمس المبعوث الأممي. والتقى رئيس الوزراء الليبي في طرابلس السفير الأمريكي. والتقى رئيس الوزراء الليبي السفير البريطاني.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants, e.location])).toEqual([[['person:abdel-fattah-al-burhan'], 'place:port-sudan'], [[], 'place:tripoli']]);
  });
  it('but one minister of the country the document names is "الوزير" of that country, deputies aside', () => {
    const text = 'وأرجئ اجتماع بين نائبي وزير الخارجية الإيراني مجيد تخت روانجي وكاظم غريب آبادي وممثلين أوروبيين. '
      + 'وقال وزير الخارجية الإيراني عباس عراقجي إن المحادثات مستمرة. وكان الوزير الإيراني قد زار بكين في 23 أبريل، حيث التقى نظيره الصيني وانغ يي.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.find((e) => e.location === 'place:beijing')?.participants).toEqual(['person:abbas-araghchi', 'person:wang-yi']);
  });
});

describe('talks held by telephone', () => {
  it.each([
    'وبحث الرئيس السيسي، الخميس الماضي، في اتصال هاتفي مع الشيخ تميم بن حمد آل ثاني تطورات الأوضاع.',
    'وبحث الرئيس السيسي خلال اتصال هاتفي مع الشيخ تميم بن حمد آل ثاني تطورات الأوضاع.',
    'وناقش الرئيس السيسي هاتفيا مع الشيخ تميم بن حمد آل ثاني تطورات الأوضاع.',
  ])('are one call with both: «%s»', (text) => {
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, [...e.participants].sort()])).toEqual([['call', ['person:abdel-fattah-el-sisi', 'person:tamim-bin-hamad-al-thani']]]);
  });
});

describe('a title that says what the office is before its holder\'s name', () => {
  it('names the holder after the comma ("مع أخيه رئيس المرحلة الانتقالية في جمهورية مالي، الجنرال آسيمي غويتا")', () => {
    const doc = extractDocument('probe', 'وأجرى الرئيس الموريتاني محمد ولد الشيخ الغزواني اتصالا هاتفيا مع أخيه رئيس المرحلة الانتقالية في جمهورية مالي، الجنرال آسيمي غويتا، تناول العلاقات الثنائية.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, [...e.participants].sort()])).toEqual([['call', ['person:assimi-goita', 'person:mohamed-ould-ghazouani']]]);
  });
});

describe('"رئيس الجمهورية" in a state agency\'s copy', () => {
  const dispatch = (agency: string, body: string): string => `${agency}\n\nرئيس الجمهورية يستقبل وزير الخارجية السنغالي\n\n${body}`;
  it('is the president of the agency\'s country when it is a republic', () => {
    const doc = extractDocument('probe', dispatch('الوكالة الموريتانية للأنباء', 'استقبل رئيس الجمهورية، قبيل الظهر، بالقصر الرئاسي في نواكشوط وزير الخارجية السنغالي الشيخ نيانغ.'), g, { docDate: DOC_DATE });
    expect(doc.events[0]?.participants).toContain('person:mohamed-ould-ghazouani');
  });
  it('and no one of a monarchy\'s (a Kuwaiti agency\'s president is another country\'s)', () => {
    const doc = extractDocument('probe', dispatch('وكالة الأنباء الكويتية - كونا', 'التقى سمو ولي العهد رئيس الجمهورية في بيروت.'), g, { docDate: DOC_DATE });
    expect(doc.events.flatMap((e) => e.participants)).not.toContain('person:mishal-al-ahmad-al-jaber-al-sabah');
  });
});

describe('a national office with no country in a state agency\'s copy', () => {
  const ona = (body: string): string => `وكالة الأنباء العمانية\n\nسلطنة عمان تستضيف المحادثات\n\n${body}`;
  it('is the agency\'s country\'s, honorifics before it ("وكان معالي السيد وزير الخارجية قد تلقى")', () => {
    const doc = extractDocument('probe', ona('وكان معالي السيد وزير الخارجية قد تلقى أمس اتصالا هاتفيا من صاحب السمو الأمير فيصل بن فرحان آل سعود وزير خارجية المملكة العربية السعودية.'), g, { docDate: '2025-04-26' });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:faisal-bin-farhan', 'person:badr-albusaidi']]);
  });
  it('and the agency\'s own official is whom its honorific pronoun stands for, named first or not', () => {
    const doc = extractDocument('probe', ona('واستضافت سلطنة عمان اليوم المحادثات برئاسة معالي الدكتور عباس عراقجي وزير خارجية الجمهورية الإسلامية الإيرانية، وبوساطة معالي السيد بدر بن حمد البوسعيدي وزير الخارجية.\n\nومن المقرر أن يستقبل معاليه غدا الأحد سعادة هانس غروندبرغ.'), g, { docDate: '2025-04-26' });
    expect(doc.events.at(-1)?.participants).toEqual(['person:badr-albusaidi', 'person:hans-grundberg']);
  });
});

describe('an office the titles table lacks words of, then "في" and its country and the holder', () => {
  it('is of that country, which is no place of the meeting', () => {
    for (const text of [
      'والتقى وزير الخارجية الكويتي عبد الله اليحيا كذلك رئيس مجلس السيادة الانتقالي في جمهورية السودان الفريق أول ركن عبد الفتاح البرهان.',
      'والتقى وزير الخارجية الكويتي عبد الله اليحيا أيضا وزير الخارجية وشؤون المغتربين في الجمهورية اليمنية الدكتور شائع محسن الزنداني.',
    ]) expect(extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => e.location)).toEqual([null]);
  });
});

describe('who asked for it', () => {
  it('is no party ("أرجئ الاجتماع بطلب من الوزير العماني")', () => {
    const doc = extractDocument('probe', 'وقال المتحدث إسماعيل بقائي إن الاجتماع "أرجئ بطلب من وزير الخارجية العماني بدر البوسعيدي".', g, { docDate: DOC_DATE });
    expect(doc.events.flatMap((e) => e.participants)).not.toContain('person:badr-albusaidi');
  });
});

describe('a headline', () => {
  it('tells the body\'s event, whose status and date the body states ("ترامب يعلن مكالمة مع بوتين الاثنين")', () => {
    const text = 'ترامب يعلن مكالمة مع بوتين الاثنين\n\nأعلن الرئيس الأمريكي دونالد ترامب اليوم أنه سيجري مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين الاثنين.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.headline?.text).toBe('ترامب يعلن مكالمة مع بوتين الاثنين');
    expect(doc.events.map((e) => [e.type, e.status, e.date?.value, e.mentions.length])).toEqual([['call', 'planned', '2025-06-16', 2]]);
  });
  it('keeps its own event when it says the event happened ("غادر ويتكوف الكرملين إثر انتهاء الاجتماع")', () => {
    const text = 'غادر ويتكوف الكرملين إثر انتهاء الاجتماع مع بوتين\n\nومن المقرر أن يلتقي المبعوث الأمريكي ستيف ويتكوف الرئيس الروسي فلاديمير بوتين مجددا الأسبوع المقبل.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.status)).toEqual(['occurred', 'planned']);
  });
});

describe('status and date', () => {
  it.each(STATUS_AND_DATE)('%s: «%s»', (_, sentence, expected) => {
    const doc = extractDocument('probe', sentence, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.status, e.date?.value])).toEqual(expected);
  });
});

describe('mentions that point back to a meeting just named', () => {
  it('join it, whatever else their sentence names', () => {
    const text = 'التقى الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين في قاعدة عسكرية في ألاسكا يوم الجمعة، في أول قمة تجمعهما منذ عودة ترامب إلى البيت الأبيض.\n'
      + 'وقال ترامب للصحفيين عقب القمة إن اللقاء كان مثمرا، مضيفا أنه سيلتقي الرئيس الأوكراني فولوديمير زيلينسكي في واشنطن الاثنين المقبل.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    const summits = doc.events.filter((e) => e.participants.includes('person:donald-trump') && e.participants.includes('person:vladimir-putin'));
    expect(summits).toHaveLength(1);
    expect(summits[0]!.location).toBe('place:alaska');
    expect(summits[0]!.mentions.map((m) => m.trigger.text)).toEqual(['التقى', 'قمة', 'القمة', 'اللقاء']);
    const planned = doc.events.find((e) => e.status === 'planned');
    expect(planned?.participants).toContain('person:volodymyr-zelensky');
    expect(planned?.mentions.map((m) => m.trigger.text)).toEqual(['سيلتقي']);
  });
});

describe('a noun with a pronoun, and someone named before it', () => {
  it('is not theirs across a clause with a subject of its own (كما …)', () => {
    const text = 'وأعلن وزير الخارجية السعودي فيصل بن فرحان ترحيب المملكة بالاتفاق كما ستناقش اللجنة الوزارية في اجتماعها المقبل تفاصيله.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.entities.map((e) => e.id)).toContain('person:faisal-bin-farhan');
    expect(doc.events.flatMap((e) => e.participants)).not.toContain('person:faisal-bin-farhan');
  });
});

describe('a verb with و after the parties', () => {
  it('opens a clause of its own: the sender of a letter received is no party', () => {
    const d = extractDocument('probe', 'استقبل الرئيس جوزيف عون وزير الخارجية العراقي وتسلم رسالة خطية من رئيس الوزراء العراقي محمد شياع السوداني.', g, { docDate: DOC_DATE });
    expect(d.events.map((e) => e.participants)).toEqual([['person:joseph-aoun', 'person:fuad-hussein']]);
  });
});

describe('a meeting of a region\'s ministers after an unrelated call', () => {
  it('is the region\'s organisation\'s, not the call\'s parties', () => {
    const text = 'وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع العاهل الأردني الملك عبد الله الثاني. وستبحث الخطة في اجتماع وزراء الخارجية العرب في القاهرة الأسبوع المقبل.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    const meeting = doc.events.find((e) => e.type === 'meeting');
    expect(meeting?.participants).toEqual(['org:arab-league']);
  });
});

describe('a headline event in a town, the body in the palace named after it', () => {
  it('is one event, at the palace', () => {
    const text = 'سعيد يلتقي تبون في قرطاج\n\nاستقبل الرئيس التونسي قيس سعيد، اليوم، في قصر قرطاج، الرئيس الجزائري عبد المجيد تبون، وبحثا العلاقات الثنائية.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.venue).toBe('place:carthage-palace');
    expect(doc.events[0]!.participants.sort()).toEqual(['person:abdelmadjid-tebboune', 'person:kais-saied']);
  });
  it('but not a venue in another country whose name a town’s ends (البيت الأبيض; الأبيض, a city in Sudan)', () => {
    const text = 'التقى الرئيس الأمريكي دونالد ترامب الرئيس الفرنسي إيمانويل ماكرون في مدينة الأبيض السودانية. واستقبل ترامب ماكرون في البيت الأبيض.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.location)).toEqual(['place:el-obeid', 'place:washington-dc']);
  });
});

describe('events', () => {
  it.each(EVENTS)('%j from «%s»', (want, sentence) => {
    const doc = extractDocument('probe', sentence, g, { docDate: DOC_DATE });
    const hit = doc.events.find((e) => (e.type === want.type || (want.type !== 'call' && e.type !== 'call')) && e.status === want.status
      && want.participants.every((p) => e.participants.includes(p)));
    expect(hit, JSON.stringify(doc.events.map((e) => [e.type, e.status, e.participants, e.location]))).toBeDefined();
    if (want.location !== undefined) expect(hit!.location).toBe(want.location);
    if (want.date !== undefined) expect(hit!.date?.value ?? null).toBe(want.date);
    // every participant and location is an entity of the document
    const ids = new Set(doc.entities.map((e) => e.id));
    for (const p of hit!.participants) expect(ids.has(p)).toBe(true);
    if (hit!.location) expect(ids.has(hit!.location)).toBe(true);
    expect(hit!.cameo).toMatch(/^0(36|4[0-6])$/);
  });

  it.each(NOT_EVENTS)('no event in «%s»', (sentence) => {
    expect(extractDocument('probe', sentence, g, { docDate: DOC_DATE }).events).toEqual([]);
  });

  it('reports one event per real-world meeting however often it is mentioned', () => {
    const text = [
      'بوتين يلتقي ويتكوف في الكرملين',
      '',
      'استقبل الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف في الكرملين. وقال بيسكوف إن اللقاء بين بوتين وويتكوف استمر ثلاث ساعات.',
    ].join('\n');
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.location).toBe('place:moscow');
    expect(doc.events[0]!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('reads how long it lasted from a verb before a general word for the talks', () => {
    const doc = extractDocument('probe', 'التقى الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين في ألاسكا، في أول قمة تجمعهما، واستمرت المحادثات نحو ثلاث ساعات.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.duration?.value)).toEqual(['PT3H']);
  });

  it('reads how long a meeting lasted, as an ISO 8601 duration', () => {
    const doc = extractDocument('probe', 'والتقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في اجتماع استمر قرابة ثلاث ساعات ونصف.', g, { docDate: DOC_DATE });
    expect(doc.events[0]?.duration).toMatchObject({ value: 'PT3H30M', mod: 'APPROX', text: 'قرابة ثلاث ساعات ونصف' });
  });

  it('reports a cancelled visit as cancelled, never as occurred', () => {
    const doc = extractDocument('probe', 'وأعلنت الرئاسة إلغاء الزيارة المقررة للرئيس الفرنسي إيمانويل ماكرون إلى الجزائر.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, e.status, e.location])).toEqual([['visit', 'cancelled', 'place:algeria']]);
  });

  it('keeps meetings of one person with different counterparts apart', () => {
    const text = 'وسيستقبل الرئيس فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي الأسبوع المقبل. ولم يحدد موعد القمة المرتقبة بين بوتين والرئيس الأمريكي دونالد ترامب.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [...e.participants].sort())).toEqual([
      ['person:narendra-modi', 'person:vladimir-putin'],
      ['person:donald-trump', 'person:vladimir-putin'],
    ]);
  });

  it('keeps two meetings of the same people apart when place and date differ', () => {
    const text = 'التقى بوتين وويتكوف اليوم في موسكو، بعد لقاء سابق جرى في 11 أبريل بمدينة سان بطرسبورغ.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.location).sort()).toEqual(['place:moscow', 'place:saint-petersburg']);
  });
});

describe('the place of the story', () => {
  const page = (lead: string, ...body: string[]): string => ['تعزيز العلاقات بين البلدين', '', lead, '', ...body].join('\n');
  const places = (text: string): Array<[string, string | null]> =>
    extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => [e.type, e.location]);

  it('is the dateline\'s for the story\'s own events that name no place', () => {
    expect(places(page('واشنطن - بنا:', 'التقى ولي العهد الأمير سلمان بن حمد آل خليفة، أمس، وزير الخارجية الأمريكي ماركو روبيو.'))).toEqual([['meeting', 'place:washington-dc']]);
    expect(places(page('القاهرة 10-6-2025 وفا- التقى الرئيس محمود عباس، اليوم، الأمين العام للأمم المتحدة أنطونيو غوتيريش.'))).toEqual([['meeting', 'place:cairo']]);
  });
  it('is not given to a call, an event of another day, or one told as background', () => {
    expect(places(page('واشنطن - بنا:', 'وتلقى ولي العهد الأمير سلمان بن حمد آل خليفة اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.'))).toEqual([['call', null]]);
    expect(places(page('واشنطن - بنا:', 'والتقى ولي العهد الأمير سلمان بن حمد آل خليفة وزير الخارجية الأمريكي ماركو روبيو في 3 مارس الماضي.'))).toEqual([['meeting', null]]);
    expect(places(page('واشنطن - بنا:', 'وكان ولي العهد الأمير سلمان بن حمد آل خليفة قد التقى وزير الخارجية الأمريكي ماركو روبيو.'))).toEqual([['meeting', null]]);
  });
  it('is no dateline\'s when the lead opens with a sentence, or with news compiled from agencies', () => {
    expect(places(page('واشنطن تستضيف محادثات جديدة، والتقى ولي العهد الأمير سلمان بن حمد آل خليفة، أمس، وزير الخارجية الأمريكي ماركو روبيو.'))).toEqual([['meeting', null]]);
    expect(places(page('عواصم - وكالات: التقى ولي العهد الأمير سلمان بن حمد آل خليفة، أمس، وزير الخارجية الأمريكي ماركو روبيو.'))).toEqual([['meeting', null]]);
  });
  it('is the place of the visit an event of the visitor belongs to, before the dateline\'s', () => {
    const text = page('الرياض - واس:', 'وصل ولي العهد الأمير محمد بن سلمان أمس إلى باريس في زيارة رسمية.', 'والتقى ولي العهد الرئيس الفرنسي إيمانويل ماكرون.',
      'كما التقى ولي العهد رئيسة المفوضية الأوروبية أورسولا فون دير لاين.');
    expect(extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => [e.participants, e.location])).toEqual([
      [['person:mohammed-bin-salman', 'person:emmanuel-macron'], 'place:paris'],
      [['person:mohammed-bin-salman', 'person:ursula-von-der-leyen'], 'place:paris'],
    ]);
  });
});

describe('a minister\'s meetings on the sidelines of a conference (an agency\'s list)', () => {
  const parties = (text: string): string[][] => extractDocument('probe', text, g, { docDate: '2025-02-15' }).events.map((e) => e.participants);
  it('names the object after what frames the meeting, set off by a comma', () => {
    expect(parties('التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، على هامش أعمال مؤتمر ميونخ للأمن المنعقد في جمهورية ألمانيا الاتحادية، وزير خارجية أوكرانيا أندريه سيبيها، وجرى خلال اللقاء استعراض العلاقات.'))
      .toEqual([['person:faisal-bin-farhan', 'person:andrii-sybiha']]);
  });
  it('reads "سمو وزير الخارجية" as its bearer, and the office with a country after it as the object', () => {
    const text = 'التقى صاحب السمو الأمير فيصل بن فرحان وزير الخارجية وزير خارجية أوكرانيا في ميونخ. والتقى سمو وزير الخارجية وزيرة خارجية جمهورية ألمانيا الاتحادية أنالينا بيربوك، واستعرض الجانبان العلاقات.';
    expect(parties(text).at(-1)).toEqual(['person:faisal-bin-farhan', 'person:annalena-baerbock']);
  });
  it('takes no organisation of the object\'s title for a party, nor the country of the title for the place', () => {
    const kallas = extractDocument('probe', 'والتقى الوزير الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية نائبة رئيسة المفوضية الأوروبية كايا كالاس.', g, { docDate: '2025-02-15' });
    expect(kallas.events.map((e) => e.participants)).toEqual([['person:kaja-kallas']]);
    const fuad = extractDocument('probe', 'والتقى وزير الخارجية الأردني أيمن الصفدي نائب رئيس مجلس الوزراء وزير الخارجية في جمهورية العراق الدكتور فؤاد حسين.', g, { docDate: '2025-02-15' });
    expect(fuad.events.map((e) => [e.participants, e.location])).toEqual([[['person:ayman-safadi', 'person:fuad-hussein'], null]]);
  });
  it('takes no one for the principal of an ambassador written in the construct state ("سفير خادم الحرمين الشريفين لدى ألمانيا")', () => {
    const doc = extractDocument('probe', 'والتقى وزير الخارجية الصيني وانغ يي في ميونخ وفدا سعوديا. وحضر اللقاء سفير خادم الحرمين الشريفين لدى جمهورية ألمانيا الاتحادية.', g, { docDate: '2025-02-15' });
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['person:wang-yi']);
  });
});

describe('a meeting told in a relative clause on a place the traveller came from', () => {
  it('is the traveller\'s, on its own day, not the day of the visit it is told beside', () => {
    const doc = extractDocument('probe', 'ويصل زيلينسكي اليوم إلى أنقرة لإجراء مباحثات مع الرئيس التركي رجب طيب أردوغان، قادماً من الإمارات التي التقى فيها أمس رئيس الدولة الشيخ محمد بن زايد آل نهيان في أبوظبي.', g, { docDate: DOC_DATE });
    const abuDhabi = doc.events.find((e) => e.location === 'place:abu-dhabi');
    expect([abuDhabi?.participants.sort(), abuDhabi?.date?.value]).toEqual([['person:mohamed-bin-zayed', 'person:volodymyr-zelensky'], '2025-06-09']);
  });
});

describe('not a call', () => {
  it('is a connection to something no one is ("الاتصال بالإنترنت")', () => {
    expect(extractDocument('probe', 'وانقطع الاتصال بالإنترنت في المنطقة. وأكد ضرورة الاتصال بين البلدين.', g, { docDate: DOC_DATE }).events).toEqual([]);
  });
});

describe('the Palestinian presidency\'s copy (WAFA)', () => {
  const text = ['سيادة الرئيس يلتقي نظيره المصري في القاهرة', '',
    'القاهرة 4-3-2025 وفا- التقى رئيس دولة فلسطين محمود عباس، اليوم الثلاثاء، أخاه الرئيس المصري عبد الفتاح السيسي.', '',
    'والتقى سيادته، أخاه ملك مملكة البحرين حمد بن عيسى آل خليفة، رئيس الدورة الـ33 للقمة العربية.', '',
    'وأكد الرئيس على احترام لبنان وسيادته على أراضيه.', '',
    'وتلقى الرئيس عباس، أمس، اتصالا هاتفيا من ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية الأمير محمد بن سلمان.'].join('\n');
  const doc = extractDocument('probe', text, g);
  it('reads "سيادته" after a verb as the president the agency names first, not a country\'s sovereignty', () => {
    expect(doc.events.find((e) => e.participants.includes('person:hamad-bin-isa-al-khalifa'))?.participants.sort()).toEqual(['person:hamad-bin-isa-al-khalifa', 'person:mahmoud-abbas']);
    const abbas = doc.entities.find((e) => e.id === 'person:mahmoud-abbas')!;
    expect(abbas.mentions.filter((m) => m.rule === 'honorific pronoun').map((m) => m.text)).toEqual(['سيادته']);
  });
  it('takes the caller named after the country of his office', () => {
    expect(doc.events.find((e) => e.type === 'call')?.participants.sort()).toEqual(['person:mahmoud-abbas', 'person:mohammed-bin-salman']);
  });
});

describe('the UN envoy\'s rounds, told by his office (Asharq Al-Awsat)', () => {
  const text = 'التقى المبعوث الأممي هانس غروندبرغ العليمي في الرياض. ولم تقتصر لقاءات غروندبيرغ في الرياض على رئيس مجلس القيادة؛ إذ التقى أيضاً السفير السعودي لدى اليمن محمد آل جابر.\n' +
    'وكان المبعوث الأممي قد زار العاصمة العمانية مسقط الأسبوع الماضي، حيث التقى محمد عبد السلام، كما أجرى مباحثات منفصلة مع وزير الخارجية العماني بدر البوسعيدي.\n' +
    'وتلقى وزير الخارجية الزنداني اتصالاً هاتفياً من المبعوث الأميركي الخاص إلى اليمن تيم ليندركينغ.';
  const doc = extractDocument('probe', text, g, { docDate: '2025-01-15' });
  const withParty = (id: string): string[] | undefined => doc.events.find((e) => e.participants.includes(id))?.participants.slice().sort();
  it('gives "المبعوث الأممي" the UN for its office, and its holder to the clauses after حيث and كما', () => {
    expect(withParty('person:mohammed-abdulsalam')).toEqual(['person:hans-grundberg', 'person:mohammed-abdulsalam']);
    expect(withParty('person:badr-albusaidi')).toEqual(['person:badr-albusaidi', 'person:hans-grundberg']);
  });
  it('carries the subject over a semicolon to a sentence that opens with إذ', () => {
    expect(withParty('person:mohammed-al-jaber')).toEqual(['person:hans-grundberg', 'person:mohammed-al-jaber']);
  });
  it('takes the caller named after the region of his office ("المبعوث الأميركي الخاص إلى اليمن تيم ليندركينغ")', () => {
    expect(doc.events.find((e) => e.type === 'call')?.participants.slice().sort()).toEqual(['person:shaya-al-zindani', 'person:tim-lenderking']);
  });
});

describe('a visit recalled in the pluperfect with a week of its own', () => {
  it('is not where the story\'s meeting with one of its parties was', () => {
    const text = 'التقى المبعوث الأممي هانس غروندبرغ العليمي في الرياض أمس. والتقى غروندبرغ أيضاً السفير السعودي لدى اليمن محمد آل جابر.\n' +
      'وكان المبعوث الأممي قد زار العاصمة العمانية مسقط الأسبوع الماضي، حيث التقى محمد عبد السلام.';
    const doc = extractDocument('probe', text, g, { docDate: '2025-01-15' });
    const jaber = doc.events.find((e) => e.participants.includes('person:mohammed-al-jaber'));
    expect([jaber?.location, jaber?.mentions.length]).toEqual([null, 1]);
  });
});

describe('a saying verb\'s subject known by surname', () => {
  it('takes no common noun after it for part of the name ("واتهم هيج الجماعة بوضع العراقيل")', () => {
    const doc = extractDocument('probe', 'أفادت مصادر بتأجيل المفاوضات بين الوفد الحكومي برئاسة هادي هيج ووفد الحوثيين. واتهم هيج الجماعة بوضع العراقيل.', g, { docDate: '2025-01-15' });
    expect(doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('هيج الجماعة');
  });
});

describe('who attended, after the place of the event just told', () => {
  it('joins that event ("وجرى اللقاء بقصر المرادية بحضور السيد عطاف")', () => {
    const doc = extractDocument('probe', 'استقبل رئيس الجمهورية عبد المجيد تبون أمس وزير الخارجية الفرنسي جان نويل بارو. وجرى اللقاء بقصر المرادية بحضور السيد عطاف، ودام أزيد من ساعتين.', g, { docDate: '2025-04-07' });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:abdelmadjid-tebboune', 'person:jean-noel-barrot', 'person:ahmed-attaf']]);
  });
});

describe('a verb of meeting with its object as a pronoun', () => {
  const parties = (text: string): string[][] => extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => e.participants);
  it('has for a party the one its sentence is about ("حيث استقبله الرئيس بوتين", "قبل أن يستقبله الرئيس تبون")', () => {
    expect(parties('زار وزير الخارجية التركي هاكان فيدان العاصمة الروسية موسكو في 26 مايو، حيث استقبله الرئيس فلاديمير بوتين في الكرملين.'))
      .toEqual([['person:hakan-fidan', 'person:vladimir-putin']]);
    expect(parties('أجرى وزير الخارجية الفرنسي جان نويل بارو محادثات في الجزائر مع نظيره أحمد عطاف، قبل أن يستقبله الرئيس عبد المجيد تبون.').at(-1))
      .toEqual(['person:abdelmadjid-tebboune', 'person:jean-noel-barrot']);
  });
  it('or in the sentence before, when it opens its own ("واستقبله الرئيس ماكرون")', () => {
    expect(parties('وصل الرئيس السوري أحمد الشرع إلى باريس أمس.\nواستقبله الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.').flat()).toEqual(expect.arrayContaining(['person:ahmed-al-sharaa', 'person:emmanuel-macron']));
  });
  it('but none when no one is named receiving him ("استقبلته (الراية) لتتعرف منه")', () => {
    expect(parties('وصل الرحالة ماسيمو داليما إلى الدوحة. وبعد أقل من نصف ساعة على وصوله استقبلته (الراية) لتتعرف منه على مغامرته.').filter((p) => p.length > 1)).toEqual([]);
  });
});

describe('who took part in the event just told, named before it', () => {
  it('joins that event ("بينما شارك الرئيس التركي رجب طيب أردوغان في اللقاء عبر الهاتف")', () => {
    const doc = extractDocument('probe', 'التقى الرئيس الأمريكي دونالد ترامب اليوم الرئيس السوري أحمد الشرع في الرياض، بينما شارك الرئيس التركي رجب طيب أردوغان في اللقاء عبر الهاتف.', g, { docDate: '2025-05-14' });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:donald-trump', 'person:ahmed-al-sharaa', 'person:recep-tayyip-erdogan']]);
  });
  it('past a name set off by commas, and by a call that is only how he took part ("فيما شارك الرئيس التركي، رجب طيب أردوغان، في اللقاء عبر اتصال هاتفي")', () => {
    const doc = extractDocument('probe', 'التقى الرئيس السوري، أحمد الشرع، الرئيس الأمريكي، دونالد ترامب، في الرياض، في 14 من أيار 2025، بحضور ولي العهد السعودي، محمد بن سلمان، فيما شارك الرئيس التركي، رجب طيب أردوغان، في اللقاء عبر اتصال هاتفي، بحسب البيت الأبيض.', g, { docDate: '2025-05-15' });
    expect(doc.events.map((e) => [e.type, e.participants])).toEqual([['meeting', ['person:ahmed-al-sharaa', 'person:donald-trump', 'person:mohammed-bin-salman', 'person:recep-tayyip-erdogan']]]);
  });
  it('but a call with someone is one ("أجرى الرئيس مباحثات مع نظيره عبر اتصال هاتفي")', () => {
    const doc = extractDocument('probe', 'أجرى الرئيس الأمريكي دونالد ترامب مباحثات مع الرئيس الروسي فلاديمير بوتين عبر اتصال هاتفي.', g, { docDate: '2025-05-15' });
    expect(doc.events.map((e) => e.type)).toContain('call');
  });
});

describe('"قبل أن" and a verb in the present after a sentence of what lies ahead', () => {
  const statuses = (text: string): Array<[string[], string]> => extractDocument('probe', text, g, { docDate: '2025-05-14' }).events.map((e) => [e.participants, e.status]);
  it('goes on in its time ("… قبل أن يختتم جولته الخميس في أبوظبي بلقاء رئيس الدولة")', () => {
    expect(statuses('ومن المقرر أن يتوجه ترامب مساء اليوم إلى الدوحة، حيث يلتقي أمير قطر الشيخ تميم بن حمد آل ثاني، قبل أن يختتم جولته في أبوظبي بلقاء رئيس دولة الإمارات الشيخ محمد بن زايد.').at(-1))
      .toEqual([['person:mohamed-bin-zayed', 'person:donald-trump'], 'planned']);
  });
  it('but the visit it ends, right after its verb, is under way ("قبل أن يختتم زيارته إلى واشنطن")', () => {
    const text = 'وصل ولي العهد الأمير سلمان بن حمد آل خليفة إلى واشنطن أمس في زيارة رسمية.\nومن المقرر أن يلتقي سموه اليوم نائب الرئيس الأمريكي جيه دي فانس، قبل أن يختتم زيارته إلى واشنطن.';
    const planned = extractDocument('probe', text, g, { docDate: '2025-05-14' }).events.filter((e) => e.status === 'planned');
    expect(planned.map((e) => e.mentions.map((m) => m.trigger.text))).toEqual([['يلتقي']]);
  });
});

describe('who attended, further on in the sentence', () => {
  it('joins the event ("… في أول لقاء بين رئيسي البلدين، وذلك بحضور ولي العهد السعودي الأمير محمد بن سلمان")', () => {
    const doc = extractDocument('probe', 'التقى الرئيس الأمريكي دونالد ترامب، اليوم، الرئيس السوري أحمد الشرع في الرياض، في أول لقاء بين رئيسي البلدين منذ ربع قرن، وذلك بحضور ولي العهد السعودي الأمير محمد بن سلمان، بينما تحدث الرئيس التركي إلى الصحفيين.', g, { docDate: '2025-05-14' });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:donald-trump', 'person:ahmed-al-sharaa', 'person:mohammed-bin-salman']]);
  });
});

describe('who took part, further on in the sentence', () => {
  it('joins the event ("… محادثات …، هي الأولى من نوعها منذ …، بمشاركة وزير الخارجية الأميركي ماركو روبيو ونظيره الروسي سيرغي لافروف")', () => {
    const doc = extractDocument('probe', 'انطلقت، اليوم الثلاثاء، في قصر الدرعية بالرياض محادثات رفيعة المستوى، هي الأولى من نوعها منذ اندلاع الحرب في أوكرانيا في 24 فبراير 2022، بمشاركة وزير الخارجية الأميركي ماركو روبيو ونظيره الروسي سيرغي لافروف.', g, { docDate: '2025-02-18' });
    expect(doc.events.map((e) => [e.participants, e.location])).toEqual([[['person:marco-rubio', 'person:sergey-lavrov'], 'place:riyadh']]);
  });
});

describe('the Maghreb\'s "كاتب الدولة", with its portfolio after في', () => {
  it('is a title before its holder\'s name ("مباحثات مع كاتب الدولة الأمريكي في الخارجية ماركو روبيو")', () => {
    const doc = extractDocument('probe', 'أجرى وزير الخارجية المغربي ناصر بوريطة أمس بواشنطن مباحثات مع كاتب الدولة الأمريكي في الخارجية ماركو روبيو.', g, { docDate: '2025-04-09' });
    expect(doc.events.map((e) => [...e.participants].sort())).toEqual([['person:marco-rubio', 'person:nasser-bourita']]);
  });
});

describe('a delegation named by its nationality as the subject', () => {
  const withBerri = (text: string): string[] | undefined => extractDocument('probe', text, g, { docDate: '2025-08-19' }).events
    .find((e) => e.participants.includes('person:nabih-berri'))?.participants;
  const GO_ON = 'وانتقل الوفد الأميركي إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري.';
  it('is the people of that country the story told meeting just before ("وانتقل الوفد الأميركي … حيث التقى بري")', () => {
    expect(withBerri(`استقبل الرئيس جوزاف عون في قصر بعبدا الموفد الأميركي توم باراك والموفدة الأميركية مورغان أورتاغوس.\n${GO_ON}`))
      .toEqual(['person:nabih-berri', 'person:tom-barrack', 'person:morgan-ortagus']);
  });
  it('is the country when the story named none of its people', () => {
    expect(withBerri(`استقبل الرئيس جوزاف عون في قصر بعبدا السفير الفرنسي.\n${GO_ON}`)).toEqual(['person:nabih-berri', 'place:united-states']);
  });
});

describe('parties met one by one ("كلا على حدة")', () => {
  const parties = (text: string): string[][] => extractDocument('probe', text, g, { docDate: '2025-04-26' }).events.map((e) => [...e.participants].sort());
  it('are one meeting each, with the host before the verb', () => {
    expect(parties('وكان وزير الخارجية العماني بدر البوسعيدي قد استقبل صباح اليوم في مسقط كلًّا من عباس عراقجي وستيف ويتكوف، كلًّا على حدة.'))
      .toEqual([['person:abbas-araghchi', 'person:badr-albusaidi'], ['person:badr-albusaidi', 'person:steve-witkoff']]);
  });
  it('are one meeting each, with the subject right after the verb', () => {
    expect(parties('كما التقى أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس محمود عباس، ورئيس وزراء ماليزيا أنور إبراهيم، كلا على حدة.'))
      .toEqual([['person:mahmoud-abbas', 'person:tamim-bin-hamad-al-thani'], ['person:anwar-ibrahim', 'person:tamim-bin-hamad-al-thani']]);
  });
  it('but met together without it', () => {
    expect(parties('كما التقى أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس محمود عباس، ورئيس وزراء ماليزيا أنور إبراهيم.')).toHaveLength(1);
  });
});

describe('who made a visit, in a relative clause', () => {
  it('is its traveller ("الزيارة التي قام بها الصفدي إلى دمشق")', () => {
    const doc = extractDocument('probe', 'وتأتي زيارة الشرع بعد الزيارة التي قام بها وزير الخارجية الأردني أيمن الصفدي إلى دمشق في 23 كانون الأول الماضي.', g, { docDate: '2025-02-26' });
    expect(doc.events.filter((e) => e.location === 'place:damascus').map((e) => [e.type, e.participants])).toEqual([['visit', ['person:ayman-safadi']]]);
  });
});

describe('a clause of time after a verb\'s object', () => {
  it('names no party ("يلتقي الشرع عقب سقوط نظام بشار الأسد")', () => {
    const doc = extractDocument('probe', 'كان وزير الخارجية الأردني أيمن الصفدي أول وزير خارجية عربي يلتقي الشرع عقب سقوط نظام بشار الأسد.', g, { docDate: '2025-02-26' });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:ahmed-al-sharaa', 'person:ayman-safadi']]);
  });
  it('but a time of day is no clause: the list goes on after it ("…، بعد ظهر اليوم، ووزير الدفاع …")', () => {
    const doc = extractDocument('probe', 'استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي ماركو روبيو، بعد ظهر اليوم، ووزير الدفاع الأمريكي بيت هيغسيث.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:abdel-fattah-el-sisi', 'person:marco-rubio', 'person:pete-hegseth']]);
  });
  it('nor "بعد ذلك", afterwards ("والتقى روبيو بعد ذلك رئيس الوزراء …")', () => {
    const doc = extractDocument('probe', 'استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية الأمريكي ماركو روبيو، والتقى روبيو بعد ذلك رئيس الوزراء المصري مصطفى مدبولي.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:abdel-fattah-el-sisi', 'person:marco-rubio'], ['person:marco-rubio', 'person:mostafa-madbouly']]);
  });
  it('ends a visit\'s parties once its place is named ("أول زعيم يزور دمشق منذ سقوط نظام بشار الأسد")', () => {
    const doc = extractDocument('probe', 'وكان أمير قطر الشيخ تميم بن حمد آل ثاني أول زعيم يزور دمشق منذ سقوط نظام بشار الأسد.', g, { docDate: '2025-02-26' });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:tamim-bin-hamad-al-thani']]);
  });
  it('names neither the subject a clause after it leaves unsaid nor its date ("…، إذ التقى الشرع في قصر الشعب يوم 30 يناير")', () => {
    const doc = extractDocument('probe', 'وكان أمير قطر الشيخ تميم بن حمد آل ثاني أول زعيم يزور دمشق منذ سقوط نظام بشار الأسد في الثامن من ديسمبر، إذ التقى الشرع في قصر الشعب يوم 30 يناير.', g, { docDate: '2025-02-26' });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.date?.value])).toEqual([[['person:ahmed-al-sharaa', 'person:tamim-bin-hamad-al-thani'], '2025-01-30']]);
  });
  it('dates nothing after its verb ("وتأتي زيارة خوان كارلوس إلى المغرب بعد وقت قصير من انعقاد المؤتمر … خلال الأسبوع الثاني من الشهر الجاري")', () => {
    const doc = extractDocument('probe', 'وتأتي زيارة الملك الإسباني خوان كارلوس إلى المغرب بعد وقت قصير من انعقاد المؤتمر الذي احتضنته الرباط خلال الأسبوع الثاني من الشهر الجاري.', g, { docDate: '2006-07-20' });
    expect(doc.events.map((e) => e.date)).toEqual([null]);
  });
});

describe('a verb of meeting going on, after "، و" or ثم, from the clause before', () => {
  const parties = (text: string): string[][] => extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => e.participants.slice().sort());
  it.each([
    'وصل الرئيس محمود عباس إلى القاهرة أمس، والتقى الأمين العام للجامعة العربية أحمد أبو الغيط.',
    'وصل الرئيس محمود عباس إلى القاهرة أمس، ويلتقي اليوم الأمين العام للجامعة العربية أحمد أبو الغيط.',
    'وصل الرئيس محمود عباس إلى القاهرة أمس، ثم التقى الأمين العام للجامعة العربية أحمد أبو الغيط.',
  ])('has the subject that clause named: %s', (text) => {
    expect(parties(text).filter((p) => p.includes('person:ahmed-aboul-gheit'))).toEqual([['person:ahmed-aboul-gheit', 'person:mahmoud-abbas']]);
  });
  it('with several parties joined by و after it ("، والتقى الرئيس زيلينسكي ووزير الخارجية الأوكراني أندريه سيبيغا")', () => {
    expect(parties('وفي 30 مايو، توجه وزير الخارجية التركي هاكان فيدان إلى كييف، والتقى الرئيس فولوديمير زيلينسكي ووزير الخارجية الأوكراني أندريه سيبيغا.').flat())
      .toEqual(expect.arrayContaining(['person:hakan-fidan', 'person:volodymyr-zelensky', 'person:andrii-sybiha']));
    expect(parties('وفي 30 مايو، توجه وزير الخارجية التركي هاكان فيدان إلى كييف، والتقى الرئيس فولوديمير زيلينسكي ووزير الخارجية الأوكراني أندريه سيبيغا.').filter((p) => p.includes('person:volodymyr-zelensky'))[0]).toContain('person:hakan-fidan');
  });
  it('but a verb with a subject and an object after it has its own ("، والتقى روبيو رئيس الوزراء")', () => {
    expect(parties('استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية الأمريكي ماركو روبيو، والتقى روبيو رئيس الوزراء المصري مصطفى مدبولي.').at(-1))
      .toEqual(['person:marco-rubio', 'person:mostafa-madbouly']);
  });
});

describe('a meeting on the sidelines of a gathering', () => {
  const text = 'وفي اليوم التالي، عقد وزير الخارجية السوري، أسعد الشيباني، لقاء مع وزير الخارجية الأمريكي، ماركو روبيو، في مدينة أنطاليا التركية، على هامش الاجتماع غير الرسمي لوزراء خارجية حلف شمال الأطلسي، بحضور وزير الخارجية التركي، هاكان فيدان، في لقاء ثلاثي هو الأرفع بين دمشق وواشنطن منذ سنوات.';
  const events = (): Array<[string[], string | null]> => extractDocument('probe', text, g, { docDate: '2025-05-16' }).events.map((e) => [e.participants.slice().sort(), e.location]);
  it('has for parties who attended, named after the gathering ("…، بحضور وزير الخارجية التركي، هاكان فيدان")', () => {
    expect(events()[0]).toEqual([['person:asaad-al-shaibani', 'person:hakan-fidan', 'person:marco-rubio'], 'place:antalya']);
  });
  it('and "في لقاء ثلاثي" after it says more of it, not of a meeting of the same countries told before', () => {
    const before = 'التقى الرئيس السوري أحمد الشرع الرئيس الأمريكي دونالد ترامب في الرياض يوم 14 مايو.\n';
    const found = extractDocument('probe', before + text, g, { docDate: '2025-05-16' }).events.map((e) => e.participants.slice().sort());
    expect(found[0]).toEqual(['person:ahmed-al-sharaa', 'person:donald-trump']);
    expect(found.filter((p) => p.includes('person:marco-rubio'))).toHaveLength(1);
  });
});

describe('an event named by its place alone', () => {
  // (four sentences between: further than a mention naming no one looks back for parties)
  const MET = 'التقى الرئيس السوري أحمد الشرع اليوم الرئيس التركي رجب طيب أردوغان في المجمع الرئاسي بأنقرة.\nوقال أردوغان إن العلاقات بين البلدين جيدة.\nوأضاف أن أنقرة ستقف إلى جانب الشعب السوري.\nمن جانبه، دعا الشرع إلى شراكة استراتيجية.\nوتطوي سوريا صفحة الماضي.\n';
  const triggersAtAnkara = (text: string): string[][] => extractDocument('probe', text, g, { docDate: '2025-02-04' }).events
    .filter((e) => e.location === 'place:ankara').map((e) => e.mentions.map((m) => m.trigger.text));
  it('is the one the story told there, not one with the parties of another event in its sentence ("وجاءت زيارة أنقرة بعد يومين من …")', () => {
    expect(triggersAtAnkara(`${MET}وجاءت زيارة أنقرة بعد يومين من زيارة الشرع إلى الرياض، حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان.`)).toEqual([['التقى', 'زيارة']]);
  });
  it('but not a meeting only held at the place ("وعقد اجتماع في أنقرة لوزراء الطاقة")', () => {
    expect(triggersAtAnkara(`${MET}وعقد اجتماع في أنقرة لوزراء الطاقة.`)).toEqual([['التقى']]);
  });
});

describe('a summit in a frame set off by commas, between a verb and its object', () => {
  it.each([
    ['in its seat ("واستقبل سموه، في مقر انعقاد القمة، أخاه الملك …")', 'واستقبل الرئيس التركي رجب طيب أردوغان، في مقر انعقاد القمة، الملك عبدالله الثاني.'],
    ['on its sidelines ("التقى …، على هامش القمة، …")', 'التقى الرئيس التركي رجب طيب أردوغان، على هامش القمة، الملك عبدالله الثاني.'],
  ])('leaves the object to the verb: %s', (_, text) => {
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:recep-tayyip-erdogan', 'person:abdullah-ii']]);
  });
});

describe('delegations named by their nationalities', () => {
  const parties = (text: string): string[][] => extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => e.participants);
  it.each([
    ['two, indefinite ("بين وفدين أميركي وروسي")', 'انطلقت في الرياض محادثات بين وفدين أميركي وروسي.'],
    ['one and another ("بين وفد أميركي وآخر روسي")', 'انطلقت في الرياض محادثات بين وفد أميركي وآخر روسي.'],
    ['two, in the nominative ("التقى الوفدان الأمريكي والروسي")', 'التقى الوفدان الأمريكي والروسي في الرياض.'],
  ])('are the countries: %s', (_, text) => {
    expect(parties(text)).toEqual([['place:united-states', 'place:russia']]);
  });
  it('but not a nationality after "آخر" with no delegation before it ("التقى الرئيس بوتين مسؤولا آخر روسيا")', () => {
    expect(parties('التقى الرئيس بوتين في موسكو مسؤولا أميركيا وآخر روسيا.').flat()).not.toContain('place:russia');
  });
});

describe('the palace of a town', () => {
  it('is in that town ("في قصر بعبدا": Baabda, not Beirut)', () => {
    const doc = extractDocument('probe', 'استقبل رئيس الجمهورية اللبنانية جوزاف عون أمس في قصر بعبدا الموفد الأميركي توم باراك.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.location, e.venue])).toEqual([['place:baabda', 'place:baabda-palace']]);
  });
});

describe('a summit of an organisation after a meeting of its parties the same day', () => {
  it('is another gathering ("… شارك ترامب في القمة الخليجية الأمريكية")', () => {
    const doc = extractDocument('probe', 'التقى الرئيس الأمريكي دونالد ترامب اليوم الرئيس السوري أحمد الشرع في الرياض بحضور ولي العهد السعودي الأمير محمد بن سلمان.\nوفي وقت لاحق من اليوم نفسه، شارك ترامب في القمة الخليجية الأمريكية في الرياض.', g, { docDate: '2025-05-14' });
    expect(doc.events.map((e) => e.subtype ?? null)).toEqual([null, 'summit']);
  });
});

describe('a verb in the present outside the headline, of the story\'s day or one ahead', () => {
  it('is still to come ("ويصل زيلينسكي اليوم إلى أنقرة")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\n\nويصل زيلينسكي اليوم إلى أنقرة لإجراء مباحثات مع الرئيس التركي رجب طيب أردوغان. والتقى بوتين أمس الرئيس الصيني شي جين بينغ.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.length, e.status])).toEqual([[2, 'planned'], [2, 'occurred']]);
  });
  it('is what happened in a headline, which tells the past in the present', () => {
    const doc = extractDocument('probe', 'بوتين يستقبل الشرع في الكرملين اليوم\n\nوقال الكرملين إن المحادثات تناولت العلاقات الثنائية.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.status)).toEqual(['occurred']);
  });
});

describe('a name with a trigger in it', () => {
  it('is no trigger: "فيصل" is not ف and "يصل"', () => {
    const doc = extractDocument('probe', 'التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، على هامش أعمال مؤتمر ميونخ للأمن المنعقد في جمهورية ألمانيا الاتحادية، وزير خارجية أوكرانيا أندريه سيبيها.', g, { docDate: DOC_DATE });
    expect(doc.events.flatMap((e) => e.mentions.map((m) => m.trigger.text))).toEqual(['التقى']);
  });
});

describe('a visit offered by an invitation', () => {
  const events = (text: string): Array<[string, string, string | null]> =>
    extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => [e.type, e.status, e.location]);
  it('is only planned ("ودعا أردوغان بوتين لزيارة تركيا", "وجه الدعوة إلى … لزيارة طهران")', () => {
    expect(events('ودعا الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين لزيارة تركيا.')).toEqual([['visit', 'planned', 'place:turkey']]);
    expect(events('وأضاف البيان أن الوزير عراقجي وجه الدعوة إلى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني لزيارة طهران.')).toEqual([['visit', 'planned', 'place:tehran']]);
  });
  it('but made on one is made ("تلبية لدعوة من الملك لزيارة المملكة")', () => {
    expect(events('ووصل الرئيس الروسي فلاديمير بوتين إلى الرياض أمس تلبية لدعوة من الملك سلمان بن عبد العزيز لزيارة المملكة.').map(([, status]) => status)).toEqual(['occurred']);
  });
  it('is neither the guest\'s next planned meeting nor where his other meetings are', () => {
    const text = ['وزير الخارجية يلتقي نظيريه', '', 'نيويورك - 10 - 6 (كونا) -- التقى وزير الخارجية الكويتي عبد الله اليحيا اليوم وزير الخارجية الإيراني عباس عراقجي.',
      'وأضاف البيان أن الوزير عراقجي وجه الدعوة إلى الوزير اليحيا لزيارة طهران.',
      'كما التقى الوزير اليحيا في وقت لاحق اليوم وزير الخارجية الصيني وانغ يي.',
      'ومن المقرر أن يشارك الوزير اليحيا غدا في الاجتماع الوزاري المشترك.'].join('\n');
    expect(extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => [e.status, e.participants, e.location])).toEqual([
      ['occurred', ['person:abdullah-al-yahya', 'person:abbas-araghchi'], 'place:new-york'],
      ['planned', ['person:abbas-araghchi', 'person:abdullah-al-yahya'], 'place:tehran'],
      ['occurred', ['person:abdullah-al-yahya', 'person:wang-yi'], 'place:new-york'],
      ['planned', ['person:abdullah-al-yahya'], 'place:new-york'],
    ]);
  });
});

describe('the dateline\'s place below the page\'s date line and its buttons', () => {
  it('is read past them ("الأربعاء 25/09/2024 09:41 م الموافق 22 ربيع الأول 1446 هـ", "تكبير الخط")', () => {
    const text = ['وزير الخارجية يلتقي نظيره الإيراني على هامش أعمال الجمعية العامة', '', 'الأربعاء 25/09/2024 09:41 م الموافق 22 ربيع الأول 1446 هـ', '',
      'تكبير الخط', 'تصغير الخط', 'طباعة', '',
      'نيويورك - 25 - 9 (كونا) -- التقى وزير الخارجية الكويتي عبد الله اليحيا اليوم وزير الخارجية الإيراني عباس عراقجي.'].join('\n');
    const doc = extractDocument('probe', text, g);
    expect(doc.events.map((e) => e.location)).toEqual(['place:new-york']);
    expect(doc.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(['تكبير الخط', 'تصغير الخط', 'طباعة']));
  });
});

describe('a dateline on a line of its own with its source last, unmarked', () => {
  it('is where the story happens ("ميونخ 16 شعبان 1446 هـ الموافق 15 فبراير 2025 م واس")', () => {
    const text = ['سمو وزير الخارجية يلتقي عددا من نظرائه', '', 'ميونخ 16 شعبان 1446 هـ الموافق 15 فبراير 2025 م واس', '',
      'التقى صاحب السمو الأمير فيصل بن فرحان وزير الخارجية، اليوم، وزير خارجية أوكرانيا أندريه سيبيها.'].join('\n');
    expect(extractDocument('probe', text, g).events.map((e) => e.location)).toEqual(['place:munich']);
  });
});

describe('who else took part, told in a sentence of its own after the event', () => {
  const lead = 'انطلقت اليوم في الرياض محادثات بين وفدين أميركي وروسي بمشاركة وزير الخارجية الأميركي ماركو روبيو ونظيره الروسي سيرغي لافروف.';
  const parties = (text: string): string[][] => extractDocument('probe', text, g, { docDate: '2025-02-18' }).events.map((e) => e.participants);
  it.each([
    ['a delegation\'s members ("وضم الوفد الأميركي أيضاً …")', ' وضم الوفد الأميركي أيضاً مستشار الأمن القومي مايك والتز والمبعوث الخاص إلى الشرق الأوسط ستيف ويتكوف.', ['person:mike-waltz', 'person:steve-witkoff']],
    ['who came with a party ("فيما رافق لافروف …")', ' وبدأت المحادثات صباحا، فيما رافق لافروف مساعد الرئيس الروسي للشؤون الخارجية يوري أوشاكوف.', ['person:yuri-ushakov']],
    ['who sat in on a session ("وحضر الجلسة الافتتاحية …")', ' وحضر الجلسة الافتتاحية وزير الخارجية السعودي الأمير فيصل بن فرحان.', ['person:faisal-bin-farhan']],
  ])('joins the event: %s', (_, after, added) => {
    expect(parties(lead + after)).toEqual([['person:marco-rubio', 'person:sergey-lavrov', ...added]]);
  });
  it('of its delegation\'s country, not the event told last ("وضم الوفد السوري المرافق للرئيس الشرع …")', () => {
    const text = 'التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في الكرملين. وأجرى لافروف اتصالا هاتفيا مع وزير الخارجية الأمريكي ماركو روبيو. وضم الوفد السوري المرافق للرئيس الشرع وزير الخارجية أسعد الشيباني.';
    expect(parties(text)[0]).toEqual(['person:vladimir-putin', 'person:ahmed-al-sharaa', 'person:asaad-al-shaibani']);
  });
  it('but a building\'s rooms are no delegation ("ويضم الطابق تحت الأرض موقفا")', () => {
    expect(parties(lead + ' ويضم المبنى قاعة كبرى يديرها المهندس مايك والتز.')).toEqual([['person:marco-rubio', 'person:sergey-lavrov']]);
  });
});

describe('who came with a party, further on in the sentence', () => {
  it('joins the event ("…، هي الأولى من نوعها، برفقة وزير الخارجية أسعد الشيباني")', () => {
    const doc = extractDocument('probe', 'وصل الرئيس السوري أحمد الشرع إلى أنقرة أمس في زيارة رسمية هي الأولى من نوعها، برفقة وزير الخارجية أسعد الشيباني.', g, { docDate: '2025-02-05' });
    expect(doc.events.map((e) => e.participants)).toEqual([['person:ahmed-al-sharaa', 'person:asaad-al-shaibani']]);
  });
});

describe('a relative clause on a person', () => {
  const parties = (text: string): string[][] => extractDocument('probe', text, g, { docDate: '2025-10-16' }).events.map((e) => e.participants.slice().sort());
  it.each([
    'وضم الوفد وزير الخارجية السوري أسعد حسن الشيباني، الذي عقد بدوره جلسة مباحثات منفصلة مع نظيره الروسي سيرغي لافروف.',
    'وقال وزير الخارجية السوري أسعد الشيباني، الذي التقى أمس نظيره الروسي سيرغي لافروف في موسكو، إن العلاقات جيدة.',
  ])('has that person for its subject: %s', (text) => {
    expect(parties(text)).toEqual([['person:asaad-al-shaibani', 'person:sergey-lavrov']]);
  });
  it('but not one who only attends ("بيدرو سانشيز الذي يحضر القمة ضيفا")', () => {
    expect(parties('وسيلتقي السوداني رئيس الوزراء الإسباني بيدرو سانشيز الذي يحضر القمة ضيفا.').flat().filter((p) => p === 'person:pedro-sanchez')).toHaveLength(1);
  });
});

describe('a visit\'s traveller after كما', () => {
  it('is the subject the clause leaves unsaid ("زار فيدان موسكو …، حيث استقبله بوتين …، كما أجرى مباحثات مع لافروف")', () => {
    const doc = extractDocument('probe', 'زار وزير الخارجية التركي هاكان فيدان العاصمة الروسية موسكو في 26 مايو، حيث استقبله الرئيس فلاديمير بوتين في الكرملين، كما أجرى مباحثات مع نظيره الروسي سيرغي لافروف.', g, { docDate: '2025-05-27' });
    expect(doc.events.map((e) => e.participants.slice().sort())).toEqual([['person:hakan-fidan', 'person:vladimir-putin'], ['person:hakan-fidan', 'person:sergey-lavrov']]);
  });
});

describe('a noun of meeting with a time still to come right after its parties', () => {
  const statuses = (text: string): string[] => extractDocument('probe', text, g, { docDate: '2025-04-07' }).events.map((e) => e.status);
  it('is planned ("فيما تحدث عن لقاء يجمع الرئيس تبون والرئيس ماكرون "في المستقبل القريب"")', () => {
    expect(statuses('وتحدث البيان عن لقاء يجمع الرئيس الجزائري عبد المجيد تبون والرئيس الفرنسي إيمانويل ماكرون "في المستقبل القريب" دون أن يحدد موعده.')).toEqual(['planned']);
  });
  it('but not "later" after a verb of its own clause ("محادثات على انفراد …، توسعت لاحقا لتشمل وفدي البلدين")', () => {
    expect(statuses('وكان وزير الخارجية الفرنسي جان نويل بارو قد أجرى محادثات على انفراد مع نظيره الجزائري أحمد عطاف، توسعت لاحقا لتشمل وفدي البلدين.')).toEqual(['occurred']);
  });
});

describe('a visit whose visitor its noun names after ل', () => {
  it('has no subject before it ("تبون يستقبل الوزير الفرنسي … وحديث عن زيارة مرتقبة لوزير العدل الفرنسي")', () => {
    const doc = extractDocument('probe', 'الرئيس عبد المجيد تبون يستقبل الوزير الفرنسي في قصر المرادية وحديث عن زيارة مرتقبة لوزير العدل الفرنسي جيرالد دارمانان', g, { docDate: '2025-04-07' });
    expect(doc.events.filter((e) => e.type === 'visit').map((e) => e.participants)).toEqual([['person:jyrald-darmanan']]);
  });
});

describe('the two leaders a noun names by office alone', () => {
  const story = [
    'وجاءت الزيارة تنفيذا لما اتفق عليه الرئيسان الفرنسي إيمانويل ماكرون والجزائري عبد المجيد تبون خلال مكالمة هاتفية جرت الإثنين 31 مارس.',
    'وأعلن البيان أن الرئيسين "اتفقا على مبدأ لقاء قريب" بينهما، من دون تحديد موعد أو مكان.',
    'وأجرى وزير الخارجية الفرنسي جان نويل بارو محادثات مع نظيره الجزائري أحمد عطاف.',
    'وكان اللقاء المباشر الأخير بين الرئيسين قد جرى على هامش قمة مجموعة السبع في إيطاليا في يونيو 2024.',
  ];
  const events = (): Array<[string, string[]]> => extractDocument('probe', story.join('\n'), g, { docDate: '2025-04-07' }).events
    .filter((e) => e.type === 'meeting').map((e) => [e.status, e.participants.slice().sort()]);
  it('are the heads told meeting before ("لقاء قريب بينهما" after "أن الرئيسين"), planned', () => {
    expect(events()).toContainEqual(['planned', ['person:abdelmadjid-tebboune', 'person:emmanuel-macron']]);
  });
  it('a few paragraphs back, past two ministers told since ("اللقاء الأخير بين الرئيسين")', () => {
    expect(events()).toContainEqual(['occurred', ['person:abdelmadjid-tebboune', 'person:emmanuel-macron']]);
    expect(events().filter(([, p]) => p.includes('person:ahmed-attaf'))).toEqual([['occurred', ['person:ahmed-attaf', 'person:jean-noel-barrot']]]);
  });
});

describe('an event agreed on', () => {
  it('is planned ("واتفق خلاله الرئيسان على بدء مفاوضات")', () => {
    const doc = extractDocument('probe', 'وجرى الاتصال الهاتفي بين الرئيس الأميركي دونالد ترمب ونظيره الروسي فلاديمير بوتين، واتفق خلاله الرئيسان على بدء مفاوضات "فورية" لإنهاء الحرب.', g, { docDate: '2025-02-18' });
    expect(doc.events.map((e) => [e.type, e.status])).toEqual([['call', 'occurred'], ['meeting', 'planned']]);
  });
});

describe('a sentence going on after a semicolon', () => {
  const text = 'ولم تقتصر لقاءات المبعوث الأممي هانس غروندبرغ في الرياض على رئيس مجلس القيادة؛ إذ التقى أيضاً السفير السعودي لدى اليمن محمد آل جابر، وبحث معه سبل دعم التهدئة القائمة منذ الهدنة الأممية في أبريل 2022، كما اجتمع مع سفراء الدول الخمس دائمة العضوية في مجلس الأمن.';
  const events = (): Array<[string[], string | null, string | undefined]> => extractDocument('probe', text, g, { docDate: '2025-01-15' }).events
    .map((e) => [e.participants.slice().sort(), e.location, e.date?.value]);
  it('is in the place the one before names, though it tells no event ("لقاءات … في الرياض …؛ إذ التقى")', () => {
    expect(events()[0]).toEqual([['person:hans-grundberg', 'person:mohammed-al-jaber'], 'place:riyadh', undefined]);
  });
  it('has its subject there, for a clause after كما too, and no date of a clause of time closed before it', () => {
    expect(events()[1]).toEqual([['org:united-nations-security-council', 'person:hans-grundberg'], 'place:riyadh', undefined]);
  });
});

describe('a date before the trigger', () => {
  it('of "قبل أن" and a verb is the story\'s own ("قبل أن يحط الأربعاء الماضي في باريس، …، حيث استقبله الرئيس ماكرون")', () => {
    const doc = extractDocument('probe', 'وتوجه الرئيس السوري أحمد الشرع إلى الدوحة، قبل أن يحط الأربعاء الماضي في باريس، في أول زيارة له إلى عاصمة أوروبية، حيث استقبله الرئيس إيمانويل ماكرون في قصر الإليزيه.', g, { docDate: '2025-05-10' });
    expect(doc.events.find((e) => e.participants.includes('person:emmanuel-macron'))?.date?.value).toBe('2025-05-07');
  });
});

describe('a journey on to further places', () => {
  const visits = (text: string): Array<[string[], string | null]> => extractDocument('probe', text, g, { docDate: '2025-02-05' }).events
    .filter((e) => e.type === 'visit').map((e) => [e.participants, e.location]);
  it('is a visit to each ("قبل أن ينتقل إلى أبوظبي ثم إلى عمّان")', () => {
    expect(visits('زار وزير الخارجية السوري أسعد الشيباني الدوحة في يناير، حيث التقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، قبل أن ينتقل إلى أبوظبي ثم إلى عمّان.'))
      .toEqual([[['person:asaad-al-shaibani'], 'place:abu-dhabi'], [['person:asaad-al-shaibani'], 'place:amman']]);
  });
  it('"توجه … إلى الرياض ثم إلى الدوحة ومنها إلى أبوظبي"', () => {
    expect(visits('توجه وزير الخارجية الأمريكي ماركو روبيو إلى الرياض ثم إلى الدوحة ومنها إلى أبوظبي.').map(([, place]) => place)).toEqual(['place:riyadh', 'place:doha', 'place:abu-dhabi']);
  });
  it('but "انتقل إلى" is no journey without a place right after it ("انتقلا إلى التيار الأصولي أثناء ترددهما على مساجد لندن")', () => {
    expect(visits('وتعتقد المصادر أن ريتشارد ريد انتقل إلى التيار الأصولي أثناء تردده على مساجد لندن.')).toEqual([]);
  });
});

describe('the vowel marks a writer puts on an ambiguous name', () => {
  it.each([['عمّان', 'place:amman'], ['عُمان', 'place:oman']])('settle it: %s', (written, id) => {
    const doc = extractDocument('probe', `توجه وزير الخارجية الأمريكي ماركو روبيو أمس إلى ${written}.`, g, { docDate: '2025-02-05' });
    expect(doc.events.map((e) => e.location)).toEqual([id]);
  });
});

describe('an opener with words of what is planned before its verb', () => {
  it('still leaves the verb\'s subject unsaid ("سيزور طهران …، حيث من المقرر أن يلتقي عراقجي")', () => {
    const doc = extractDocument('probe', 'أعلنت الوكالة الدولية للطاقة الذرية أن مديرها العام رافائيل غروسي سيزور طهران الأسبوع المقبل، حيث من المقرر أن يلتقي وزير الخارجية الإيراني عباس عراقجي.', g, { docDate: '2025-04-13' });
    expect(doc.events.map((e) => [e.status, e.participants.slice().sort(), e.location])).toEqual([['planned', ['person:abbas-araghchi', 'person:rafael-grossi'], 'place:tehran']]);
  });
});

describe('the place a relative clause says hosts the event', () => {
  it('past a noun of place and a nationality ("التي احتضنتها العاصمة العمانية مسقط أمس")', () => {
    const doc = extractDocument('probe', 'أكد وزير الخارجية الإيراني عباس عراقجي أن الجولة الأولى من المحادثات غير المباشرة مع الولايات المتحدة، التي احتضنتها العاصمة العمانية مسقط أمس السبت، جرت في أجواء بناءة.', g, { docDate: '2025-04-13' });
    expect(doc.events.map((e) => e.location)).toEqual(['place:muscat']);
  });
});

describe('who chaired an event', () => {
  const text = 'وكانت أعمال القمة العربية الإسلامية الطارئة قد انطلقت صباح اليوم بالدوحة برئاسة أمير قطر الشيخ تميم بن حمد آل ثاني.\nوسبق القمة اجتماع تحضيري لوزراء خارجية الدول العربية والإسلامية عقد أمس برئاسة الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء ووزير الخارجية.';
  const events = (): Array<[string[], string | undefined]> => extractDocument('probe', text, g, { docDate: '2025-09-15' }).events.map((e) => [e.participants, e.date?.value]);
  it('is its party, and a meeting chaired by another is an event of its own ("اجتماع تحضيري … عقد أمس برئاسة …")', () => {
    expect(events()).toContainEqual([['person:mohammed-bin-abdulrahman-al-thani'], '2025-09-14']);
    expect(events().find(([, d]) => d === '2025-09-15')?.[0]).not.toContain('person:mohammed-bin-abdulrahman-al-thani');
  });
});

describe('who attended, named after the one whose envoy another is', () => {
  it('leaves out that one ("والسيد ستيف ويتكوف المبعوث الخاص للرئيس الأمريكي دونالد ترامب، وبوساطة …")', () => {
    const doc = extractDocument('probe', 'استضافت سلطنة عمان اليوم الجولة الثالثة من المحادثات غير المباشرة بين إيران والولايات المتحدة، برئاسة وزير الخارجية الإيراني عباس عراقجي، والسيد ستيف ويتكوف المبعوث الخاص للرئيس الأمريكي دونالد ترامب، وبوساطة وزير الخارجية العماني بدر البوسعيدي.', g, { docDate: '2025-04-26' });
    expect(doc.events.map((e) => e.participants.filter((p) => p.startsWith('person:')).sort())).toEqual([['person:abbas-araghchi', 'person:badr-albusaidi', 'person:steve-witkoff']]);
  });
  it('but not the head of an organisation ("والأمين العام للأمم المتحدة أنطونيو غوتيريش")', () => {
    const doc = extractDocument('probe', 'وألقى الرئيس محمود عباس كلمة فلسطين أمام القمة التي انعقدت برئاسة الرئيس عبد الفتاح السيسي، وبمشاركة القادة العرب والأمين العام للأمم المتحدة أنطونيو غوتيريش.', g, { docDate: '2025-03-05' });
    expect(doc.events.flatMap((e) => e.participants)).toContain('person:antonio-guterres');
  });
});

describe('the verbal noun of heading somewhere', () => {
  const events = (text: string): Array<[string, string, string[], string | null]> => extractDocument('probe', text, g, { docDate: DOC_DATE }).events
    .map((e) => [e.type, e.status, e.participants, e.location]);
  it('is a journey to the place right after إلى ("يعتزم التوجه إلى موسكو")', () => {
    expect(events('وأعلن الكرملين أن الرئيس الصيني شي جين بينغ يعتزم التوجه إلى موسكو الشهر المقبل.')).toEqual([['visit', 'planned', ['person:xi-jinping'], 'place:moscow']]);
  });
  it('but no journey to what is no place ("الدعوة إلى التوجه إلى الاقتصاد الأخضر")', () => {
    expect(events('ودعا الرئيس الفرنسي إيمانويل ماكرون إلى التوجه إلى الاقتصاد الأخضر.')).toEqual([]);
  });
});

describe('a message carried on a visit', () => {
  const text = 'ووصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى دمشق يحمل رسالة خطية من الملك سلمان إلى الرئيس أحمد الشرع، حيث التقى نظيره أسعد الشيباني.';
  const events = (): Array<[string, string[]]> => extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => [e.type, e.participants.slice().sort()]);
  it('makes its recipient a party of the visit, and its sender none', () => {
    expect(events()).toContainEqual(['visit', ['person:ahmed-al-sharaa', 'person:faisal-bin-farhan']]);
    expect(events().flatMap(([, p]) => p)).not.toContain('person:salman-bin-abdulaziz');
  });
  it('leaves the traveller the subject of the clause after it ("…، حيث التقى نظيره")', () => {
    expect(events()).toContainEqual(['meeting', ['person:asaad-al-shaibani', 'person:faisal-bin-farhan']]);
  });
});

describe('a dual pronoun after a noun ("خلال لقاء جمعهما")', () => {
  const events = (text: string): Array<[string[], string | null]> => extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => [e.participants, e.location]);
  it('points back to the two its sentence names, not to an event told before', () => {
    expect(events('زار وزير الخارجية الإيراني عباس عراقجي بيروت الأسبوع الماضي. وأطلع وزير الخارجية التركي هاكان فيدان الرئيس رجب طيب أردوغان على نتائج جولته خلال لقاء جمعهما مساء أمس في أنقرة.'))
      .toContainEqual([['person:hakan-fidan', 'person:recep-tayyip-erdogan'], 'place:ankara']);
  });
  it('but to the event its sentence told first, when there is one ("التقى … في أول قمة تجمعهما")', () => {
    expect(events('التقى الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين في ألاسكا في أول قمة تجمعهما منذ سنوات.'))
      .toEqual([[['person:donald-trump', 'person:vladimir-putin'], 'place:alaska']]);
  });
});

describe('a journey told on', () => {
  const events = (text: string): Array<[string, string, string[], string | null]> => extractDocument('probe', text, g, { docDate: DOC_DATE }).events
    .map((e) => [e.type, e.status, e.participants.slice().sort(), e.location]);
  it('after "، على أن" is the traveller\'s, not of those met before it', () => {
    expect(events('بدأ المبعوث الأمريكي كيث كيلوغ أمس جولة أوروبية من بروكسل، حيث التقى مسؤولين في الاتحاد الأوروبي، على أن يتوجه بعدها إلى وارسو للقاء الرئيس البولندي.'))
      .toContainEqual(['meeting', 'planned', ['person:andrzej-duda', 'person:keith-kellogg'], 'place:warsaw']);
  });
  it('in a sentence of its own, no one named, is the traveller\'s of the sentence before, a day between the verb and إلى', () => {
    expect(events('وتوجه الرئيس الفرنسي إيمانويل ماكرون إلى الرياض بعد ظهر أمس. وينتقل غدا الأربعاء إلى الدوحة للقاء أمير قطر.'))
      .toContainEqual(['meeting', 'planned', ['person:emmanuel-macron', 'person:tamim-bin-hamad-al-thani'], 'place:doha']);
  });
  // (after a headline: a headline's verbs in the present are no tense)
  it.each([['ويغادر', 'planned'], ['وغادر', 'occurred']])('by a participle, in the time of its clause\'s verb ("%s … بعد ظهر اليوم متوجها إلى الدوحة")', (verb, status) => {
    expect(events(`ماكرون في جولة خليجية\n${verb} الرئيس الفرنسي إيمانويل ماكرون الرياض بعد ظهر اليوم متوجها إلى الدوحة.`)).toEqual([['visit', status, ['person:emmanuel-macron'], 'place:doha']]);
  });
  it('but a participle goes on no visit to what is no place ("متوجها إلى السفارة الأمريكية في موسكو")', () => {
    expect(events('وغادر المبعوث الأمريكي ستيف ويتكوف الكرملين متوجها إلى السفارة الأمريكية في موسكو.')).toEqual([]);
  });
  it('nor does "انتقل" with its subject before إلى, which the clause after shares ("وانتقل الوفد الأميركي إلى عين التينة حيث التقى")', () => {
    expect(events('وانتقل الرئيس الفرنسي إيمانويل ماكرون إلى قصر بعبدا حيث التقى الرئيس اللبناني جوزاف عون.').map(([type, , parties]) => [type, parties]))
      .toEqual([['meeting', ['person:emmanuel-macron', 'person:joseph-aoun']]]);
  });
});

describe('the place of an event', () => {
  const events = (text: string, docDate = DOC_DATE): Array<[string[], string | null]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate }).events.map((e) => [e.participants.slice().sort(), e.location]);
  it('is a capital named after its noun and an adjective ("في العاصمة المؤقتة عدن")', () => {
    expect(events('التقى وزير الخارجية اليمني شائع الزنداني، أمس، في العاصمة المؤقتة عدن، السفير الأمريكي ستيفن فاجن.').map(([, place]) => place)).toEqual(['place:aden']);
  });
  it('is the country of a head of state who receives in a palace the lexicon does not know ("استقبل بقصر الصافرية")', () => {
    expect(events('واستقبل الملك حمد بن عيسى آل خليفة بقصر الصافرية أمس الأمين العام لجامعة الدول العربية أحمد أبو الغيط.'))
      .toEqual([[['person:ahmed-aboul-gheit', 'person:hamad-bin-isa-al-khalifa'], 'place:bahrain']]);
  });
  it('but not of one who holds no such office ("استقبل وزير الخارجية بقصر …")', () => {
    expect(events('واستقبل وزير الخارجية المصري بدر عبد العاطي بقصر التحرير أمس نظيره الأردني أيمن الصفدي.').map(([, place]) => place)).toEqual([null]);
  });
});

describe('a verb in the dual', () => {
  const events = (text: string): Array<[string, string, string[]]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: DOC_DATE }).events.map((e) => [e.type, e.status, e.participants.slice().sort()]);
  it('has the two its sentence names before it ("اتفق … و… على أن يلتقيا")', () => {
    expect(events('اتفق الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ على أن يلتقيا في بكين الشهر المقبل.')).toEqual([['meeting', 'planned', ['person:vladimir-putin', 'person:xi-jinping']]]);
  });
  it('of speaking by telephone is a call ("تحدثا هاتفيا"), not one speaking of a call', () => {
    expect(events('وقال المتحدث إن الرئيسين بوتين وترامب تحدثا هاتفيا أمس.')).toEqual([['call', 'occurred', ['person:donald-trump', 'person:vladimir-putin']]]);
    expect(events('وتحدث ماكرون في مؤتمر صحفي عن اتصاله هاتفيا بترامب.')).toEqual([['call', 'occurred', ['person:donald-trump', 'person:emmanuel-macron']]]);
  });
  it('of speaking face to face is a meeting ("تحدثا بشكل مباشر")', () => {
    expect(events('وأوضح المتحدث أن وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف تحدثا بشكل مباشر لبضع دقائق.'))
      .toEqual([['meeting', 'occurred', ['person:abbas-araghchi', 'person:steve-witkoff']]]);
  });
});

describe('an event whose place is not yet announced ("لم يعلن بعد عن مكان انعقاد الجولة الثانية")', () => {
  it('lies ahead', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوبينما لم يعلن بعد عن مكان انعقاد القمة بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب، قال المتحدث إن التحضيرات جارية.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.status)).toEqual(['planned']);
  });
});

describe('a traveller told on through a paragraph', () => {
  const events = (text: string, docDate = '2025-05-14'): Array<[string[], string | null, string | undefined]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate }).events
    .map((e) => [e.participants.slice().sort(), e.location, e.date?.value]);
  const text = 'وكانت الرياض أولى محطات الرئيس السوري أحمد الشرع في الثاني من فبراير الماضي، حين استقبله ولي العهد السعودي الأمير محمد بن سلمان، ثم زار أنقرة بعد يومين والتقى الرئيس التركي رجب طيب أردوغان.\n'
    + 'وفي أبريل الماضي توجه إلى الدوحة حيث أجرى مباحثات مع أمير قطر الشيخ تميم بن حمد آل ثاني، قبل أن يحط في باريس، إذ استقبله الرئيس الفرنسي إيمانويل ماكرون.';
  it('is the guest a host received, who goes on after ثم ("حين استقبله …، ثم زار أنقرة بعد يومين والتقى …")', () => {
    expect(events(text)).toContainEqual([['person:ahmed-al-sharaa', 'person:recep-tayyip-erdogan'], 'place:ankara', '2025-02-04']);
  });
  it('goes on in a sentence opened by its month ("وفي أبريل الماضي توجه إلى الدوحة")', () => {
    expect(events(text)).toContainEqual([['person:ahmed-al-sharaa', 'person:tamim-bin-hamad-al-thani'], 'place:doha', '2025-04']);
  });
  it('is the one a host\'s pronoun stands for, not the last one named ("…، إذ استقبله الرئيس الفرنسي")', () => {
    expect(events(text).filter(([p]) => p.includes('person:emmanuel-macron'))).toEqual([[['person:ahmed-al-sharaa', 'person:emmanuel-macron'], null, undefined]]);
  });
});

describe('one named by his titles and his name, the object of an event', () => {
  it('is no subject of a clause after it ("مباحثات مع وزير الدولة وزير الشؤون الخارجية … أحمد عطاف …، قبل أن يتوجه")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوزار وزير الخارجية الفرنسي جان نويل بارو الجزائر أمس. وعقد بارو جلسة مباحثات مع وزير الدولة وزير الشؤون الخارجية والجالية الوطنية بالخارج أحمد عطاف بمقر الوزارة، تناولت ملفات الهجرة، قبل أن يتوجه إلى قصر المرادية حيث استقبله الرئيس تبون.', g, { docDate: '2025-04-06' });
    expect(doc.events.filter((e) => e.participants.includes('person:abdelmadjid-tebboune')).map((e) => e.participants.slice().sort())).toEqual([['person:abdelmadjid-tebboune', 'person:jean-noel-barrot']]);
  });
});

describe('a place an event told before named after its trigger', () => {
  const places = (text: string): Array<[string, string | null]> => extractDocument('probe', `${text}\nنص الخبر.`, g, { docDate: '2025-04-06' }).events.map((e) => [e.type, e.location]);
  it('is not taken back by a noun after it ("تبون يستقبل الوزير الفرنسي في قصر المرادية وحديث عن زيارة مرتقبة لدارمانان")', () => {
    expect(places('تبون يستقبل الوزير الفرنسي في قصر المرادية وحديث عن زيارة مرتقبة لوزير الداخلية الإيطالي ماتيو بيانتيدوسي')).toContainEqual(['visit', null]);
  });
  it('but is where a gathering is on whose sidelines the event was ("في أنطاليا، على هامش الاجتماع")', () => {
    expect(places('سيلتقي وزير الخارجية الأمريكي ماركو روبيو نظيره السوري أسعد الشيباني في أنطاليا، على هامش الاجتماع غير الرسمي لوزراء خارجية حلف شمال الأطلسي')
      .every(([, place]) => place === 'place:antalya')).toBe(true);
  });
});

describe('an event that preceded one told before ("وسبق لقاء القمة اجتماع بين …")', () => {
  const text = 'عنوان الخبر\nاستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس العاهل الأردني الملك عبد الله الثاني.\nوسبق لقاء القمة اجتماع بين وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي.';
  const events = (): Array<[string[], string | null]> => extractDocument('probe', text, g, { docDate: DOC_DATE }).events.map((e) => [e.participants.slice().sort(), e.location]);
  it('is an event of its own, where the one it preceded was', () => {
    expect(events()).toContainEqual([['person:ayman-safadi', 'person:badr-abdelatty'], 'place:cairo']);
  });
  it('and the noun it preceded is the event told before, not one with its parties', () => {
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.find((e) => e.participants.includes('person:abdel-fattah-el-sisi'))?.mentions.map((m) => m.trigger.text)).toContain('لقاء');
  });
});

describe('an event "during it" after a visit ("يعتزم خلالها لقاء", "يجري خلالها مباحثات")', () => {
  const events = (text: string): Array<[string[], string | null]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: DOC_DATE }).events.map((e) => [e.participants.slice().sort(), e.location]);
  it.each([
    'ومن المنتظر أن يزور الرئيس الفرنسي إيمانويل ماكرون الرياض الشهر المقبل، في إطار جولة خليجية يعتزم خلالها لقاء ولي العهد السعودي الأمير محمد بن سلمان.',
    'ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض مساء أمس في زيارة رسمية تستغرق يومين يجري خلالها مباحثات مع ولي العهد السعودي الأمير محمد بن سلمان.',
  ])('has the visit\'s traveller and place: %s', (text) => {
    expect(events(text)).toEqual([[['person:emmanuel-macron', 'person:mohammed-bin-salman'], 'place:riyadh']]);
  });
});

describe('an event "on the sidelines of the conference" ("على هامش المؤتمر")', () => {
  it('is where the conference the story named by its city is', () => {
    const text = 'عنوان الخبر\nالتقى وزير الخارجية السعودي الأمير فيصل بن فرحان، اليوم، على هامش أعمال مؤتمر ميونخ للأمن، وزير الخارجية الأوكراني أندريه سيبيها.\nوكان سمو وزير الخارجية قد التقى أمس، على هامش المؤتمر، وزير الخارجية الصيني وانغ يي.';
    const doc = extractDocument('probe', text, g, { docDate: '2025-02-15' });
    expect(doc.events.find((e) => e.participants.includes('person:wang-yi'))?.location).toBe('place:munich');
  });
});

describe('"حل ب<place>", arriving', () => {
  const events = (text: string): Array<[string, string[], string | null, string | undefined]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: '2025-04-08' }).events
    .map((e) => [e.type, e.participants.slice().sort(), e.location, e.date?.value]);
  it('is a visit of the main clause\'s subject, not of the one a letter went to, on the day its noun names', () => {
    expect(events('وعبر الرئيس الفرنسي إيمانويل ماكرون عن موقفه في رسالة وجهها إلى الملك محمد السادس في يوليوز الماضي، قبل أن يحل بالرباط في زيارة دولة أواخر أكتوبر الماضي، استقبله خلالها جلالة الملك بالقصر الملكي.'))
      .toEqual([['meeting', ['person:emmanuel-macron', 'person:mohammed-vi'], 'place:rabat', '2024-10']]);
  });
  it('but not what befalls a place ("النكبة التي تحل بلبنان"), nor one who has died ("جنازة الملك الراحل")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nالتقى الأمين العام لجامعة الدول العربية عمرو موسى الرئيس اللبناني ميشال عون في بيروت أمس. وقال موسى إن النكبة التي تحل بلبنان كبيرة.', g, { docDate: '2025-04-08' });
    expect(doc.events.flatMap((e) => e.mentions.map((m) => m.trigger.text))).toEqual(['التقى']);
    expect(events('وكانت العائلة الملكية الإسبانية قد حلت بالمغرب من أجل حضور مراسيم جنازة الملك الراحل الحسن الثاني.')).toEqual([]);
  });
});

describe('where a journey sets out from ("سيتوجه من بيروت إلى إسرائيل")', () => {
  it('is not where it goes', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوعلمت الصحيفة أن المبعوث الأمريكي توم باراك سيتوجه من بيروت إلى إسرائيل للقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location])).toEqual([[['person:benjamin-netanyahu', 'person:tom-barrack'], 'place:israel']]);
  });
});

describe('a journey "توجه" in the past', () => {
  const events = (text: string, docDate: string): Array<[string, string, string | undefined]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate }).events.map((e) => [e.type, e.status, e.date?.value]);
  it('has happened, on the weekday before the article ("وفي يوم الاثنين، توجه …" read on a Saturday)', () => {
    expect(events('وفي يوم الاثنين، توجه وزير الخارجية السعودي الأمير فيصل بن فرحان إلى القاهرة.', '2025-06-14')).toEqual([['visit', 'occurred', '2025-06-09']]);
  });
  it('but "يتوجه" and "تتوجه" lie ahead', () => {
    expect(events('ويتوجه وزير الخارجية السعودي الأمير فيصل بن فرحان غدا إلى القاهرة.', '2025-06-14')).toEqual([['visit', 'planned', '2025-06-15']]);
  });
});

describe('a call received "from" someone ("تلقى الرئيس … اتصالا من …")', () => {
  const calls = (text: string): string[][] => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: DOC_DATE }).events.map((e) => [e.type, ...e.participants.slice().sort()]);
  it('has the caller, its subject between the verb and the call', () => {
    expect(calls('وتلقى الرئيس التركي رجب طيب أردوغان كذلك اتصالا من الرئيس الروسي فلاديمير بوتين، تناول التطورات في المنطقة.'))
      .toEqual([['call', 'person:recep-tayyip-erdogan', 'person:vladimir-putin']]);
  });
  it('but not a call from no one named', () => {
    expect(calls('وتلقت الشرطة اتصالا من مجهول أبلغ عن الحادث.')).toEqual([]);
  });
});

describe('a title with no country after several who hold that office', () => {
  it('is the one the story named without the office and its country, not one introduced by them', () => {
    const text = 'عنوان الخبر\nواستقبل الوزير أيمن الصفدي في عمان أمس وزير الخارجية المصري بدر عبد العاطي.\nوأجرى وزير الخارجية، اليوم، اتصالا هاتفيا مع نظيره الفرنسي جان نويل بارو.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.filter((e) => e.type === 'call').map((e) => e.participants.slice().sort())).toEqual([['person:ayman-safadi', 'person:jean-noel-barrot']]);
  });
});

describe('two named by the dual after a reception ("ثم انتقل الموفدان … حيث اجتمعا برئيس الحكومة")', () => {
  const text = 'عنوان الخبر\nاستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وزير الخارجية الأمريكي ماركو روبيو والمبعوث الأمريكي ستيف ويتكوف.\n'
    + 'وقال روبيو للصحافيين إن المحادثات كانت مثمرة. وأضاف أن بلاده تدعم جهود الوساطة.\nثم انتقل الضيفان إلى مقر الحكومة حيث اجتمعا برئيس الوزراء مصطفى مدبولي.';
  it('are the two guests, on the reception\'s day', () => {
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.filter((e) => e.participants.includes('person:mostafa-madbouly')).map((e) => [e.participants.slice().sort(), e.date?.value]))
      .toEqual([[['person:marco-rubio', 'person:mostafa-madbouly', 'person:steve-witkoff'], '2025-06-09']]);
  });
  it('but not when the sentence names whom', () => {
    const named = text.replace('ثم انتقل الضيفان إلى مقر الحكومة حيث اجتمعا', 'ثم اجتمع وزير الخارجية المصري بدر عبد العاطي');
    const doc = extractDocument('probe', named, g, { docDate: DOC_DATE });
    expect(doc.events.filter((e) => e.participants.includes('person:mostafa-madbouly')).map((e) => e.participants.slice().sort()))
      .toEqual([['person:badr-abdelatty', 'person:mostafa-madbouly']]);
  });
});

describe('surnames that are words, after a verb and an adverb of time ("والتقى حينها بري وسلام")', () => {
  it('are the people the story named in full', () => {
    const text = 'عنوان الخبر\nوصل الموفد الفرنسي جان إيف لودريان إلى بيروت، حيث يلتقي رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام.\nوكان لودريان قد زار بيروت الشهر الماضي والتقى حينها بري وسلام.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    const forms = (id: string): string[] => doc.entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];
    expect([forms('person:nabih-berri'), forms('person:nawaf-salam')]).toEqual([['نبيه بري', 'بري'], ['نواف سلام', 'سلام']]);
  });
});

describe('an event that preceded a summit told by two mentions ("وعقد الرئيسان اجتماعا مغلقا")', () => {
  it('took place where the mention of the summit with its place says', () => {
    const text = 'عنوان الخبر\nبحث الرئيس التركي رجب طيب أردوغان مع الرئيس السوري أحمد الشرع في أنقرة أمس العلاقات الثنائية.\nوعقد الرئيسان اجتماعا مغلقا استمر ساعتين.\nوسبق لقاء القمة اجتماع بين وزير الخارجية السوري أسعد الشيباني ونظيره التركي هاكان فيدان.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.find((e) => e.participants.includes('person:hakan-fidan') && e.participants.includes('person:asaad-al-shaibani'))?.location).toBe('place:ankara');
  });
});

describe('an event said to have been set for a time ("اجتماعا كان مقررا")', () => {
  const events = (text: string): Array<[string, string, string[]]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: DOC_DATE }).events.map((e) => [e.type, e.status, e.participants.slice().sort()]);
  it('lies ahead, and is called off by a word of cancelling later in its clause', () => {
    expect(events('وقالت مصادر إن لقاء كان مقررا بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب في بودابست.'))
      .toEqual([['meeting', 'planned', ['person:donald-trump', 'person:vladimir-putin']]]);
    expect(events('وقالت مصادر إن لقاء كان مقررا بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب في بودابست ألغي في اللحظة الأخيرة.'))
      .toEqual([['meeting', 'cancelled', ['person:donald-trump', 'person:vladimir-putin']]]);
  });
  it('a delegation of a country\'s government is the country ("وفد من الحكومة السودانية")', () => {
    expect(events('والتقى وزير الخارجية الأمريكي ماركو روبيو في واشنطن وفدا من الحكومة السودانية.'))
      .toEqual([['meeting', 'occurred', ['person:marco-rubio', 'place:sudan']]]);
  });
});

describe('the subject of a sentence after a semicolon, from the sentence before', () => {
  it('is not one named after a preposition there ("ولم تقتصر لقاءات غروندبرغ … على رئيس مجلس القيادة؛ إذ التقى … كما اجتمع")', () => {
    const text = 'عنوان الخبر\nبحث رئيس مجلس القيادة الرئاسي رشاد العليمي مع المبعوث الأممي هانس غروندبرغ الأوضاع في الرياض.\n'
      + 'ولم تقتصر لقاءات غروندبرغ في الرياض على رئيس مجلس القيادة؛ إذ التقى أيضا السفير السعودي محمد آل جابر، كما اجتمع مع سفراء الدول الخمس دائمة العضوية في مجلس الأمن.';
    const doc = extractDocument('probe', text, g, { docDate: DOC_DATE });
    expect(doc.events.filter((e) => e.participants.includes('org:united-nations-security-council')).map((e) => e.participants.slice().sort()))
      .toEqual([['org:united-nations-security-council', 'person:hans-grundberg']]);
  });
});

describe('the heads of delegations named after their talks ("وسيرأس الوفد الروسي …، فيما يرأس الوفد الأوكراني …")', () => {
  it('are parties of the talks of those delegations told just before', () => {
    const text = 'عنوان الخبر\nأعلنت الخارجية التركية أن إسطنبول ستستضيف غدا جولة جديدة من المفاوضات بين الوفدين الروسي والأوكراني.\n'
      + 'وسيرأس الوفد الروسي مساعد الرئيس فلاديمير ميدينسكي، فيما يرأس الوفد الأوكراني رستم عمروف.';
    const doc = extractDocument('probe', text, g, { docDate: '2025-07-22' });
    expect(doc.events.map((e) => [e.status, e.participants.slice().sort()])).toEqual([['planned', ['person:rustem-umerov', 'person:vladimir-medinsky']]]);
  });
});

describe('a relative clause set off by commas between a subject and its event ("عقد الوزير، الذي يرافق ترامب، اجتماعا")', () => {
  const parties = (text: string): string[][] => partiesOf(text);
  it('names no party: the subject is before it', () => {
    expect(parties('وعقد وزير الخارجية الأمريكي ماركو روبيو، الذي يرافق ترامب في جولته، اجتماعا مع وزير الخارجية السعودي فيصل بن فرحان.'))
      .toEqual([['person:faisal-bin-farhan', 'person:marco-rubio']]);
  });
  it('and its event, the one it is on, is told as before', () => {
    expect(parties('والتقى ترامب الرئيس السوري أحمد الشرع، الذي التقى أيضا وزير الخارجية السعودي فيصل بن فرحان.'))
      .toEqual([['person:ahmed-al-sharaa', 'person:donald-trump'], ['person:ahmed-al-sharaa', 'person:faisal-bin-farhan']]);
  });
});

describe('a minister named by a portfolio the titles do not list ("مع وزير الاستثمار السعودي خالد الفالح")', () => {
  it('is the party after مع', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوعقد وزير الخارجية الأمريكي ماركو روبيو اجتماعا مع وزير الاستثمار السعودي خالد الفالح.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants.length)).toEqual([2]);
    expect(doc.events[0]!.participants).toContain('person:marco-rubio');
  });
});

describe('a visit one means to make, told by a relative clause ("الزيارة التي يعتزم … القيام بها إلى روما")', () => {
  it('is his, to the place after it, ahead', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوبحث الجانبان التحضيرات للزيارة الرسمية التي يعتزم الرئيس الفرنسي إيمانويل ماكرون القيام بها إلى الرياض.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, e.status, e.participants, e.location])).toEqual([['visit', 'planned', ['person:emmanuel-macron'], 'place:riyadh']]);
  });
});

describe('the nationalities of an indefinite event noun, after its own indefinite adjectives', () => {
  const parties = (text: string): string[][] => partiesOf(text);
  it('are its parties ("اجتماعاً ثلاثياً روسياً تركياً إيرانياً")', () => {
    expect(parties('وشهدت أنقرة أمس اجتماعاً ثلاثياً روسياً تركياً إيرانياً.')).toEqual([['place:iran', 'place:russia', 'place:turkey']]);
  });
  it('but not after a noun in ـاية or a region\'s adjective ("محادثات تاريخية برعاية مصرية", "اتصالات أوروبية تركية")', () => {
    expect(parties('وعقدت أمس محادثات تاريخية برعاية مصرية.')).toEqual([]);
    expect(parties('وجرت أمس اتصالات أوروبية تركية.')).toEqual([]);
  });
});

describe('who took part in an event, after "شارك فيه"', () => {
  it('are its parties, after its nationalities too', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوشهدت جنيف أمس اجتماعاً روسياً أمريكياً شارك فيه وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي ماركو روبيو.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants.slice().sort())).toEqual([['person:marco-rubio', 'person:sergey-lavrov']]);
  });
});

describe('rounds of talks', () => {
  const story = [
    'عنوان الخبر',
    'انطلقت اليوم في جنيف الجولة الثالثة من المحادثات بين روسيا والولايات المتحدة، ويرأس فيها الوفد الروسي سيرغي لافروف، فيما يرأس الوفد الأمريكي ماركو روبيو.',
    'وكانت الجولة الأولى قد عقدت في الرياض في 18 فبراير، وشهدت في اليوم ذاته اجتماعا شارك فيه الأمير فيصل بن فرحان ومستشار الأمن القومي الأمريكي مايك والتز.',
    'وعقدت الجولة الثانية في إسطنبول في 27 فبراير بين لافروف وروبيو.',
    'وكان لافروف قد أجرى في 20 فبراير محادثات مع الوفد التركي.',
    'وفي الأول من مارس، توجه لافروف إلى أنقرة، والتقى الرئيس رجب طيب أردوغان ووزير الخارجية هاكان فيدان، ونقل إليهما رسائل تتعلق بترتيبات الجولة الثالثة.',
  ].join('\n');
  const events = (): Array<[string[], string | null, string | undefined]> => extractDocument('probe', story, g, { docDate: '2025-03-10' }).events
    .map((e) => [e.participants.slice().sort(), e.location, e.date?.value]);
  it('head of each delegation, in the sentence of the talks ("ويرأس فيها الوفد الروسي …"), are their parties', () => {
    expect(events()).toContainEqual([['person:marco-rubio', 'person:sergey-lavrov'], 'place:geneva', '2025-03-10']);
  });
  it('a numbered round is between the series\' parties, not another meeting\'s of its sentence', () => {
    expect(events()).toContainEqual([['person:marco-rubio', 'person:sergey-lavrov'], 'place:riyadh', '2025-02-18']);
    expect(events()).toContainEqual([['person:faisal-bin-farhan', 'person:mike-waltz'], null, '2025-02-18']);
  });
  it('a round\'s day may stand between its place and its parties ("في إسطنبول في 27 فبراير بين …")', () => {
    expect(events()).toContainEqual([['person:marco-rubio', 'person:sergey-lavrov'], 'place:istanbul', '2025-02-27']);
  });
  it('a meeting joined by و to a visit is at its place, on its day; the round being arranged there is the round told', () => {
    expect(events()).toContainEqual([['person:hakan-fidan', 'person:recep-tayyip-erdogan', 'person:sergey-lavrov'], 'place:ankara', '2025-03-01']);
    expect(events().filter((e) => e[0].includes('person:recep-tayyip-erdogan'))).toHaveLength(1);
  });
});

describe('an event in a relative clause of its host, then "بمشاركة" delegations and their heads', () => {
  it('has the heads for parties ("الاجتماع الذي تستضيفه جنيف بمشاركة وفدين يرأسهما …")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوافتتح الأمين العام الاجتماع الذي تستضيفه جنيف بمشاركة وفدين يرأسهما سيرغي لافروف وماركو روبيو.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location])).toEqual([[['person:marco-rubio', 'person:sergey-lavrov'], 'place:geneva']]);
  });
});

describe('a verb of bringing together whose parties the lexicon does not know', () => {
  it('takes no parties from the event before it', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nاستقبل الرئيس عبد الفتاح السيسي أمس رئيس الوزراء الهندي ناريندرا مودي.\nوتستكمل الفعاليات اليوم بلقاء يجمع اتحاد الكتاب مع نقابة الصحفيين.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants.slice().sort())).toEqual([['person:abdel-fattah-el-sisi', 'person:narendra-modi']]);
  });
});

describe('an event noun in a relative clause on someone', () => {
  const parties = (text: string): string[][] => partiesOf(text);
  it('is not his when the clause only speaks of it ("بيسكوف، الذي وصف اللقاء بأنه مفيد")', () => {
    expect(parties('استقبل الرئيس فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في الكرملين، وفق ما أعلن المتحدث باسم الكرملين دميتري بيسكوف، الذي وصف اللقاء بأنه مفيد.'))
      .toEqual([['person:recep-tayyip-erdogan', 'person:vladimir-putin']]);
  });
});

describe('a place in what a meeting is for ("لبحث … في ليبيا")', () => {
  it('is not where the meeting is', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nومن المقرر أن يستقبل لافروف يوم الاثنين المقبل وزير الخارجية المصري بدر عبد العاطي، لبحث سبل دفع العملية السياسية في ليبيا.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.location)).toEqual([null]);
  });
});

describe('an event told as later in the day, with someone new', () => {
  it('is another event than the one of two told before ("وفي وقت لاحق، استقبل بوتين الوزير …")', () => {
    const doc = extractDocument('probe', 'موسكو - اليوم\nالتقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو نظيره المصري بدر عبد العاطي.\nوفي وقت لاحق، استقبل الرئيس فلاديمير بوتين الوزير المصري في الكرملين، بحضور لافروف.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants.slice().sort())).toEqual([
      ['person:badr-abdelatty', 'person:sergey-lavrov'],
      ['person:badr-abdelatty', 'person:sergey-lavrov', 'person:vladimir-putin'],
    ]);
  });
});

describe('an event of the story\'s day told in the pluperfect', () => {
  it('is where the dateline says ("وكان الضيف قد أجرى في وقت سابق من اليوم محادثات")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nروما - استقبل الرئيس الإيطالي سيرجيو ماتاريلا اليوم وزير الخارجية الجزائري أحمد عطاف.\nوكان عطاف قد أجرى في وقت سابق من اليوم محادثات مع وزير الخارجية الإيطالي أنطونيو تاياني.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location, e.date?.value])).toContainEqual([['person:ahmed-attaf', 'person:antonio-tajani'], 'place:rome', DOC_DATE]);
  });
  it('or the day before ("وكان رئيس المجلس قد استقبل أمس الثلاثاء …"), but not one of the weeks before', () => {
    const places = (text: string): Array<string | null> => extractDocument('probe', `عنوان الخبر\nالرياض - التقى الرئيس رشاد العليمي اليوم المبعوث الأممي هانس غروندبرغ.\n${text}`, g, { docDate: '2024-11-13' })
      .events.filter((e) => e.participants.includes('person:mohammed-al-jaber')).map((e) => e.location);
    expect(places('وكان العليمي قد استقبل أمس الثلاثاء السفير السعودي محمد آل جابر.')).toEqual(['place:riyadh']);
    expect(places('وكان العليمي قد استقبل في الثالث من الشهر الماضي السفير السعودي محمد آل جابر.')).toEqual([null]);
  });
});

describe('an event just before or after the one told ("وقبيل اللقاء، …")', () => {
  it('is on its day, in its place', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nاستقبل الرئيس رجب طيب أردوغان مساء الاثنين في إسطنبول وزير الخارجية المصري بدر عبد العاطي.\nوقبيل اللقاء، عقد وزير الخارجية التركي هاكان فيدان وضيفه المصري جلسة مباحثات.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location, e.date?.value])).toEqual([
      [['person:badr-abdelatty', 'person:recep-tayyip-erdogan'], 'place:istanbul', '2025-06-09'],
      [['person:badr-abdelatty', 'person:hakan-fidan'], 'place:istanbul', '2025-06-09'],
    ]);
  });
});

describe('countries beside people of theirs in one mention', () => {
  it('are those people\'s sides, sharing nothing more with talks of other countries', () => {
    const doc = extractDocument('probe', 'إسطنبول تحتضن جولة ثالثة من المفاوضات الروسية الأوكرانية\nوشهدت أنقرة أمس اجتماعاً تركياً أمريكياً أوكرانياً شارك فيه فيدان وروبيو وعمروف.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants.slice().sort())).toContainEqual(['person:hakan-fidan', 'person:marco-rubio', 'person:rustem-umerov']);
  });
});

describe('talks held after ثم, their subject unsaid', () => {
  it('are the guest\'s the sentence told received, in its place, on its day ("حيث استقبله …، ثم عقد جلسة مباحثات مع …")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوانتقل وزير الخارجية المصري بدر عبد العاطي أمس الاثنين إلى الدوحة، حيث استقبله أمير قطر الشيخ تميم بن حمد آل ثاني، ثم عقد جلسة مباحثات مع رئيس مجلس الوزراء الشيخ محمد بن عبد الرحمن آل ثاني.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location, e.date?.value])).toEqual([
      [['person:badr-abdelatty', 'person:tamim-bin-hamad-al-thani'], 'place:doha', '2025-06-09'],
      [['person:badr-abdelatty', 'person:mohammed-bin-abdulrahman-al-thani'], 'place:doha', '2025-06-09'],
    ]);
  });
});

describe('an envoy named by his principal and his region ("مبعوث الرئيس الأميركي دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف")', () => {
  it('is the party, not his principal, and the region is no place of the meeting', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوعقد رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني لقاء مع مبعوث الرئيس الأميركي المنتخب دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location])).toEqual([[['person:mohammed-bin-abdulrahman-al-thani', 'person:steve-witkoff'], null]]);
  });
});

describe('a place in an office of something, before its holder\'s name ("رئيس الحركة في غزة خليل الحية")', () => {
  const locations = (text: string): Array<string | null> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: DOC_DATE }).events.map((e) => e.location);
  it('is no place of the meeting', () => {
    expect(locations('والتقى رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني وفد حركة حماس برئاسة رئيس الحركة في غزة خليل الحية.')).toEqual([null]);
  });
  it('but an ambassador\'s post is where he meets his hosts ("مع السفير الإيراني في بغداد محمد كاظم آل صادق")', () => {
    expect(locations('وبحث وزير الخارجية العراقي فؤاد حسين مع السفير الإيراني في بغداد محمد كاظم آل صادق العلاقات.')).toEqual(['place:baghdad']);
  });
  it('nor are the prisoners a deal is about ("صفقة تبادل الأسرى في قطاع غزة")', () => {
    expect(locations('وبحث رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني مع ستيف ويتكوف صفقة تبادل الأسرى في قطاع غزة.')).toEqual([null]);
  });
});

describe('the event told, as the subject of what it dealt with ("وتناول اللقاء …")', () => {
  it('takes no party or place from its subject matter', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nاستقبل الملك عبدالله الثاني اليوم في عمان وزير الخارجية الأمريكي ماركو روبيو.\nوتناول اللقاء الشراكة الاستراتيجية بين الأردن والولايات المتحدة، والتطورات في سوريا ولبنان.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location])).toEqual([[['person:abdullah-ii', 'person:marco-rubio'], 'place:amman']]);
  });
});

describe('a visit held by a verb with its pronoun, its maker a surname that is also a nationality ("زيارة أجراها السوداني")', () => {
  it('is made by the person named in full before', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nاستقبل رئيس الوزراء محمد شياع السوداني أمس الوزير.\nويأتي اللقاء بعد أيام من زيارة أجراها السوداني إلى طهران، الأربعاء الماضي، التقى خلالها المرشد الإيراني علي خامنئي.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location]).at(-1)).toEqual([['person:ali-khamenei', 'person:mohammed-shia-al-sudani'], 'place:tehran']);
  });
});

describe('a party named by two offices of his, commas between, then his name', () => {
  it('is the party after مع ("مع نائب رئيس مجلس الوزراء، وزير الخارجية والتعاون الدولي الإيطالي، أنطونيو تاياني")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوأجرى وزير الخارجية الجزائري أحمد عطاف أمس جلسة محادثات مع نائب رئيس مجلس الوزراء، وزير الخارجية والتعاون الدولي الإيطالي، أنطونيو تاياني.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => e.participants.slice().sort())).toEqual([['person:ahmed-attaf', 'person:antonio-tajani']]);
  });
});

describe('"تباحث مع"', () => {
  const events = (text: string): Array<[string, string[], string | null]> => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: DOC_DATE }).events
    .map((e) => [e.type, e.participants.slice().sort(), e.location]);
  it('is talks, where it says ("تباحث بوريطة بمدريد مع …")', () => {
    expect(events('كما تباحث وزير الخارجية المغربي ناصر بوريطة بمدريد مع وزير الخارجية النرويجي إسبن بارث إيدي.'))
      .toEqual([['meeting', ['person:espen-barth-eide', 'person:nasser-bourita'], 'place:madrid']]);
  });
  it('is the call its sentence opened with ("وفي اتصال هاتفي، أمس الأحد، تباحث …")', () => {
    expect(events('وفي اتصال هاتفي، أمس الأحد، تباحث وزير الخارجية المغربي ناصر بوريطة مع نظيره الموريتاني محمد سالم ولد مرزوك.'))
      .toEqual([['call', ['person:mohamed-salem-ould-merzouk', 'person:nasser-bourita'], null]]);
  });
  it('its subject matter, after بشأن, names no place of it', () => {
    expect(events('وتباحث الرئيس التركي رجب طيب أردوغان مع وزير الخارجية الأمريكي ماركو روبيو بشأن تعزيز القوات الدولية في لبنان.'))
      .toEqual([['meeting', ['person:marco-rubio', 'person:recep-tayyip-erdogan'], null]]);
  });
});

describe('the meeting that brought one man together with another ("اللقاء الذي جمعه … بالرئيس الأمريكي")', () => {
  it('is between the one told before and the one after ب, a day and place between them', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوكان الرئيس السوري أحمد الشرع قد أشاد أمس بالدعم الخليجي. وأشار إلى اللقاء الذي جمعه في الرياض في الـ 14 من أيار 2025 بالرئيس الأمريكي دونالد ترامب.', g, { docDate: '2025-10-10' });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location, e.date?.value])).toEqual([[['person:ahmed-al-sharaa', 'person:donald-trump'], 'place:riyadh', '2025-05-14']]);
  });
});

describe('a call with a Gulf ruler named with his courtesies and offices', () => {
  it('has him for a party, and the country of his office is no place of the call ("مع أخيه صاحب السمو الملكي الأمير محمد بن سلمان … في المملكة العربية السعودية")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nأجرى أمير قطر الشيخ تميم بن حمد آل ثاني أمس اتصالا هاتفيا مع أخيه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية الشقيقة.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.type, e.participants.slice().sort(), e.location])).toEqual([['call', ['person:mohammed-bin-salman', 'person:tamim-bin-hamad-al-thani'], null]]);
  });
});

describe('the seat of an office of state the lexicon does not know, after a verb of receiving', () => {
  const events = (text: string, date = '2025-07-13'): Array<[string[], string | null]> =>
    extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: date }).events.map((e) => [e.participants.slice().sort(), e.location]);
  it('is in the country of its host, his subject and the day between ("استقبل رئيس الجمهورية، السيد …، اليوم الأحد، بمقر رئاسة الجمهورية")', () => {
    expect(events('استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الأحد، بمقر رئاسة الجمهورية، وزير الخارجية الإيطالي أنطونيو تاياني.'))
      .toEqual([[['person:abdelmadjid-tebboune', 'person:antonio-tajani'], 'place:algeria']]);
  });
  it('a minister\'s too ("بمقر وزارة الخارجية"), and the state\'s palace ("بالقصر الرئاسي") a head of state\'s', () => {
    expect(events('استقبل وزير الخارجية الجزائري أحمد عطاف بمقر وزارة الخارجية نظيره الإيطالي أنطونيو تاياني.').map(([, place]) => place)).toEqual(['place:algeria']);
    expect(events('واستقبل الرئيس عبد المجيد تبون بالقصر الرئاسي وزير الخارجية الإيطالي أنطونيو تاياني.').map(([, place]) => place)).toEqual(['place:algeria']);
  });
  it('is in the country its words say ("في مقر الرئاسة الروسية"), and a seat of nothing of state is no place ("بمقر الشركة")', () => {
    expect(events('استقبل الرئيس عبد المجيد تبون في مقر الرئاسة الروسية وزير الخارجية الإيطالي أنطونيو تاياني.').map(([, place]) => place)).toEqual(['place:russia']);
    expect(events('استقبل الرئيس عبد المجيد تبون بمقر الشركة وزير الخارجية الإيطالي أنطونيو تاياني.').map(([, place]) => place)).toEqual([null]);
  });
});

describe('an audience told by who sat in on it ("وحضر المقابلة …")', () => {
  it('adds who attended to the audience just told, and the word alone is no event ("في مقابلة مع قناة")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nاستقبل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم وزير الخارجية الأردني أيمن الصفدي.\n\nوحضر المقابلة وزير الخارجية عبدالله علي اليحيا.\n\nوقال الصفدي في المقابلة مع قناة الجزيرة إن الأردن يدعم الكويت.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.mentions.length])).toEqual([[['person:abdullah-al-yahya', 'person:ayman-safadi', 'person:mishal-al-ahmad-al-jaber-al-sabah'], 2]]);
  });
});

describe('who carries a message to the one who receives him', () => {
  it('is met, and who sent it is no party ("يستقبل الصفدي حاملا رسالة من العاهل الأردني", "الذي سلمه رسالة خطية من أخيه")', () => {
    const parties = (text: string): string[][] => partiesOf(text);
    expect(parties('أمير الكويت يستقبل الصفدي حاملا رسالة من العاهل الأردني')).toEqual([['person:ayman-safadi', 'person:mishal-al-ahmad-al-jaber-al-sabah']]);
    expect(parties('استقبل الرئيس عبد المجيد تبون وزير الدولة القطري محمد الخليفي، الذي سلمه رسالة خطية من أخيه أمير دولة قطر الشيخ تميم بن حمد آل ثاني.'))
      .toEqual([['person:abdelmadjid-tebboune', 'person:mohammed-al-khulaifi']]);
  });
});

describe('an event being arranged', () => {
  const events = (text: string): Array<[string, string[], string | null]> =>
    extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: DOC_DATE }).events.map((e) => [e.status, e.participants.slice().sort(), e.location]);
  it('is ahead, and who arranges a meeting is not its party ("يضبطان ترتيبات قمة روما")', () => {
    expect(events('وأجرى وزير الخارجية أحمد عطاف أمس محادثات مع نظيره الإيطالي أنطونيو تاياني لضبط ترتيبات القمة بين الرئيس تبون ورئيسة الوزراء جورجيا ميلوني في روما.'))
      .toEqual([['occurred', ['person:ahmed-attaf', 'person:antonio-tajani'], null], ['planned', ['person:abdelmadjid-tebboune', 'person:giorgia-meloni'], 'place:rome']]);
  });
  it('a visit the subject intends is his ("التحضيرات للزيارة الرسمية التي يعتزم سموه القيام بها إلى روما")', () => {
    expect(events('تلقى رئيس الدولة الشيخ محمد بن زايد اتصالا هاتفيا من جورجيا ميلوني، بحثا خلاله التحضيرات للزيارة الرسمية التي يعتزم سموه القيام بها إلى روما الشهر المقبل.').filter(([status]) => status === 'planned'))
      .toEqual([['planned', ['person:mohamed-bin-zayed'], 'place:rome']]);
  });
});

describe('the future verb a sentence opens with', () => {
  it('puts the event it governs ahead, its subject and company between ("وسيترأس الرئيس تبون، رفقة … ميلوني، أشغال القمة")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوسيترأس الرئيس تبون، رفقة رئيسة مجلس الوزراء الإيطالي، جورجيا ميلوني، أشغال القمة في روما.', g, { docDate: DOC_DATE });
    expect(doc.events.map((e) => [e.status, e.participants.slice().sort()])).toEqual([['planned', ['person:abdelmadjid-tebboune', 'person:giorgia-meloni']]]);
  });
});

describe('a meeting on the sidelines of the story\'s event, named by its noun alone ("وعلى هامش الزيارة، التقى …")', () => {
  it('is where the story\'s first event took place, not the last place told', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nاستقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، نظيره الأوكراني فولوديمير زيلينسكي في العاصمة أنقرة.\n\nثم التقى زيلينسكي في إسطنبول البطريرك المسكوني برثلماوس.\n\nوأعلن الرئيس الأوكراني إرجاء زيارته التي كانت مقررة إلى السعودية الأربعاء.\n\nوعلى هامش الزيارة، التقى وزير الخارجية التركي هاكان فيدان نظيره الأوكراني أندريه سيبيها.', g, { docDate: DOC_DATE });
    expect(doc.events.filter((e) => e.participants.includes('person:hakan-fidan')).map((e) => e.location)).toEqual(['place:ankara']);
  });
});

describe('a visit told by its results, with its one traveller\'s pronoun ("نتائج زيارته")', () => {
  it('took place; its traveller is the one named last before it, and who he met during it is met there ("التي التقى خلالها …، كما التقى …")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nواستمع رئيس مجلس القيادة الرئاسي رشاد العليمي من المبعوث الأممي هانس غروندبرغ إلى إحاطة حول نتائج زيارته الأسبوع الماضي إلى العاصمة العمانية مسقط، التي التقى خلالها وزير الخارجية العماني بدر البوسعيدي، كما التقى محمد عبدالسلام.', g, { docDate: '2024-11-13' });
    expect(doc.events.map((e) => [e.participants.slice().sort(), e.location])).toEqual([
      [['person:badr-albusaidi', 'person:hans-grundberg'], 'place:muscat'],
      [['person:hans-grundberg', 'person:mohammed-abdulsalam'], 'place:muscat'],
    ]);
  });
  it('but talks told by their results are not one more event ("نتائج محادثاته")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوقدم الأمين العام إلى مجلس الأمن الدولي نتائج محادثاته مع الوزير العراقي.', g, { docDate: '2024-11-13' });
    expect(doc.events).toEqual([]);
  });
});

describe('a summit in a relative clause of where it was held, after its adjectives', () => {
  it('is there ("القمة العربية الإسلامية المشتركة غير العادية، التي عقدت بالرياض"), and "وعلى هامشها التقى" is there too, of the subject, not of who chaired it', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوكان الرئيس رشاد العليمي قد شارك في أعمال القمة العربية الإسلامية المشتركة غير العادية، التي عقدت بالرياض يوم الاثنين الماضي برئاسة ولي العهد السعودي الأمير محمد بن سلمان، وعلى هامشها التقى رئيس جمهورية جيبوتي إسماعيل عمر جيله.', g, { docDate: '2024-11-13' });
    expect(doc.events.map((e) => [e.location, e.date?.value])).toEqual([['place:riyadh', '2024-11-11'], ['place:riyadh', '2024-11-11']]);
    expect(doc.events[1]!.participants.slice().sort()).toEqual(['person:ismail-omar-guelleh', 'person:rashad-al-alimi']);
  });
});

describe('a verb whose subject follows it, after كما', () => {
  it('has that subject only, not the one before كما ("كما بحث رئيس الوزراء بن مبارك في عدن مع …"), but not two joined by و after it, both objects ("والتقى الرئيس زيلينسكي ووزير الخارجية …")', () => {
    const parties = (text: string): string[][] => partiesOf(text, '2024-11-13');
    expect(parties('التقى عضو مجلس القيادة عيدروس الزبيدي اليوم في عدن السفير البريطاني عبدة شريف، كما بحث رئيس الوزراء أحمد عوض بن مبارك في عدن اليوم مع وزير الخارجية الأردني أيمن الصفدي.').at(-1))
      .toEqual(['person:ahmed-awad-bin-mubarak', 'person:ayman-safadi']);
    expect(parties('وفي 30 مايو، توجه فيدان إلى كييف، والتقى الرئيس زيلينسكي ووزير الخارجية الأوكراني أندريه سيبيغا.').at(-1))
      .toEqual(['person:andrii-sybiha', 'person:hakan-fidan', 'person:volodymyr-zelensky']);
  });
});

describe('a verb after "، و", its subject unsaid, after talks told in a visit\'s place', () => {
  it('is in that place, on that day ("زار أنقرة …، حيث عقد مباحثات مع فيدان، والتقى …")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوكان الشيباني قد زار أنقرة منتصف يناير الماضي، حيث عقد مباحثات مع فيدان، والتقى رئيس جهاز الاستخبارات إبراهيم قالن.', g, { docDate: '2025-02-20' });
    expect(doc.events.filter((e) => e.participants.includes('person:ibrahim-kalin')).map((e) => [e.participants.slice().sort(), e.location, e.date?.value]))
      .toEqual([[['person:asaad-al-shaibani', 'person:ibrahim-kalin'], 'place:ankara', '2025-01']]);
  });
});

describe('talks told only with a verb of discussing, which the story tells as a call', () => {
  it('are that call ("فيصل بن فرحان بحث مع روبيو ترتيبات الزيارة" over "في اتصال هاتفي مع نظيره الأميركي ماركو روبيو")', () => {
    const doc = extractDocument('probe', 'الرياض تستعد للزيارة\n\nفيصل بن فرحان بحث مع روبيو ترتيبات الزيارة\n\nوكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد بحث قبل يومين، في اتصال هاتفي مع نظيره الأميركي ماركو روبيو، الترتيبات النهائية للزيارة.', g, { docDate: '2025-05-05' });
    expect(doc.events.map((e) => [e.type, e.participants.slice().sort(), e.mentions.length])).toEqual([['call', ['person:faisal-bin-farhan', 'person:marco-rubio'], 2]]);
  });
  it('but not when they met as well, nor talks with a place of their own', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\n\nوبحث فيصل بن فرحان مع روبيو في الرياض ترتيبات الزيارة.\n\nوكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد بحث قبل يومين، في اتصال هاتفي مع نظيره الأميركي ماركو روبيو، الترتيبات النهائية للزيارة.', g, { docDate: '2025-05-05' });
    expect(doc.events.map((e) => e.type).sort()).toEqual(['call', 'meeting']);
  });
});

describe('the subject a meeting after حيث carries over, going on', () => {
  it('visits after ثم, meets after و, and closes his tour with a meeting after "على أن" ("…، على أن يختتم جولته مساءً بلقاء …")', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nوانتقل لودريان بعد الظهر إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، ثم زار السرايا الحكومية واجتمع إلى رئيس الحكومة نواف سلام، على أن يختتم جولته مساءً بلقاء قائد الجيش العماد رودولف هيكل في اليرزة.', g, { docDate: '2025-11-25' });
    expect(doc.events.map((e) => [e.status, e.participants.slice().sort()])).toEqual([
      ['occurred', ['person:jean-yves-le-drian', 'person:nabih-berri']],
      ['occurred', ['person:jean-yves-le-drian', 'person:nawaf-salam']],
      ['planned', ['person:jean-yves-le-drian', 'person:rodolphe-haykal']],
    ]);
  });
});

describe('guests received each apart ("كلا على حدة")', () => {
  it('are one reception each, with their host; an ambassador "لدى البلاد" is the one named after him', () => {
    const doc = extractDocument('probe', 'الكويت - 21 - 11 (كونا) -- استقبل سمو ولي العهد الشيخ صباح خالد الحمد الصباح بقصر بيان اليوم كلا على حدة سفيرة الولايات المتحدة الأمريكية لدى البلاد كارين ساساهارا وسفير جمهورية الصين الشعبية لدى البلاد تشانغ جيان وي.', g, { docDate: '2024-11-21' });
    expect(doc.events.map((e) => e.participants.slice().sort())).toEqual([
      ['person:karyn-sasahara', 'person:sabah-al-khalid-al-hamad-al-sabah'],
      ['person:sabah-al-khalid-al-hamad-al-sabah', 'person:tshangh-jyan-wy'],
    ]);
  });
});

describe('the subject of a pluperfect clause after an event\'s noun ("في إطار الاتصالات … كان الوزير … قد تلقى")', () => {
  it('is no party of that noun, but a visit "كانت مقررة لـ" someone is his', () => {
    const events = (text: string): string[][] => partiesOf(text, '2024-11-21');
    expect(events('وفي إطار الاتصالات الإقليمية كان وزير الخارجية عبدالله اليحيا قد تلقى أمس اتصالا هاتفيا من نظيره الإيراني عباس عراقجي.'))
      .toEqual([['person:abbas-araghchi', 'person:abdullah-al-yahya']]);
    expect(events('وأضاف المصدر أن زيارة كانت مقررة لمسرور بارزاني إلى بغداد الأربعاء المقبل أرجئت.')).toEqual([['person:masrour-barzani']]);
  });
});

describe('an office for the affairs of a region ("منسق البيت الأبيض لشؤون الشرق الأوسط")', () => {
  it('goes on to its holder, a party, the region no party of it', () => {
    const doc = extractDocument('probe', 'عنوان الخبر\nعقد رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني، الليلة الماضية، لقاء ثلاثيا مع ستيف ويتكوف، ومنسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك.', g, { docDate: '2025-01-13' });
    expect(doc.events.map((e) => e.participants.slice().sort())).toEqual([['person:brett-mcgurk', 'person:mohammed-bin-abdulrahman-al-thani', 'person:steve-witkoff']]);
  });
});

describe('who attended "it" ("وحضره …")', () => {
  const parties = (text: string): string[][] => partiesOf(text, '2025-02-05');
  it('attended the event its sentence told ("وتناول اللقاء …، وحضره نائب رئيس الوزراء وزير الخارجية أيمن الصفدي")', () => {
    expect(parties('استقبل الملك عبدالله الثاني اليوم وزير الخارجية الأمريكي ماركو روبيو. وتناول اللقاء الشراكة بين البلدين، وحضره وزير الخارجية أيمن الصفدي.'))
      .toEqual([['person:abdullah-ii', 'person:ayman-safadi', 'person:marco-rubio']]);
  });
  it('but not a match nor a study day, and "حضرة" is an honorific', () => {
    expect(parties('استقبل الملك عبدالله الثاني اليوم وزير الخارجية الأمريكي ماركو روبيو. وجاء افتتاح البطولة أنيقا وحضره وزير الخارجية أيمن الصفدي.'))
      .toEqual([['person:abdullah-ii', 'person:marco-rubio']]);
    expect(parties('استقبل حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم وزير الخارجية الأردني أيمن الصفدي.'))
      .toEqual([['person:ayman-safadi', 'person:mishal-al-ahmad-al-jaber-al-sabah']]);
  });
});

describe('a delegation of a body led by someone named ("وفدا من مجلس الشيوخ الأميركي برئاسة …")', () => {
  it('is his side: he is the party, not the body', () => {
    const parties = (text: string): string[][] => partiesOf(text, '2025-01-13');
    expect(parties('التقى رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني اليوم وفد حركة حماس برئاسة خليل الحية.')).toEqual([['person:khalil-al-hayya', 'person:mohammed-bin-abdulrahman-al-thani']]);
  });
});

describe('talks held by video ("مباحثات عبر تقنية الاتصال المرئي مع …")', () => {
  it('are a call; talks with no such words are a meeting', () => {
    const types = (text: string): string[] => extractDocument('probe', `عنوان الخبر\n${text}`, g, { docDate: '2025-05-27' }).events.map((e) => e.type);
    expect(types('وكان بوريطة قد أجرى، الجمعة الماضي، مباحثات عبر تقنية الاتصال المرئي مع الأمين العام لمجلس التعاون جاسم محمد البديوي.')).toEqual(['call']);
    expect(types('وكان بوريطة قد أجرى، الجمعة الماضي، مباحثات في الرباط مع الأمين العام لمجلس التعاون جاسم محمد البديوي.')).toEqual(['meeting']);
  });
});
