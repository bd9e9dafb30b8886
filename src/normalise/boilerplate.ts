import { LINE_RULES as RULES_AS_WRITTEN, SECTION_NAMES as SECTIONS_AS_WRITTEN } from './boilerplate-rules.js';
import { foldKey, foldPatternSource } from './orthography.js';
import { isWordUnit } from './word-chars.js';
import type { SourceText } from './source.js';

export interface Line {
  /** Key range of the line, without its line break. */
  keyStart: number;
  keyEnd: number;
  /** Folded text of the line, trimmed. */
  key: string;
  words: number;
}

export interface Stripped {
  line: number;
  reason: string;
}

// rules are written in ordinary spelling; lines are tested on the folded key
const LINE_RULES = RULES_AS_WRITTEN.map((r) => ({ ...r, test: new RegExp(foldPatternSource(r.test.source), r.test.flags) }));
const SECTION_NAMES = SECTIONS_AS_WRITTEN.map(foldKey);


/** Runs of letters and digits: words, as the rules count them. */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordUnit(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
const ARABIC_LETTER = /[\u0600-\u06ff]/u;
const LATIN_LETTER = /[a-z]/u;
const SENTENCE_END = /[.?!:]["')\]]*$/u;
/** A related box holds a few headlines and captions; more than this and we are back in the article. */
const MAX_RELATED_ITEMS = 4;
/** Category tags and site names are a few words; a repeated longer line is a headline printed twice. */
const MAX_TAG_WORDS = 4;

export function splitLines(source: Pick<SourceText, 'key'>): Line[] {
  const key = source.key;
  const lines: Line[] = [];
  let start = 0;
  while (start <= key.length) {
    let nl = key.indexOf('\n', start);
    if (nl < 0) nl = key.length;
    let end = nl;
    if (end > start && key.charCodeAt(end - 1) === 13) end--;
    let s = start;
    let e = end;
    while (s < e && key.charCodeAt(s) <= 32) s++;
    while (e > s && key.charCodeAt(e - 1) <= 32) e--;
    const text = s === e ? '' : key.slice(s, e);
    lines.push({ keyStart: start, keyEnd: end, key: text, words: countWords(text) });
    start = nl + 1;
  }
  return lines;
}

const isBlank = (l: Line): boolean => l.key.length === 0;
/** The first line after line i with something on it (lines.length when none). */
function nextFilled(lines: readonly Line[], i: number): number {
  let next = i + 1;
  while (next < lines.length && isBlank(lines[next]!)) next++;
  return next;
}
/** Some line rule knows the line (its own reason given by that rule). */
const ruledLine = (l: Line): boolean => LINE_RULES.some((r) => l.words <= r.maxWords && r.test.test(l.key));

const MAX_HEADLINE_WORDS = 30;
const MAX_ITEM_DATE_WORDS = 5;
/** A line shaped like a headline or caption: short and without sentence-final punctuation. */
const isHeadlineLike = (l: Line): boolean => l.words > 0 && l.words <= MAX_HEADLINE_WORDS && !SENTENCE_END.test(l.key);

/** Decides, line by line, what is site boilerplate. `isDateline(i)` marks the article's own dateline, `isDateOnly(i)` any line of dates, times or weather alone. */
export function findBoilerplate(lines: Line[], isDateline: (index: number) => boolean, isDateOnly: (index: number) => boolean = () => false): Stripped[] {
  const stripped = new Map<number, string>();
  const strip = (i: number, reason: string): void => {
    if (!stripped.has(i)) stripped.set(i, reason);
  };

  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    for (const rule of LINE_RULES) {
      if (line.words > rule.maxWords || !rule.test.test(line.key)) continue;
      if (rule.role === 'comments-header') {
        if (!opensComments(lines, i)) continue;
        stripComments(lines, i, strip);
        return;
      }
      strip(i, rule.reason);
      if (rule.role === 'related-header') stripRelatedBox(lines, i, strip);
      if (rule.role === 'ticker-header') stripListed(lines, i, rule.reason, strip);
      if (rule.role === 'bio-header') stripParagraph(lines, i, rule.reason, strip);
      return;
    }
    // lines with Latin letters and no Arabic ones: English bios, comment forms, credits
    if (!ARABIC_LETTER.test(line.key) && LATIN_LETTER.test(line.key)) strip(i, 'non-Arabic line (bio, form or credit)');
  });

  // "موسكو - سبوتنيك", "الدوحة (وكالات)", "بيروت - «الأخبار»", "بغداد / المدى": a place and a source alone on one of the first lines
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    seen++;
    if (!stripped.has(i) && l.words <= 4 && /^[\p{L} ]{2,24}\s*(?:[-–—/]\s*"?[\p{L} ]{2,24}"?|\("?[\p{L} ]{2,24}"?\))\s*:?$/u.test(l.key)) strip(i, 'dateline place and news source');
  }

  // Everything above a "logo" line near the top is the site's ticker and navigation.
  const logo = lines.findIndex((l, i) => i < 8 && /^(logo|لوجو)$/u.test(l.key));
  if (logo > 0) for (let i = 0; i < logo; i++) if (!isBlank(lines[i]!)) strip(i, 'site navigation above the masthead');

  // The page's chrome above the headline: the site's name, menus, the day's date and weather.
  const chrome = topChrome(lines, (i) => stripped.has(i) || isDateline(i), isDateOnly, (i) => stripped.get(i) === 'navigation menu');
  const headline = lines.findIndex((l, i) => !isBlank(l) && !stripped.has(i) && !isDateline(i) && !isTopTag(lines, i) && !chrome.has(i));
  for (const [i, reason] of chrome) if (headline < 0 || i < headline) strip(i, reason);
  // Short lines repeated before the headline are site names and category tags.
  for (let i = 0; i < (headline < 0 ? lines.length : headline); i++) {
    if (isBlank(lines[i]!) || stripped.has(i) || isDateline(i)) continue;
    strip(i, SECTION_NAMES.includes(lines[i]!.key) ? 'section name' : 'site name or category tag');
  }
  // Short repeated tags just after the headline (category tags printed twice).
  for (let i = headline + 1; headline >= 0 && i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l) || stripped.has(i) || isDateline(i)) continue;
    if (!isTopTag(lines, i) && !SECTION_NAMES.includes(l.key)) break;
    strip(i, 'category tag');
  }
  // The headline printed a second time.
  if (headline >= 0) {
    const head = lines[headline]!.key;
    lines.forEach((l, i) => {
      if (i > headline && l.key === head) strip(i, 'headline repeated');
    });
  }
  return [...stripped.entries()].sort((a, b) => a[0] - b[0]).map(([line, reason]) => ({ line, reason }));
}

