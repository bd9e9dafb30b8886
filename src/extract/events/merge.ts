/**
 * One event per real-world event in a document: mentions with the same type family and status,
 * overlapping participants and compatible place and date merge; a mention that names nobody
 * inherits the parties of an event mentioned beside it.
 */
import { foldKey } from '../../normalise/orthography.js';
import { isoWeek, parseIsoDay, toDate } from '../dates/calendar.js';
import type { Gazetteer } from '../../lexicon/load.js';
import type { EventMention, Status } from './mentions.js';
import type { Span } from '../../normalise/source.js';
import { family, type EventType, type Subtype } from './triggers.js';

export interface MergedEvent {
  type: EventType;
  subtype?: Subtype;
  status: Status;
  participants: string[];
  location: string | null;
  date: EventMention['date'];
  ordinal?: number;
  duration?: EventMention['duration'];
  /** Its first mention was told as background (mentions.ts). */
  background: boolean;
  mentions: EventMention[];
  /** Kept as mentions join (take), not recounted per candidate: a long article's event has thousands. */
  lastSentence: number;
  /** Some mention is an invitation. */
  invited: boolean;
}

/** A mention joins an event. */
function take(e: MergedEvent, m: EventMention): void {
  e.mentions.push(m);
  e.lastSentence = Math.max(e.lastSentence, m.sentence);
  if (m.invited) e.invited = true;
}

/** How many sentences later a mention naming fewer parties may still give an event its place. */
const MAX_PLACE_GAP_SENTENCES = 1;
/** How far back (in sentences) a mention that names nobody looks for the parties it refers to. */
const INHERIT_WINDOW = 3;
/** How many sentences back the leaders "بين الرئيسين" speaks of may have been told meeting. */
const LEADERS_WINDOW = 8;
/** The offices of those "الرئيسان", "الزعيمان" or "القادة" speaks of. */
const HEAD_ROLES: ReadonlySet<string> = new Set(['head_of_state', 'head_of_government', 'crown_prince', 'vice_president', 'leader']);
/** A person who holds or held the office of a head of state or government, by the lexicon. */
const isHead = (g: Gazetteer, id: string): boolean => (g.entity(id)?.roles ?? []).some((r) => HEAD_ROLES.has(r.role));
/** How many sentences back the event a line of attendees speaks of may be, past events recalled on the way. */
const ATTEND_WINDOW = 5;

const isPerson = (id: string): boolean => id.startsWith('person:');
/** A round of talks: "الجولة الثانية من المفاوضات", "جولة جديدة". */
const isRound = (m: EventMention): boolean => m.row.name === 'جولة';

/**
 * A mention in the same sentence whose parties a mention naming none takes: the same kind, not of
 * another day, not a line of who attended ("حضر اللقاء والمباحثات فلان": no one met them), and not
 * one still ahead for one that happened ("عقب القمة إن اللقاء كان مثمرا … سيلتقي زيلينسكي": the
 * meeting that was fruitful is not the one with Zelensky).
 */
const isSibling = (m: EventMention, o: EventMention): boolean =>
  o.participants.length > 0 &&
  // (a round of talks takes no parties from another meeting its sentence names: "وكانت الجولة الأولى قد
  // عقدت …، وشهدت في اليوم ذاته اجتماعاً ثلاثياً شارك فيه …")
  !(isRound(m) && !isRound(o) && o.row.pos === 'noun') && !o.attendance && family(o.type) === family(m.type) && !(m.status === 'occurred' && o.status === 'planned') &&
  // (nor one called off, of another: "ويأتي اللقاء بعد إلغاء اجتماع وزاري للمجموعة الرباعية، التي تضم …")
  (m.status === o.status || (m.status !== 'cancelled' && o.status !== 'cancelled')) &&
  // (nor one of another day: "ويأتي لقاء اليوم بعد أن كان … قد التقى الرئيس زيلينسكي في جدة يوم 29 شوال 1444هـ")
  !(m.date && o.date && !datesCompatible(m.date.value, o.date.value));

