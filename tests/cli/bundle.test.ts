/**
 * bin/rasid runs the CLI bundled by scripts/bundle.mjs (`npm run build`) into dist/bundle/rasid.cjs:
 * from V8's startup snapshot made beside it (src/cli/snapshot.ts) where it can, otherwise through
 * bin/rasid.mjs from the V8 code cache made beside it (src/cli/start.cts).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, binEnv } from '../helpers.js';

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
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rasid.mjs'), 'extract', 'fixtures', '--jobs', '3', '--format', 'jsonl'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RASID_DEBUG: '1' } });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/code cache/u);
    // (a V8 flag the cache was not made under: V8 refuses it, and that is said)
    const refused = spawnSync(process.execPath, ['--max-lazy', join(ROOT, 'bin', 'rasid.mjs'), 'extract', 'fixtures', '--jobs', '2'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RASID_DEBUG: '1' } });
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

describe('the startup snapshot', () => {
  const SNAPSHOT = join(ROOT, 'dist', 'bundle', 'rasid.blob');
  const run = (bin: string, args: string[], env: Record<string, string> = {}): ReturnType<typeof spawnSync<string>> =>
    spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', env: binEnv({ RASID_DEBUG: '1', ...env }), maxBuffer: 64 * 1024 * 1024 });
  const STARTED = /^rasid: started from the startup snapshot$/mu;
  /** bin/rasid.mjs's output: the CLI from the code cache, as without a snapshot. */
  const fromCodeCache = (args: string[]): string => {
    const r = spawnSync(process.execPath, [`${BIN}.mjs`, ...args], { cwd: ROOT, encoding: 'utf8', env: binEnv(), maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(0);
    return r.stdout;
  };
  /** A copy of the install elsewhere (bin, dist, lexicons, package.json; node_modules linked). */
  const installCopy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-install-'));
    for (const part of ['bin', 'dist', 'lexicons', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true, preserveTimestamps: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    return dir;
  };

  it('is made by the build, for this Node', () => {
    expect(existsSync(SNAPSHOT)).toBe(true);
    expect(readFileSync(`${SNAPSHOT}.node`, 'utf8').trim()).toBe(realpathSync(process.execPath));
  });

  /** The fixtures, named one by one (a short run). */
  const articles = (): string[] => readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => join('fixtures', f));

  it('starts bin/rasid on a short run, its worker threads from the code cache, with the output bin/rasid.mjs gives', () => {
    const args = ['extract', ...articles(), '--jobs', '2', '--format', 'jsonl'];
    const r = run(BIN, args);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(STARTED);
    expect(r.stderr).not.toMatch(/code cache|worker thread failed/u);
    expect(r.stdout).toBe(fromCodeCache(args));
    const one = run(BIN, ['extract', articles()[0]!]);
    expect(one.stderr).toMatch(STARTED);
    expect(JSON.parse(one.stdout).documents[0].events.length).toBeGreaterThan(0);
  });

  it('hands every argument to rasid, options first too, and loads modules from node_modules on demand', () => {
    const version = run(BIN, ['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(run(BIN, ['-h']).stdout).toMatch(/^Usage: rasid /u);
    // (rasid schema loads zod's classic API, left in node_modules)
    const schema = run(BIN, ['schema']);
    expect(schema.stderr).toMatch(STARTED);
    expect(schema.stdout).toBe(fromCodeCache(['schema']));
    expect(run(BIN, ['extract', '--bogus']).status).toBe(2);
  });

  it('is not used under NODE_OPTIONS, with RASID_NO_SNAPSHOT, or when older than the bundle: the code cache serves, same output', () => {
    const args = ['extract', articles()[1]!];
    const expected = fromCodeCache(args);
    for (const env of [{ NODE_OPTIONS: '--max-old-space-size=2048' }, { RASID_NO_SNAPSHOT: '1' }]) {
      const r = run(BIN, args, env);
      expect(r.status, JSON.stringify(env)).toBe(0);
      expect(r.stderr).not.toMatch(STARTED);
      expect(r.stdout).toBe(expected);
    }
    const dir = installCopy();
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'dist', 'bundle', 'rasid.cjs'), later, later);
    const stale = run(join(dir, 'bin', 'rasid'), args);
    expect(stale.stderr).not.toMatch(STARTED);
    expect(stale.stdout).toBe(expected);
  });

  it('is not used for another Node than the one that made it', () => {
    const dir = installCopy();
    writeFileSync(join(dir, 'dist', 'bundle', 'rasid.blob.node'), '/opt/other/node\n');
    const r = run(join(dir, 'bin', 'rasid'), ['--version']);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(STARTED);
  });

  it('is not used for a long run (a folder, stdin, a CoNLL stream, over 1 MB of files): it would end it holding more memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-long-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, readFileSync(join(ROOT, articles()[0]!), 'utf8').repeat(Math.ceil((1.1 * 2 ** 20) / statSync(join(ROOT, articles()[0]!)).size)));
    for (const [args, input] of [[['extract', 'fixtures'], ''], [['extract', '--input', 'jsonl'], '{"id":"a","text":"نص"}\n'], [['extract', '-'], 'نص'], [['tag', '--conll', '-'], 'نص\n'], [['normalize', big], '']] as const) {
      const r = spawnSync(BIN, args, { cwd: ROOT, input, encoding: 'utf8', env: binEnv({ RASID_DEBUG: '1' }), maxBuffer: 64 * 1024 * 1024 });
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).not.toMatch(STARTED);
    }
    expect(run(BIN, ['normalize', articles()[0]!]).stderr).toMatch(STARTED);
  });

  it('moved with the install, hands over to the install’s own bundle (its paths are the old place’s)', () => {
    const dir = installCopy();
    const args = ['extract', ...articles(), '--format', 'csv'];
    const r = run(join(dir, 'bin', 'rasid'), args);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`rasid: startup snapshot saved at ${SNAPSHOT}, restored from ${join(dir, 'dist', 'bundle', 'rasid.blob')}: the bundle is started from the code cache`);
    expect(r.stdout).toBe(fromCodeCache(args));
  });
});