/** Words of a site's own name: "وكالة الأنباء القطرية", "الجزيرة نت", "سكاي نيوز عربية" (folded). */
const MEDIA_WORD = /(?<![\p{L}\p{N}])(?:وكاله|الوكاله|جريده|صحيفه|مجله|قناه|شبكه|اذاعه|تلفزيون|بوابه|نيوز|نت|للصحافه|للنشر|news|agency)(?![\p{L}\p{N}])/u;
/** A menu item with a number in its name: a word and a number of up to three digits ("الجزيرة 360"). */
const NUMBERED_ITEM = /^\p{L}+ \d{1,3}$|^\d{1,3} \p{L}+$/u;
/** A menu laid out one item a line: this many short lines in a row, or more. */
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 3;
/** The site's name is one of the first few lines. */
const SITE_NAME_LINES = 3;
const MAX_SITE_NAME_WORDS = 6;
const MAX_SECTION_WORDS = 2;
const MAX_MOTTO_WORDS = 12;
/** Items of a few words set off by separators with space on both sides (a headline writes "،" against the word). */
const BREADCRUMB = /^[^.?!:]{1,30}(?:\s[>›/,|]\s+[^.?!:]{1,30})+$/u;
/** A search box's prompt: "ابحث في النهار", "بحث في DW", "بحث ..." (folded). */
const SEARCH_PROMPT = /^(?:ابحث|بحث)(?: (?:في|عن) [^?!]{1,25}?)?\s*(?:\.{2,}|…)?$/u;
const MAX_SEARCH_PROMPT_WORDS = 4;

