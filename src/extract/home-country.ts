/**
 * The country a state's own news agency wrote the article in (KUNA, Petra, SPA …): its copy names
 * its country's offices without the country ("أمير البلاد", "رئيس الدولة"). The agency is the
 * article's source, not one it quotes: the masthead above the headline ("وكالة الأنباء الكويتية -
 * كونا"), or the source of the lead's dateline ("الكويت - 13 - 1 (كونا) --", "القاهرة /أ ش أ/ -",
 * "الرياض - واس"). "أفادت وكالة الأنباء القطرية (قنا) بأن" in another outlet's story is a quote.
 */
import type { Gazetteer } from '../lexicon/load.js';
import type { NormalisedDocument } from '../normalise/index.js';
import { foldKey } from '../normalise/orthography.js';
import { HIJRI_MONTHS, MONTHS, WEEKDAYS } from './dates/vocabulary.js';
import { matchGazetteer, type GazetteerMatch } from './gazetteer.js';
import { tokenize, type Token } from './tokens.js';

/** The masthead stands in the page's first lines, above the headline. */
const MAX_MASTHEAD_LINES = 12;
/** How many lines after the headline the lead may start in (a caption or credit may stand between). */
const MAX_LEAD_LINES = 6;
/** Where a dateline's source is set off, at the latest (its place and date before it, a few words). */
const MAX_SOURCE_CHARS = 80;
/** How many words (place, date) may stand before the source in a dateline. */
const MAX_WORDS_BEFORE_SOURCE = 6;
/** Words of a dateline's date before its source, besides digits and its place (folded; a month's words one by one). */
export const DATELINE_WORDS = new Set(
  [...MONTHS, ...HIJRI_MONTHS, ...WEEKDAYS].flatMap(([, forms]) => forms.flatMap((f) => f.split(' '))).concat(['في', 'هـ', 'م', 'الموافق']).map(foldKey),
);
/** A dateline's source is set off: in brackets or slashes ("(كونا)", "/ وام/"), or before a dash, colon or the line's end ("الرياض - واس"). */
const OPENS_SOURCE = /[(/]\s*$/u;
const CLOSES_SOURCE = /^\s*[)/]/u;
const ENDS_SOURCE = /^\s*(?:[-–—:]|$)/u;

/** ISO code of the country whose state agency the article comes from, or null. */
export function homeCountry(doc: NormalisedDocument, g: Gazetteer): string | null {
  const key = doc.source.key;
  const headline = doc.headlineLine ?? -1;
  const top = Math.min(headline >= 0 ? headline : doc.lines.length, MAX_MASTHEAD_LINES);
  for (let i = 0; i < top; i++) {
    const found = agencyIn(key.slice(doc.lines[i]!.keyStart, doc.lines[i]!.keyEnd), g, false, i === doc.datelineLine);
    if (found) return found;
  }
  // the lead: the first lines from the headline (a lone paragraph is both), the dateline's among
  // them, stripped or not ("الرياض - واس" on a line of its own is the page's chrome)
  let body = 0;
  for (let i = Math.max(0, headline); i < doc.lines.length && body < MAX_LEAD_LINES; i++) {
    const l = doc.lines[i]!;
    if (!l.key) continue;
    body++;
    const found = agencyIn(key.slice(l.keyStart, l.keyEnd), g, true);
    if (found) return found;
  }
  return null;
}

/** A line that may name an agency: with its word for agency, or a few words alone ("وام"); as a source, set off. */
const AGENCY_WORD = /وكاله/u;
const SETS_OFF = /[(/\-–—]/u;
const MAX_ACRONYM_LINE_WORDS = 3;

/** The country of a state agency named in the line; in the body, only as a dateline's source. */
function agencyIn(line: string, g: Gazetteer, asSource: boolean, dateline = false): string | null {
  // (most lines can name none: the gazetteer is not run over them; a dateline above the headline
  // may close with its source, "… 6 نوفمبر 2025 م واس")
  if (asSource ? !SETS_OFF.test(line.slice(0, MAX_SOURCE_CHARS)) : !dateline && !AGENCY_WORD.test(line) && line.trim().split(/\s+/u).length > MAX_ACRONYM_LINE_WORDS) return null;
  // (as a source, it stands in the line's first words: the paragraph behind them is not read)
  const tokens = tokenize(line, asSource ? MAX_WORDS_BEFORE_SOURCE + 4 : Infinity);
  const matches = matchGazetteer(line, tokens, g, 0, tokens.length);
  for (const m of matches) {
    if (asSource && (m.firstToken > MAX_WORDS_BEFORE_SOURCE || !setOff(line, m.start, m.end) || !onlyPlaceAndDate(tokens, m.firstToken, matches, g))) continue;
    for (const s of m.surfaces) {
      const e = g.entity(s.id);
      if (e?.kind === 'state_agency' && e.country) return e.country;
    }
  }
  return null;
}

function setOff(line: string, start: number, end: number): boolean {
  const after = line.slice(end);
  return ENDS_SOURCE.test(after) || (OPENS_SOURCE.test(line.slice(0, start)) && CLOSES_SOURCE.test(after));
}

/**
 * The words before a dateline's source are its place and date ("الكويت - 13 - 1 (كونا)", "القاهرة
 * في 5 مايو /أ ش أ/"), not a sentence that quotes the agency ("أفادت وكالة الأنباء الكويتية (كونا)").
 */
function onlyPlaceAndDate(tokens: Token[], before: number, matches: readonly GazetteerMatch[], g: Gazetteer): boolean {
  for (let i = 0; i < before; i++) {
    if (/^\p{N}+$/u.test(tokens[i]!.text) || DATELINE_WORDS.has(tokens[i]!.text)) continue;
    const m = matches.find((x) => x.firstToken <= i && i < x.firstToken + x.tokenCount);
    if (!m?.surfaces.some((s) => g.entity(s.id)?.type === 'place')) return false;
  }
  return true;
}
