/**
 * bin/rasid runs the CLI bundled by scripts/bundle.mjs (`npm run build`) into dist/bundle/rasid.cjs,
 * from the V8 code cache made beside it, through src/cli/start.cts.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BUNDLE = join(ROOT, 'dist', 'bundle', 'rasid.cjs');
const START = join(ROOT, 'dist', 'cli', 'start.cjs');
const source = (): string => readFileSync(BUNDLE, 'utf8');

describe('the bundled CLI', () => {
  it('finds every file its modules address from import.meta.url (lexicon and its cache, pattern cache, package.json, worker entry)', () => {
    const bundleUrl = pathToFileURL(BUNDLE).href;
    const targets = [...source().matchAll(/new URL\("([^"]+)", new URL\("([^"]+)", __rasidBundleUrl\)\.href\)/gu)].map((m) => fileURLToPath(new URL(m[1]!, new URL(m[2]!, bundleUrl))));
    for (const needed of ['lexicons/compiled/gazetteer.json', 'dist/lexicon/gazetteer.cache', 'dist/extract/patterns.cache.json', 'package.json', 'dist/cli/worker-start.cjs']) {
      expect(targets).toContain(join(ROOT, needed));
    }
    for (const t of targets) expect(existsSync(t), t).toBe(true);
    expect(source()).not.toContain('import.meta');
  });

  it('holds neither zod’s classic API nor its locales but English (~700 KB to compile at every start)', () => {
    expect(source()).toMatch(/^\/\/ node_modules\/zod\/v4\/mini\//mu);
    expect(source()).not.toMatch(/^\/\/ node_modules\/zod\/v4\/(classic|locales\/(?!en\.js|index\.js))/mu);
  });

  it('keeps our regex literals with \\p{…} literals, not `new RegExp(…)` built anew at each call of the function holding one', () => {
    const literals = new Set<string>();
    for (const file of ['extract/entities.js', 'lexicon/fuzzy.js', 'extract/events/mentions.js']) {
      for (const m of readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/(?<![\p{L}\p{N}_$)\]])\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])*\\p\{(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])*)\/[dgimsuy]*u[dgimsuy]*/gu)) literals.add(m[0]);
    }
    expect(literals.size).toBeGreaterThan(10);
    for (const literal of literals) expect(source()).toContain(literal);
  });

  it('comes with a code cache that this Node accepts, on the main thread and in a worker thread', () => {
    const check = `const { Script } = require('node:vm'); const { readFileSync } = require('node:fs');
      const start = require(${JSON.stringify(START)});
      const rejected = () => new Script(require('node:module').wrap(readFileSync(${JSON.stringify(BUNDLE)}, 'utf8')), { filename: ${JSON.stringify(BUNDLE)}, cachedData: start.cachedData() }).cachedDataRejected;
      const { Worker, isMainThread, parentPort } = require('node:worker_threads');
      if (isMainThread) new Worker(__filename).on('message', (inWorker) => process.stdout.write(String(rejected()) + ' ' + inWorker));
      else parentPort.postMessage(String(rejected()));`;
    const dir = mkdtempSync(join(tmpdir(), 'rasid-codecache-'));
    writeFileSync(join(dir, 'check.cjs'), check);
    const r = spawnSync(process.execPath, [join(dir, 'check.cjs')], { encoding: 'utf8' });
    expect(r.stdout).toBe('false false');
  });
});

describe('the code cache', () => {
  it('is used by the CLI and its worker threads (RASID_DEBUG says when it is not)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rasid'), 'extract', 'fixtures', '--jobs', '3', '--format', 'jsonl'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RASID_DEBUG: '1' } });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/code cache/u);
    // (a V8 flag the cache was not made under: V8 refuses it, and that is said)
    const refused = spawnSync(process.execPath, ['--max-lazy', join(ROOT, 'bin', 'rasid'), 'extract', 'fixtures', '--jobs', '2'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RASID_DEBUG: '1' } });
    expect(refused.status).toBe(0);
    expect(refused.stderr.match(/^rasid: code cache refused by V8; the bundle is compiled anew$/gmu)).toHaveLength(2);
  });

  it('is not used when it is older than the bundle', () => {
    // (the built start.cjs: vitest does not compile .cts)
    const { cachedData } = createRequire(import.meta.url)(START) as { cachedData(bundle: string, cache: string): Buffer | undefined };
    const dir = mkdtempSync(join(tmpdir(), 'rasid-codecache-'));
    const bundle = join(dir, 'rasid.cjs');
    const cache = `${bundle}.cache`;
    writeFileSync(bundle, 'module.exports = 1;');
    expect(cachedData(bundle, cache)).toBeUndefined(); // (none)
    writeFileSync(cache, 'data');
    utimesSync(cache, new Date(), new Date(Date.now() + 1000));
    expect(cachedData(bundle, cache)?.toString()).toBe('data');
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    expect(cachedData(bundle, cache)).toBeUndefined();
  });
});
