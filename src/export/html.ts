/**
 * The HTML timeline: one self-contained page (inline CSS and JS, no network, no other file).
 *
 * Everything the page shows is worked out here (date labels, the time axis, the highlighted
 * evidence) and embedded as JSON in a `<script type="application/json">`; a small inline script
 * builds the page from it with text nodes only. A plain server-rendered list of the events stands
 * in when scripts do not run; the script removes it. A Content-Security-Policy allows the one
 * script and the one style sheet by hash and nothing else, so the page cannot load anything.
 *
 * Filters can be preset from the URL hash: `#person=person:vladimir-putin&place=place:moscow`
 * (also `status=` and `type=`).
 */
import { createHash } from 'node:crypto';
import type { Document, Event, TimelineRow } from '../schema.js';

export interface HtmlInfo {
  version?: string;
  lexiconVersion?: string;
}

type Name = { id: string; ar: string; en?: string };
type MarkKind = 'trigger' | 'participant' | 'location' | 'date';
/** A run of evidence text: plain, or highlighted with its kind and a tooltip. */
export type Segment = [string] | [string, MarkKind, string];

export interface PageEvidence {
  document: string;
  headline: string | null;
  start: number;
  end: number;
  segments: Segment[];
}

export interface PageEvent {
  n: number;
  date: string | null;
  lane: 'dated' | 'undated';
  when: string;
  status: TimelineRow['status'];
  statusLabel: string;
  type: TimelineRow['type'];
  typeLabel: string;
  participants: Name[];
  location: Name | null;
  /** Ids the person filter matches: participants that are not places. */
  who: string[];
  /** Ids the place filter matches: the location and participants that are places. */
  where: string[];
  documents: string[];
  evidence: PageEvidence[];
  evidenceLabel: string;
  cameo: string;
  /** Position on the time axis, in percent of its width, and the row it sits in. */
  axis: { from: number; width: number; lane: number } | null;
}

export interface PageGroup {
  lane: 'dated' | 'undated';
  label: string;
  iso: string;
  events: number[];
}

export interface FilterOption {
  id: string;
  ar: string;
  en?: string;
  n: number;
}

export interface PageData {
  documents: number;
  events: PageEvent[];
  groups: PageGroup[];
  persons: FilterOption[];
  organizations: FilterOption[];
  places: FilterOption[];
  axis: { lanes: number; ticks: Array<{ pos: number; label: string }>; undated: number } | null;
}

// ---------------------------------------------------------------------------------------------
// labels

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const TYPE_AR: Record<TimelineRow['type'], string> = { meeting: 'اجتماع', call: 'اتصال', visit: 'زيارة' };
const SUBTYPE_AR: Record<string, string> = {
  summit: 'قمة',
  talks: 'محادثات',
  negotiations: 'مفاوضات',
  consultations: 'مشاورات',
  contacts: 'اتصالات',
};
const STATUS_AR: Record<TimelineRow['status'], string> = { occurred: 'جرى', planned: 'مرتقب', cancelled: 'أُلغي' };
const MOD_AR: Record<string, string> = { START: 'أوائل', MID: 'منتصف', END: 'أواخر', APPROX: 'نحو' };
const KIND_AR: Record<MarkKind, string> = { trigger: 'كلمة الحدث', participant: 'طرف', location: 'المكان', date: 'التاريخ' };

const DAY = 86_400_000;
const month = (m: number): string => MONTHS[m - 1] ?? String(m);

/** Days since 1970-01-01 of the Monday of ISO week `w` of year `y`. */
function isoWeekStart(y: number, w: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return (jan4 - dow * DAY) / DAY + (w - 1) * 7;
}

