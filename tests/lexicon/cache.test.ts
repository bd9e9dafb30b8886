/** The cache of the compiled lexicon that start-up reads (dist/lexicon/gazetteer.cache): the same lexicon, never a stale one. */
import { copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledLexicon } from '../../src/lexicon/compiled-schema.js';
import { COMPILED_PATH, Gazetteer, readLexiconCache, splitLexicon, writeLexiconCache } from '../../src/lexicon/load.js';

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
    const lexicon = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledLexicon;
    const { head, tables } = splitLexicon(lexicon);
    expect(fromCache.head).toEqual(head);
    expect(lexicon.surfaces.length).toBeGreaterThan(10_000);
    expect(fromCache.tables.surfaces.text.split('\n')).toEqual(lexicon.surfaces);
    expect(fromCache.tables.entities.text.split('\n').map((line) => JSON.parse(line.slice(line.indexOf('\t') + 1)))).toEqual(lexicon.entities);
    for (const name of ['surfaces', 'entities'] as const) {
      expect([...fromCache.tables[name].starts]).toEqual([...tables[name].starts]);
      expect([...fromCache.tables[name].heads]).toEqual([...tables[name].heads]);
    }
    const g = new Gazetteer(fromCache.head, fromCache.tables);
    expect(g.surfacesStartingWith('بوتين').map((s) => s.id)).toContain('person:vladimir-putin');
  });

  it('gives every entity back from its line, as the compiled lexicon has it, and no other', () => {
    const { compiled, cache } = copy();
    writeLexiconCache(compiled, cache);
    const { head, tables } = readLexiconCache(compiled, cache)!;
    const g = new Gazetteer(head, tables);
    const lexicon = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledLexicon;
    for (const e of lexicon.entities) expect(JSON.parse(JSON.stringify(g.entity(e.id)))).toEqual(e);
    expect([...g.allEntities()].map((e) => e.id)).toEqual(lexicon.entities.map((e) => e.id));
    for (const id of ['', 'person:', 'person:vladimir', 'person:vladimir-putin-x', 'person:vladimir-putin\t']) expect(g.entity(id)).toBeUndefined();
    // what is read from every entity at once, as each entity says it
    const held = new Map<string, string[]>();
    for (const e of lexicon.entities) for (const r of e.roles ?? []) held.set(`${r.role}@${r.scope}`, [...new Set([...(held.get(`${r.role}@${r.scope}`) ?? []), e.id])]);
    for (const [key, ids] of held) expect(g.roleHolders(...(key.split('@') as [string, string]))).toEqual(ids);
    expect(g.roleHolders('head_of_state', 'RU')).toContain('person:vladimir-putin');
    expect(g.roleHolders('head_of_state', 'XX')).toEqual([]);
    expect(g.countryOfCapital).toEqual(new Map(lexicon.entities.flatMap((e) => (e.capital ? [[e.capital, e.id]] : []))));
    expect(g.countryByIso).toEqual(new Map(lexicon.entities.flatMap((e) => (e.iso2 ? [[e.iso2, e.id]] : []))));
    expect(g.countryOfCapital.get('place:washington-dc')).toBe('place:united-states');
    expect(g.firstNames.has('فلاديمير')).toBe(true);
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
    expect(readLexiconCache(compiled, cache)?.head.version).toMatch(/^x/u);
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
  const g = Gazetteer.of(JSON.parse(readFileSync(COMPILED_PATH, 'utf8')));
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
