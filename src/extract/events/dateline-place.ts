/**
 * Where the story happens when an event's own words do not say: the place of the lead's dateline
 * ("واشنطن - بنا:", "القاهرة 4-3-2025 وفا- التقى …", "موسكو (رويترز) -"), where the report was filed,
 * or the place of the visit the story is about ("… ضمن زيارة العمل التي يقوم بها سموه إلى الولايات
 * المتحدة … كما التقى سموه … روبيو"). Only for events of the story's own days: one recalled from
 * another day, told as background, or made by telephone happened wherever it happened.
 */
import { isoDate, parseIsoDay, shift, toDate } from '../dates/calendar.js';
import type { Line } from '../../normalise/boilerplate.js';
import { DATELINE_WORDS } from '../home-country.js';
import { tokenize } from '../tokens.js';
import { matchGazetteer } from '../gazetteer.js';
import type { Gazetteer } from '../../lexicon/load.js';
import type { MergedEvent } from './merge.js';

/** Lines after the headline the lead may start in (a subtitle, a dateline of its own, a caption between). */
const MAX_LEAD_LINES = 4;
/** Words a dateline's place may take ("المملكة العربية السعودية"). */
const PLACE_WORDS = 4;
/** A line of this many words at most and no number is a button or a label, not the lead. */
const MAX_BUTTON_WORDS = 2;
/** Lines read after the headline at most, buttons and labels counted. */
const MAX_LINES_READ = 12;
/** How far after its place a dateline sets off its source or its text (a date between: "القاهرة 4-3-2025 وفا-"). */
const MAX_PLACE_TO_MARK = 40;
/** What sets off a dateline's place and date from its source or the story. */
const DATELINE_MARK = /[-–—:(/"]/u;
/** Words of a dateline alone on its line: its place, a date in two calendars, its source. */
const MAX_DATELINE_WORDS = 14;
/** A lead line long enough to be the story's first paragraph: no later line is its dateline. */
const PARAGRAPH_WORDS = 12;
/** Sources that say the story was put together from elsewhere: its place is the desk's ("القاهرة - وكالات"). */
const COMPILED = /^[\s\-–—:("/]*(?:وكالات|متابعات|عواصم)/u;

export interface LeadLines {
  /** The whole matching key (the dateline's line may be stripped as the page's chrome: it is still read). */
  key: string;
  lines: readonly Line[];
  headlineLine: number | null;
  /** The page's line of its date and time ("الأربعاء 25/09/2024 09:41 م"): no paragraph of the story. */
  datelineLine?: number | null;
}

/** The city or country the lead's dateline names, or null. */
export function datelinePlace(lead: LeadLines, g: Gazetteer): string | null {
  const { key, lines } = lead;
  let seen = 0;
  for (let i = (lead.headlineLine ?? -1) + 1, read = 0; i < lines.length && seen < MAX_LEAD_LINES && read < MAX_LINES_READ; i++) {
    const line = lines[i]!;
    if (!line.key) continue;
    read++;
    // (a page's buttons between the headline and the lead do not count: "تكبير الخط", "طباعة")
    if (line.words > MAX_BUTTON_WORDS || /\p{N}/u.test(line.key)) seen++;
    const text = key.slice(line.keyStart, line.keyEnd);
    // (its place opens it: a few words are read, not the paragraph)
    const tokens = tokenize(text, PLACE_WORDS);
    // (the line opens with the place: a city or a country)
    const first = matchGazetteer(text, tokens, g, 0, tokens.length).find((m) => m.firstToken === 0 && m.start === tokens[0]!.start);
    const place = first?.surfaces.map((s) => g.entity(s.id)).find((e) => e?.kind === 'city' || e?.kind === 'country');
    if (first && place && /^\s*$/u.test(text.slice(0, first.start))) {
      const rest = text.slice(first.end, first.end + MAX_PLACE_TO_MARK);
      const mark = rest.search(DATELINE_MARK);
      if (mark >= 0 && onlyDateBetween(rest.slice(0, mark)) && !COMPILED.test(rest.slice(mark))) return place.id;
      // a dateline on a line of its own, its source last, unmarked: "ميونخ 16 شعبان 1446 هـ الموافق 15 فبراير 2025 م واس"
      const words = text.slice(first.end).trim().split(/\s+/u);
      if (line.words <= MAX_DATELINE_WORDS && words.length >= 2 && /\p{N}/u.test(text.slice(first.end)) && onlyDateBetween(words.slice(0, -1).join(' '))) return place.id;
    }
    if (line.words >= PARAGRAPH_WORDS && i !== lead.datelineLine) break;
  }
  return null;
}

/** Between a dateline's place and its mark: nothing, or a date ("4-3-2025", "9 فبراير"). */
function onlyDateBetween(between: string): boolean {
  return between.split(/[\s،,.]+/u).every((w) => !w || /^\p{N}+$/u.test(w) || DATELINE_WORDS.has(w));
}

/** Days before the article's a story's own event may be on ("أمس الأول"), and after (tomorrow's). */
const STORY_DAYS_BEFORE = 2;
const STORY_DAYS_AFTER = 1;

/**
 * Gives events of the story's own days that name no place the place of the visit they are part of
 * (a visit of one of their parties told before them, as done or as planned as they are, or done and
 * under way for what is planned), else the dateline's.
 */
export function placeStoryEvents(events: MergedEvent[], dateline: string | null, docDay: string | undefined): void {
  const day = docDay ? parseIsoDay(docDay) : null;
  const from = day ? isoDate(shift(toDate(day), 'day', -STORY_DAYS_BEFORE)) : null;
  const to = day ? isoDate(shift(toDate(day), 'day', STORY_DAYS_AFTER)) : null;
  const ownDays = (e: MergedEvent): boolean => {
    if (e.status === 'cancelled') return false;
    if (!e.date) return !e.background;
    // (told in the pluperfect too, when its day is the story's or one just before: "وكان الضيف قد أجرى في وقت
    // سابق من اليوم محادثات", "وكان رئيس المجلس قد استقبل أمس الثلاثاء سفير …"; not one after it)
    if (e.background && !(docDay && e.date.value <= docDay)) return false;
    return e.date.grain === 'day' && from !== null && to !== null && e.date.value >= from && e.date.value <= to;
  };
  // (a visit may have merged with the meeting it was for: "وصل X إلى باريس … والتقى X ماكرون")
  // (not one only offered: "ووجه … الدعوة إلى الرئيس الصيني لزيارة دولة الإمارات" is not where he meets Li Qiang)
  const visits = events.filter((e) => e.location && e.mentions.some((m) => m.type === 'visit' && !m.invited) && ownDays(e));
  for (const e of events) {
    if (e.location || e.type === 'call' || !ownDays(e)) continue;
    const at = e.mentions[0]!.trigger.start;
    // (a visit under way holds what its guest is to do on a day of the story: "وصل الرئيس إلى القاهرة أمس …
    // ومن المقرر أن يلتقي غدا رئيس الوزراء"; not a meeting still to be fixed)
    const holds = (v: MergedEvent): boolean => v.status === e.status || (v.status === 'occurred' && e.status === 'planned' && !!e.date);
    const visit = visits.filter((v) => v !== e && holds(v) && v.mentions[0]!.trigger.start < at && v.participants.some((p) => e.participants.includes(p))).at(-1);
    const place = visit?.location ?? dateline;
    if (!place) continue;
    e.location = place;
    e.mentions[0]!.how.push(visit ? 'place of the visit' : 'place of the dateline');
  }
}
