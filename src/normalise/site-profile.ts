/**
 * Folder-level learning: lines, and long line prefixes and suffixes, that recur across the
 * articles of one site are its chrome even when no rule knows them (trafilatura's and jusText's
 * insight). Repetition alone is not enough: a quotation two articles share is content, so a line
 * must also be shaped like chrome to go.
 */
import { splitLines, type Line } from './boilerplate.js';
import { buildMatchKey } from './orthography.js';

export interface SiteProfile {
  /** Documents the profile was learnt from. */
  documents: number;
  /** Folded lines seen in at least `minDocs` documents. */
  lines: ReadonlySet<string>;
  /** Folded word sequences that open (prefixes) or close (suffixes) lines in at least `minDocs` documents. */
  prefixes: ReadonlySet<string>;
  suffixes: ReadonlySet<string>;
}

/** Fewer articles than this say nothing about a site. */
export const MIN_DOCUMENTS = 2;
/** A prefix or suffix must be this long (in words) to be learnt. */
export const AFFIX_WORDS = 5;
/** Repeated lines longer than this, or ending like a sentence, are content that articles share. */
const MAX_CHROME_WORDS = 12;
const SENTENCE_END = /[.?!:]["')\]]*$/u;
const QUOTES = /["']/u;

/** How many documents must share a line: all of two, else a fifth (at least two, three past a handful). */
export function minDocs(documents: number): number {
  if (documents < MIN_DOCUMENTS) return Infinity;
  if (documents <= 4) return 2;
  return Math.max(3, Math.ceil(documents / 5));
}

export class SiteProfileBuilder {
  private docs = 0;
  private readonly lineDocs = new Map<string, number>();
  private readonly prefixDocs = new Map<string, number>();
  private readonly suffixDocs = new Map<string, number>();
  private readonly fingerprints = new Set<string>();

  /** Adds one article (its text as decoded). Exact duplicates count once. */
  add(text: string): void {
    const lines = splitLines({ key: buildMatchKey(text).key });
    const fingerprint = lines.map((l) => l.key).join('\n');
    if (this.fingerprints.has(fingerprint)) return;
    this.fingerprints.add(fingerprint);
    this.docs++;
    const seenLines = new Set<string>();
    const seenPre = new Set<string>();
    const seenSuf = new Set<string>();
    for (const l of lines) {
      if (!l.key) continue;
      seenLines.add(l.key);
      // (the same word sequence the normaliser reads back, so learnt and applied affixes agree)
      const words = l.key.split(/\s+/u);
      if (words.length > AFFIX_WORDS + 1) {
        seenPre.add(words.slice(0, AFFIX_WORDS).join(' '));
        seenSuf.add(words.slice(-AFFIX_WORDS).join(' '));
      }
    }
    const count = (m: Map<string, number>, keys: Set<string>): void => {
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    };
    count(this.lineDocs, seenLines);
    count(this.prefixDocs, seenPre);
    count(this.suffixDocs, seenSuf);
  }

  build(): SiteProfile {
    const min = minDocs(this.docs);
    // affixes must recur in half the articles: a common sentence opener does not
    const minAffix = Math.max(min, Math.ceil(this.docs / 2), 3);
    const keep = (m: Map<string, number>, n: number): Set<string> => new Set([...m].filter(([, c]) => c >= n).map(([k]) => k));
    return { documents: this.docs, lines: keep(this.lineDocs, min), prefixes: keep(this.prefixDocs, minAffix), suffixes: keep(this.suffixDocs, minAffix) };
  }
}

/** A line shaped like site chrome: short, not a sentence, not a quotation. */
export function chromeShaped(l: Line): boolean {
  return l.words > 0 && l.words <= MAX_CHROME_WORDS && !SENTENCE_END.test(l.key) && !QUOTES.test(l.key);
}
