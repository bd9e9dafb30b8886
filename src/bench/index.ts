/**
 * `npm run bench [MB]`: throughput of the normaliser and the full pipeline on a generated corpus
 * (10 MB and the size given, default 100 MB), warm, against a bare baseline (read the files, run
 * one Arabic word regex), and the first 2 MB of a fresh process, cold; peak RSS of `rasid extract
 * --format jsonl` on the big corpus (a folder) and of `--input jsonl` with one and two jobs on it;
 * `--jobs 2` against `--jobs 1` on both corpora; cold start of `rasid extract` on one small file.
 * With `--real FILE` (a CoNLL file such as ANERcorp's training part), the same on real news:
 * its sentences reshuffled into 5 KB articles (`--real-mb`, default 30). Not a timed test: it
 * prints the figures, with the load average.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../lexicon/load.js';
import { normaliseDocument } from '../normalise/index.js';
import { extractDocument } from '../pipeline.js';
import { articles } from './corpus.js';
import { conllSentences, realArticles } from './real.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
const BIN = join(ROOT, 'bin', 'rasid');
const MB = 1024 * 1024;
const WORD = /[\u0621-\u064a]+/gu;

/** The corpus of `mb` megabytes as files in a temporary folder: built once, then reused. */
function corpusDir(mb: number): string {
  const dir = join(tmpdir(), `rasid-bench-${mb}mb`);
  if (existsSync(join(dir, '.complete'))) return dir;
  mkdirSync(dir, { recursive: true });
  let size = 0;
  let n = 0;
  for (const a of articles({ fixturesDir: FIXTURES, gazetteer: loadGazetteer() })) {
    writeFileSync(join(dir, `${String(n++).padStart(6, '0')}.txt`), a);
    size += Buffer.byteLength(a);
    if (size >= mb * MB) break;
  }
  writeFileSync(join(dir, '.complete'), String(size));
  return dir;
}

function readCorpus(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

interface Rate {
  mbs: number;
  /**
   * Megabytes per second of CPU time, the process's threads all counted: V8 collects garbage and
   * compiles on threads of its own, beside the one that extracts, so the wall-clock rate of one
   * extracting thread is not quite the rate of one core.
   */
  cpuMbs: number;
  docs: number;
  words: number;
}

function measure(docs: string[], run: (t: string) => unknown, warmUp = 20): Rate {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const words = docs.reduce((n, d) => n + (d.match(/\S+/gu)?.length ?? 0), 0);
  for (const d of docs.slice(0, warmUp)) run(d);
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (const d of docs) run(d);
  const s = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { mbs: bytes / MB / s, cpuMbs: bytes / MB / cpuSeconds, docs: docs.length / s, words: words / s };
}

const line = (name: string, r: Rate, base?: Rate): string =>
  `${name.padEnd(22)} ${r.mbs.toFixed(1).padStart(7)} MB/s ${r.docs.toFixed(0).padStart(8)} docs/s ${(r.words / 1000).toFixed(0).padStart(7)}k words/s` +
  `  ${r.cpuMbs.toFixed(1).padStart(6)} MB per CPU-second` +
  (base ? `  (${((r.mbs / base.mbs) * 100).toFixed(1)}% of baseline)` : '');

const { values: flags, positionals } = parseArgs({ options: { real: { type: 'string' }, 'real-mb': { type: 'string' } }, allowPositionals: true });
const big = Number(positionals[0] ?? 100);
const realMb = Number(flags['real-mb'] ?? 30);
if (!(big > 0) || !(realMb > 0)) {
  process.stderr.write('usage: npm run bench -- [MB] [--real FILE.conll] [--real-mb MB]\n');
  process.exit(2);
}
const g = loadGazetteer();
const out = (s: string): void => void process.stdout.write(`${s}\n`);
out(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);

interface Timed {
  wall: number;
  cpu: number;
  rssMb: number;
}

/** Settings for a run with a tight memory limit (README): fewer malloc arenas, fewer V8 helper threads, a smaller young generation. */
const LEAN = { env: { MALLOC_ARENA_MAX: '2' }, nodeArgs: ['--v8-pool-size=1', '--max-semi-space-size=8'] };

/** One run of the CLI under GNU time, output discarded: wall and user+sys seconds, peak RSS of the whole process (worker threads included). */
function timedRun(args: string[], stdin?: string, settings?: typeof LEAN): Timed | string {
  const fd = stdin ? openSync(stdin, 'r') : 'ignore';
  // (as a user runs it: bin/rasid, from the startup snapshot; Node's own flags go to bin/rasid.mjs, which starts without)
  const command = settings?.nodeArgs ? [process.execPath, ...settings.nodeArgs, `${BIN}.mjs`] : [BIN];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command, ...args], {
    encoding: 'utf8',
    stdio: [fd, 'ignore', 'pipe'],
    env: { ...process.env, ...settings?.env },
  });
  if (typeof fd === 'number') closeSync(fd);
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, user, sys, kb] = last.split(' ').map(Number);
  return kb ? { wall: wall!, cpu: user! + sys!, rssMb: kb / 1024 } : last;
}