export function mergeMentions(mentions: EventMention[], g: Gazetteer): MergedEvent[] {
  const events: MergedEvent[] = [];
  const eventOf = new Map<EventMention, MergedEvent>();
  const index = new EventIndex(g);
  const place = (m: EventMention, parties: string[]): void => {
    // the first event, in the order they were made, that can take the mention
    const target = index.candidates(m, parties).find((e) => compatible(e, m, parties, g));
    if (target) {
      absorb(target, m, parties, g);
      index.addParties(target, parties);
    } else {
      // every field present, undefined when absent: one shape (V8 map) for all events, so the
      // hot compatible/absorb are not deoptimised by each new combination of optional fields
      events.push({
        type: m.type,
        subtype: m.subtype || undefined,
        status: m.status,
        participants: withoutCountriesOfTheirPeople(parties, g),
        location: m.location?.id ?? null,
        date: m.date,
        ordinal: m.ordinal || undefined,
        duration: m.duration || undefined,
        background: m.background,
        mentions: [],
        lastSentence: m.sentence,
        invited: false,
      });
      take(events.at(-1)!, m);
      index.add(events.at(-1)!);
    }
    eventOf.set(m, target ?? events.at(-1)!);
  };

  // mentions come in text order: the ones before m within a window are found walking back from it
  const indexOf = new Map(mentions.map((m, i) => [m, i]));
  const eventsNear = (m: EventMention, window: number): MergedEvent[] => {
    const found: MergedEvent[] = [];
    for (let i = indexOf.get(m)! - 1; i >= 0 && m.sentence - mentions[i]!.sentence <= window; i--) {
      const e = eventOf.get(mentions[i]!);
      if (e && mentions[i]!.trigger.start < m.trigger.start && !found.includes(e)) found.unshift(e);
    }
    return found;
  };

  /** The last event, up to `window` sentences back, with as many parties as the leaders m names by office ("الرئيسان", "القادة الثلاثة"), heads all if asked. */
  const leadersBefore = (m: EventMention, window: number, headsOnly: boolean): MergedEvent | undefined =>
    m.group ? eventsNear(m, window).filter((e) => e.participants.length === m.group && (!headsOnly || e.participants.every((p) => isHead(g, p)))).at(-1) : undefined;

  /**
   * "عقد الشيباني لقاء مع روبيو …، في لقاء ثلاثي هو الأرفع بين دمشق وواشنطن": a noun that says more of
   * the event its sentence told first joins it, with whoever it names.
   */
  const restate = (m: EventMention): boolean => {
    if (!m.restates) return false;
    const told = mentions.slice(0, indexOf.get(m)!).find((o) => o.sentence === m.sentence && o.participants.length > 0 && !o.attendance && family(o.type) === family(m.type) && eventOf.has(o));
    const event = told ? eventOf.get(told)! : undefined;
    if (!event) return false;
    const parties = idsOf(m.participants);
    absorb(event, m, parties, g);
    index.addParties(event, parties);
    eventOf.set(m, event);
    m.how.push('says more of the event its sentence told');
    return true;
  };

  // first the mentions that name their parties (with the leaders the subject counts, "القادة الثلاثة":
  // the parties of the last event before it with that many)
  for (const m of mentions) {
    if (!m.participants.length || m.attendance || restate(m)) continue;
    // (a country whose person the mention names is that person's side already: "اجتماعاً تركياً أمريكياً
    // أوكرانياً شارك فيه فيدان وروبيو وعمروف" shares only Umerov with talks between Russia and Ukraine)
    const parties = withoutCountriesOfTheirPeople(idsOf(m.participants), g);
    const leaders = leadersBefore(m, INHERIT_WINDOW, false);
    if (leaders) {
      for (const p of leaders.participants) if (!parties.includes(p)) parties.push(p);
      m.how.push('the leaders just told of');
    }
    place(m, parties);
  }

  // then the ones that do not: they inherit, stand alone (talks "بين الوفدين" in a named place), or add evidence
  /** The event, told before m, of m's kind and status at that place (or a venue in it), with its parties named and no other day. */
  const toldAt = (m: EventMention, placeId: string): MergedEvent | undefined =>
    events.find((e) => e.location !== null && (e.location === placeId || within(e.location, placeId, g)) && e.participants.length > 0 && family(e.type) === family(m.type) && e.status === m.status
      && e.mentions.some((x) => x.trigger.start < m.trigger.start) && !(m.date && e.date && !datesCompatible(m.date.value, e.date.value)));
  for (const m of mentions) {
    // a general word for the talks still says how long the event of its sentence lasted ("واستمرت المحادثات نحو ثلاث ساعات")
    if (m.generic && m.duration && !m.participants.length) {
      const host = eventsNear(m, 0).reverse().find((e) => family(e.type) === family(m.type));
      if (host) host.duration ??= m.duration;
    }
    // (a general word still tells who attended: "حضر الاستقبال والمباحثات فلان")
    if ((m.participants.length || m.generic) && !m.attendance) continue;
    if (m.attendance) {
      // "وجرى اللقاء بحضور وزير الخارجية": the event just told, with who attended it; not one recalled
      // from an older day on the way ("مستذكرا … لقاءه الرئيس شي في حزيران 2023"), the story's a few
      // sentences back rather
      const alike = (e: MergedEvent): boolean => family(e.type) === family(m.type) && e.status === m.status;
      const current = (e: MergedEvent): boolean => !e.mentions.some((x) => x.older);
      const justTold = eventsNear(m, 1).reverse().filter(alike);
      const host = justTold.find(current) ?? eventsNear(m, ATTEND_WINDOW).reverse().filter(alike).find(current) ?? justTold[0];
      // (people: "وحضر المحادثات من الجانب الروسي …" names the side they sat on, not a party)
      const parties = host ? idsOf(m.participants).filter((id) => id.startsWith('person:')) : idsOf(m.participants);
      if (!host) place(m, parties);
      else {
        absorb(host, m, parties, g);
        index.addParties(host, parties);
        eventOf.set(m, host);
        m.how.push('attended the event just told');
      }
      continue;
    }
    let sibling: EventMention | undefined;
    const at = indexOf.get(m)!;
    // "سيلتقي ويتكوف بوتين في 11 أبريل، في ثالث لقاء بينهما": the event just told, whatever its status
    if (m.pointsBack && at > 0 && mentions[at - 1]!.sentence === m.sentence && mentions[at - 1]!.participants.length && family(mentions[at - 1]!.type) === family(m.type)) {
      const told = eventOf.get(mentions[at - 1]!);
      if (told) {
        absorb(told, m, [], g);
        eventOf.set(m, told);
        m.how.push('points back to the event just told');
        continue;
      }
    }
    if (restate(m)) continue;
    // "أن الرئيسين اتفقا على مبدأ لقاء قريب بينهما", "وكان اللقاء الأخير بين الرئيسين قد جرى …": the
    // leaders, that many heads (not the foreign ministers told since), of the last event the story told
    // them in, a few paragraphs back at most
    const leaders = leadersBefore(m, LEADERS_WINDOW, true);
    if (leaders) {
      m.how.push('the leaders told of before');
      place(m, [...leaders.participants]);
      continue;
    }
    // "وجاءت زيارة أنقرة بعد يومين من …", "وتأتي محادثات الرياض بعد …": an event named by its place
    // alone is the one the story told there already
    const toldThere = m.location && m.namedByPlace ? toldAt(m, m.location.id) : undefined;
    if (toldThere) {
      absorb(toldThere, m, [], g);
      eventOf.set(m, toldThere);
      m.how.push('the event told at its place');
      continue;
    }
    // "… بترتيبات الجولة الثانية": a round of talks by its number, naming no one, is the round of that
    // number the story told
    const numbered = isRound(m) && m.ordinal ? events.find((e) => e.ordinal === m.ordinal && e.mentions.some(isRound) && family(e.type) === family(m.type)) : undefined;
    if (numbered && !(m.date && numbered.date && !datesCompatible(m.date.value, numbered.date.value))) {
      absorb(numbered, m, [], g);
      eventOf.set(m, numbered);
      m.how.push('the round of that number told');
      continue;
    }
    // (what the sentence's parties arrange is no meeting of theirs: "ونقل إليهما رسائل تتعلق بترتيبات الجولة الثانية")
    if (!m.arranged) {
      for (let i = at - 1; i >= 0 && mentions[i]!.sentence === m.sentence && !sibling; i--) if (isSibling(m, mentions[i]!)) sibling = mentions[i];
      for (let i = at + 1; i < mentions.length && mentions[i]!.sentence === m.sentence && !sibling; i++) if (isSibling(m, mentions[i]!)) sibling = mentions[i];
    }
    const specific = m.location || m.date || m.ordinal;
    // the nearest earlier event of the same kind, else of any kind ("قمة ثانية" after a call between the two)
    // (a verb in the dual inherits two parties: "اتفقا … على أن يلتقيا مجددا")
    // (nor an event being arranged, of its own parties if any: "يضبطان ترتيبات قمة روما")
    const near = !sibling && specific && !m.unnamedParties && !m.arranged ? eventsNear(m, INHERIT_WINDOW).filter((e) => !m.dual || e.participants.length === 2) : [];
    const sameKind = near.filter((e) => family(e.type) === family(m.type));
    // (a round of talks, of the series the story told: "وكانت الجولة الأولى قد عقدت …، فيما عقدت الجولة
    // الثانية …", not a meeting told between them)
    const rounds = isRound(m) ? sameKind.filter((e) => e.mentions.some(isRound)) : [];
    const recent = rounds.at(-1) ?? sameKind.filter((e) => e.status === m.status).at(-1) ?? sameKind.at(-1) ?? near.at(-1);
    const parties = sibling ? eventOf.get(sibling)!.participants : recent?.participants;
    if (parties) {
      m.how.push(sibling ? 'parties from the same sentence' : 'parties from a recent mention');
      place(m, [...parties]);
    } else if (m.location && m.unnamedParties) place(m, []);
    // (a verb whose parties the text names, though not so the lexicon knows them, tells another event)
    else if (!(m.unnamedParties && m.row.pos === 'verb')) {
      // a bare mention ("الاجتماع") adds evidence to the event just mentioned, or nothing
      const host = eventsNear(m, 1).reverse().find((e) => family(e.type) === family(m.type) && e.status === m.status);
      if (host) {
        take(host, m);
        // what a bare mention says of the event still counts ("هذا الاجتماع الذي استمر خمس ساعات")
        if (m.duration) host.duration ??= m.duration;
        if (m.ordinal) host.ordinal ??= m.ordinal;
        eventOf.set(m, host);
      }
    }
  }
  for (const e of events) e.mentions.sort((a, b) => a.trigger.start - b.trigger.start);
  return events;
}

