/**
 * The words a pattern's matches can open with. A pattern tried at the words before its anchor (see
 * `matchNearWords`) is tried only at those that can open it: a date is looked for from a day number
 * or a weekday, not from each of the six words before every month name.
 */
import { foldKey } from '../normalise/orthography.js';
import { someStemIn, stems, withProclitics, type Token } from './tokens.js';

export interface Opening {
  /** First words of what opens a match, folded; a word opens when it or one of its stems is here. */
  readonly words: ReadonlySet<string>;
  /** A number opens a match too, bare or with a one-letter proclitic written on it (و12، ل5). */
  readonly numbers: boolean;
}

/**
 * What opens a pattern's matches: the first words of `phrases`, with any proclitic before them (peeled
 * by the token's stems, or listed by withProclitics where too short to be peeled), and numbers.
 */
export function opening(phrases: Iterable<string>, { numbers = false }: { numbers?: boolean } = {}): Opening {
  const firsts = [...new Set([...phrases].map((p) => foldKey(p).trim().split(/\s+/u)[0]!).filter(Boolean))];
  return { words: new Set(withProclitics(firsts)), numbers };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** و ف ب ل ك: a proclitic of one letter. */
const ONE_LETTER_PROCLITICS = new Set([0x648, 0x641, 0x628, 0x644, 0x643]);

/** The token can open a match. */
export function opensAt(o: Opening, token: Token): boolean {
  const text = token.text;
  if (o.numbers && (isDigit(text.charCodeAt(0)) || (ONE_LETTER_PROCLITICS.has(text.charCodeAt(0)) && isDigit(text.charCodeAt(1))) || articleOnNumber(text))) return true;
  if (someStemIn(token.word, o.words)) return true;
  // a word written on to the number after it is one token ("سبتمبر2022"): its letters open
  return isDigit(text.charCodeAt(text.length - 1)) && lettersOpen(o, text);
}

/** The article written on to a number, a conjunction or preposition before it at most: "الـ11" (folded "ال11"), "وال11". */
function articleOnNumber(text: string): boolean {
  const at = text.startsWith('ال') ? 2 : ONE_LETTER_PROCLITICS.has(text.charCodeAt(0)) && text.startsWith('ال', 1) ? 3 : -1;
  return at > 0 && isDigit(text.charCodeAt(at));
}

function lettersOpen(o: Opening, text: string): boolean {
  let end = 0;
  while (end < text.length && !isDigit(text.charCodeAt(end))) end++;
  return end > 0 && stems(text.slice(0, end)).some((s) => o.words.has(s.stem));
}
