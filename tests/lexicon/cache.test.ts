/** The cache of the compiled lexicon that start-up reads (dist/lexicon/gazetteer.cache): the same lexicon, never a stale one. */
import { copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_PATH, Gazetteer, readLexiconCache, surfaceTable, writeLexiconCache } from '../../src/lexicon/load.js';

function copy(): { compiled: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-lexcache-'));
  const compiled = join(dir, 'gazetteer.json');
  copyFileSync(COMPILED_PATH, compiled);
  return { compiled, cache: join(dir, 'gazetteer.cache') };
}

describe('the lexicon cache', () => {
  it('gives back the compiled lexicon exactly', () => {
    const { compiled, cache } = copy();
    expect(readLexiconCache(compiled, cache)).toBeNull(); // (none yet)
    expect(writeLexiconCache(compiled, cache)).toBe(true);
    const fromCache = readLexiconCache(compiled, cache)!;
    const { surfaces, ...lexicon } = JSON.parse(readFileSync(compiled, 'utf8'));
    expect(fromCache.lexicon).toEqual(lexicon);
    expect(surfaces.length).toBeGreaterThan(10_000);
    expect(fromCache.table.text.split('\n')).toEqual(surfaces);
    const made = surfaceTable(surfaces);
    expect([...fromCache.table.starts]).toEqual([...made.starts]);
    expect([...fromCache.table.heads]).toEqual([...made.heads]);
    const g = new Gazetteer(fromCache.lexicon, fromCache.table);
    expect(g.surfacesStartingWith('بوتين').map((s) => s.id)).toContain('person:vladimir-putin');
  });

  it('is not read once the compiled file has changed (its time, or its size)', () => {
    const { compiled, cache } = copy();
    writeLexiconCache(compiled, cache);
    const { atime, mtime } = statSync(compiled);
    utimesSync(compiled, atime, new Date(mtime.getTime() + 1000));
    expect(readLexiconCache(compiled, cache)).toBeNull();
    writeFileSync(compiled, readFileSync(compiled, 'utf8').replace('"version": "', '"version": "x'));
    utimesSync(compiled, atime, mtime);
    expect(readLexiconCache(compiled, cache)).toBeNull();
    writeLexiconCache(compiled, cache);
    expect(readLexiconCache(compiled, cache)?.lexicon.version).toMatch(/^x/u);
  });

  it('a broken cache is no cache', () => {
    const { compiled, cache } = copy();
    writeFileSync(cache, Buffer.from('{"of":', 'utf16le'));
    expect(readLexiconCache(compiled, cache)).toBeNull();
    // (a cache cut short, as by a full disk)
    writeLexiconCache(compiled, cache);
    writeFileSync(cache, readFileSync(cache).subarray(0, 100_000));
    expect(readLexiconCache(compiled, cache)).toBeNull();
  });
});

/** Every first word's surfaces are found through the table, and no word that starts none finds any. */
describe('the surface table', () => {
  const { surfaces } = JSON.parse(readFileSync(COMPILED_PATH, 'utf8')) as { surfaces: string[] };
  const g = new Gazetteer(JSON.parse(readFileSync(COMPILED_PATH, 'utf8')));
  const keyOf = (line: string): string => line.slice(0, line.indexOf('\t'));
  it('finds the surfaces of every first word, all of them', () => {
    const byFirst = new Map<string, string[]>();
    for (const line of surfaces) {
      const key = keyOf(line);
      const first = key.split(' ')[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), key]);
    }
    for (const [first, keys] of byFirst) expect(g.surfacesStartingWith(first).map((s) => s.tokens.join(' ')).sort()).toEqual(keys.sort());
  });
  it('finds nothing for a word that starts no surface, nor for the start of one', () => {
    const firsts = new Set(surfaces.map((l) => keyOf(l).split(' ')[0]!));
    for (const word of ['', 'بو', 'بوتينن', 'كتاب', 'zzz']) if (!firsts.has(word)) expect(g.surfacesStartingWith(word)).toEqual([]);
  });
});
