/**
 * Event mentions, one per trigger: type, status, participants, location, date and ordinal, read
 * from the trigger's sentence. Merging mentions into events happens in merge.ts.
 */
import type { Gazetteer } from '../../lexicon/load.js';
import { foldKey } from '../../normalise/orthography.js';
import type { Span } from '../../normalise/source.js';
import type { DateResult } from '../dates/index.js';
import { matchAll } from '../patterns.js';
import { stems, type Token } from '../tokens.js';
import {
  ANCHOR_BEFORE, CANCELLED_BEFORE, GENERIC_BEFORE, IRREALIS_BEFORE, NEGATION, occurredAfter, plannedAfter, plannedBefore,
} from './status.js';
import { TRIGGER_PATTERNS, type EventType, type Subtype, type TriggerRow } from './triggers.js';
import type { Unit } from './units.js';

export type Status = 'occurred' | 'planned' | 'cancelled';

export interface EventMention {
  row: TriggerRow;
  trigger: Span;
  sentence: number;
  type: EventType;
  subtype?: Subtype;
  status: Status;
  participants: Array<{ id: string; unit: Unit }>;
  /** The sentence says who met ("بين الوفدين") without naming them. */
  unnamedParties: boolean;
  location: { id: string; unit: Unit } | null;
  date: DateResult | null;
  ordinal?: number;
  anchor: boolean;
  how: string[];
}