/**
 * The chrome of a page's top, line by line, up to the first line that is none of it (the headline):
 * a menu laid out one item a line, a line of dates, times or weather alone, a search box's prompt, the site's name among the
 * first lines (a word of the media in it, or Latin beside Arabic: "BBC News عربي"; or a few words
 * before other chrome: "وام", "الرئاسة المصرية"). `known(i)`: already boilerplate or the dateline.
 */
function topChrome(lines: Line[], known: (i: number) => boolean, isDateOnly: (i: number) => boolean, isMenu: (i: number) => boolean): Map<number, string> {
  const chrome = new Map<number, string>();
  /** The site's motto over its menu or the day's date: "صحيفة عربية يومية مستقلة تأسست في لندن عام 1989". */
  const isMotto = (i: number): boolean => {
    const l = lines[i];
    const next = nextFilled(lines, i);
    return !!l && l.words <= MAX_MOTTO_WORDS && MEDIA_WORD.test(l.key) && !SENTENCE_END.test(l.key) && (isMenu(next) || isDateOnly(next));
  };
  // (a number only in a name of two words: "الجزيرة 360", not "منذ 3 ساعات" nor "العدد 13631")
  const shortItem = (l: Line | undefined): boolean => !!l && l.words > 0 && l.words <= MAX_MENU_ITEM_WORDS && !SENTENCE_END.test(l.key) && (!/\d/u.test(l.key) || NUMBERED_ITEM.test(l.key));
  /** Line i is in a run of short lines, blank lines breaking it: a menu laid out one item a line. */
  const inMenu = (i: number): boolean => {
    if (!shortItem(lines[i])) return false;
    let from = i;
    while (shortItem(lines[from - 1])) from--;
    let to = i;
    while (shortItem(lines[to + 1])) to++;
    return to - from + 1 >= MIN_MENU_ITEMS;
  };
  let nonBlank = 0;
  /** Lines that no rule knew for chrome (skip links, say): where the site's name may stand. */
  let unknown = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    nonBlank++;
    if (known(i)) continue;
    unknown++;
    if (isDateOnly(i)) {
      chrome.set(i, 'date, time or weather line');
      continue;
    }
    if (inMenu(i)) {
      chrome.set(i, 'navigation menu');
      continue;
    }
    if (l.words <= MAX_SEARCH_PROMPT_WORDS && SEARCH_PROMPT.test(l.key)) {
      chrome.set(i, 'search box');
      continue;
    }
    if (unknown <= SITE_NAME_LINES && isMotto(i)) {
      chrome.set(i, 'site name');
      continue;
    }
    if (unknown <= SITE_NAME_LINES && l.words <= MAX_SITE_NAME_WORDS && !SENTENCE_END.test(l.key)) {
      if (MEDIA_WORD.test(l.key) || (ARABIC_LETTER.test(l.key) && LATIN_LETTER.test(l.key))) {
        chrome.set(i, 'site name');
        continue;
      }
      const next = nextFilled(lines, i);
      if (l.words <= MAX_MENU_ITEM_WORDS && next < lines.length && (known(next) || isDateOnly(next) || inMenu(next) || isMotto(next))) {
        chrome.set(i, 'site name');
        continue;
      }
    }
    // a breadcrumb of a few words, set off by spaced separators: "سياسة > الأخبار المحلية", "دولي , تركيا", "سياسة | الشرق الأوسط"
    if (l.words <= MAX_SITE_NAME_WORDS && BREADCRUMB.test(l.key)) {
      chrome.set(i, 'breadcrumb');
      continue;
    }
    // a section's name of a word or two under other chrome, over a longer line: "الديوان الملكي", "أخبار روسيا"
    if (l.words <= MAX_SECTION_WORDS && i > 0 && !/\d/u.test(l.key) && !SENTENCE_END.test(l.key) && nonBlank > 1) {
      const next = nextFilled(lines, i);
      if (next < lines.length && lines[next]!.words > MAX_MENU_ITEM_WORDS && !known(next) && !isDateOnly(next)) {
        chrome.set(i, 'section name');
        continue;
      }
    }
    if (!isTopTag(lines, i)) break;
  }
  return chrome;
}

