/**
 * The matching key: a folded copy of the original text for matching, with an exact map back to
 * original code points. The original is never changed; every offset we report indexes it.
 *
 * One table covers every fold. Each original code point becomes zero, one or several key
 * characters (NFKC ligatures expand), and every key character is one UTF-16 code unit, so key
 * string indices are key positions and `keyToOrig[i]` is the original code point index of key
 * character i.
 */

const DROP = -1;
const COMPLEX = -2;

/** Single-character folds, by source character. The *why* of each row is the comment beside it. */
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  // alef forms and hamza seats: the press writes them inconsistently
  ['أإآٱ', 'ا'],
  ['ى', 'ي'],
  ['ة', 'ه'],
  ['ؤ', 'و'],
  ['ئ', 'ي'],
  // Persian and Urdu letters used for foreign sounds (ڤ for v, پ for p, چ for ch, گ for g)
  ['ڤ', 'ف'],
  ['پ', 'ب'],
  ['چ', 'ج'],
  ['گک', 'ك'],
  ['یۍې', 'ي'],
  ['ہۀە', 'ه'],
  // Arabic punctuation to its Latin counterpart so one pattern covers both
  ['،', ','],
  ['؛', ';'],
  ['؟', '?'],
  ['٫', '.'],
  ['٬', ','],
  ['«»“”„‟″', '"'],
  ['‘’‚‛′', "'"],
  ['–—―−', '-'],
];

/** Code points dropped from the key: tashkeel, Quranic marks, tatweel, zero-width and bidi controls. */
const DROPPED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a], // Quranic honorifics and small marks
  [0x061c, 0x061c], // ALM (Arabic letter mark)
  [0x064b, 0x065f], // tashkeel
  [0x0670, 0x0670], // superscript alef
  [0x0640, 0x0640], // tatweel
  [0x06d6, 0x06dc], // Quranic annotation
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08ff], // extended Arabic marks
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner and invisible operators
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / ZWNBSP
  [0x00ad, 0x00ad], // soft hyphen
];

/** Space-like characters that become a plain space. */
const SPACES = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f';

/** table[c] for BMP code unit c: the key code unit, DROP, or COMPLEX (run NFKC then fold). */
const table: Int32Array = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // upper-case Latin folds to lower case for matching
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (const [from, to] of FOLDS) for (const ch of from) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  for (const [a, b] of DROPPED_RANGES) for (let c = a; c <= b; c++) t[c] = DROP;
  for (const ch of SPACES) t[ch.charCodeAt(0)] = 0x20;
  // Arabic-Indic and Persian digits
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  // presentation forms and other compatibility characters go through NFKC
  const complex: Array<[number, number]> = [
    [0xfb50, 0xfdff], // Arabic presentation forms A
    [0xfe70, 0xfefe], // Arabic presentation forms B
    [0xff01, 0xff5e], // full-width Latin
    [0xfb00, 0xfb06], // Latin ligatures
  ];
  for (const [a, b] of complex) for (let c = a; c <= b; c++) t[c] = COMPLEX;
  // surrogates: the caller handles astral code points
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = COMPLEX;
  return t;
}

function foldSimple(code: number): number {
  return code < 0x10000 ? table[code]! : COMPLEX;
}

export interface MatchKey {
  /** The folded text; one code unit per key position. */
  readonly key: string;
  /** keyToOrig[i] = original code point index of key position i; length key.length + 1 (last = original length). */
  readonly keyToOrig: Int32Array;
  /** Number of code points in the original text. */
  readonly origLength: number;
}

/** Builds the matching key of `text` and its map back to original code points. */
export function buildMatchKey(text: string): MatchKey {
  const out: number[] = [];
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let folded = table[unit]!;
    if (folded >= 0) {
      out.push(folded);
      map.push(cp);
    } else if (folded === COMPLEX) {
      let ch = text[i]!;
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        ch = text.slice(i, i + 2);
        i++;
      }
      const nf = ch.normalize('NFKC');
      let emitted = false;
      for (let j = 0; j < nf.length; j++) {
        const u = nf.charCodeAt(j);
        folded = u >= 0xd800 && u <= 0xdfff ? COMPLEX : foldSimple(u);
        if (folded === DROP) continue;
        // astral or unfoldable characters become U+FFFD: one key unit, so positions stay exact
        out.push(folded === COMPLEX ? 0xfffd : folded);
        map.push(cp);
        emitted = true;
        if (folded === COMPLEX) break;
      }
      void emitted;
    }
    cp++;
  }
  map.push(cp);
  // String.fromCharCode in chunks: spreading a huge array would overflow the stack
  let key = '';
  for (let i = 0; i < out.length; i += 8192) key += String.fromCharCode(...out.slice(i, i + 8192));
  return { key, keyToOrig: Int32Array.from(map), origLength: cp };
}

/** The matching key of a short string (lexicon entries, patterns): no map. */
export function foldKey(text: string): string {
  return buildMatchKey(text).key;
}

/** Code points that a mention may end with although the key dropped them (diacritics, tatweel). */
export function isTrailingMark(cp: number): boolean {
  return (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || cp === 0x0640 || (cp >= 0x0610 && cp <= 0x061a);
}

/**
 * Folds only the Arabic letters of a pattern's source, leaving regex syntax (\\p{L}, classes,
 * Latin escapes) alone, so patterns can be written in ordinary spelling and still match the key.
 */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const ch of source) {
    const c = ch.charCodeAt(0);
    const arabic = (c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
    out += arabic ? foldKey(ch) : ch;
  }
  return out;
}
