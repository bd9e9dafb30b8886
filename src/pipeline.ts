/**
 * The whole pipeline for one document: normalise → entities, dates, events → the output record.
 * Key offsets are mapped back to original code points here, once.
 */
import type { Gazetteer } from './lexicon/load.js';
import { normaliseDocument, type NormaliseOptions } from './normalise/index.js';
import { isoDay } from './extract/dates/calendar.js';
import { parseDates, type DateResult } from './extract/dates/index.js';
import { homeCountry } from './extract/home-country.js';
import { statedToday, storyDay } from './extract/dates/stated-today.js';
import { datelinePlace } from './extract/events/dateline-place.js';
import { extractEntities, fromGazetteer, type EntityLayer } from './extract/entities.js';
import { cameoCode, extractEvents, ruleOf } from './extract/events/index.js';
import { buildUnits } from './extract/events/units.js';
import { findDurations } from './extract/events/mentions.js';
import { firstFrom, type Token } from './extract/tokens.js';
import type { Span } from './normalise/source.js';
import type { Document, Entity, Event } from './schema.js';
import { TRIGGERS } from './extract/events/triggers.js';
import { foldKey, writtenLetters } from './normalise/orthography.js';
import { SpanCover } from './extract/spans.js';

export interface ExtractOptions extends NormaliseOptions {
  encoding?: string;
  warnings?: string[];
}

/** Trigger words never end up inside a person's name, nouns with the article too ("نجاح القمة" is no one). */
const TRIGGER_WORDS = new Set(TRIGGERS.flatMap((t) => {
  const word = foldKey(t.name.split(' ')[0]!);
  return t.pos === 'noun' ? [word, `ال${word}`] : [word];
}));
const TANWIN = /[\u064b-\u064d]/u;

/**
 * A word of a date is no one's name: "يوم الأحد 15 جوان 2025" is June, not Joan. Only people found
 * by pattern (a given name alone, say); a listed person's full name stays.
 */
function dropPeopleInDates(layer: EntityLayer, dates: readonly DateResult[]): void {
  if (!dates.length) return;
  const inDate = new SpanCover(dates);
  for (const [id, e] of layer.entities) {
    if (e.type !== 'person' || e.source !== 'pattern') continue;
    const kept: typeof e.mentions = [];
    const dropped: typeof e.mentions = [];
    for (const m of e.mentions) (inDate.covers(m.start, m.end) ? dropped : kept).push(m);
    if (!dropped.length) continue;
    for (const m of dropped) {
      for (let i = firstFrom(layer.tokens, m.start); i < layer.tokens.length && layer.tokens[i]!.start < m.end; i++) if (layer.entityAtToken[i] === id) layer.entityAtToken[i] = undefined;
    }
    e.mentions = kept;
    if (!kept.length) layer.entities.delete(id);
  }
}

