/**
 * --out is written whole or not at all. A run killed with SIGTERM or SIGINT (at any point, on a big
 * input) leaves either no output (and an older one untouched) or a complete one, and never a
 * temporary file; a failed write says so in one line and leaves nothing half-written.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputSchema } from '../../src/schema.js';
import { runCli } from '../helpers.js';
import { ARTICLE, copyFixtures, fixtureTexts, freshDir, preload, runCliAsync, summary, tmpFiles } from './helpers.js';

/** A folder of articles (the fixtures) and a big one after them (20 MB: ~10 s), so a run lasts long enough to be killed in the middle. */
let bigDir: string;

beforeAll(() => {
  bigDir = freshDir('killme');
  copyFixtures(bigDir);
  const all = fixtureTexts().join('\n\n');
  const parts: string[] = [];
  for (let size = 0; size < 20 * 1024 * 1024; size += Buffer.byteLength(all) + 2) parts.push(all);
  writeFileSync(join(bigDir, 'zz-big.txt'), parts.join('\n\n'));
});

afterAll(() => rmSync(bigDir, { recursive: true, force: true }));

/** The output parses completely, in its format. */
function expectComplete(path: string, format: string): void {
  const text = readFileSync(path, 'utf8');
  if (format === 'json') expect(() => outputSchema.parse(JSON.parse(text))).not.toThrow();
  else if (format === 'jsonl') for (const l of text.trimEnd().split('\n')) JSON.parse(l);
  else expect(text.endsWith('\n')).toBe(true);
}

describe('killed mid-run on a big input', () => {
  const cases: Array<[NodeJS.Signals, string, number]> = [
    ['SIGTERM', 'json', 400],
    ['SIGINT', 'json', 2500],
    ['SIGTERM', 'jsonl', 2500],
    ['SIGINT', 'csv', 2500],
  ];
  for (const [signal, format, after] of cases) {
    it(`${signal} after ${after} ms (--format ${format}): no output, no temporary file, the old output intact`, async () => {
      const outDir = freshDir('out');
      const out = join(outDir, `result.${format}`);
      const fresh = await runCliAsync(['extract', bigDir, '--format', format, '--out', out], {
        timeoutMs: 120_000,
        onSpawn: (child) => setTimeout(() => child.kill(signal), after),
      });
      expect(fresh.timedOut).toBe(false);
      // it stops at once (no handler holds it up) and leaves nothing; or, on a machine fast enough to
      // have finished, the output is complete
      if (fresh.signal === signal && fresh.status === null && !existsSync(out)) expect(readdirSync(outDir)).toEqual([]);
      else expectComplete(out, format);
      expect(tmpFiles(outDir)).toEqual([]);
      rmSync(out, { force: true });

      // an older output stays as it was
      writeFileSync(out, 'older output\n');
      const again = await runCliAsync(['extract', bigDir, '--format', format, '--out', out], {
        timeoutMs: 120_000,
        onSpawn: (child) => setTimeout(() => child.kill(signal), after),
      });
      expect(again.timedOut).toBe(false);
      if (readFileSync(out, 'utf8') !== 'older output\n') expectComplete(out, format); // never anything in between
      else expect(again.signal).toBe(signal);
      expect(tmpFiles(outDir)).toEqual([]);
    }, 240_000);
  }
});

/** Preloaded code that records the descriptors of the CLI's temporary output files in `tmpFds`. */
const TRACK_TMP_FDS = `
      const tmpFds = new Set();
      const open = fs.openSync;
      fs.openSync = function (p, ...rest) {
        const fd = open.call(this, p, ...rest);
        if (String(p).endsWith('.tmp')) tmpFds.add(fd);
        return fd;
      };
`;

describe('a signal during the write of --out', () => {
  /** Sends `signal` to the CLI itself as it writes its first bytes to the temporary file. */
  const signalDuringWrite = (dir: string, signal: NodeJS.Signals): Record<string, string> =>
    preload(dir, `${TRACK_TMP_FDS}
      const write = fs.writeSync;
      let sent = false;
      fs.writeSync = function (fd, ...rest) {
        if (tmpFds.has(fd) && !sent) {
          sent = true;
          process.kill(process.pid, ${JSON.stringify(signal)});
        }
        return write.call(this, fd, ...rest);
      };`);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: the write completes, then the signal ends the run; no temporary file`, async () => {
      const dir = freshDir('sigwrite');
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      const out = join(dir, 'out.json');
      const r = await runCliAsync(['extract', join(dir, 'a.txt'), '--out', out], { env: signalDuringWrite(dir, signal), timeoutMs: 60_000 });
      expect(r.signal, r.stderr).toBe(signal);
      expectComplete(out, 'json');
      expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
      expect(tmpFiles(dir)).toEqual([]);
    });
  }
});

describe('a failed write', () => {
  /** The disk fills up half-way through the first chunk written to the temporary file. */
  const diskFull = (dir: string): Record<string, string> =>
    preload(dir, `${TRACK_TMP_FDS}
      const write = fs.writeSync;
      fs.writeSync = function (fd, buf, off, len, ...rest) {
        if (tmpFds.has(fd)) {
          write.call(this, fd, buf, off, Math.max(1, Math.floor((len ?? buf.length) / 2)));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
        }
        return write.call(this, fd, buf, off, len, ...rest);
      };`);

  for (const format of ['json', 'jsonl', 'csv']) {
    it(`ENOSPC (--format ${format}): one line, exit 1, no output, no temporary file, the old output intact`, () => {
      const dir = freshDir('full');
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      const out = join(dir, `out.${format}`);
      const env = diskFull(dir);
      const r = runCli(['extract', join(dir, 'a.txt'), '--format', format, '--out', out], { env });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`rasid: --out ${out}: cannot write (ENOSPC): nothing written\n`);
      expect(summary(r.stderr)).toEqual({ ok: 1, skipped: 0, failed: 0 });
      expect(existsSync(out)).toBe(false);
      expect(tmpFiles(dir)).toEqual([]);
      writeFileSync(out, 'older\n');
      expect(runCli(['extract', join(dir, 'a.txt'), '--format', format, '--out', out], { env }).status).toBe(1);
      expect(readFileSync(out, 'utf8')).toBe('older\n');
      expect(tmpFiles(dir)).toEqual([]);
    });
  }
});

describe('what --out holds after a normal run', () => {
  it('JSONL to --out is the same as JSONL on stdout, written at once', () => {
    const dir = freshDir('jsonl');
    copyFixtures(dir);
    const outDir = freshDir('jsonl-out');
    const out = join(outDir, 'out.jsonl');
    const toFile = runCli(['extract', dir, '--format', 'jsonl', '--out', out]);
    const toStdout = runCli(['extract', dir, '--format', 'jsonl']);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
    expect(readdirSync(outDir)).toEqual(['out.jsonl']);
  });

  it('an existing --out is replaced, keeping its permissions; a symlinked --out writes through to its file', () => {
    const dir = freshDir('replace');
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const outDir = freshDir('replace-out');
    const out = join(outDir, 'out.json');
    writeFileSync(out, 'old', { mode: 0o640 });
    expect(runCli(['extract', join(dir, 'a.txt'), '--out', out]).status).toBe(0);
    expectComplete(out, 'json');
    expect(readdirSync(outDir)).toEqual(['out.json']);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    symlinkSync('out.json', join(outDir, 'link.json'));
    expect(runCli(['extract', join(dir, 'a.txt'), '--out', join(outDir, 'link.json')]).status).toBe(0);
    expect(lstatSync(join(outDir, 'link.json')).isSymbolicLink()).toBe(true);
    expectComplete(out, 'json');
  });
});