/**
 * A headline tells the body's story in brief, and in the present whatever its tense ("ترامب يعلن
 * مكالمة مع بوتين الاثنين" for a call he will make): an event only the headline names, told as
 * happened for want of a word saying otherwise and dated at most by a bare weekday, joins the body's
 * event of the same family and parties, whose status and date the body states. The body's event of
 * a compatible status and date first, else the first the body tells.
 */
export function foldHeadline(events: MergedEvent[], headline: Span, g: Gazetteer): MergedEvent[] {
  const inHeadline = (m: EventMention): boolean => m.trigger.start >= headline.start && m.trigger.end <= headline.end;
  const folded = new Set<MergedEvent>();
  for (const e of events) {
    if (!e.participants.length || !e.mentions.every((m) => inHeadline(m) && m.occurredByDefault)) continue;
    if (e.date && !e.date.rule.startsWith(WEEKDAY_RULE)) continue;
    const bodies = events.filter((o) => o !== e && !folded.has(o) && family(o.type) === family(e.type) && !o.mentions.every(inHeadline)
      && o.participants.length > 0 && sameParties(e.participants, o.participants, g) && placesCompatible(e.location, o.location, g));
    const target = bodies.find((o) => o.status === e.status && !(o.date && e.date && !datesCompatible(o.date.value, e.date.value))) ?? bodies[0];
    if (!target) continue;
    for (const p of e.participants) if (!target.participants.includes(p)) target.participants.push(p);
    target.location ??= e.location;
    target.mentions.unshift(...e.mentions);
    folded.add(e);
  }
  // talks told only with a verb of discussing, nowhere and on no day of their own, which the story tells
  // as a call, are that call, of its status: "فيصل بن فرحان بحث مع روبيو ترتيبات الزيارة" (a subtitle) over
  // "بحث …، في اتصال هاتفي مع نظيره الأميركي ماركو روبيو"
  for (const e of events) {
    if (folded.has(e) || e.type === 'call' || e.location || e.date || !e.participants.length || !e.mentions.every(discussedWith)) continue;
    const sameKind = (o: MergedEvent): boolean => o !== e && !folded.has(o) && o.participants.length > 0 && sameParties(e.participants, o.participants, g);
    if (events.some((o) => sameKind(o) && family(o.type) === family(e.type))) continue;
    const call = events.find((o) => sameKind(o) && o.type === 'call' && o.status === e.status);
    if (!call) continue;
    call.mentions.unshift(...e.mentions);
    folded.add(e);
  }
  return folded.size ? events.filter((e) => !folded.has(e)) : events;
}

