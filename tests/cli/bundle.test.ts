/**
 * bin/rasid runs the CLI bundled by scripts/bundle.mjs (`npm run build`) into dist/bundle/: what it
 * loads at start, and the files its modules find beside themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BUNDLE = join(ROOT, 'dist', 'bundle');
const read = (file: string): string => readFileSync(join(BUNDLE, file), 'utf8');

/** A bundle file and every chunk it imports statically (not those it imports when a command runs). */
function staticallyLoaded(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const m of read(entry).matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"\.\/([^"]+)"/gmu)) staticallyLoaded(m[1]!, seen);
  for (const m of read(entry).matchAll(/^import\s*"\.\/([^"]+)"/gmu)) staticallyLoaded(m[1]!, seen);
  return seen;
}

describe('the bundled CLI', () => {
  it('is what bin/rasid starts', () => {
    expect(readFileSync(join(ROOT, 'bin', 'rasid'), 'utf8')).toContain("import('../dist/bundle/rasid.js')");
  });

  it('finds every file its modules address from import.meta.url (lexicon, pattern cache, package.json, worker)', () => {
    const targets = readdirSync(BUNDLE).filter((f) => f.endsWith('.js')).flatMap((file) =>
      [...read(file).matchAll(/new URL\("([^"]+)", new URL\("([^"]+)", import\.meta\.url\)\.href\)/gu)].map((m) =>
        fileURLToPath(new URL(m[1]!, new URL(m[2]!, pathToFileURL(join(BUNDLE, file))))),
      ),
    );
    for (const needed of ['lexicons/compiled/gazetteer.json', 'dist/extract/patterns.cache.json', 'package.json', 'dist/bundle/worker.js']) {
      expect(targets).toContain(join(ROOT, needed));
    }
    for (const t of targets) expect(existsSync(t), t).toBe(true);
    // no module is left addressing files from the bundle's own folder
    for (const file of readdirSync(BUNDLE).filter((f) => f.endsWith('.js'))) {
      expect(read(file).replaceAll(/new URL\("[^"]+", import\.meta\.url\)\.href/gu, '').replace(/^import \{ createRequire[^\n]*\n/u, '')).not.toContain('import.meta.url');
    }
  });

  it('loads at start neither zod’s classic API nor its locales but English (~700 KB that would cost the cold start)', () => {
    const loaded = [...staticallyLoaded('rasid.js')];
    expect(loaded.length).toBeGreaterThan(1);
    for (const file of loaded) {
      const source = read(file);
      expect(source, file).not.toMatch(/from\s*"zod"/u);
      expect(source, file).not.toMatch(/node_modules\/zod\/v4\/locales\/(?!en\.js)/u);
      expect(source, file).not.toMatch(/node_modules\/zod\/v4\/classic\//u);
    }
    expect(loaded.some((f) => read(f).includes('node_modules/zod/v4/mini/'))).toBe(true);
  });
});