const dayLabel = (days: number, withYear = true): string => {
  const d = new Date(days * DAY);
  return `${d.getUTCDate()} ${month(d.getUTCMonth() + 1)}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
};

export interface When {
  /** Placed on the axis: [start, end) in days since 1970-01-01. */
  span: { start: number; end: number } | null;
  label: string;
}

/** Where an ISO-ish value (2025-04-09, 2025-W16, 2025-04, 2025, XXXX-04-11, null) sits, and how to say it. */
export function when(value: string | null, mod?: string): When {
  const pre = mod && MOD_AR[mod] ? `${MOD_AR[mod]} ` : '';
  if (value === null) return { span: null, label: 'دون تاريخ' };
  let m: RegExpMatchArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value))) {
    const start = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY;
    return { span: { start, end: start + 1 }, label: pre + dayLabel(start) };
  }
  if ((m = /^(\d{4})-W(\d{2})$/u.exec(value))) {
    const start = isoWeekStart(+m[1]!, +m[2]!);
    const range = `${dayLabel(start, false)} – ${dayLabel(start + 6, false)}`;
    return { span: { start, end: start + 7 }, label: `${pre}الأسبوع ${+m[2]!} من ${m[1]} (${range})` };
  }
  if ((m = /^(\d{4})-(\d{2})$/u.exec(value))) {
    const start = Date.UTC(+m[1]!, +m[2]! - 1, 1) / DAY;
    return { span: { start, end: Date.UTC(+m[1]!, +m[2]!, 1) / DAY }, label: `${pre}${month(+m[2]!)} ${m[1]}` };
  }
  if ((m = /^(\d{4})$/u.exec(value))) {
    const start = Date.UTC(+m[1]!, 0, 1) / DAY;
    return { span: { start, end: Date.UTC(+m[1]! + 1, 0, 1) / DAY }, label: `${pre}${m[1]}` };
  }
  const unknownYear = 'السنة غير معروفة';
  if ((m = /^X{4}-(\d{2})-(\d{2})$/u.exec(value))) return { span: null, label: `${pre}${+m[2]!} ${month(+m[1]!)} (${unknownYear})` };
  if ((m = /^X{4}-(\d{2})$/u.exec(value))) return { span: null, label: `${pre}${month(+m[1]!)} (${unknownYear})` };
  if ((m = /^X{4}-W(\d{2})$/u.exec(value))) return { span: null, label: `${pre}الأسبوع ${+m[1]!} (${unknownYear})` };
  return { span: null, label: 'تاريخ غير معروف' };
}

// ---------------------------------------------------------------------------------------------
// evidence highlighting

/** The document event a timeline row's evidence sentence came from. */
function sourceEvent(doc: Document | undefined, row: TimelineRow, start: number, end: number): Event | undefined {
  if (!doc) return undefined;
  const same = doc.events.filter(
    (e) => (e.evidence.start === start && e.evidence.end === end) || e.mentions.some((m) => m.evidence.start === start && m.evidence.end === end),
  );
  const ids = new Set(row.participants.map((p) => p.id));
  return (
    same.find((e) => e.type === row.type && e.status === row.status && e.participants.every((p) => ids.has(p))) ??
    same.find((e) => e.type === row.type) ??
    same[0]
  );
}

/**
 * The evidence sentence cut into runs, the trigger and the mentions of the participants, the place
 * and the event's date marked. Offsets are code points into the document; a mark is kept only if
 * its slice of the sentence is its text. Overlaps go to the trigger, then participants, place, date.
 */
export function highlight(doc: Document | undefined, row: TimelineRow, ev: { text: string; start: number; end: number }): Segment[] {
  const cps = Array.from(ev.text);
  const source = sourceEvent(doc, row, ev.start, ev.end);
  const marks: Array<{ start: number; end: number; kind: MarkKind; title: string }> = [];
  const add = (s: { text: string; start: number; end: number }, kind: MarkKind, title: string): void => {
    const a = s.start - ev.start;
    const b = s.end - ev.start;
    if (a < 0 || b > cps.length || b <= a || cps.slice(a, b).join('') !== s.text) return;
    marks.push({ start: a, end: b, kind, title });
  };
  if (source) {
    for (const t of [source.trigger, ...source.mentions.map((m) => m.trigger)]) add(t, 'trigger', `${KIND_AR.trigger}: ${TYPE_AR[row.type]}`);
  }
  const names = new Map<string, Name>();
  for (const p of row.participants) names.set(p.id, p);
  if (row.location) names.set(row.location.id, row.location);
  const participants = new Set([...row.participants.map((p) => p.id), ...(source?.participants ?? [])]);
  const places = new Set([row.location?.id, source?.location, source?.venue].filter((x): x is string => !!x));
  for (const e of doc?.entities ?? []) {
    const kind: MarkKind | null = participants.has(e.id) ? 'participant' : places.has(e.id) ? 'location' : null;
    if (!kind) continue;
    const n = names.get(e.id) ?? { id: e.id, ...e.name };
    const title = `${KIND_AR[kind]}: ${n.ar}${n.en ? ` (${n.en})` : ''}`;
    for (const m of e.mentions) add(m, kind, title);
  }
  const dateValue = source?.date?.value ?? row.date;
  if (dateValue) for (const d of doc?.dates ?? []) if (d.value === dateValue) add(d, 'date', `${KIND_AR.date}: ${d.value}`);

  const rank: Record<MarkKind, number> = { trigger: 0, participant: 1, location: 2, date: 3 };
  const owner: number[] = new Array<number>(cps.length).fill(-1);
  marks.forEach((m, i) => {
    for (let k = m.start; k < m.end; k++) {
      const o = owner[k]!;
      if (o < 0 || rank[m.kind] < rank[marks[o]!.kind]) owner[k] = i;
    }
  });
  const out: Segment[] = [];
  for (let k = 0; k < cps.length; ) {
    const o = owner[k]!;
    let j = k + 1;
    while (j < cps.length && owner[j] === o) j++;
    const text = cps.slice(k, j).join('');
    out.push(o < 0 ? [text] : [text, marks[o]!.kind, marks[o]!.title]);
    k = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// the page data

const isPlace = (id: string): boolean => id.startsWith('place:');
const isPerson = (id: string): boolean => id.startsWith('person:');
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Ticks for an axis from `min` to `max` (days): weeks, months or years, a dozen at most. */
function ticks(min: number, max: number): Array<{ pos: number; label: string }> {
  const span = max - min;
  const pos = (d: number): number => round(((d - min) / span) * 100);
  const out: Array<{ pos: number; label: string }> = [];
  if (span <= 120) {
    const step = 7 * Math.max(1, Math.ceil(span / 7 / 10));
    let d = Math.ceil(min);
    while ((new Date(d * DAY).getUTCDay() + 6) % 7 !== 0) d++;
    let first = true;
    for (; d <= max; d += step) {
      out.push({ pos: pos(d), label: dayLabel(d, first) });
      first = false;
    }
    return out;
  }
  const start = new Date(Math.ceil(min) * DAY);
  /** The first of these steps that keeps to a dozen ticks or so. */
  const nice = (n: number, steps: number[]): number => steps.find((k) => n / k <= 12) ?? Math.ceil(n / 12);
  if (span <= 365 * 4) {
    const step = nice(span / 30.44, [1, 2, 3, 6, 12]);
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
    m = Math.ceil(m / step) * step; // January, April, July, October with a step of 3
    let first = true;
    for (;;) {
      y += Math.floor(m / 12);
      m %= 12;
      const d = Date.UTC(y, m, 1) / DAY;
      if (d > max) break;
      out.push({ pos: pos(d), label: first || m === 0 ? `${month(m + 1)} ${y}` : month(m + 1) });
      first = false;
      m += step;
    }
    return out;
  }
  const step = nice(span / 365.25, [1, 2, 5, 10, 20, 25, 50, 100]);
  const y0 = start.getUTCFullYear() + (start.getUTCMonth() === 0 && start.getUTCDate() === 1 ? 0 : 1);
  for (let y = Math.ceil(y0 / step) * step; Date.UTC(y, 0, 1) / DAY <= max; y += step) {
    out.push({ pos: pos(Date.UTC(y, 0, 1) / DAY), label: String(y) });
  }
  return out;
}

export function pageData(documents: Document[], timeline: TimelineRow[]): PageData {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const placed = timeline.map((row, i) => {
    // the mod of the date (early, mid, late, about) lives on the document events
    let mod: string | undefined;
    for (const ev of row.evidence) {
      const source = sourceEvent(docs.get(ev.document), row, ev.start, ev.end);
      if (source?.date?.value === row.date && source?.date?.mod) mod = source.date.mod;
    }
    return { row, i, when: when(row.date, mod) };
  });
  // dated first, by start then length; then the rest in the timeline's order
  const dated = placed.filter((p) => p.when.span).sort((a, b) => a.when.span!.start - b.when.span!.start || a.when.span!.end - b.when.span!.end || a.i - b.i);
  const undated = placed.filter((p) => !p.when.span);
  const ordered = [...dated, ...undated];

  // the axis: each dated event a bar, packed into as few rows as overlaps allow
  let axis: PageData['axis'] = null;
  const bars = new Map<number, { from: number; width: number; lane: number }>();
  if (dated.length) {
    let min = Math.min(...dated.map((p) => p.when.span!.start));
    let max = Math.max(...dated.map((p) => p.when.span!.end));
    if (max - min < 14) {
      const mid = (min + max) / 2;
      min = mid - 7;
      max = mid + 7;
    }
    const pad = (max - min) * 0.04;
    min -= pad;
    max += pad;
    const lanes: number[] = [];
    const gap = (max - min) * 0.02;
    ordered.forEach((p, n) => {
      if (!p.when.span) return;
      const { start, end } = p.when.span;
      let lane = lanes.findIndex((last) => last + gap <= start);
      if (lane < 0) lane = lanes.push(end) - 1;
      else lanes[lane] = end;
      bars.set(n, { from: round(((start - min) / (max - min)) * 100), width: round(((end - start) / (max - min)) * 100), lane });
    });
    axis = { lanes: lanes.length, ticks: ticks(min, max), undated: undated.length };
  }

  const counts = new Map<string, FilterOption>();
  const count = (n: Name): void => {
    const o = counts.get(n.id);
    if (o) o.n++;
    else counts.set(n.id, { id: n.id, ar: n.ar, ...(n.en ? { en: n.en } : {}), n: 1 });
  };

  const events: PageEvent[] = ordered.map((p, n) => {
    const { row } = p;
    const named = new Map<string, Name>();
    for (const x of [...row.participants, ...(row.location ? [row.location] : [])]) named.set(x.id, x);
    for (const x of named.values()) count(x);
    const where = [...named.keys()].filter(isPlace);
    const who = row.participants.map((x) => x.id).filter((id) => !isPlace(id));
    return {
      n,
      date: row.date,
      lane: p.when.span ? 'dated' : 'undated',
      when: p.when.label,
      status: row.status,
      statusLabel: STATUS_AR[row.status] ?? row.status,
      type: row.type,
      typeLabel: [TYPE_AR[row.type] ?? row.type, row.subtype ? SUBTYPE_AR[row.subtype] ?? row.subtype : null].filter(Boolean).join(' · '),
      participants: row.participants.map((x) => ({ id: x.id, ar: x.ar, ...(x.en ? { en: x.en } : {}) })),
      location: row.location ? { id: row.location.id, ar: row.location.ar, ...(row.location.en ? { en: row.location.en } : {}) } : null,
      who,
      where,
      documents: row.documents,
      evidence: row.evidence.map((ev) => ({
        document: ev.document,
        headline: docs.get(ev.document)?.headline?.text ?? null,
        start: ev.start,
        end: ev.end,
        segments: highlight(docs.get(ev.document), row, ev),
      })),
      evidenceLabel: `الجمل الدالة: ${row.evidence.length} · المقالات: ${row.documents.length}`,
      cameo: row.cameo,
      axis: bars.get(n) ?? null,
    };
  });

  const groups: PageGroup[] = [];
  for (const ev of events) {
    const last = groups[groups.length - 1];
    if (last && last.lane === ev.lane && last.label === ev.when && last.iso === (ev.date ?? '')) last.events.push(ev.n);
    else groups.push({ lane: ev.lane, label: ev.when, iso: ev.date ?? '', events: [ev.n] });
  }

  const options = (keep: (id: string) => boolean): FilterOption[] =>
    [...counts.values()].filter((o) => keep(o.id)).sort((a, b) => b.n - a.n || a.ar.localeCompare(b.ar, 'ar') || (a.id < b.id ? -1 : 1));
  const placeIds = new Set(events.flatMap((e) => e.where));
  const whoIds = new Set(events.flatMap((e) => e.who));
  return {
    documents: documents.length,
    events,
    groups,
    persons: options((id) => whoIds.has(id) && isPerson(id)),
    organizations: options((id) => whoIds.has(id) && !isPerson(id)),
    places: options((id) => placeIds.has(id)),
    axis,
  };
}

// ---------------------------------------------------------------------------------------------
// the page

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that cannot end its `<script>` element (nor open a comment or CDATA in it). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function fallbackHtml(data: PageData): string {
  const name = (n: Name): string => `${escapeHtml(n.ar)}${n.en ? ` <bdi dir="ltr">(${escapeHtml(n.en)})</bdi>` : ''}`;
  const items = data.events.map((ev) => {
    const parties = ev.participants.length ? ev.participants.map(name).join('، ') : 'أطراف غير محددة';
    const place = ev.location ? ` — المكان: ${name(ev.location)}` : '';
    const quotes = ev.evidence
      .map((x) => {
        const text = x.segments.map((s) => (s.length === 1 ? escapeHtml(s[0]) : `<mark class="m-${s[1]}">${escapeHtml(s[0])}</mark>`)).join('');
        return `<blockquote class="quote">${text}<br><small><bdi dir="ltr">${escapeHtml(x.document)}</bdi></small></blockquote>`;
      })
      .join('');
    return `<li class="s-${ev.status}"><strong>${escapeHtml(ev.when)}</strong> — ${escapeHtml(ev.typeLabel)} (${escapeHtml(ev.statusLabel)}) — ${parties}${place}${quotes}</li>`;
  });
  return `<section id="fallback" class="fallback"><h2>الأحداث (${data.events.length})</h2><ol>${items.join('')}</ol></section>`;
}

/** The page for these documents and their timeline. Same input, same bytes. */
export function timelineHtml(documents: Document[], timeline: TimelineRow[], info: HtmlInfo = {}): string {
  const data = pageData(documents, timeline);
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(CSS)}`,
    `script-src ${sha256(CLIENT_JS)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const tool = ['rasid', info.version, info.lexiconVersion ? `(المعجم ${info.lexiconVersion})` : ''].filter(Boolean).join(' ');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<title>راصد — الخط الزمني للأحداث (${data.events.length})</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<h1>راصد <span class="sub">الخط الزمني للأحداث</span></h1>
<p class="summary">الأحداث: <strong id="total" data-count="${data.events.length}">${data.events.length}</strong> · المقالات: <strong>${data.documents}</strong></p>
</header>
<div id="app"></div>
${fallbackHtml(data)}
<footer class="foot">${escapeHtml(tool)} · صفحة مستقلة: لا تحمّل شيئًا من الشبكة</footer>
<script type="application/json" id="rasid-data">${scriptJson(data)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// inline style and script (String.raw: no `${`, no backticks inside)

const CSS = String.raw`
:root{--bg:#f5f6f8;--card:#fff;--ink:#1f2933;--muted:#65717e;--line:#d9dee4;--occ:#1f7a4d;--occ-bg:#eaf6ef;--pln:#2458c6;--pln-bg:#eef3ff;--cnc:#8a939c;--cnc-bg:#f1f2f3}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink)}
body{margin:0 auto;max-width:1100px;padding:0 20px 40px;font:16px/1.75 "Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,"DejaVu Sans",Arial,sans-serif}
bdi[dir=ltr],.ltr{font-family:"Segoe UI",Arial,"DejaVu Sans",sans-serif;font-size:.88em;color:var(--muted)}
.top{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:8px 24px;padding:22px 0 10px}
h1{margin:0;font-size:26px}
h1 .sub{font-weight:normal;color:var(--muted);font-size:18px;margin-inline-start:8px}
.summary{margin:0;color:var(--muted)}
.summary strong{color:var(--ink)}
.bar-tools{position:sticky;top:0;z-index:5;background:var(--bg);padding:10px 0;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:10px 16px;align-items:end}
.filter{display:flex;flex-direction:column;font-size:13px;color:var(--muted);gap:2px}
.filter select{font:inherit;font-size:15px;color:var(--ink);padding:5px 8px;border:1px solid var(--line);border-radius:8px;background:#fff;width:17em;max-width:100%}
#filter-status,#filter-type{width:8em}
.reset{font:inherit;font-size:14px;padding:6px 14px;border:1px solid var(--line);border-radius:8px;background:#fff;cursor:pointer}
.reset:hover{background:#eef0f3}
.count{margin-inline-start:auto;font-size:14px;color:var(--muted);padding-bottom:6px}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;color:var(--muted);margin:10px 0 4px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.sw{display:inline-block;width:22px;height:12px;border-radius:3px}
.sw.s-occurred{background:var(--occ)}
.sw.s-planned{background:var(--pln-bg);border:2px dashed var(--pln)}
.sw.s-cancelled{background:var(--cnc-bg);border:2px solid var(--cnc)}
.axis{overflow:hidden;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:12px 16px 6px;margin:12px 0 18px}
.axis h2{font-size:14px;margin:0 0 8px;color:var(--muted);font-weight:normal;display:flex;justify-content:space-between}
.axis .jump{font:inherit;font-size:13px;border:0;background:none;color:var(--pln);cursor:pointer;padding:0}
.track{position:relative;border-bottom:2px solid var(--line);margin:0 4px}
.gridline{position:absolute;top:0;bottom:0;width:0;border-inline-start:1px dashed #e3e7eb}
.ticks{position:relative;height:24px;margin:0 4px;font-size:12px;color:var(--muted)}
.tick{position:absolute;top:4px;white-space:nowrap;transform:translateX(50%)}
.bar{position:absolute;height:20px;min-width:14px;border-radius:5px;border:0;padding:0 6px;font:inherit;font-size:12px;line-height:20px;color:#fff;background:var(--occ);overflow:hidden;white-space:nowrap;text-overflow:ellipsis;cursor:pointer;text-align:start}
.bar.s-planned{background:var(--pln-bg);color:var(--pln);border:2px dashed var(--pln);line-height:16px}
.bar.s-cancelled{background:var(--cnc-bg);color:var(--cnc);border:2px solid var(--cnc);line-height:16px;text-decoration:line-through}
.bar.off{opacity:.18}
.bar:focus-visible{outline:3px solid #f0b429;outline-offset:1px}
.lane-title{font-size:18px;margin:26px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
.lane-title small{font-weight:normal;color:var(--muted);font-size:13px;margin-inline-start:8px}
.group{display:grid;grid-template-columns:13rem 1fr;gap:0 18px}
.gdate{padding:12px 0 0;text-align:start;font-weight:bold;font-size:15px}
.gdate code{display:block;font-weight:normal;font-size:12px;color:var(--muted);font-family:"DejaVu Sans Mono",monospace;direction:ltr;unicode-bidi:isolate;text-align:right}
.gcards{position:relative;border-inline-start:2px solid var(--line);padding:8px 0 8px;padding-inline-start:20px}
.gcards::before{content:"";position:absolute;top:20px;inset-inline-start:-7px;width:12px;height:12px;border-radius:50%;background:var(--bg);border:2px solid var(--muted)}
.event{background:var(--card);border:1px solid var(--line);border-inline-start:5px solid var(--occ);border-radius:10px;padding:10px 14px;margin:0 0 10px;box-shadow:0 1px 2px rgba(0,0,0,.04);transition:box-shadow .3s}
.event.s-planned{border-style:dashed;border-color:#9db5e8;border-inline-start-color:var(--pln);background:#fbfcff}
.event.s-cancelled{border-inline-start-color:var(--cnc);opacity:.8}
.event.s-cancelled .type{text-decoration:line-through}
.event.flash{box-shadow:0 0 0 4px #f0b429}
.ev-head{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center}
.badge{font-size:13px;border-radius:999px;padding:1px 10px;border:1px solid var(--line);background:#f7f8fa}
.badge.type{font-weight:bold}
.s-occurred .badge.status{background:var(--occ-bg);border-color:var(--occ);color:var(--occ)}
.s-planned .badge.status{background:var(--pln-bg);border:1px dashed var(--pln);color:var(--pln)}
.s-cancelled .badge.status{background:var(--cnc-bg);border-color:var(--cnc);color:var(--cnc)}
.when{font-size:13px;color:var(--muted)}
.parties{list-style:none;margin:8px 0 4px;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.chip{border-radius:6px;padding:1px 8px;background:#eef4fb;border:1px solid #d3e2f3;font-size:15px}
.chip.chip-place{background:#eef8f1;border-color:#cfe8d7}
.chip.none{background:none;border:0;color:var(--muted);font-size:14px}
.where{margin:2px 0;font-size:15px}
.lbl{color:var(--muted);font-size:14px}
details.evidence{margin-top:6px}
details.evidence summary{cursor:pointer;font-size:14px;color:var(--pln)}
.ev-quote{margin:8px 0 4px;padding:8px 12px;background:#fafbfc;border-inline-start:3px solid var(--line);border-radius:4px}
.quote{margin:0;font-size:16px}
.ev-quote figcaption{font-size:12px;color:var(--muted);margin-top:4px}
mark{border-radius:3px;padding:0 2px;color:inherit}
.m-trigger{background:#fde68a;box-shadow:inset 0 -2px #d69e00}
.m-participant{background:#cfe1fb;box-shadow:inset 0 -2px #4a7fd0}
.m-location{background:#c9efd6;box-shadow:inset 0 -2px #3a9a5f}
.m-date{background:#eadcfb;box-shadow:inset 0 -2px #8b5cc7}
.empty{padding:24px;text-align:center;color:var(--muted);background:var(--card);border:1px dashed var(--line);border-radius:10px}
.fallback ol{padding-inline-start:1.4em}
.fallback li{margin-bottom:12px}
.foot{margin-top:32px;font-size:12px;color:var(--muted);text-align:center}
@media (max-width:700px){body{padding:0 12px 32px}.bar-tools{position:static}.group{grid-template-columns:1fr}.gdate{padding:8px 0 0}}
[hidden]{display:none!important}
`;

const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var source = document.getElementById('rasid-data');
  var app = document.getElementById('app');
  if (!source || !app) return;
  var data = JSON.parse(source.textContent || '{}');
  var events = data.events || [];
  var cards = [];
  var bars = [];
  var groupEls = [];
  var laneEls = {};
  var KEYS = ['person', 'place', 'status', 'type'];
  var state = { person: '', place: '', status: '', type: '' };
  var valid = { person: {}, place: {}, status: { occurred: 1, planned: 1, cancelled: 1 }, type: { meeting: 1, call: 1, visit: 1 } };
  var selects = {};

  function h(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function ltr(text, cls) {
    var b = h('bdi', cls || null, text);
    b.dir = 'ltr';
    return b;
  }
  function nameEl(n) {
    var s = h('span', 'name');
    s.appendChild(h('span', 'ar', n.ar));
    if (n.en) {
      s.appendChild(document.createTextNode(' '));
      s.appendChild(ltr('(' + n.en + ')'));
    }
    return s;
  }
  function nameText(n) { return n.ar + (n.en ? ' \u2066(' + n.en + ')\u2069' : ''); }

  function quote(segments) {
    var q = h('blockquote', 'quote');
    segments.forEach(function (s) {
      if (s.length === 1) { q.appendChild(document.createTextNode(s[0])); return; }
      var m = h('mark', 'm-' + s[1], s[0]);
      m.title = s[2];
      q.appendChild(m);
    });
    return q;
  }

  function card(ev) {
    var a = h('article', 'event s-' + ev.status + ' t-' + ev.type);
    a.id = 'event-' + ev.n;
    a.setAttribute('data-event', String(ev.n));
    a.setAttribute('data-status', ev.status);
    a.setAttribute('data-type', ev.type);
    var head = h('div', 'ev-head');
    head.appendChild(h('span', 'badge type', ev.typeLabel));
    head.appendChild(h('span', 'badge status', ev.statusLabel));
    a.appendChild(head);
    var parties = h('ul', 'parties');
    parties.setAttribute('aria-label', 'الأطراف');
    ev.participants.forEach(function (p) {
      var li = h('li', 'chip ' + (p.id.indexOf('place:') === 0 ? 'chip-place' : 'chip-person'));
      li.appendChild(nameEl(p));
      parties.appendChild(li);
    });
    if (!ev.participants.length) parties.appendChild(h('li', 'chip none', 'أطراف غير محددة'));
    a.appendChild(parties);
    if (ev.location) {
      var w = h('p', 'where');
      w.appendChild(h('span', 'lbl', 'المكان: '));
      w.appendChild(nameEl(ev.location));
      a.appendChild(w);
    }
    var d = h('details', 'evidence');
    d.appendChild(h('summary', null, ev.evidenceLabel));
    ev.evidence.forEach(function (x) {
      var f = h('figure', 'ev-quote');
      f.appendChild(quote(x.segments));
      var c = h('figcaption');
      if (x.headline) {
        c.appendChild(h('span', 'headline', x.headline));
        c.appendChild(document.createTextNode(' · '));
      }
      c.appendChild(ltr(x.document + ' [' + x.start + '–' + x.end + ']', 'src'));
      f.appendChild(c);
      d.appendChild(f);
    });
    a.appendChild(d);
    return a;
  }

  function option(o) {
    var op = h('option', null, nameText(o) + ' · ' + o.n);
    op.value = o.id;
    return op;
  }
  function filter(key, label, groups) {
    var wrap = h('label', 'filter');
    wrap.appendChild(h('span', null, label));
    var sel = h('select');
    sel.id = 'filter-' + key;
    sel.name = key;
    var all = h('option', null, 'الكل');
    all.value = '';
    sel.appendChild(all);
    groups.forEach(function (g) {
      if (!g.options.length) return;
      var parent = sel;
      if (g.label) { parent = h('optgroup'); parent.label = g.label; sel.appendChild(parent); }
      g.options.forEach(function (o) {
        if (o.id !== undefined) { valid[key][o.id] = 1; parent.appendChild(option(o)); }
        else { var op = h('option', null, o.label); op.value = o.value; parent.appendChild(op); }
      });
    });
    sel.addEventListener('change', function () { state[key] = sel.value; writeHash(); apply(); });
    selects[key] = sel;
    wrap.appendChild(sel);
    return wrap;
  }

  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    KEYS.forEach(function (k) {
      var v = p.get(k) || '';
      state[k] = Object.prototype.hasOwnProperty.call(valid[k], v) ? v : '';
    });
  }
  function writeHash() {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var s = p.toString();
    try { history.replaceState(null, '', s ? '#' + s : location.pathname + location.search); }
    catch (e) { location.hash = s; }
  }

  var countEl = h('span', 'count');
  var emptyEl = h('p', 'empty', 'لا أحداث تطابق هذا الاختيار.');
  function apply() {
    var shown = 0;
    events.forEach(function (ev, i) {
      var ok = (!state.person || ev.who.indexOf(state.person) >= 0) &&
        (!state.place || ev.where.indexOf(state.place) >= 0) &&
        (!state.status || ev.status === state.status) &&
        (!state.type || ev.type === state.type);
      cards[i].hidden = !ok;
      if (bars[i]) bars[i].classList.toggle('off', !ok);
      if (ok) shown++;
    });
    groupEls.forEach(function (g) {
      g.el.hidden = g.events.every(function (i) { return cards[i].hidden; });
    });
    Object.keys(laneEls).forEach(function (k) {
      laneEls[k].el.hidden = laneEls[k].events.every(function (i) { return cards[i].hidden; });
    });
    KEYS.forEach(function (k) { if (selects[k]) selects[k].value = state[k]; });
    countEl.textContent = 'معروض: ' + shown + ' من ' + events.length;
    document.body.setAttribute('data-shown', String(shown));
    emptyEl.hidden = shown > 0;
  }

  function focusCard(i) {
    if (cards[i].hidden) { KEYS.forEach(function (k) { state[k] = ''; }); writeHash(); apply(); }
    cards[i].scrollIntoView({ block: 'center' });
    cards[i].classList.add('flash');
    setTimeout(function () { cards[i].classList.remove('flash'); }, 1600);
  }

  // toolbar
  var tools = h('nav', 'bar-tools');
  tools.setAttribute('aria-label', 'تصفية');
  tools.appendChild(filter('person', 'شخص', [
    { label: data.organizations.length ? 'أشخاص' : '', options: data.persons },
    { label: 'منظمات', options: data.organizations }
  ]));
  tools.appendChild(filter('place', 'مكان', [{ label: '', options: data.places }]));
  tools.appendChild(filter('status', 'الحالة', [{ label: '', options: [
    { value: 'occurred', label: 'جرى' }, { value: 'planned', label: 'مرتقب' }, { value: 'cancelled', label: 'أُلغي' }] }]));
  tools.appendChild(filter('type', 'النوع', [{ label: '', options: [
    { value: 'meeting', label: 'اجتماع' }, { value: 'call', label: 'اتصال' }, { value: 'visit', label: 'زيارة' }] }]));
  var reset = h('button', 'reset', 'إلغاء التصفية');
  reset.type = 'button';
  reset.addEventListener('click', function () { KEYS.forEach(function (k) { state[k] = ''; }); writeHash(); apply(); });
  tools.appendChild(reset);
  tools.appendChild(countEl);
  app.appendChild(tools);

  // legend
  var legend = h('div', 'legend');
  [['s-occurred', 'جرى'], ['s-planned', 'مرتقب'], ['s-cancelled', 'أُلغي']].forEach(function (x) {
    var s = h('span'); s.appendChild(h('i', 'sw ' + x[0])); s.appendChild(document.createTextNode(x[1])); legend.appendChild(s);
  });
  [['trigger', 'كلمة الحدث'], ['participant', 'طرف'], ['location', 'المكان'], ['date', 'التاريخ']].forEach(function (x) {
    var s = h('span'); s.appendChild(h('mark', 'm-' + x[0], x[1])); legend.appendChild(s);
  });
  app.appendChild(legend);

  // the time axis
  if (data.axis) {
    var ax = h('section', 'axis');
    ax.setAttribute('aria-label', 'المحور الزمني');
    var title = h('h2');
    title.appendChild(h('span', null, 'المحور الزمني (الأقدم يمينًا)'));
    if (data.axis.undated) {
      var jump = h('button', 'jump', 'دون تاريخ معروف: ' + data.axis.undated + ' ←');
      jump.type = 'button';
      jump.addEventListener('click', function () { if (laneEls.undated) laneEls.undated.el.scrollIntoView({ block: 'start' }); });
      title.appendChild(jump);
    }
    ax.appendChild(title);
    var track = h('div', 'track');
    track.style.height = (data.axis.lanes * 26 + 8) + 'px';
    var tickRow = h('div', 'ticks');
    data.axis.ticks.forEach(function (t) {
      var g = h('span', 'gridline');
      g.style.insetInlineStart = t.pos + '%';
      track.appendChild(g);
      var l = h('span', 'tick', t.label);
      l.style.insetInlineStart = t.pos + '%';
      tickRow.appendChild(l);
    });
    events.forEach(function (ev, i) {
      if (!ev.axis) return;
      var names = ev.participants.map(function (p) { return p.ar; }).join('، ');
      var b = h('button', 'bar s-' + ev.status, ev.typeLabel + (names ? ': ' + names : ''));
      b.type = 'button';
      b.setAttribute('data-bar', String(ev.n));
      b.title = ev.when + ' — ' + ev.typeLabel + ' (' + ev.statusLabel + ')' + (names ? ' — ' + names : '') + (ev.location ? ' — ' + ev.location.ar : '');
      b.style.insetInlineStart = ev.axis.from + '%';
      b.style.width = ev.axis.width + '%';
      b.style.top = (ev.axis.lane * 26 + 5) + 'px';
      b.addEventListener('click', function () { focusCard(i); });
      track.appendChild(b);
      bars[i] = b;
    });
    ax.appendChild(track);
    ax.appendChild(tickRow);
    app.appendChild(ax);
  }

  // the events, by date, then the undated lane
  events.forEach(function (ev) { cards[ev.n] = card(ev); });
  var lanes = { dated: null, undated: null };
  data.groups.forEach(function (g) {
    if (!lanes[g.lane]) {
      var sec = h('section', 'lane lane-' + g.lane);
      sec.setAttribute('data-lane', g.lane);
      var t = h('h2', 'lane-title', g.lane === 'dated' ? 'الأحداث المؤرخة' : 'دون تاريخ معروف');
      if (g.lane === 'undated') t.appendChild(h('small', null, 'لا تاريخ لها، أو سنتها غير معروفة'));
      sec.appendChild(t);
      lanes[g.lane] = sec;
      laneEls[g.lane] = { el: sec, events: [] };
      app.appendChild(sec);
    }
    var el = h('div', 'group');
    el.setAttribute('data-group', g.label);
    var gd = h('div', 'gdate', g.label);
    if (g.iso) gd.appendChild(h('code', null, g.iso));
    el.appendChild(gd);
    var gc = h('div', 'gcards');
    g.events.forEach(function (i) { gc.appendChild(cards[i]); laneEls[g.lane].events.push(i); });
    el.appendChild(gc);
    lanes[g.lane].appendChild(el);
    groupEls.push({ el: el, events: g.events });
  });
  app.appendChild(emptyEl);

  var fallback = document.getElementById('fallback');
  if (fallback) fallback.remove();
  readHash();
  apply();
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  document.body.setAttribute('data-ready', '1');
})();
`;