/** A verb of discussing with someone (بحث مع، تباحث مع، ناقش مع), said of talks face to face and by telephone alike. */
const discussedWith = (m: EventMention): boolean => m.row.pos === 'verb' && m.row.subtype === 'talks';

/** The rule of a date that is a weekday (dates/parsers/weekday.ts). */
const WEEKDAY_RULE = '(يوم)? <weekday>';

/** Below this many events of one kind, trying each is cheaper than looking them up by party. */
const FEW_EVENTS = 16;

/**
 * The events that may take a mention, so that a page with hundreds of events does not compare each
 * mention with all of them. An event can take a mention only when of the same family and status
 * (neither changes once it is made) and, when both name parties, sharing one: the same id, or a
 * country and one of its people (partiesOverlap). So events are listed by kind and, within a kind,
 * by each party's id and country (partyKeys); those that named nobody can take any mention of their kind.
 * Every event that may be compatible is among the candidates, in the order the events were made.
 */
class EventIndex {
  private readonly made = new Map<MergedEvent, number>();
  private readonly ofKind = new Map<string, MergedEvent[]>();
  /** Kind, then a party's id or country → the events with such a party. */
  private readonly byParty = new Map<string, Map<string, MergedEvent[]>>();
  /** Kind → the events that named nobody when listed (they may have gained parties since). */
  private readonly namingNobody = new Map<string, MergedEvent[]>();

