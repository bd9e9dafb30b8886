/**
 * Stage 1: decode, find the dateline and the site boilerplate, mask it out of the matching key,
 * and split the article into sentences. The original text is never changed.
 */
import { isoDay, parseIsoDay, type CalendarDate } from '../extract/dates/calendar.js';
import { findBoilerplate, splitLines, type Line } from './boilerplate.js';
import { findDateline, isDateOnlyLine } from './dateline.js';
import { splitSentences } from './sentences.js';
import { SourceText, type Span } from './source.js';
import { AFFIX_WORDS, chromeShaped, type SiteProfile } from './site-profile.js';

export interface BoilerplateRange {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface NormalisedDocument {
  source: SourceText;
  lines: Line[];
  boilerplate: BoilerplateRange[];
  /** The matching key with boilerplate lines blanked to line breaks (same length as the key). */
  contentKey: string;
  /** Key spans of sentences in the content. */
  sentences: Span[];
  headline: Span | null;
  docDate: { date: CalendarDate; source: 'text' | 'option' } | null;
  datelineLine: number | null;
  /** The headline's line (index into `lines`), null without one. */
  headlineLine: number | null;
  /** Lines stripped as boilerplate (indices into `lines`). */
  strippedLines: ReadonlySet<number>;
  /** Code point span of the article's dateline: its date, not its content. */
  dateline: { start: number; end: number } | null;
}

export interface NormaliseOptions {
  /** Used when the article states no date of its own (YYYY-MM-DD). */
  docDate?: string;
  /** What the other articles of the same site repeat. */
  profile?: SiteProfile;
}

export function normaliseDocument(text: string, options: NormaliseOptions = {}): NormalisedDocument {
  const source = new SourceText(text);
  const lines = splitLines(source);
  const dateline = findDateline(lines);
  const stripped = findBoilerplate(lines, (i) => i === dateline?.line, (i) => isDateOnlyLine(lines[i]!));
  const strippedLines = new Set(stripped.map((s) => s.line));
  const masked: Array<{ start: number; end: number; reason: string }> = stripped.map(({ line, reason }) => ({ start: lines[line]!.keyStart, end: lines[line]!.keyEnd, reason }));
  if (options.profile) {
    masked.push(...learntBoilerplate(source.key, lines, options.profile, (i) => strippedLines.has(i) || i === dateline?.line));
    masked.sort((a, b) => a.start - b.start);
    const lineAt = new Map(lines.map((l, i) => [l.keyStart, i]));
    for (const m of masked) {
      const i = lineAt.get(m.start);
      if (i !== undefined && lines[i]!.keyEnd === m.end) strippedLines.add(i);
    }
  }

  const lineByStart = new Map(lines.map((l) => [l.keyStart, l]));
  const boilerplate: BoilerplateRange[] = masked.map((m) => {
    const candidate = lineByStart.get(m.start);
    const line = candidate && candidate.keyEnd === m.end ? candidate : undefined;
    const span = line ? lineSpan(source, line) : source.toOriginal(m.start, m.end);
    return { ...span, text: source.slice(span.start, span.end), reason: m.reason };
  });
  const contentKey = maskSpans(source.key, masked);

  const headlineLine = lines.findIndex((l, i) => l.key.length > 0 && !strippedLines.has(i) && i !== dateline?.line);
  const headline = headlineLine >= 0 ? trimmedKeySpan(source.key, lines[headlineLine]!) : null;

  let docDate: NormalisedDocument['docDate'] = null;
  if (dateline) docDate = { date: dateline.date, source: 'text' };
  else if (options.docDate) {
    const d = parseIsoDay(options.docDate);
    if (d) docDate = { date: d, source: 'option' };
  }

  return {
    source,
    lines,
    boilerplate,
    contentKey,
    sentences: splitSentences(contentKey),
    headline,
    docDate,
    datelineLine: dateline?.line ?? null,
    headlineLine: headlineLine >= 0 ? headlineLine : null,
    strippedLines,
    dateline: dateline ? lineSpan(source, lines[dateline.line]!) : null,
  };
}

/** A line's original span in code points, whole (leading and trailing spaces included), without its line break. */
export function lineSpan(source: SourceText, l: Line): { start: number; end: number } {
  // the line starts right after the previous line break (kept in the key), whatever the key dropped
  const text = source.text;
  const startUnit = l.keyStart === 0 ? 0 : source.match.keyToOrig[l.keyStart - 1]! + 1;
  let endUnit = startUnit;
  while (endUnit < text.length) {
    const c = text.charCodeAt(endUnit);
    if (c === 10 || c === 13) break;
    endUnit++;
  }
  return { start: source.cpOf(startUnit), end: source.cpOf(endUnit) };
}

/** The key with the given spans blanked to line breaks: same length, so positions stay valid. */
function maskSpans(key: string, spans: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at) continue;
    out += key.slice(at, sp.start) + '\n'.repeat(sp.end - sp.start);
    at = sp.end;
  }
  return out + key.slice(at);
}

/** Lines, prefixes and suffixes the site repeats across articles, where shaped like chrome. */
function learntBoilerplate(key: string, lines: Line[], profile: SiteProfile, skip: (i: number) => boolean): Array<{ start: number; end: number; reason: string }> {
  const out: Array<{ start: number; end: number; reason: string }> = [];
  lines.forEach((l, i) => {
    if (!l.key || skip(i)) return;
    if (profile.lines.has(l.key) && chromeShaped(l)) {
      out.push({ start: l.keyStart, end: l.keyEnd, reason: 'repeated across articles of the site' });
      return;
    }
    // word spans of the raw line, so a prefix maps back to exact key offsets whatever the spacing
    const words = [...key.slice(l.keyStart, l.keyEnd).matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: l.keyStart + m.index, end: l.keyStart + m.index + m[0].length }));
    if (words.length <= AFFIX_WORDS + 1) return;
    const head = words.slice(0, AFFIX_WORDS);
    const tail = words.slice(-AFFIX_WORDS);
    if (profile.prefixes.has(head.map((w) => w.text).join(' '))) {
      out.push({ start: head[0]!.start, end: head.at(-1)!.end, reason: 'line opening repeated across articles of the site' });
    }
    if (profile.suffixes.has(tail.map((w) => w.text).join(' '))) {
      out.push({ start: tail[0]!.start, end: tail.at(-1)!.end, reason: 'line ending repeated across articles of the site' });
    }
  });
  return out;
}

function trimmedKeySpan(key: string, l: Line): Span {
  let s = l.keyStart;
  let e = l.keyEnd;
  while (s < e && /\s/u.test(key[s]!)) s++;
  while (e > s && /\s/u.test(key[e - 1]!)) e--;
  return { start: s, end: e };
}

export { isoDay };

/** Code point spans of the lines kept as content (the dateline excluded): for auditing, computed on demand. */
export function keptLines(doc: NormalisedDocument): Array<{ start: number; end: number }> {
  return doc.lines.flatMap((l, i) => (l.key && !doc.strippedLines.has(i) && i !== doc.datelineLine ? [lineSpan(doc.source, l)] : []));
}