export function extractDocument(id: string, text: string, g: Gazetteer, options: ExtractOptions = {}): Document {
  const doc = normaliseDocument(text, options);
  const { source, contentKey } = doc;
  // (an undated page's lead may say which day "today" is: the article's, before any date given for it)
  if (doc.docDate?.source !== 'text') {
    const today = statedToday(contentKey, doc.headline?.end ?? 0);
    if (today) doc.docDate = { date: today, source: 'text' };
  }
  const ctx = { docDate: doc.docDate?.date ?? null, storyDay: doc.docDate ? null : storyDay(contentKey, doc.headline?.end ?? 0) };

  const hasTanwin = (s: number, e: number): boolean => {
    const o = source.toOriginal(s, e);
    return TANWIN.test(source.slice(o.start, o.end));
  };
  const original = (s: number, e: number): string => source.mention(s, e).text;
  const layer = extractEntities(contentKey, g, { ...ctx, notNames: TRIGGER_WORDS, hasTanwin, original, homeCountry: homeCountry(doc, g) });
  // (a name before الاثنين makes it Monday, not "the two")
  const nameEndsAt = (offset: number): boolean => {
    const i = firstFrom(layer.tokens, offset) - 1;
    return i >= 0 && layer.tokens[i]!.end === offset && layer.entityAtToken[i] !== undefined;
  };
  const dates = parseDates(contentKey, { ...ctx, nameEndsAt }, layer.tokens);
  dropPeopleInDates(layer, dates);
  const units = buildUnits(layer, g);
  const durations = findDurations(contentKey, layer.tokens);
  const docDay = doc.docDate ? isoDay(doc.docDate.date) : undefined;
  const written = (s: number, e: number): string => writtenLetters(original(s, e));
  const datelineAt = datelinePlace({ key: doc.source.key, lines: doc.lines, headlineLine: doc.headlineLine, datelineLine: doc.datelineLine }, g);
  const events = extractEvents({ datelinePlace: datelineAt, key: contentKey, tokens: layer.tokens, sentences: doc.sentences, units, dates, durations, g, written, titleScopes: layer.titleScopes, principals: layer.principals, ...(doc.headline ? { headline: doc.headline } : {}), ...(docDay ? { docDay } : {}) });

  // entities that events name only through a role or a nisba still need an entry
  const mentioned = new Map(layer.entities);
  const ensured = new Map<object, Set<number>>();
  const ensure = (eid: string, start: number, end: number, rule: string): void => {
    const known = g.entity(eid);
    if (!known) return;
    let e = mentioned.get(eid);
    if (!e) mentioned.set(eid, (e = fromGazetteer(known)));
    let starts = ensured.get(e);
    if (!starts) ensured.set(e, (starts = new Set(e.mentions.map((m) => m.start))));
    if (!starts.has(start)) {
      starts.add(start);
      e.mentions.push({ start, end, rule });
    }
  };
  for (const ev of events) {
    for (const m of ev.mentions) {
      for (const p of m.participants) ensure(p.id, p.unit.start, p.unit.end, p.unit.kind === 'nisba' ? 'nisba' : p.unit.kind === 'role' ? 'role' : 'metonymy');
    }
  }

  const span = (s: number, e: number): { text: string; start: number; end: number } => source.mention(s, e);
  const evidenceOf = (trigger: Span): { text: string; start: number; end: number } => {
    const s = evidenceSpan(trigger, doc.sentences, layer.tokens);
    return span(s.start, s.end);
  };
  const outEvents: Event[] = events.map((ev, i) => {
    const main = ev.mentions.find((m) => m.participants.length) ?? ev.mentions[0]!;
    const location = ev.location ? cityOf(ev.location, g) : null;
    if (ev.location) {
      const lm = ev.mentions.find((m) => m.location?.id === ev.location)?.location;
      if (lm) ensure(ev.location, lm.unit.start, lm.unit.end, 'location');
      if (location && location !== ev.location && lm) ensure(location, lm.unit.start, lm.unit.end, 'venue city');
    }
    return {
      id: `${id}#e${i + 1}`,
      type: ev.type,
      ...(ev.subtype ? { subtype: ev.subtype } : {}),
      status: ev.status,
      participants: ev.participants,
      location,
      ...(location !== ev.location && ev.location ? { venue: ev.location } : {}),
      date: ev.date ? { value: ev.date.value, grain: ev.date.grain, ...(ev.date.mod ? { mod: ev.date.mod } : {}) } : null,
      ...(ev.ordinal ? { ordinal: ev.ordinal } : {}),
      ...(ev.duration ? { duration: { value: ev.duration.value, ...(ev.duration.mod ? { mod: ev.duration.mod } : {}), ...span(ev.duration.start, ev.duration.end) } } : {}),
      cameo: cameoCode(ev, g),
      trigger: span(main.trigger.start, main.trigger.end),
      evidence: evidenceOf(main.trigger),
      mentions: ev.mentions.map((m) => ({ trigger: span(m.trigger.start, m.trigger.end), evidence: evidenceOf(m.trigger) })),
      rule: ruleOf(ev),
    };
  });

  // (filled by push: a mapped array's kind depends on whether the code around it is optimised yet,
  // and sorting it was thrown out on meeting the other kind)
  const entities: Entity[] = [];
  for (const e of mentioned.values()) {
    if (!e.mentions.length) continue;
    entities.push({
      id: e.id,
      type: e.type,
      name: e.en ? { ar: e.ar, en: e.en } : { ar: source.slice(source.toOriginal(e.mentions[0]!.start, e.mentions[0]!.end).start, source.toOriginal(e.mentions[0]!.start, e.mentions[0]!.end).end) },
      source: e.source,
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      mentions: e.mentions.sort((a, b) => a.start - b.start).map((m) => {
        // (a literal, not a spread: one object per mention, and mentions are many)
        const o = span(m.start, m.end);
        return { text: o.text, start: o.start, end: o.end, rule: m.rule };
      }),
    });
  }
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);


  const headline = doc.headline ? span(doc.headline.start, doc.headline.end) : null;
  return {
    id,
    encoding: options.encoding ?? 'utf-8',
    warnings: options.warnings ?? [],
    docDate: doc.docDate ? { value: isoDay(doc.docDate.date), source: doc.docDate.source } : null,
    headline,
    entities,
    dates: dates.map((d) => ({
      ...span(d.start, d.end),
      value: d.value,
      grain: d.grain,
      ...(d.interval ? { interval: true } : {}),
      ...(d.mod ? { mod: d.mod } : {}),
      ...(d.implied ? { implied: true } : {}),
      rule: d.rule,
    })),
    durations: durations.map((d) => ({ ...span(d.start, d.end), value: d.value, ...(d.mod ? { mod: d.mod } : {}) })),
    events: outEvents,
    boilerplate: doc.boilerplate,
  };
}

/** A sentence longer than this (key characters) is cut, as evidence, to the words around its trigger. */
const MAX_EVIDENCE_CHARS = 1000;
/** Words kept on either side of the trigger in a cut sentence. */
const EVIDENCE_WORDS = 40;

/**
 * The key span an event mention cites: its sentence, or, in a sentence that runs on (a page with
 * no full stops), a window of words around the trigger, so no mention carries the whole page.
 */
function evidenceSpan(trigger: Span, sentences: readonly Span[], tokens: readonly Token[]): Span {
  const s = sentences[firstFrom(sentences, trigger.start + 1) - 1];
  if (!s || trigger.start < s.start || trigger.start >= s.end) return { start: trigger.start, end: trigger.start };
  if (s.end - s.start <= MAX_EVIDENCE_CHARS) return s;
  const first = Math.max(0, firstFrom(tokens, trigger.start + 1) - 1 - EVIDENCE_WORDS);
  const last = Math.min(tokens.length - 1, firstFrom(tokens, trigger.end) + EVIDENCE_WORDS - 1);
  return { start: Math.max(s.start, Math.min(trigger.start, tokens[first]!.start)), end: Math.min(s.end, Math.max(trigger.end, tokens[last]!.end)) };
}

/** A venue stands for its city as an event's location (الكرملين → Moscow). */
function cityOf(id: string, g: Gazetteer): string {
  const e = g.entity(id);
  return e?.kind === 'venue' && e.parent ? e.parent : id;
}