const load = (): string => `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const describeRun = (name: string, t: Timed | string): string =>
  typeof t === 'string' ? `${name}: could not measure (${t})` : `${name}: ${t.wall.toFixed(1)} s (${t.cpu.toFixed(1)} s CPU), peak RSS ${t.rssMb.toFixed(0)} MB`;

// cold start: one small file, ten runs, the medians; first, before the heavy runs leave the VM slower for a while
const small = join(FIXTURES, readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()[0]!);
const starts = Array.from({ length: 10 }, () => timedRun(['extract', small])).filter((t): t is Timed => typeof t !== 'string');
out(`\n${load()}`);
out(`cold start (rasid extract on one article, median of ${starts.length}): ${(median(starts.map((t) => t.wall)) * 1000).toFixed(0)} ms, ${(median(starts.map((t) => t.cpu)) * 1000).toFixed(0)} ms CPU`);

/*
 * A fresh process first compiles the hot code (V8 tiers it up as it runs) and fills its tables
 * (words, the lexicon's lazily built indexes): a fixed cost of about a second, measured here on
 * articles from the end of the big corpus (none of them in the 10 MB corpus). Throughput is then
 * measured warm, on both corpora alike, so the two sizes compare cost per megabyte.
 */
const bigDir = corpusDir(big);
const bigFiles = readdirSync(bigDir).filter((f) => f.endsWith('.txt')).sort();
const warmUpDocs: string[] = [];
for (let i = bigFiles.length - 1, size = 0; i >= 0 && size < 2 * MB; i--) {
  warmUpDocs.push(readFileSync(join(bigDir, bigFiles[i]!), 'utf8'));
  size += Buffer.byteLength(warmUpDocs.at(-1)!);
}
const cold = measure(warmUpDocs, (t) => extractDocument('b', t, g), 0);
out(`\nwarm-up: the first ${(warmUpDocs.reduce((n, d) => n + Buffer.byteLength(d), 0) / MB).toFixed(1)} MB a fresh process extracts (${warmUpDocs.length} articles) run at ${cold.mbs.toFixed(1)} MB/s`);
for (const d of warmUpDocs) normaliseDocument(d);
/*
 * V8 goes on compiling and recompiling for some megabytes more: the warm-up goes on, 1 MB at a
 * time (articles from further back in the big corpus), until two megabytes in a row run within 10%
 * of each other, at most WARM_UP_MAX_MB in all, so that the 10 MB corpus is measured warm too.
 */
const WARM_UP_MAX_MB = 12;
let warmed = warmUpDocs.length;
const chunkRates: number[] = [];
while (chunkRates.length < WARM_UP_MAX_MB - 2) {
  const chunk: string[] = [];
  for (let size = 0; warmed < bigFiles.length && size < MB; warmed++) {
    chunk.push(readFileSync(join(bigDir, bigFiles[bigFiles.length - 1 - warmed]!), 'utf8'));
    size += Buffer.byteLength(chunk.at(-1)!);
  }
  if (!chunk.length) break;
  chunkRates.push(measure(chunk, (t) => extractDocument('b', t, g), 0).mbs);
  const [a, b] = chunkRates.slice(-2);
  if (a !== undefined && b !== undefined && Math.abs(a - b) / Math.max(a, b) <= 0.1) break;
}
out(`then ${chunkRates.length} MB more until two in a row ran within 10%: ${chunkRates.map((r) => r.toFixed(1)).join(', ')} MB/s`);

for (const mb of [10, big]) {
  const docs = readCorpus(corpusDir(mb));
  out(`\ncorpus ${mb} MB: ${docs.length} articles (deterministic, generated from fixtures and lexicons)`);
  const base = measure(docs, (t) => t.match(WORD)?.length);
  out(line('baseline (word regex)', base));
  out(line('normalise only', measure(docs, (t) => normaliseDocument(t)), base));
  out(line('full pipeline', measure(docs, (t) => extractDocument('b', t, g)), base));
}

/** The corpus of `mb` megabytes as `{"id","text"}` lines, for `--input jsonl`: built once, then reused. */
function corpusJsonl(mb: number): string {
  const file = join(tmpdir(), `rasid-bench-${mb}mb.jsonl`);
  if (existsSync(file)) return file;
  const dir = corpusDir(mb);
  const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => JSON.stringify({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
  writeFileSync(`${file}.tmp`, `${lines.join('\n')}\n`);
  renameSync(`${file}.tmp`, file);
  return file;
}

// memory: the CLI on the big corpus in JSONL mode, peak RSS from GNU time
out(`\n${load()}`);
out(describeRun(`rasid extract --format jsonl on ${big} MB (a folder, --jobs ${cpus().length})`, timedRun(['extract', '--format', 'jsonl', '--no-progress', corpusDir(big)])));
const bigRuns = [1, 2].map((jobs) => timedRun(['extract', '--input', 'jsonl', '--jobs', String(jobs)], corpusJsonl(big)));
for (const [i, t] of bigRuns.entries()) out(describeRun(`rasid extract --input jsonl --jobs ${i + 1} on ${big} MB`, t));
const [bigOne, bigTwo] = bigRuns;
if (typeof bigOne !== 'string' && typeof bigTwo !== 'string') out(`--jobs 2 on ${big} MB: ${(bigOne!.wall / bigTwo!.wall).toFixed(2)} × --jobs 1`);

// parallel: the same 10 MB of JSONL on one thread and on two, three times in turn, the medians
const rounds = Array.from({ length: 3 }, () => [1, 2].map((jobs) => timedRun(['extract', '--input', 'jsonl', '--jobs', String(jobs)], corpusJsonl(10))));
out(`\n${load()}`);
for (const [i, jobs] of [1, 2].entries()) {
  const runs = rounds.map((r) => r[i]!).filter((t): t is Timed => typeof t !== 'string');
  if (runs.length) out(`--input jsonl --jobs ${jobs} on 10 MB (median of ${runs.length}): ${median(runs.map((t) => t.wall)).toFixed(1)} s (${median(runs.map((t) => t.cpu)).toFixed(1)} s CPU), peak RSS ${median(runs.map((t) => t.rssMb)).toFixed(0)} MB`);
}
const walls = [1, 2].map((_, i) => median(rounds.map((r) => r[i]).filter((t): t is Timed => typeof t !== 'string').map((t) => t.wall)));
if (walls.every((w) => Number.isFinite(w))) out(`--jobs 2: ${(walls[0]! / walls[1]!).toFixed(2)} × --jobs 1`);


// real news: the sentences of a CoNLL file reshuffled into articles (--real)
if (flags.real) {
  const sentences = conllSentences(readFileSync(flags.real, 'utf8'));
  const docs: string[] = [];
  let size = 0;
  for (const a of realArticles(sentences)) {
    if (size >= realMb * MB) break;
    docs.push(a);
    size += Buffer.byteLength(a);
  }
  const file = join(tmpdir(), `rasid-bench-real-${realMb}mb.jsonl`);
  writeFileSync(file, `${docs.map((text, i) => JSON.stringify({ id: `real-${i}`, text })).join('\n')}\n`);
  out(`\nreal news: ${flags.real} (${sentences.length} sentences) reshuffled into ${docs.length} articles, ${(size / MB).toFixed(1)} MB`);
  // the first third (about one round of the sentences) fills the word table; the rest is measured, warm
  const third = Math.floor(docs.length / 3);
  for (const d of docs.slice(0, third)) extractDocument('r', d, g);
  out(line('full pipeline (warm)', measure(docs.slice(third), (t) => extractDocument('r', t, g), 0)));
  out(`\n${load()}`);
  const realRuns = [1, 2].map((jobs) => timedRun(['extract', '--input', 'jsonl', '--jobs', String(jobs)], file));
  for (const [i, t] of realRuns.entries()) out(describeRun(`rasid extract --input jsonl --jobs ${i + 1} on real news`, t));
  const [realOne, realTwo] = realRuns;
  if (typeof realOne !== 'string' && typeof realTwo !== 'string') out(`--jobs 2 on real news: ${(realOne!.wall / realTwo!.wall).toFixed(2)} × --jobs 1`);
  out(describeRun(`the same, --jobs 2, with MALLOC_ARENA_MAX=2 node ${LEAN.nodeArgs.join(' ')}`, timedRun(['extract', '--input', 'jsonl', '--jobs', '2'], file, LEAN)));
}
