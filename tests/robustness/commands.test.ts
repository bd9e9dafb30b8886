/** The same rules outside `extract`'s main path: `normalize`, stdin, a reader that stops early, the help text. */
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { ARTICLE, BIN, FIXTURES, binEnv, freshDir, summary } from './helpers.js';

describe('normalize: bad files fail alone too', () => {
  it('one line per bad file, a summary, exit 1, the good text printed', () => {
    const dir = freshDir('norm');
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('nowhere.txt', join(dir, 'broken.txt'));
    const r = runCli(['normalize', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('التقى الرئيس الروسي');
    expect(r.stderr.trim().split('\n').sort()).toEqual(
      [
        'rasid: ./binary.txt: binary file (NUL bytes), skipped',
        'rasid: ./broken.txt: broken symlink (to nowhere.txt, which does not exist)',
        'rasid: ./empty.txt: empty file',
        'rasid: ./pipe.txt: not a regular file (a FIFO): cannot read',
        'rasid: 2 ok, 1 skipped, 2 failed',
      ].sort(),
    );
  });
});

describe('stdin', () => {
  it('binary on stdin is skipped (exit 0, no document); empty stdin is an empty document', () => {
    const bin = runCli(['extract', '-'], { input: Buffer.from([0x50, 0x4b, 0, 0]) });
    expect(bin.status).toBe(0);
    expect(bin.stderr).toMatch(/^rasid: -: binary file \(NUL bytes\), skipped$/mu);
    expect(JSON.parse(bin.stdout).documents).toEqual([]);
    expect(summary(bin.stderr)).toEqual({ ok: 0, skipped: 1, failed: 0 });
    const empty = runCli(['extract', '-'], { input: '' });
    expect(empty.status).toBe(0);
    expect(empty.stderr).toMatch(/^rasid: -: empty file$/mu);
    expect(JSON.parse(empty.stdout).documents).toHaveLength(1);
  });
});

describe('a reader that stops early', () => {
  it('`| head` ends the run quietly: no stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${BIN}" extract "${FIXTURES}" "${FIXTURES}/" --format jsonl --no-learn | head -c 10 > /dev/null`], { encoding: 'utf8', env: binEnv() });
    expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/u);
  });
});

describe('the help says what the counts and exit codes mean', () => {
  it('extract --help', () => {
    const r = runCli(['extract', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/skipped +not text/u);
    expect(r.stdout).toMatch(/Exit codes: 0/u);
  });
});

describe('a folder with nothing to read', () => {
  it('one line saying so, exit 0, nothing counted', () => {
    const dir = freshDir('emptydir');
    writeFileSync(join(dir, 'notes.md'), 'not an article');
    const r = runCli(['extract', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`rasid: ${dir}: no files matching **/*.txt\nrasid: 0 ok, 0 skipped, 0 failed\n`);
    expect(JSON.parse(r.stdout).documents).toEqual([]);
  });
});
