/**
 * With --jobs, documents are extracted in worker threads. A worker that dies on a document (a crash,
 * or out of memory: checked by hand, 50 s and 4.5 GB, too heavy for CI: "extraction failed: Worker
 * terminated due to reaching memory limit: JS heap out of memory") fails that document alone: the
 * run neither hangs nor stops, and a fresh worker takes the rest. The death is injected here.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tooLargeToWrite } from '../../src/cli/output.js';
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

describe('a worker thread that dies', () => {
  it('fails its document alone; the others are written; exit 1', async () => {
    const dir = freshDir('workers');
    const files = fixtureFiles();
    files.slice(0, 4).forEach((f, i) => copyFileSync(f, join(dir, `${i}.txt`)));
    copyFileSync(files[4]!, join(dir, '2-crash.txt'));
    const r = await runCliAsync(['extract', '.', '--jobs', '2'], { cwd: dir, env: crashOn(dir), timeoutMs: 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^rasid: \.\/2-crash\.txt: extraction failed: worker thread stopped \(exit code 7\)$/mu);
    expect(summary(r.stderr)).toEqual({ ok: 4, skipped: 0, failed: 1 });
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['./0.txt', './1.txt', './2.txt', './3.txt']);
  });

  it('even when every document kills its worker, the run ends (no hang)', async () => {
    const dir = freshDir('workers-all');
    for (let i = 0; i < 5; i++) copyFileSync(fixtureFiles()[i]!, join(dir, `${i}-crash.txt`));
    writeFileSync(join(dir, 'z-ok.txt'), 'التقى بوتين ويتكوف في موسكو.\n');
    const r = await runCliAsync(['extract', '.', '--jobs', '3'], { cwd: dir, env: crashOn(dir), timeoutMs: 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(summary(r.stderr)).toEqual({ ok: 1, skipped: 0, failed: 5 });
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['./z-ok.txt']);
  });
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
