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

/** Persian and Urdu letters used for foreign sounds (ڤ for v, پ for p, چ for ch, گ for g) and their Arabic letters. */
const LETTER_SHAPES: ReadonlyArray<readonly [string, string]> = [
  ['ڤ', 'ف'],
  ['پ', 'ب'],
  ['چ', 'ج'],
  ['گک', 'ك'],
  ['یۍې', 'ي'],
  ['ہۀە', 'ه'],
];
const ARABIC_LETTER_OF = new Map(LETTER_SHAPES.flatMap(([from, to]) => [...from].map((ch) => [ch, to] as const)));

/** Single-character folds, by source character. The *why* of each row is the comment beside it. */
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  // alef forms and hamza seats: the press writes them inconsistently
  ['أإآٱ', 'ا'],
  ['ى', 'ي'],
  ['ة', 'ه'],
  ['ؤ', 'و'],
  ['ئ', 'ي'],
  ...LETTER_SHAPES,
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
  /**
   * keyToOrig[i] = UTF-16 index in the original of the character key position i came from;
   * length key.length + 1 (the last entry is the original's length). The document's only offset array.
   */
  readonly keyToOrig: Int32Array;
}

/** Builds the matching key of `text` and its map back to the original. */
export function buildMatchKey(text: string): MatchKey {
  let out = new Uint16Array(text.length + 16);
  let map = new Int32Array(text.length + 17);
  let n = 0;
  const push = (unit: number, origin: number): void => {
    if (n === out.length) {
      // NFKC expansions (ﷺ) can outgrow the text: double
      const o2 = new Uint16Array(out.length * 2);
      o2.set(out);
      out = o2;
      const m2 = new Int32Array(map.length * 2);
      m2.set(map);
      map = m2;
    }
    out[n] = unit;
    map[n++] = origin;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = table[unit]!;
    if (folded >= 0) {
      if (n < out.length) {
        out[n] = folded;
        map[n++] = i;
      } else push(folded, i);
      continue;
    }
    if (folded === DROP) continue;
    // presentation forms, ligatures and astral characters: NFKC, then fold each resulting unit
    const origin = i;
    let ch = text[i]!;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      ch = text.slice(i, i + 2);
      i++;
    }
    const nf = ch.normalize('NFKC');
    for (let j = 0; j < nf.length; j++) {
      const u = nf.charCodeAt(j);
      const f = u >= 0xd800 && u <= 0xdfff ? COMPLEX : foldSimple(u);
      if (f === DROP) continue;
      // astral or unfoldable characters become U+FFFD: one key unit, so positions stay exact
      push(f === COMPLEX ? 0xfffd : f, origin);
      if (f === COMPLEX) break;
    }
  }
  if (n === map.length - 1 || n >= map.length) {
    const m2 = new Int32Array(n + 1);
    m2.set(map.subarray(0, n));
    map = m2;
  }
  map[n] = text.length;
  // (a Buffer's view, not a TextDecoder: a decoder held by the module cannot be saved in the startup snapshot)
  return { key: Buffer.from(out.buffer, out.byteOffset, n * 2).toString('utf16le'), keyToOrig: map.subarray(0, n + 1) };
}

/** The matching key of a short string (lexicon entries, patterns): no map. */
export function foldKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = table[text.charCodeAt(i)]!;
    if (f >= 0) out += String.fromCharCode(f);
    else if (f === COMPLEX) return buildMatchKey(text).key;
  }
  return out;
}

/**
 * A word's letters as written, for rules that read its spelling (a final ة, a pronoun suffix, a hamza seat):
 * marks, tatweel and invisible controls dropped, presentation forms and Persian letter shapes made plain
 * Arabic letters, but ة, ى and hamza seats kept, unlike the matching key.
 */
export function writtenLetters(text: string): string {
  // most words need nothing: no mark, no letter shape, no presentation form (U+FB50 and up)
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c < 0xfb50 && table[c] !== DROP && !ARABIC_LETTER_OF.has(text[i]!);
  }
  if (plain) return text;
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (ch.length === 1 && table[ch.charCodeAt(0)] === DROP) continue;
    out += ARABIC_LETTER_OF.get(ch) ?? ch;
  }
  return out;
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