  constructor(private readonly g: Gazetteer) {}

  add(e: MergedEvent): void {
    const kind = kindOf(e);
    this.made.set(e, this.made.size);
    const ofKind = listIn(this.ofKind, kind);
    ofKind.push(e);
    // a kind is listed by party only once it has many events: most pages never need it
    if (ofKind.length === FEW_EVENTS) for (const x of ofKind) this.listByParty(x, kind);
    else if (ofKind.length > FEW_EVENTS) this.listByParty(e, kind);
  }

  private listByParty(e: MergedEvent, kind: string): void {
    if (!e.participants.length) listIn(this.namingNobody, kind).push(e);
    this.addParties(e, e.participants);
  }

  /** Parties the event has (newly) taken on. */
  addParties(e: MergedEvent, parties: readonly string[]): void {
    const kind = kindOf(e);
    if ((this.ofKind.get(kind)?.length ?? 0) < FEW_EVENTS) return;
    let byParty = this.byParty.get(kind);
    if (!byParty) this.byParty.set(kind, (byParty = new Map()));
    for (const p of parties) {
      for (const k of this.partyKeys(p)) {
        const list = listIn(byParty, k);
        if (!list.includes(e)) list.push(e);
      }
    }
  }

  candidates(m: EventMention, parties: readonly string[]): readonly MergedEvent[] {
    const kind = kindOf(m);
    const all = this.ofKind.get(kind) ?? [];
    if (all.length < FEW_EVENTS) return all;
    // naming nobody, it can only join an event that names nobody either (see compatible)
    if (!parties.length) return this.namingNobody.get(kind) ?? [];
    const found = new Set(this.namingNobody.get(kind));
    const byParty = this.byParty.get(kind);
    for (const p of parties) for (const k of this.overlapKeys(p)) for (const e of byParty?.get(k) ?? []) found.add(e);
    return [...found].sort((a, b) => this.made.get(a)! - this.made.get(b)!);
  }

  /**
   * What an event is listed under for one of its parties: its id, its country (any party of it),
   * and for a country, the country as such. Two people of one country overlap only when one of
   * them is the country (partiesOverlap).
   */
  private partyKeys(id: string): string[] {
    const country = countryOfParty(id, this.g);
    if (country === undefined) return [`id ${id}`];
    return isCountry(id, this.g) ? [`id ${id}`, `of ${country}`, `is ${country}`] : [`id ${id}`, `of ${country}`];
  }

  /** Where the events a party overlaps with are listed: its id; a country's people, or a person's country as such. */
  private overlapKeys(id: string): string[] {
    const country = countryOfParty(id, this.g);
    if (country === undefined) return [`id ${id}`];
    return [`id ${id}`, isCountry(id, this.g) ? `of ${country}` : `is ${country}`];
  }
}

const kindOf = (e: { type: EventType; status: Status }): string => `${family(e.type)} ${e.status}`;

function listIn<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