/** A short line that is a section name, or that appears twice in a row (blank lines aside). */
function isTopTag(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.words === 0 || l.words > MAX_TAG_WORDS) return false;
  if (SECTION_NAMES.includes(l.key)) return true;
  const neighbour = (step: number): Line | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (!isBlank(lines[j]!)) return lines[j];
    return undefined;
  };
  return neighbour(-1)?.key === l.key || neighbour(1)?.key === l.key;
}

/** A related-news header takes the headlines and captions after it, up to the first paragraph. */
function stripRelatedBox(lines: Line[], header: number, strip: (i: number, reason: string) => void): void {
  let items = 0;
  for (let i = header + 1; i < lines.length; i++) {
    const l = lines[i]!;
    // (an item's date under its headline is no item of its own: "6 أغسطس/ آب 2025")
    const itemDate = l.words <= MAX_ITEM_DATE_WORDS && /\d{4}/u.test(l.key);
    if (items >= MAX_RELATED_ITEMS && !itemDate) return;
    if (l.keyEnd === l.keyStart) continue; // empty line between items
    if (isBlank(l)) return; // a whitespace-only line closes the box in scraped pages
    // (a headline in the box may ask: "ما الذي يريده بوتين من أي اتفاق؟")
    if (!isHeadlineLike(l) && !(l.words <= MAX_HEADLINE_WORDS && /\?["')\]]*$/u.test(l.key))) return;
    // share buttons and credits after the box are stripped by their own rule, with their own reason
    if (ruledLine(l)) return;
    strip(i, 'related-news box');
    if (!itemDate) items++;
  }
}

/** A list's item marker at a line's start: "• …", "- …", "1. …". */
// (a bullet, a number, or the time of the item: "17:10   السوداني يبحث هاتفياً مع أردوغان …")
const LIST_ITEM = /^(?:[•●▪◦·*\-–]|\d{1,2}[.)-]|\d{1,2}:\d{2}\s)\s*\S/u;
/** The items listed under a ticker's label, up to the first line that is none. */
function stripListed(lines: Line[], header: number, reason: string, strip: (i: number, reason: string) => void): void {
  for (let i = header + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.keyEnd === l.keyStart) continue;
    if (isBlank(l) || !LIST_ITEM.test(l.key) || l.words > MAX_HEADLINE_WORDS) return;
    strip(i, reason);
  }
}

/** The lines under a header up to the next blank line: a bio's paragraph. */
function stripParagraph(lines: Line[], header: number, reason: string, strip: (i: number, reason: string) => void): void {
  for (let i = header + 1; i < lines.length && !isBlank(lines[i]!); i++) strip(i, reason);
}

/** Comments are at most a commenter's name long on the line after their header. */
const MAX_COMMENTER_WORDS = 8;
/**
 * A comments header under the article: in the page's second half of text (at the top, "التعليقات (3)" is a
 * count beside the byline), with a commenter's name or a date under it, not a paragraph.
 */
function opensComments(lines: Line[], header: number): boolean {
  if (lines[header]!.keyStart < lines.at(-1)!.keyEnd / 2) return false;
  const next = nextFilled(lines, header);
  if (next >= lines.length) return false;
  // (or the comment after its writer's name and a colon: "أبو فراس - الكويت: كل هذه اللقاءات …")
  const signed = COMMENTER_SIGNATURE.exec(lines[next]!.key);
  return lines[next]!.words <= MAX_COMMENTER_WORDS || (!!signed && signed[1]!.trim().split(/\s+/u).length <= MAX_COMMENTER_WORDS);
}
/** A commenter's name, and where from, before a colon that opens the comment. */
const COMMENTER_SIGNATURE = /^([^:.!?؟,]{2,60}):\s/u;
/** Readers' comments run from their header to the next line some rule knows (a form, a box, the footer). */
function stripComments(lines: Line[], header: number, strip: (i: number, reason: string) => void): void {
  strip(header, 'reader comments');
  for (let i = header + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (ruledLine(l)) return;
    strip(i, 'reader comments');
  }
}

