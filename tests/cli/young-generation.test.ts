/**
 * The main thread's young generation stops growing at MAIN_NEW_SPACE_BYTES while `rasid extract`
 * runs, on stdin and on a folder (left alone, V8 grows it to 32 MB on a few MB of articles). Measured in the CLI itself: a
 * preload reports the main thread's new space as the process exits.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN_NEW_SPACE_BYTES } from '../../src/cli/young-generation.js';
import { fixtureFiles, freshDir, preload, runCliAsync, summary } from '../robustness/helpers.js';

/** About 2.7 MB of JSONL: the fixtures, over and over. */
function corpus(dir: string): { path: string; docs: number } {
  const texts = fixtureFiles().map((f) => readFileSync(f, 'utf8'));
  const lines: string[] = [];
  for (let chars = 0; chars < 1_500_000; ) {
    for (const text of texts) {
      lines.push(JSON.stringify({ id: `d${lines.length}`, text }));
      chars += text.length;
    }
  }
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, docs: lines.length };
}

const reportNewSpace = (dir: string): Record<string, string> =>
  preload(dir, `
    import v8 from 'node:v8';
    import { isMainThread } from 'node:worker_threads';
    if (isMainThread) process.on('exit', () => process.stderr.write('new space ' + v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size + '\\n'));`);

/** The corpus's articles as files in a folder of their own. */
function folderOf(dir: string, jsonl: string): string {
  const folder = join(dir, 'articles');
  mkdirSync(folder);
  for (const line of readFileSync(jsonl, 'utf8').split('\n').filter(Boolean)) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    writeFileSync(join(folder, `${id}.txt`), text);
  }
  return folder;
}

describe("the main thread's young generation", () => {
  const dir = freshDir('young-generation');
  const { path, docs } = corpus(dir);
  const folder = folderOf(dir, path);
  const newSpace = (stderr: string): number => Number(/new space (\d+)/u.exec(stderr)?.[1]);
  for (const jobs of [1, 2]) {
    it(`stays at ${MAIN_NEW_SPACE_BYTES >> 20} MB with --input jsonl --jobs ${jobs}`, async () => {
      const r = await runCliAsync(['extract', '--input', 'jsonl', '--jobs', String(jobs)], { stdin: path, env: reportNewSpace(dir), timeoutMs: 120_000 });
      expect(summary(r.stderr)).toEqual({ ok: docs, skipped: 0, failed: 0 });
      expect(newSpace(r.stderr)).toBeGreaterThan(0);
      expect(newSpace(r.stderr)).toBeLessThanOrEqual(MAIN_NEW_SPACE_BYTES);
    }, 150_000);
    // a folder: the site profiles are learnt first, in one long stretch, and with two jobs a worker starts meanwhile
    it(`stays at ${MAIN_NEW_SPACE_BYTES >> 20} MB on a folder with --jobs ${jobs}`, async () => {
      const r = await runCliAsync(['extract', '--format', 'jsonl', '--no-progress', '--jobs', String(jobs), folder], { env: reportNewSpace(dir), timeoutMs: 120_000 });
      expect(summary(r.stderr)).toEqual({ ok: docs, skipped: 0, failed: 0 });
      expect(newSpace(r.stderr)).toBeGreaterThan(0);
      expect(newSpace(r.stderr)).toBeLessThanOrEqual(MAIN_NEW_SPACE_BYTES);
    }, 150_000);
  }
});
