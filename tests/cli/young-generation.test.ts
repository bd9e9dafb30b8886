/**
 * The main thread's young generation stops growing at MAIN_NEW_SPACE_BYTES while `rasid extract`
 * runs (left alone, V8 grows it to 32 MB on a few MB of articles). Measured in the CLI itself: a
 * preload reports the main thread's new space as the process exits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

describe("the main thread's young generation", () => {
  const dir = freshDir('young-generation');
  const { path, docs } = corpus(dir);
  for (const jobs of [1, 2]) {
    it(`stays at ${MAIN_NEW_SPACE_BYTES >> 20} MB with --jobs ${jobs}`, async () => {
      const r = await runCliAsync(['extract', '--input', 'jsonl', '--jobs', String(jobs)], { stdin: path, env: reportNewSpace(dir), timeoutMs: 120_000 });
      expect(summary(r.stderr)).toEqual({ ok: docs, skipped: 0, failed: 0 });
      const size = Number(/new space (\d+)/u.exec(r.stderr)?.[1]);
      expect(size).toBeGreaterThan(0);
      expect(size).toBeLessThanOrEqual(MAIN_NEW_SPACE_BYTES);
    }, 150_000);
  }
});
