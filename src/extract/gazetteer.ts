/** Gazetteer matching on tokens: longest surface first, proclitics peeled only when needed. */
import type { Gazetteer, Surface } from '../lexicon/load.js';
import { stems, type Stem, type Token } from './tokens.js';

export interface GazetteerMatch {
  /** Key offsets of the mention, proclitics excluded. */
  start: number;
  end: number;
  firstToken: number;
  tokenCount: number;
  /** Every surface of this length at this place (several entities when the form is ambiguous). */
  surfaces: Surface[];
}

/** A stem with the surfaces that start with it, when the caller has them to hand (looked up otherwise). */
export interface NamedStem extends Stem {
  names?: readonly Surface[];
}

const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const CONJUNCTIONS = new Set(['و', 'ف']);

/** Only spaces (or a hyphen), one to three of them, may separate the tokens of one name. */
export function joinable(key: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap < 1 || gap > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = key.charCodeAt(i);
    if (c !== 32 && c !== 45) return false;
  }
  return true;
}

export function matchGazetteer(
  key: string,
  tokens: Token[],
  g: Gazetteer,
  from = 0,
  to = tokens.length,
  stemsOf: (i: number) => NamedStem[] = (i) => stems(tokens[i]!.text),
  /** Token i or one of its stems starts some name (when the caller knows; looked up otherwise). */
  mayStartName: (i: number) => boolean = (i) => startsSomeName(stemsOf(i), g),
): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = from;
  while (i < to) {
    let best: GazetteerMatch | null = null;
    const text = tokens[i]!.text;
    // a proclitic on a two-letter first word of a longer name ("لأم درمان", "وبن عروس"): too short to peel
    // as a stem of its own, so it is tried only against names of two words or more
    const shortPeel = text.length === 3 && PROCLITIC_LETTERS.has(text[0]!);
    // most words start no name, peeled or not: skip them
    if (!shortPeel && !mayStartName(i)) {
      i++;
      continue;
    }
    const peeled = stemsOf(i);
    const next = i + 1 < to && joinable(key, tokens[i]!, tokens[i + 1]!) ? tokens[i + 1]!.text : undefined;
    // (built only for such a word: most tokens reuse the cached stems as they are)
    const candidates: NamedStem[] = shortPeel && next ? [...peeled, { clitic: 1, stem: text.slice(1) }] : peeled;
    // (indexed loops: the surface lists come in several array kinds, and for-of over them allocated an iterator result per step)
    for (let c = 0; c < candidates.length; c++) {
      const stem = candidates[c]!;
      const list = g.surfacesBefore(stem.stem, next, stem.names);
      for (let k = 0; k < list.length; k++) {
        const s = list[k]!;
        const n = s.tokens.length;
        if (best && n < best.tokenCount) break;
        if (i + n > to || !sameTokens(key, tokens, i, s)) continue;
        // a peeled proclitic plus a generated spelling is too weak on a short word ("وكالة" ≠ و + كاليه)
        if (stem.clitic > 0 && s.kind === 'variant' && n === 1 && stem.stem.length < 5) continue;
        if (stem.stem.length < 3 && n < 2) continue;
        // a given name is not a proclitic and a one-word name: "باراك" is Barack, not ب + Arak ("كمال", "بدر")
        // (after و or ف too: "أردوغان وباراك")
        if (stem.clitic > 0 && n === 1 && (g.firstNames.has(text) || (stem.clitic > 1 && CONJUNCTIONS.has(text[0]!) && g.firstNames.has(text.slice(1))))) continue;
        if (best && n === best.tokenCount) {
          if (best.start === tokens[i]!.start + stem.clitic) best.surfaces.push(s);
          continue;
        }
        best = {
          start: tokens[i]!.start + stem.clitic,
          end: tokens[i + n - 1]!.end,
          firstToken: i,
          tokenCount: n,
          surfaces: [s],
        };
      }
      // a match on the bare token wins over any peeled stem
      if (best) break;
    }
    if (best) {
      out.push(best);
      i += best.tokenCount;
    } else i++;
  }
  return out;
}

function startsSomeName(peeled: readonly NamedStem[], g: Gazetteer): boolean {
  for (let k = 0; k < peeled.length; k++) if ((peeled[k]!.names ?? g.surfacesStartingWith(peeled[k]!.stem)).length) return true;
  return false;
}

function sameTokens(key: string, tokens: Token[], i: number, s: Surface): boolean {
  for (let j = 1; j < s.tokens.length; j++) {
    const t = tokens[i + j];
    if (!t || t.text !== s.tokens[j] || !joinable(key, tokens[i + j - 1]!, t)) return false;
  }
  return true;
}
