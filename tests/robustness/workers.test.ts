/**
 * With --jobs N, documents are extracted on N - 1 worker threads and the main thread. A worker that
 * dies on a document (a crash, or its heap exhausted) fails that document alone: the run neither
 * hangs nor stops, and a fresh worker takes the rest. The deaths are injected here. Documents over
 * MAIN_THREAD_MAX_CHARS go to workers only, so that one exhausting a heap never ends the run: the
 * documents that die here are that long.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tooLargeToWrite } from '../../src/cli/output.js';
import { MAIN_THREAD_MAX_CHARS, WORKER_LIMITS } from '../../src/cli/pool.js';
import { fixtureFiles, freshDir, preload, runCliAsync, summary } from './helpers.js';

/** Worker threads stop dead (process.exit in the worker) when handed a file whose name ends in crash.txt. */
const crashOn = (dir: string): Record<string, string> =>
  preload(dir, `
    import { isMainThread, parentPort } from 'node:worker_threads';
    if (!isMainThread) {
      const on = parentPort.on.bind(parentPort);
      parentPort.on = (event, listener) => on(event, event !== 'message' ? listener : (m) => {
        if (m && typeof m.id === 'string' && m.id.endsWith('crash.txt')) process.exit(7);
        return listener(m);
      });
    }`);

/** An article longer than the main thread takes: a fixture repeated. */
function longArticle(chars = MAIN_THREAD_MAX_CHARS + 1): string {
  const unit = readFileSync(fixtureFiles()[0]!, 'utf8');
  return unit.repeat(Math.ceil(chars / unit.length));
}

describe('a worker thread that dies', () => {
  it('fails its document alone; the others are written; exit 1', async () => {
    const dir = freshDir('workers');
    const files = fixtureFiles();
    files.slice(0, 4).forEach((f, i) => copyFileSync(f, join(dir, `${i}.txt`)));
    writeFileSync(join(dir, '2-crash.txt'), longArticle());
    const r = await runCliAsync(['extract', '.', '--jobs', '2'], { cwd: dir, env: crashOn(dir), timeoutMs: 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^rasid: \.\/2-crash\.txt: extraction failed: worker thread stopped \(exit code 7\)$/mu);
    expect(summary(r.stderr)).toEqual({ ok: 4, skipped: 0, failed: 1 });
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['./0.txt', './1.txt', './2.txt', './3.txt']);
  });

  it('even when every document kills its worker, the run ends (no hang)', async () => {
    const dir = freshDir('workers-all');
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `${i}-crash.txt`), longArticle());
    writeFileSync(join(dir, 'z-ok.txt'), 'التقى بوتين ويتكوف في موسكو.\n');
    const r = await runCliAsync(['extract', '.', '--jobs', '3'], { cwd: dir, env: crashOn(dir), timeoutMs: 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(summary(r.stderr)).toEqual({ ok: 1, skipped: 0, failed: 5 });
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['./z-ok.txt']);
  });
});

describe("a worker's heap", () => {
  it('is limited: a document that exhausts it fails alone (JSONL input, --jobs 2)', async () => {
    // the limits rasid sets are checked, then the old generation lowered to 64 MB, which a 3 MB article outgrows
    const dir = freshDir('workers-heap');
    const env = preload(dir, `
      import threads from 'node:worker_threads';
      const { Worker } = threads;
      threads.Worker = class extends Worker {
        constructor(url, options) {
          const limits = options?.resourceLimits ?? {};
          if (limits.maxOldGenerationSizeMb !== ${WORKER_LIMITS.maxOldGenerationSizeMb} || limits.maxYoungGenerationSizeMb !== ${WORKER_LIMITS.maxYoungGenerationSizeMb}) throw new Error('unexpected worker limits ' + JSON.stringify(limits));
          super(url, { ...options, resourceLimits: { ...limits, maxOldGenerationSizeMb: 64 } });
        }
      };`);
    const small = fixtureFiles().map((f) => readFileSync(f, 'utf8'));
    const lines = [...small.slice(0, 2), longArticle(3 * 2 ** 20), ...small.slice(2)].map((text, i) => JSON.stringify({ id: `d${i}`, text }));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const r = await runCliAsync(['extract', '--input', 'jsonl', '--jobs', '2'], { cwd: dir, env, timeoutMs: 120_000, stdin: input });
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toMatch(/^rasid: stdin:3 \(d2\): extraction failed: .*memory limit/mu);
    expect(summary(r.stderr)).toEqual({ ok: 5, skipped: 0, failed: 1 });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['d0', 'd1', 'd3', 'd4', 'd5']);
  }, 150_000);
});

describe('tooLargeToWrite', () => {
  it('measures without building the string, and says when a result is over the limit', () => {
    const doc = { id: 'a', events: Array.from({ length: 1000 }, () => ({ evidence: { text: 'x'.repeat(1000) } })) };
    expect(tooLargeToWrite(doc)).toBeNull();
    expect(JSON.stringify(doc).length).toBeGreaterThan(1_000_000);
    expect(tooLargeToWrite(doc, 1_000_000)).toBe('result too large to write (over 1 M characters of JSON)');
    expect(tooLargeToWrite(doc, 2_000_000)).toBeNull();
  });
});
