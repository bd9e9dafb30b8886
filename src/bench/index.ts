/**
 * `npm run bench`: throughput of the normaliser and the full pipeline on a generated corpus,
 * against a bare baseline (read the text, run one Arabic word regex). Not a timed test: it prints.
 */
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../lexicon/load.js';
import { normaliseDocument } from '../normalise/index.js';
import { extractDocument } from '../pipeline.js';
import { articles } from './corpus.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const MB = 1024 * 1024;

function corpus(bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (const a of articles({ fixturesDir: FIXTURES, gazetteer: loadGazetteer() })) {
    out.push(a);
    size += Buffer.byteLength(a);
    if (size >= bytes) break;
  }
  return out;
}

function measure(name: string, docs: string[], run: (t: string) => unknown): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const words = docs.reduce((n, d) => n + (d.match(/\S+/gu)?.length ?? 0), 0);
  for (const d of docs.slice(0, 20)) run(d); // warm up
  const t = performance.now();
  for (const d of docs) run(d);
  const s = (performance.now() - t) / 1000;
  const mbs = bytes / MB / s;
  process.stdout.write(`${name.padEnd(12)} ${mbs.toFixed(1).padStart(7)} MB/s ${(docs.length / s).toFixed(0).padStart(8)} docs/s ${(words / s / 1000).toFixed(0).padStart(7)}k words/s\n`);
  return mbs;
}

const size = Number(process.argv[2] ?? 10) * MB;
const g = loadGazetteer();
const docs = corpus(size);
process.stdout.write(`corpus: ${docs.length} articles, ${(size / MB).toFixed(0)} MB; ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}\n`);
const WORD = /[\u0621-\u064a]+/gu;
const base = measure('baseline', docs, (t) => t.match(WORD)?.length);
const norm = measure('normalise', docs, (t) => normaliseDocument(t));
const full = measure('pipeline', docs, (t) => extractDocument('b', t, g));
process.stdout.write(`normalise ${(norm / base * 100).toFixed(0)}% of baseline, pipeline ${(full / base * 100).toFixed(0)}% of baseline\n`);
