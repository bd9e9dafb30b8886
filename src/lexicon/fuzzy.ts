/**
 * Linking a name the gazetteer does not spell exactly to the person it means, by Jaro-Winkler
 * similarity (natural): "سيرجيه لافروف" → Sergey Lavrov when no rule generated that spelling.
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { Gazetteer } from './load.js';

/** Both the whole name and its last word must be this close. */
const MIN_NAME = 0.93;
const MIN_SURNAME = 0.9;

const cache = new WeakMap<Gazetteer, Array<{ id: string; tokens: string[] }>>();

function personNames(g: Gazetteer): Array<{ id: string; tokens: string[] }> {
  let names = cache.get(g);
  if (!names) {
    names = g.personSurfaces().filter((s) => s.tokens.length >= 2);
    cache.set(g, names);
  }
  return names;
}

/** The listed person a multi-word name most probably means, or null. */
export function closestPerson(g: Gazetteer, tokens: string[]): string | null {
  if (tokens.length < 2) return null;
  const name = tokens.join(' ');
  const last = tokens[tokens.length - 1]!;
  let best: { id: string; score: number } | null = null;
  for (const cand of personNames(g)) {
    // names that do not even start alike are not worth a comparison
    if (cand.tokens[0]![0] !== tokens[0]![0] || cand.tokens.at(-1)![0] !== last[0]) continue;
    const surname = jaroWinkler(last, cand.tokens.at(-1)!);
    if (surname < MIN_SURNAME) continue;
    const score = jaroWinkler(name, cand.tokens.join(' '));
    if (score >= MIN_NAME && (!best || score > best.score)) best = { id: cand.id, score };
  }
  return best?.id ?? null;
}

/** How close a name is to any listed name of one person (0 to 1). */
export function similarity(g: Gazetteer, id: string, tokens: string[]): number {
  const name = tokens.join(' ');
  let best = 0;
  for (const cand of personNames(g)) if (cand.id === id) best = Math.max(best, jaroWinkler(name, cand.tokens.join(' ')));
  return best;
}