function compatible(e: MergedEvent, m: EventMention, parties: string[], g: Gazetteer): boolean {
  if (family(e.type) !== family(m.type) || e.status !== m.status) return false;
  if (parties.length && e.participants.length && !sameParties(parties, e.participants, g)) return false;
  if (!parties.length && e.participants.length) return false;
  if (!placesCompatible(e.location, m.location?.id ?? null, g)) return false;
  if (e.date && m.date && !datesCompatible(e.date.value, m.date.value)) return false;
  if (e.ordinal && m.ordinal && e.ordinal !== m.ordinal) return false;
  if (m.sequel && parties.some((p) => !e.participants.includes(p))) return false;
  // "والتقى الشيباني لافروف … وفي وقت لاحق، استقبل بوتين الوزير السوري بحضور لافروف": told as later, with
  // someone new, after an event of two people already, is another event
  if (m.later && e.participants.filter(isPerson).length >= 2 && parties.some((p) => isPerson(p) && !e.participants.includes(p))) return false;
  // "التقى بري … وكان باراك قد زار بيروت في 19 حزيران": a day recalled in the pluperfect is another
  // event than one the story tells undated (the reverse, a story's event told first as background and
  // then spoken of, is one: "وكان مبارك وحمد قد عقدا قمة بالقاهرة أمس … قمته مع الرئيس مبارك")
  if (m.recalled && !e.background && !e.date) return false;
  // (a visit only offered is that visit, told again; not the guest's next planned meeting: "وجه الدعوة
  // إلى الوزير اليحيا لزيارة طهران … ومن المقرر أن يشارك الوزير اليحيا غدا في الاجتماع الوزاري")
  if ((m.invited || e.invited) && (m.type !== 'visit' || e.type !== 'visit')) return false;
  // (a summit of an organisation the event had none of is another gathering: "التقى ترامب الشرع في الرياض …
  // وفي وقت لاحق من اليوم نفسه، شارك ترامب في القمة الخليجية الأمريكية")
  if (m.subtype === 'summit' && e.subtype !== 'summit' && parties.some((p) => p.startsWith('org:') && !e.participants.includes(p))) return false;
  // (a place told sentences later, with fewer of its parties, is another event's: "إذ التقى أيضا آل جابر …
  // وكان المبعوث الأممي قد زار مسقط الأسبوع الماضي" is not where the Riyadh meeting was)
  // (a definite noun points back and is told with its place: "غادر ويتكوف الكرملين … بعد انتهاء الاجتماع")
  if (m.location && !e.location && parties.length < e.participants.length && !m.definite
    && m.sentence - e.lastSentence > MAX_PLACE_GAP_SENTENCES) return false;
  return true;
}

function absorb(e: MergedEvent, m: EventMention, parties: string[], g: Gazetteer): void {
  for (const p of parties) if (!e.participants.includes(p)) e.participants.push(p);
  e.participants = withoutCountriesOfTheirPeople(e.participants, g);
  if (m.location && (!e.location || within(m.location.id, e.location, g))) e.location = m.location.id;
  if (m.date && (!e.date || m.date.value.length > e.date.value.length)) e.date = m.date;
  if (m.ordinal) e.ordinal ??= m.ordinal;
  if (m.duration) e.duration ??= m.duration;
  if (e.type === 'visit' && m.type === 'meeting') e.type = 'meeting';
  if (!e.subtype && m.subtype) e.subtype = m.subtype;
  take(e, m);
}

/**
 * Two mentions name the same meeting's parties when one list lies within the other, or they share
 * two parties: Putin with Modi and Putin with Trump are two meetings.
 */
export function sameParties(a: string[], b: string[], g: Gazetteer): boolean {
  if (!partiesOverlap(a, b, g)) return false;
  const within = (x: string[], y: string[]): boolean => x.every((p) => sideOf(p, y, g));
  const shared = a.filter((p) => sideOf(p, b, g)).length;
  return within(a, b) || within(b, a) || shared >= 2;
}

/**
 * A party is on one of the sides a list names: named in it, or a person of a country the list names
 * when the list names no one of that country (with Macron named beside France, France is Macron's
 * side: Barrot's talks with Abdelatty during his visit are another meeting).
 */
function sideOf(p: string, list: string[], g: Gazetteer): boolean {
  if (list.includes(p)) return true;
  if (!partiesOverlap([p], list, g)) return false;
  if (isCountry(p, g)) return true;
  const country = countryOfParty(p, g);
  return !list.some((q) => q !== country && !isCountry(q, g) && countryOfParty(q, g) === country);
}

