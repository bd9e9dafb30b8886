/** The cache of the compiled lexicon that start-up reads (dist/lexicon/gazetteer.cache): the same lexicon, never a stale one. */
import { copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_PATH, Gazetteer, readLexiconCache, writeLexiconCache } from '../../src/lexicon/load.js';

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
    const fromCache = readLexiconCache(compiled, cache);
    const fromJson = JSON.parse(readFileSync(compiled, 'utf8'));
    expect(fromCache).toEqual(fromJson);
    expect(fromCache!.surfaces.length).toBeGreaterThan(10_000);
    const g = new Gazetteer(fromCache!);
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
    expect(readLexiconCache(compiled, cache)?.version).toMatch(/^x/u);
  });

  it('a broken cache is no cache', () => {
    const { compiled, cache } = copy();
    writeFileSync(cache, Buffer.from('{"of":', 'utf16le'));
    expect(readLexiconCache(compiled, cache)).toBeNull();
  });
});
