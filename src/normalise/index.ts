/**
 * Stage 1: decode, find the dateline and the site boilerplate, mask it out of the matching key,
 * and split the article into sentences. The original text is never changed.
 */
import { isoDay, parseIsoDay, type CalendarDate } from '../extract/dates/calendar.js';
import { findBoilerplate, splitLines, type Line } from './boilerplate.js';
import { findDateline } from './dateline.js';
import { splitSentences } from './sentences.js';
import { SourceText, type Span } from './source.js';

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
}

export interface NormaliseOptions {
  /** Used when the article states no date of its own (YYYY-MM-DD). */
  docDate?: string;
}

export function normaliseDocument(text: string, options: NormaliseOptions = {}): NormalisedDocument {
  const source = new SourceText(text);
  const lines = splitLines(source);
  const dateline = findDateline(lines);
  const stripped = findBoilerplate(lines, (i) => i === dateline?.line);

  const boilerplate: BoilerplateRange[] = stripped.map(({ line, reason }) => {
    const span = lineSpan(source, lines[line]!);
    return { ...span, text: source.slice(span.start, span.end), reason };
  });
  const contentKey = maskLines(source.key, stripped.map((s) => lines[s.line]!));

  const strippedLines = new Set(stripped.map((s) => s.line));
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

/** The key with the given lines blanked to line breaks: same length, so positions stay valid. */
function maskLines(key: string, masked: Line[]): string {
  let out = '';
  let at = 0;
  for (const l of masked) {
    out += key.slice(at, l.keyStart) + '\n'.repeat(l.keyEnd - l.keyStart);
    at = l.keyEnd;
  }
  return out + key.slice(at);
}

function trimmedKeySpan(key: string, l: Line): Span {
  let s = l.keyStart;
  let e = l.keyEnd;
  while (s < e && /\s/u.test(key[s]!)) s++;
  while (e > s && /\s/u.test(key[e - 1]!)) e--;
  return { start: s, end: e };
}

export { isoDay };
