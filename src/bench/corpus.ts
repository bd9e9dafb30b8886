/**
 * A deterministic corpus of realistic Arabic news for benchmarks: fixture sentences recombined,
 * with names, places and dates drawn from the lexicons. Built on demand, never committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../lexicon/load.js';

/** A small fast PRNG (mulberry32): the same seed gives the same corpus everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

export interface CorpusOptions {
  fixturesDir: string;
  gazetteer: Gazetteer;
  seed?: number;
}

/** An endless, deterministic stream of articles of 2-8 KB. */
export function* articles(opts: CorpusOptions): Generator<string> {
  const rand = prng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentences = readdirSync(opts.fixturesDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(opts.fixturesDir, f), 'utf8').split(/(?<=[.؟!])\s+|\n+/u))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/u).length >= 6);
  const people = [...opts.gazetteer.allEntities()].filter((e) => e.type === 'person' && e.roles?.length).map((e) => e.ar);
  const places = [...opts.gazetteer.allEntities()].filter((e) => e.kind === 'city' || e.kind === 'country').map((e) => e.ar);
  const swaps: Array<[RegExp, () => string]> = [
    [/فلاديمير بوتين|دونالد ترامب|ستيف ويتكوف|فولوديمير زيلينسكي/gu, () => pick(people)],
    [/موسكو|واشنطن|إسطنبول|كييف|بودابست/gu, () => pick(places)],
    [/\d{1,2} (?:أبريل|سبتمبر)/gu, () => `${1 + Math.floor(rand() * 28)} ${pick(MONTHS)}`],
  ];
  for (;;) {
    const target = 2000 + rand() * 6000;
    const parts = [pick(sentences), '', `${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} ${2020 + Math.floor(rand() * 6)}`, ''];
    let size = 0;
    while (size < target) {
      let s = pick(sentences);
      for (const [re, f] of swaps) s = s.replace(re, f);
      parts.push(s);
      size += s.length;
    }
    yield parts.join('\n');
  }
}