/**
 * The parties' ids, by push: map's array is packed or holey depending on whether the code around it
 * is optimised yet, and the merge code, compiled for one kind, was thrown out on meeting the other.
 */
function idsOf(participants: ReadonlyArray<{ id: string }>): string[] {
  const out: string[] = [];
  for (const p of participants) out.push(p.id);
  return out;
}

/**
 * Two lists of parties name the same side of a meeting: a shared id, or a country and one of its
 * people ("الولايات المتحدة" and Steve Witkoff).
 */
export function partiesOverlap(a: string[], b: string[], g: Gazetteer): boolean {
  if (a.some((x) => b.includes(x))) return true;
  return a.some((x) => b.some((y) => (isCountry(x, g) || isCountry(y, g)) && countryOfParty(x, g) !== undefined && countryOfParty(x, g) === countryOfParty(y, g)));
}

/**
 * The parties but a country one of its people stands for ("لقاء الشرع وترامب … الأول بين رئيسين سوري
 * وأمريكي": Sharaa and Trump, not Syria and the United States as well). By push, as idsOf.
 */
function withoutCountriesOfTheirPeople(parties: readonly string[], g: Gazetteer): string[] {
  const out: string[] = [];
  for (const p of parties) {
    // (a party not a country that has one is a person: countryOfParty)
    if (isCountry(p, g) && parties.some((q) => !isCountry(q, g) && countryOfParty(q, g) === p)) continue;
    out.push(p);
  }
  return out;
}

/** The country a party stands for: a person's, or the country itself. */
function countryOfParty(id: string, g: Gazetteer): string | undefined {
  const e = g.entity(id);
  if (!e) return undefined;
  if (e.type === 'person') return e.country ? g.countryByIso.get(e.country) : undefined;
  return e.kind === 'country' || e.kind === 'territory' ? id : undefined;
}

function isCountry(id: string, g: Gazetteer): boolean {
  const kind = g.entity(id)?.kind;
  return kind === 'country' || kind === 'territory';
}

/** Places agree when one is unknown, equal, or one lies inside the other. */
export function placesCompatible(a: string | null, b: string | null, g: Gazetteer): boolean {
  if (!a || !b || a === b) return true;
  return within(a, b, g) || within(b, a, g);
}

/** `inner` lies inside `outer` (a venue in its city or the town it is named after, a city in its country). */
export function within(inner: string, outer: string, g: Gazetteer): boolean {
  if (namedAfter(inner, outer, g)) return true;
  let id: string | undefined = inner;
  for (let depth = 0; id && depth < 4; depth++) {
    const e = g.entity(id);
    if (!e) return false;
    const up: string | undefined = e.parent ?? (e.kind !== 'country' && e.kind !== 'territory' ? g.countryOf(id) : undefined);
    if (up === outer) return true;
    if (up === id) return false;
    id = up;
  }
  return false;
}

/**
 * A venue named after the town it stands in ("قصر بعبدا" in Baabda, "قصر قرطاج" in Carthage),
 * whatever city the lexicon files it under (Beirut, Tunis: the metropolitan area, see venues.tsv):
 * "عون يلتقي باراك في بعبدا" and "استقبل عون … في قصر بعبدا" are one place.
 */
function namedAfter(venueId: string, placeId: string, g: Gazetteer): boolean {
  const venue = g.entity(venueId);
  if (venue?.kind !== 'venue' || !venue.country) return false;
  const place = g.entity(placeId);
  if (place?.type !== 'place' || place.kind === 'venue' || place.kind === 'country' || place.kind === 'territory' || place.country !== venue.country) return false;
  return foldKey(venue.ar).endsWith(` ${foldKey(place.ar)}`);
}

/** ISO values agree when one refines the other (2025-04 and 2025-04-11), unknown parts aside. */
export function datesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes('W') || b.includes('W')) {
    if (a.includes('W') && b.includes('W')) return a === b;
    // a day falls in one week: "السبت المقبل" (2025-04-12) is not "الأسبوع المقبل" (2025-W16)
    const [week, other] = a.includes('W') ? [a, b] : [b, a];
    const day = /^\d{4}-\d{2}-\d{2}/u.test(other) ? parseIsoDay(other.slice(0, 10)) : null;
    return day ? isoWeek(toDate(day)) === week.slice(0, 8) : a.slice(0, 4) === b.slice(0, 4);
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return [...short].every((c, i) => c === 'X' || long[i] === 'X' || c === long[i]);
}
