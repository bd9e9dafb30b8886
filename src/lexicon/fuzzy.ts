/**
 * Linking a name the gazetteer does not spell exactly to the person it means, by Jaro-Winkler
 * similarity (natural): "سيرجيه لافروف" → Sergey Lavrov when no rule generated that spelling.
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { Gazetteer } from './load.js';

/** Both the whole name and its last word must be this close. */
const MIN_NAME = 0.93;
const MIN_SURNAME = 0.9;

type PersonName = { id: string; tokens: string[] };
interface Indexed {
  all?: PersonName[];
  /** By the first letters of the first and last words: a name is compared only with names that start alike. */
  byInitials: Map<string, PersonName[]>;
  /** Names of two words or more by their first letter: each letter's lines are read once, not once per pair of initials. */
  byFirstLetter: Map<string, PersonName[]>;
}
const cache = new WeakMap<Gazetteer, Indexed>();
const initials = (tokens: string[]): string => `${tokens[0]![0]}${tokens.at(-1)![0]}`;

function indexed(g: Gazetteer): Indexed {
  let ix = cache.get(g);
  if (!ix) cache.set(g, (ix = { byInitials: new Map(), byFirstLetter: new Map() }));
  return ix;
}

/** Listed names of two words or more that start like `tokens`, gathered the first time they are asked for. */
function namesLike(g: Gazetteer, tokens: string[]): PersonName[] {
  const { byInitials, byFirstLetter } = indexed(g);
  const key = initials(tokens);
  let names = byInitials.get(key);
  if (!names) {
    const letter = tokens[0]![0]!;
    let withLetter = byFirstLetter.get(letter);
    if (!withLetter) byFirstLetter.set(letter, (withLetter = g.personSurfaces(letter).filter((s) => s.tokens.length >= 2)));
    byInitials.set(key, (names = withLetter.filter((s) => initials(s.tokens) === key)));
  }
  return names;
}

function personNames(g: Gazetteer): PersonName[] {
  const ix = indexed(g);
  return (ix.all ??= g.personSurfaces().filter((s) => s.tokens.length >= 2));
}

/** The listed person a multi-word name most probably means, or null. */
export function closestPerson(g: Gazetteer, tokens: string[]): string | null {
  if (tokens.length < 2) return null;
  const name = tokens.join(' ');
  const last = tokens[tokens.length - 1]!;
  let best: { id: string; score: number } | null = null;
  // names that do not even start alike are not worth a comparison
  for (const cand of namesLike(g, tokens)) {
    const surname = jaroWinkler(last, cand.tokens.at(-1)!);
    if (surname < MIN_SURNAME) continue;
    const score = jaroWinkler(name, cand.tokens.join(' '));
    if (score >= MIN_NAME && (!best || score > best.score)) best = { id: cand.id, score };
  }
  return best?.id ?? null;
}

/** The first word of a name must be this close to the listed one's as well: "ليزا جونسون" is not "مايكل جونسون" (0.88 whole). */
const MIN_GIVEN_NAME = 0.75;

/** How close a name is to any listed name of one person (0 to 1); 0 when its first word is another given name. */
export function similarity(g: Gazetteer, id: string, tokens: string[]): number {
  const name = tokens.join(' ');
  let best = 0;
  for (const cand of personNames(g)) {
    if (cand.id !== id || jaroWinkler(tokens[0]!, cand.tokens[0]!) < MIN_GIVEN_NAME) continue;
    best = Math.max(best, jaroWinkler(name, cand.tokens.join(' ')));
  }
  return best;
}