const w = (xs: string[]): Set<string> => new Set(xs.map(foldKey));
/** Words that end a clause: a new clause has its own participants. */
const CLAUSE_BREAK = w(['حيث', 'بينما', 'فيما', 'لكن', 'لكنه', 'غير', 'الا', 'الذي', 'التي', 'الذين', 'كما', 'بهدف', 'بسبب', 'وسط', 'رغم', 'عندما', 'حين', 'اذ', 'ان', 'إن', 'أن', 'انه', 'بان', 'بأن']);
const SPEECH = w(['قال', 'قالت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اضاف', 'اضافت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'كشف', 'كشفت', 'اشار', 'اشارت', 'افاد', 'افادت', 'اعتبر', 'راي', 'يري', 'تري', 'يقول', 'تقول', 'نقل', 'نقلت', 'اعرب', 'اعربت', 'حذر', 'حذرت', 'شدد', 'شددت', 'وصف', 'وصفت']);
const ACCORDING = w(['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'عن']);
const LOCATIVE = w(['في', 'الي', 'نحو', 'بمدينه', 'بالعاصمه', 'العاصمه', 'مدينه', 'داخل', 'بمقر', 'مقر', 'قصر', 'منتجع']);
const PARTY_INTRO = w(['بين', 'مع', 'وبين']);
const DELEGATION = w(['وفد', 'الوفد', 'وفدي', 'الوفدين', 'وفدا', 'الجانب', 'الجانبين', 'الطرفين', 'البلدين', 'الحكومتين', 'مسوولي', 'مسوولين', 'ممثلي']);
const ORDINALS = new Map<string, number>([
  ['اول', 1], ['الاول', 1], ['الاولي', 1], ['ثاني', 2], ['الثاني', 2], ['ثانيه', 2], ['الثانيه', 2], ['ثان', 2], ['ثالث', 3], ['الثالث', 3],
  ['ثالثه', 3], ['الثالثه', 3], ['رابع', 4], ['الرابع', 4], ['رابعه', 4], ['الرابعه', 4], ['خامس', 5], ['الخامس', 5], ['الخامسه', 5],
  ['سادس', 6], ['السادس', 6], ['السادسه', 6], ['سابع', 7], ['السابع', 7], ['السابعه', 7], ['ثامن', 8], ['الثامن', 8], ['الثامنه', 8],
  ['تاسع', 9], ['التاسع', 9], ['التاسعه', 9], ['عاشر', 10], ['العاشر', 10], ['العاشره', 10],
]);
const MAX_OBJECT_TOKENS = 30;

export interface MentionInput {
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
  sentences.forEach((sent, si) => {
    const found: Array<{ row: TriggerRow; span: Span; future: boolean }> = [];
    for (const { row, pattern: p } of TRIGGER_PATTERNS) {
      for (const m of matchAll(p, key, sent.start, sent.end)) {
        const t = m.groups.trigger!;
        if (t.end > sent.end) continue;
        found.push({ row, span: { start: t.start, end: t.end }, future: row.pos === 'verb' && /^س[يتن]/u.test(t.text) });
      }
    }
    found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const triggers = found.filter((f, i) => !found.slice(0, i).some((o) => f.span.start < o.span.end && o.span.start < f.span.end));
    const consumed = new Set<Unit>();
    let lastVisit: EventMention | null = null;
    triggers.forEach((t, ti) => {
      const prevEnd = ti > 0 ? triggers[ti - 1]!.span.end : sent.start;
      const nextStart = ti + 1 < triggers.length ? triggers[ti + 1]!.span.start : sent.end;
      const m = readMention(input, si, sent, t, prevEnd, nextStart, consumed);
      if (!m) return;
      // "زيارة … للقاء بوتين", "يتوجه … لإجراء محادثات مع …": the visit's travellers and place carry over
      if (lastVisit && m.type !== 'visit' && isPurpose(input, t.span.start)) {
        for (const p of lastVisit.participants) if (!m.participants.some((q) => q.id === p.id)) m.participants.unshift(p);
        m.location ??= lastVisit.location;
        if (lastVisit.status === 'planned' && !m.anchor) m.status = 'planned';
        m.how.push('purpose of visit');
      }
      if (m.type === 'visit') lastVisit = m;
      out.push(m);
    });
  });
  return out;
}

/** The trigger is the purpose of a journey: "للقاء", "لإجراء محادثات", "بهدف عقد". */
function isPurpose(input: MentionInput, triggerStart: number): boolean {
  const before = input.tokens.filter((t) => t.end <= triggerStart + 4 && t.start < triggerStart + 4).slice(-2);
  const own = input.tokens.find((t) => t.start <= triggerStart && t.end > triggerStart);
  if (own && /^[وف]?ل/u.test(input.key.slice(own.start, triggerStart))) return true;
  return before.some((t) => /^[وف]?ل(اجراء|عقد|بحث)$/u.test(t.text) || /^بهدف$/u.test(t.text));
}

function tokensIn(tokens: Token[], from: number, to: number): Token[] {
  return tokens.filter((t) => t.start >= from && t.end <= to);
}

function readMention(
  input: MentionInput,
  si: number,
  sent: Span,
  t: { row: TriggerRow; span: Span; future: boolean },
  prevEnd: number,
  nextStart: number,
  consumed: Set<Unit>,
): EventMention | null {
  const { key, tokens, units } = input;
  const before = tokensIn(tokens, sent.start, t.span.start);
  const after = tokensIn(tokens, t.span.end, sent.end);
  const near = (ts: Token[], n: number): string[] => ts.slice(-n).map((x) => x.text);
  const prev = near(before, 4);
  const stemsOf = (word: string): string[] => stems(word).map((s) => s.stem);
  const has = (words: string[], set: Set<string>): boolean => words.some((x) => stemsOf(x).some((s) => set.has(s)));
  const how: string[] = [t.row.name];

  // not events: negated, wished for, or generic ("طاولة المفاوضات")
  if (has(prev.slice(-3), NEGATION)) return null;
  if (has(near(before, 1), GENERIC_BEFORE)) return null;
  const clauseText = key.slice(prevEnd, t.span.start);
  const clauseWords = clauseText.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (clauseWords.some((x) => IRREALIS_BEFORE.has(x))) return null;

  // status
  let status: Status = 'occurred';
  const beforeText = ` ${key.slice(sent.start, t.span.start).replace(/\s+/gu, ' ')} `;
  const afterWords = after.slice(0, 4).map((x) => x.text);
  const afterText = ` ${afterWords.join(' ')} `;
  const anchor = has(near(before, 1), ANCHOR_BEFORE);
  if (t.future || plannedBefore.some((p) => beforeText.includes(` ${p} `) || beforeText.includes(`${p} `) && p.includes(' '))) status = 'planned';
  if (plannedAfter.some((p) => afterText.includes(` ${p} `))) status = 'planned';
  if (anchor || afterWords.slice(0, 2).some((x) => occurredAfter.has(x))) status = 'occurred';
  if (has(prev, CANCELLED_BEFORE)) status = 'cancelled';

  // participants: the object phrase after the trigger, the subject before it in the same clause
  const participants: EventMention['participants'] = [];
  const add = (id: string | null | undefined, unit: Unit, why: string): void => {
    if (!id || participants.some((p) => p.id === id)) return;
    participants.push({ id, unit });
    if (!how.includes(why)) how.push(why);
  };
  let unnamedParties = false;
  const clauseEnd = clauseEndAfter(tokens, t.span.end, nextStart);
  const objectUnits = units.filter((u) => u.start >= t.span.end && u.end <= clauseEnd);
  /** The word that introduces a unit: a proclitic on it (ب locative, و coordination) or the token before. */
  const introduced = (u: Unit): string | null => {
    const own = tokens.find((x) => x.start <= u.start && x.end > u.start);
    if (own && own.start < u.start) {
      const clitic = key.slice(own.start, u.start);
      if (clitic.includes('ب')) return 'ب';
      if (/^[وف]$/u.test(clitic)) return 'و';
    }
    return lastTokenBefore(tokens, own ? own.start : u.start)?.text ?? null;
  };
  for (const u of objectUnits) {
    const intro = introduced(u);
    const isLocative = intro !== null && (LOCATIVE.has(intro) || intro === 'ب' || stemsOf(intro).some((s) => LOCATIVE.has(s)));
    if (u.kind === 'person' || u.kind === 'role') {
      if (isSpeaker(tokens, key, u)) continue;
      add(u.id, u, 'object');
      consumed.add(u);
    } else if (u.kind === 'nisba') {
      if (intro && (DELEGATION.has(intro) || PARTY_INTRO.has(intro) || stemsOf(intro).some((s) => DELEGATION.has(s)))) add(u.id, u, 'delegation');
      else if (participants.length && participants.at(-1)!.unit.kind === 'nisba' && /^\s*و/u.test(key.slice(participants.at(-1)!.unit.end, u.end))) add(u.id, u, 'delegation');
    } else if (u.kind === 'place' && !isLocative && u.country) {
      // "بين واشنطن وموسكو": capitals and countries as parties
      const between = objectUnits.indexOf(u) === 0 ? intro && PARTY_INTRO.has(intro) : participants.some((p) => p.unit.kind === 'place');
      if (between && t.row.type !== 'visit') add(u.country, u, 'metonymy');
    }
  }
  const afterTwo = after.slice(0, 3).map((x) => x.text);
  if (afterTwo.some((x) => x === 'بين' || DELEGATION.has(x) || stemsOf(x).some((s) => DELEGATION.has(s)))) unnamedParties = true;
  const clauseStart = clauseStartBefore(tokens, key, t.span.start, sent.start);
  for (const u of units.filter((x) => x.start >= clauseStart && x.end <= t.span.start)) {
    if (consumed.has(u)) continue;
    if ((u.kind === 'person' || u.kind === 'role') && !isSpeaker(tokens, key, u) && !isAccording(tokens, u)) add(u.id, u, 'subject');
  }
  if (t.row.needsObject && !objectUnits.some((u) => u.kind === 'person' || u.kind === 'role')) return null;

  // location: a place introduced by في / بـ / إلى …, after the trigger first, then before it
  const isLoc = (u: Unit): boolean => {
    if (u.kind !== 'place' || participants.some((p) => p.unit === u)) return false;
    const intro = introduced(u);
    if (intro === null) return false;
    if (intro === 'ب' || LOCATIVE.has(intro) || stemsOf(intro).some((s) => LOCATIVE.has(s))) return true;
    // "قمة ألاسكا", "زيارة موسكو", "زار واشنطن": the place right after the trigger
    return lastTokenBefore(tokens, u.start)?.end === t.span.end;
  };
  let locUnit = units.find((u) => u.start >= t.span.end && u.end <= clauseEnd && isLoc(u))
    ?? [...units].reverse().find((u) => u.start >= sent.start && u.end <= t.span.start && isLoc(u) && u.start >= prevEnd);
  // "…واشنطن، حيث اجتمع": حيث points back to the last place named
  if (!locUnit && /(^|\s)حيث\s+(\S+\s+)?$/u.test(key.slice(Math.max(sent.start, t.span.start - 20), t.span.start))) {
    locUnit = [...units].reverse().find((u) => u.kind === 'place' && u.end <= t.span.start && u.start >= sent.start);
  }
  const location = locUnit?.id ? { id: locUnit.id, unit: locUnit } : null;

  // date: the nearest date in the sentence, after the trigger first
  const dates = input.dates.filter((d) => d.start >= sent.start && d.end <= sent.end && d.grain !== 'year');
  const date = nearest(dates, t.span, prevEnd, nextStart) ?? null;
  if (date && status === 'occurred' && /المقبل|القادم|غدا|التالي/u.test(key.slice(date.start, date.end))) status = 'planned';

  // ordinal: "الثالث من نوعه", "قمة رئاسية ثانية", "زيارة ويتكوف هي الثالثة"
  let ordinal: number | undefined;
  for (const x of after.slice(0, 6)) {
    const n = ORDINALS.get(x.text);
    if (n) {
      ordinal = n;
      break;
    }
  }

  return {
    row: t.row,
    trigger: t.span,
    sentence: si,
    type: t.row.type,
    ...(t.row.subtype ? { subtype: t.row.subtype } : {}),
    status,
    participants,
    unnamedParties,
    location,
    date,
    ...(ordinal ? { ordinal } : {}),
    anchor,
    how,
  };
}

function lastTokenBefore(tokens: Token[], pos: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  // the token containing pos (a proclitic before a name) or the one just before
  const t = tokens[lo - 1];
  return t;
}

/** The unit is the speaker: right after a verb of saying ("صرح يوري أوشاكوف"). */
function isSpeaker(tokens: Token[], key: string, u: Unit): boolean {
  const i = tokens.findIndex((t) => t.end > u.start);
  const before = tokens[i]?.start === u.start ? tokens[i - 1] : tokens[i];
  if (!before) return false;
  return stems(before.text).some((s) => SPEECH.has(s.stem)) && /^[\s,]*$/u.test(key.slice(before.end, u.start).replace(/^[\p{L}]+/u, ''));
}

function isAccording(tokens: Token[], u: Unit): boolean {
  const i = tokens.findIndex((t) => t.end > u.start);
  const window = tokens.slice(Math.max(0, i - 3), i).map((t) => t.text);
  return window.some((x) => ACCORDING.has(x) || stems(x).some((s) => ACCORDING.has(s.stem)));
}

function clauseEndAfter(tokens: Token[], from: number, limit: number): number {
  let n = 0;
  for (const t of tokens) {
    if (t.start < from) continue;
    if (t.start >= limit || n++ >= MAX_OBJECT_TOKENS) return Math.min(t.start, limit);
    if (CLAUSE_BREAK.has(t.text) || SPEECH.has(t.text)) return t.start;
  }
  return limit;
}

function clauseStartBefore(tokens: Token[], key: string, to: number, floor: number): number {
  let start = floor;
  for (const t of tokens) {
    if (t.end > to) break;
    if (t.start < floor) continue;
    if (CLAUSE_BREAK.has(t.text) || stems(t.text).some((s) => SPEECH.has(s.stem))) start = t.end;
  }
  void key;
  return start;
}

function nearest(dates: DateResult[], span: Span, from: number, to: number): DateResult | undefined {
  const inClause = dates.filter((d) => d.start >= from && d.end <= to);
  const pool = inClause.length ? inClause : dates;
  return [...pool].sort((a, b) => dist(a, span) - dist(b, span))[0];
}

const dist = (d: DateResult, s: Span): number => (d.start >= s.end ? d.start - s.end : (s.start - d.end) * 1.5);
