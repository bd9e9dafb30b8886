/** Threads without --jobs: one per BYTES_PER_THREAD of input, up to the cores; the cores on stdin. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BYTES_PER_THREAD, inputBytes, threadsFor } from '../../src/cli/thread-count.js';
import { freshDir } from '../robustness/helpers.js';

describe('threadsFor', () => {
  it('adds a thread per BYTES_PER_THREAD of input, at least one, at most the cores', () => {
    expect(threadsFor(0, 8)).toBe(1);
    expect(threadsFor(5 << 20, 8)).toBe(1);
    expect(threadsFor(BYTES_PER_THREAD, 8)).toBe(1);
    expect(threadsFor(BYTES_PER_THREAD + 1, 8)).toBe(2);
    expect(threadsFor(100 << 20, 8)).toBe(8);
    expect(threadsFor(100 << 20, 2)).toBe(2);
  });
  it('takes every core for a stream, whose size is not known', () => {
    expect(threadsFor(undefined, 4)).toBe(4);
  });
});

describe('inputBytes', () => {
  const dir = freshDir('thread-count');
  mkdirSync(join(dir, 'a'));
  const files = [1000, 2000, 3000].map((n, i) => {
    const path = join(dir, 'a', `${i}.txt`);
    writeFileSync(path, 'x'.repeat(n));
    return { id: path, path };
  });
  it('sums the files, skipping those that cannot be read', () => {
    expect(inputBytes(files, 2)).toBe(6000);
    expect(inputBytes([...files, { id: 'gone', path: join(dir, 'gone.txt') }], 2)).toBe(6000);
  });
  it('is not known when some input is a stream', () => {
    expect(inputBytes([...files, { id: '-', path: null, stream: true }], 2)).toBeUndefined();
  });
});
