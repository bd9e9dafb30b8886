/**
 * `npm run bench [MB]`: throughput of the normaliser and the full pipeline on a generated corpus
 * (10 MB and the size given, default 100 MB), against a bare baseline (read the files, run one
 * Arabic word regex); peak RSS of `rasid extract --format jsonl` on the big corpus; cold start of
 * `rasid extract` on one small file. Not a timed test: it prints the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../lexicon/load.js';
import { normaliseDocument } from '../normalise/index.js';
import { extractDocument } from '../pipeline.js';
import { articles } from './corpus.js';

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
  docs: number;
  words: number;
}

function measure(docs: string[], run: (t: string) => unknown): Rate {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const words = docs.reduce((n, d) => n + (d.match(/\S+/gu)?.length ?? 0), 0);
  for (const d of docs.slice(0, 20)) run(d); // warm up
  const t = performance.now();
  for (const d of docs) run(d);
  const s = (performance.now() - t) / 1000;
  return { mbs: bytes / MB / s, docs: docs.length / s, words: words / s };
}

const line = (name: string, r: Rate, base?: Rate): string =>
  `${name.padEnd(22)} ${r.mbs.toFixed(1).padStart(7)} MB/s ${r.docs.toFixed(0).padStart(8)} docs/s ${(r.words / 1000).toFixed(0).padStart(7)}k words/s` +
  (base ? `  (${((r.mbs / base.mbs) * 100).toFixed(1)}% of baseline)` : '');

const big = Number(process.argv[2] ?? 100);
const g = loadGazetteer();
const out = (s: string): void => void process.stdout.write(`${s}\n`);
out(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);

for (const mb of [10, big]) {
  const docs = readCorpus(corpusDir(mb));
  out(`\ncorpus ${mb} MB: ${docs.length} articles (deterministic, generated from fixtures and lexicons)`);
  const base = measure(docs, (t) => t.match(WORD)?.length);
  out(line('baseline (word regex)', base));
  out(line('normalise only', measure(docs, (t) => normaliseDocument(t)), base));
  out(line('full pipeline', measure(docs, (t) => extractDocument('b', t, g)), base));
}

// memory: the CLI on the big corpus in JSONL mode, peak RSS from GNU time
const timed = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, BIN, 'extract', '--format', 'jsonl', corpusDir(big)], {
  encoding: 'utf8',
  maxBuffer: 1024 * MB,
});
const last = timed.stderr.trim().split('\n').at(-1) ?? '';
const [kb, secs] = last.split(' ').map(Number);
if (kb && secs) out(`\nrasid extract --format jsonl on ${big} MB: ${secs.toFixed(1)} s, peak RSS ${(kb / 1024).toFixed(0)} MB`);
else out(`\nrasid extract on ${big} MB: could not measure (${last})`);

// cold start: one small file, five runs, the median
const small = join(FIXTURES, readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()[0]!);
const starts: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [BIN, 'extract', small], { encoding: 'utf8' });
  starts.push(performance.now() - t);
}
starts.sort((a, b) => a - b);
out(`cold start (rasid extract on one article, median of 5): ${starts[2]!.toFixed(0)} ms`);
