/**
 * Bad inputs, one at a time, beside one good article: each bad input gets exactly one line on
 * stderr naming it, the summary counts it in the right column, the exit code says whether anything
 * failed, and the good article's document is exactly what it is in a run without the bad input.
 *
 * What the counts mean (see `rasid extract --help`): ok = a document is in the output (also for an
 * empty, whitespace-only or non-Arabic file); skipped = not text, left out, not an error (binary);
 * failed = cannot be found or read (exit 1).
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputSchema } from '../../src/schema.js';
import { runCli } from '../helpers.js';
import { ARTICLE, freshDir, isRoot, linesAbout, preload, slice, spansOf, summary } from './helpers.js';

type Doc = { id: string; entities: Array<{ id: string; mentions: Array<{ text: string; start: number; end: number }> }>; events: unknown[]; dates: Array<{ text: string; start: number; end: number }>; warnings: string[]; encoding: string } & Parameters<typeof spansOf>[0];

/** The good article's document in a folder of its own: what every run below must reproduce. */
let reference: Doc;

beforeAll(() => {
  const dir = freshDir('ref');
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  const r = runCli(['extract', '.'], { cwd: dir });
  expect(r.status).toBe(0);
  reference = JSON.parse(r.stdout).documents[0];
  expect(reference.entities.length).toBeGreaterThan(0);
});

/** A folder with the good article and whatever `setup` adds; the run on `args` (default: the folder, as "."). */
function runBeside(setup: (dir: string) => void, args: string[] = ['.'], env?: Record<string, string>) {
  const dir = freshDir('case');
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  setup(dir);
  const r = runCli(['extract', ...args], { cwd: dir, ...(env ? { env } : {}) });
  const out = r.stdout ? JSON.parse(r.stdout) : null;
  if (out) expect(() => outputSchema.parse(out)).not.toThrow();
  const docs: Doc[] = out?.documents ?? [];
  const good = docs.find((d) => d.id === './good.txt' || d.id === 'good.txt');
  return {
    dir,
    r,
    docs,
    good,
    get counts() {
      return summary(r.stderr);
    },
  };
}

/** The good article came through whole and unchanged. */
function expectGoodIntact(good: Doc | undefined): void {
  expect(good).toBeDefined();
  expect({ ...good!, id: reference.id, events: (good!.events as Array<{ id: string }>).map((e) => ({ ...e, id: e.id.replace(/^(\.\/)?good\.txt/u, './good.txt') })) }).toEqual(reference);
}

/** Exactly one line names `id`, and it matches. */
function expectOneLine(stderr: string, id: string, message: RegExp): void {
  const lines = linesAbout(stderr, id);
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe('empty and text-free files are ok, with a line saying so', () => {
  it('an empty file: "empty file", an empty document, ok, exit 0', () => {
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'empty.txt'), ''));
    expect(r.status).toBe(0);
    expectOneLine(r.stderr, './empty.txt', /^rasid: \.\/empty\.txt: empty file$/u);
    expect(counts).toEqual({ ok: 2, skipped: 0, failed: 0 });
    const empty = docs.find((d) => d.id === './empty.txt')!;
    expect(empty.entities).toEqual([]);
    expect(empty.events).toEqual([]);
    expect(empty.warnings).toEqual(['empty file']);
    expectGoodIntact(good);
  });

  it('whitespace only: "whitespace only: no text", ok, exit 0', () => {
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'blank.txt'), ' \n\t\r\n\u00a0 \n'));
    expect(r.status).toBe(0);
    expectOneLine(r.stderr, './blank.txt', /^rasid: \.\/blank\.txt: whitespace only: no text$/u);
    expect(counts).toEqual({ ok: 2, skipped: 0, failed: 0 });
    expect(docs.find((d) => d.id === './blank.txt')!.entities).toEqual([]);
    expectGoodIntact(good);
  });

  it('a non-Arabic article: no line at all, no entities, ok, exit 0', () => {
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'english.txt'), 'President Putin met envoy Witkoff in Moscow on 9 April 2025.\nMore news below.\n'));
    expect(r.status).toBe(0);
    expect(linesAbout(r.stderr, './english.txt')).toEqual([]);
    expect(counts).toEqual({ ok: 2, skipped: 0, failed: 0 });
    const english = docs.find((d) => d.id === './english.txt')!;
    expect(english.entities).toEqual([]);
    expect(english.events).toEqual([]);
    expectGoodIntact(good);
  });
});

describe('binary files are skipped', () => {
  it('NUL bytes: "binary file (NUL bytes), skipped", no document, skipped, exit 0', () => {
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])));
    expect(r.status).toBe(0);
    expectOneLine(r.stderr, './image.txt', /^rasid: \.\/image\.txt: binary file \(NUL bytes\), skipped$/u);
    expect(counts).toEqual({ ok: 1, skipped: 1, failed: 0 });
    expect(docs.map((d) => d.id)).toEqual(['./good.txt']);
    expectGoodIntact(good);
  });

  it('an Arabic text with a NUL byte in it is binary too (the rule is simple and said)', () => {
    const { r, counts } = runBeside((d) => writeFileSync(join(d, 'nul.txt'), Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0x41, 0, 0x42, 0, 0])])));
    expectOneLine(r.stderr, './nul.txt', /binary file \(NUL bytes\), skipped$/u);
    expect(counts).toEqual({ ok: 1, skipped: 1, failed: 0 });
  });
});

describe('encodings: decoded, warned where lossy, offsets exact into the decoded text', () => {
  /** Every span of the document slices the text as decoded to its own text. */
  function expectOffsetsExact(doc: Doc, text: string): void {
    const spans = spansOf(doc);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(slice(text, s.start, s.end)).toBe(s.text);
  }
  const entityIds = (d: Doc): string[] => d.entities.map((e) => e.id).sort();

  it('invalid UTF-8: replaced with U+FFFD, one warning with the count, ok, offsets still exact', () => {
    const bytes = Buffer.concat([Buffer.from('خبر عاجل\n'), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(` ${ARTICLE}`), Buffer.from([0xe2, 0x82]), Buffer.from('\nنهاية\n')]);
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'broken-utf8.txt'), bytes));
    expect(r.status).toBe(0);
    expectOneLine(r.stderr, './broken-utf8.txt', /^rasid: \.\/broken-utf8\.txt: invalid UTF-8: 3 byte sequence\(s\) replaced with U\+FFFD$/u);
    expect(counts).toEqual({ ok: 2, skipped: 0, failed: 0 });
    const doc = docs.find((d) => d.id === './broken-utf8.txt')!;
    expect(doc.warnings).toEqual(['invalid UTF-8: 3 byte sequence(s) replaced with U+FFFD']);
    expect(entityIds(doc)).toEqual(entityIds(reference));
    expectOffsetsExact(doc, new TextDecoder().decode(bytes));
    expectGoodIntact(good);
  });

  it('UTF-16 with a BOM (LE and BE): decoded silently, the BOM kept as U+FEFF, offsets exact', () => {
    const le = Buffer.from(`\ufeff${ARTICLE}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    const { r, docs, good, counts } = runBeside((d) => {
      writeFileSync(join(d, 'utf16le.txt'), le);
      writeFileSync(join(d, 'utf16be.txt'), be);
    });
    expect(r.status).toBe(0);
    expect(linesAbout(r.stderr, './utf16le.txt')).toEqual([]);
    expect(linesAbout(r.stderr, './utf16be.txt')).toEqual([]);
    expect(counts).toEqual({ ok: 3, skipped: 0, failed: 0 });
    for (const [id, enc] of [['./utf16le.txt', 'utf-16le'], ['./utf16be.txt', 'utf-16be']] as const) {
      const doc = docs.find((d) => d.id === id)!;
      expect(doc.encoding).toBe(enc);
      expect(entityIds(doc)).toEqual(entityIds(reference));
      expectOffsetsExact(doc, `\ufeff${ARTICLE}`);
      // the same mentions as in UTF-8, one code point later (the BOM)
      expect(doc.entities[0]!.mentions[0]!.start).toBe(reference.entities[0]!.mentions[0]!.start + 1);
    }
    expectGoodIntact(good);
  });

  it('UTF-16 without a BOM is recognised, not taken for binary, with one line saying so', () => {
    const { r, docs, counts } = runBeside((d) => writeFileSync(join(d, 'nobom.txt'), Buffer.from(ARTICLE, 'utf16le')));
    expect(r.status).toBe(0);
    expectOneLine(r.stderr, './nobom.txt', /no byte order mark: decoded as UTF-16LE$/u);
    expect(counts).toEqual({ ok: 2, skipped: 0, failed: 0 });
    const doc = docs.find((d) => d.id === './nobom.txt')!;
    expect(entityIds(doc)).toEqual(entityIds(reference));
    expectOffsetsExact(doc, ARTICLE);
  });

  it('Windows-1256: decoded, "decoded as Windows-1256", ok, same entities and offsets as UTF-8', () => {
    const dec = new TextDecoder('windows-1256');
    const back = new Map<string, number>();
    for (let b = 0; b < 256; b++) back.set(dec.decode(new Uint8Array([b])), b);
    const bytes = Buffer.from([...ARTICLE].map((ch) => back.get(ch)!));
    expect(dec.decode(bytes)).toBe(ARTICLE);
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'legacy.txt'), bytes));
    expect(r.status).toBe(0);
    expectOneLine(r.stderr, './legacy.txt', /^rasid: \.\/legacy\.txt: decoded as Windows-1256$/u);
    expect(counts).toEqual({ ok: 2, skipped: 0, failed: 0 });
    const doc = docs.find((d) => d.id === './legacy.txt')!;
    expect(doc.encoding).toBe('windows-1256');
    expect(doc.entities).toEqual(reference.entities);
    expectOffsetsExact(doc, ARTICLE);
    expectGoodIntact(good);
  });

  it('CRLF line endings: no line, the same entities, offsets exact (the CRs counted)', () => {
    const crlf = `سطر أول\r\n${ARTICLE.replace(/\n/gu, '\r\n')}\r\nسطر أخير\r\n`;
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'crlf.txt'), crlf));
    expect(r.status).toBe(0);
    expect(linesAbout(r.stderr, './crlf.txt')).toEqual([]);
    expect(counts).toEqual({ ok: 2, skipped: 0, failed: 0 });
    const doc = docs.find((d) => d.id === './crlf.txt')!;
    expect(entityIds(doc)).toEqual(entityIds(reference));
    expectOffsetsExact(doc, crlf);
    for (const s of spansOf(doc)) expect(s.text.endsWith('\r')).toBe(false);
    expectGoodIntact(good);
  });
});

describe('files that cannot be read fail alone: one line, the rest written, exit 1', () => {
  it('a FIFO inside a folder: "not a regular file (a FIFO): cannot read" (and no hang)', () => {
    const { r, good, counts } = runBeside((d) => execFileSync('mkfifo', [join(d, 'pipe.txt')]));
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, './pipe.txt', /^rasid: \.\/pipe\.txt: not a regular file \(a FIFO\): cannot read$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expectGoodIntact(good);
  });

  it('a file that cannot be read (EACCES injected: root reads everything): "cannot read: permission denied"', () => {
    const dir = freshDir('inject');
    const env = preload(dir, `
      const real = fs.readFileSync;
      fs.readFileSync = function (p, ...rest) {
        if (typeof p === 'string' && p.endsWith('locked.txt')) {
          throw Object.assign(new Error("EACCES: permission denied, open '" + p + "'"), { code: 'EACCES', errno: -13, syscall: 'open', path: p });
        }
        return real.call(this, p, ...rest);
      };`);
    const { r, docs, good, counts } = runBeside((d) => writeFileSync(join(d, 'locked.txt'), ARTICLE.replace('موسكو', 'الرياض')), ['.'], env);
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, './locked.txt', /^rasid: \.\/locked\.txt: cannot read: permission denied$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expect(docs.map((d) => d.id)).toEqual(['./good.txt']);
    expectGoodIntact(good);
  });

  it.skipIf(isRoot)('a file with mode 000 (not as root): "cannot read: permission denied"', () => {
    const { r, good, counts } = runBeside((d) => {
      writeFileSync(join(d, 'locked.txt'), ARTICLE);
      chmodSync(join(d, 'locked.txt'), 0);
    });
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, './locked.txt', /cannot read: permission denied$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expectGoodIntact(good);
  });

  it.skipIf(isRoot)('a file with mode 000 named itself (not as root; bin/rasid weighs the files it is given): "cannot read: permission denied"', () => {
    const { r, good, counts } = runBeside((d) => {
      writeFileSync(join(d, 'locked.txt'), ARTICLE);
      chmodSync(join(d, 'locked.txt'), 0);
    }, ['locked.txt', 'good.txt']);
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, 'locked.txt', /^rasid: locked\.txt: cannot read: permission denied$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expectGoodIntact(good);
  });

  it.skipIf(isRoot)('a sub-folder with mode 000 (not as root): "folder cannot be read (EACCES)"', () => {
    const { r, good, counts, dir } = runBeside((d) => {
      mkdirSync(join(d, 'locked'));
      writeFileSync(join(d, 'locked', 'a.txt'), ARTICLE);
      chmodSync(join(d, 'locked'), 0);
    });
    // (its mode back, so that the folder can be removed)
    chmodSync(join(dir, 'locked'), 0o755);
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, './locked', /folder cannot be read \(EACCES\)$/u);
    expect(counts.failed).toBe(1);
    expectGoodIntact(good);
  });

  it('a path under a file: "no such file or folder (a part of the path is a file, not a folder)"', () => {
    const { r, good, counts } = runBeside(() => {}, ['good.txt', 'good.txt/more.txt']);
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, 'good.txt/more.txt', /^rasid: good\.txt\/more\.txt: no such file or folder \(a part of the path is a file, not a folder\)$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expectGoodIntact(good);
  });

  it('a broken symlink, in a folder and named: "broken symlink (to …, which does not exist)"', () => {
    const inFolder = runBeside((d) => symlinkSync('gone.txt', join(d, 'link.txt')));
    expect(inFolder.r.status).toBe(1);
    expectOneLine(inFolder.r.stderr, './link.txt', /^rasid: \.\/link\.txt: broken symlink \(to gone\.txt, which does not exist\)$/u);
    expect(inFolder.counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expectGoodIntact(inFolder.good);
    const named = runBeside((d) => symlinkSync('gone.txt', join(d, 'link.txt')), ['good.txt', 'link.txt']);
    expect(named.r.status).toBe(1);
    expectOneLine(named.r.stderr, 'link.txt', /broken symlink \(to gone\.txt, which does not exist\)$/u);
    expect(named.counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expectGoodIntact(named.good);
  });

  it('a symlink loop, in a folder and named: "symlink loop", once per link', () => {
    const setup = (d: string): void => {
      symlinkSync('b.txt', join(d, 'a.txt'));
      symlinkSync('a.txt', join(d, 'b.txt'));
    };
    const inFolder = runBeside(setup);
    expect(inFolder.r.status).toBe(1);
    expectOneLine(inFolder.r.stderr, './a.txt', /^rasid: \.\/a\.txt: symlink loop$/u);
    expectOneLine(inFolder.r.stderr, './b.txt', /^rasid: \.\/b\.txt: symlink loop$/u);
    expect(inFolder.counts).toEqual({ ok: 1, skipped: 0, failed: 2 });
    expectGoodIntact(inFolder.good);
    // named, and reached again through the folder: still one failure
    const named = runBeside(setup, ['a.txt', '.']);
    expectOneLine(named.r.stderr, 'a.txt', /symlink loop$/u);
    expect(named.counts).toEqual({ ok: 1, skipped: 0, failed: 2 });
  });

  it('a folder linked into itself is walked once, without error', () => {
    const { r, docs, counts } = runBeside((d) => {
      mkdirSync(join(d, 'sub'));
      symlinkSync('..', join(d, 'sub', 'up'));
    });
    expect(r.status).toBe(0);
    expect(docs.map((d) => d.id)).toEqual(['./good.txt']);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 0 });
  });

  it('a path that does not exist: "no such file or folder"', () => {
    const { r, good, counts } = runBeside(() => {}, ['good.txt', 'missing.txt']);
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, 'missing.txt', /^rasid: missing\.txt: no such file or folder$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 1 });
    expectGoodIntact(good);
  });

  it('when every file fails, the output is still valid (and empty), exit 1', () => {
    const dir = freshDir('allbad');
    const r = runCli(['extract', 'missing.txt', 'other.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).documents).toEqual([]);
    expect(summary(r.stderr)).toEqual({ ok: 0, skipped: 0, failed: 2 });
  });
});

describe('the same file given twice is read once', () => {
  it('named twice: one document, one line saying so, counted once', () => {
    const { r, docs, good, counts } = runBeside(() => {}, ['good.txt', 'good.txt']);
    expect(r.status).toBe(0);
    expect(docs.map((d) => d.id)).toEqual(['good.txt']);
    expectOneLine(r.stderr, 'good.txt', /^rasid: good\.txt: given more than once: read once$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 0 });
    expectGoodIntact(good);
  });

  it('under two names, through a folder and a symlink: the first name is kept', () => {
    const { r, docs, counts } = runBeside((d) => symlinkSync('good.txt', join(d, 'zz-alias.txt')), ['good.txt', './good.txt', '.']);
    expect(r.status).toBe(0);
    expect(docs.map((d) => d.id)).toEqual(['good.txt']);
    expectOneLine(r.stderr, './good.txt', /same file as good\.txt: read once$/u);
    expect(counts).toEqual({ ok: 1, skipped: 0, failed: 0 });
  });

  it('a folder with a link to its own file lists the file under its own name, silently', () => {
    const { r, docs } = runBeside((d) => symlinkSync('good.txt', join(d, 'a-alias.txt')));
    expect(r.status).toBe(0);
    expect(docs.map((d) => d.id)).toEqual(['./good.txt']);
    expect(r.stderr.trim().split('\n')).toEqual(['rasid: 1 ok, 0 skipped, 0 failed']);
  });

  it('stdin given twice is read once', () => {
    const r = runCli(['extract', '-', '-'], { input: ARTICLE });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });
});

describe('messages stay on one line, whatever the file is called', () => {
  it('a newline, an escape and a bidi override in a file name are escaped', () => {
    const name = 'evil\n\u001b[31mred\u202e.txt';
    const { r, counts } = runBeside((d) => writeFileSync(join(d, name), Buffer.from([1, 0, 2])));
    expect(counts).toEqual({ ok: 1, skipped: 1, failed: 0 });
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('rasid: ./evil\\u000a\\u001b[31mred\\u202e.txt: binary file (NUL bytes), skipped');
  });

  it('Arabic file names are shown as they are', () => {
    const { r } = runBeside((d) => writeFileSync(join(d, 'خبر.txt'), ''));
    expectOneLine(r.stderr, './خبر.txt', /empty file$/u);
  });
});

describe('usage errors exit 2 and read nothing', () => {
  it('--out pointing at an input is refused, and the input is untouched', () => {
    const { r, dir } = runBeside(() => {}, ['good.txt', '--out', 'good.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('rasid: --out good.txt: refusing to overwrite an input\n');
    expect(readFileSync(join(dir, 'good.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('--out naming an input through a symlink, or a file the folder walk would read next time, is refused', () => {
    const viaLink = runBeside((d) => symlinkSync('good.txt', join(d, 'alias.txt')), ['.', '--out', 'alias.txt']);
    expect(viaLink.r.status).toBe(2);
    expect(viaLink.r.stderr).toMatch(/^rasid: --out alias\.txt: refusing to overwrite an input$/mu);
    const inside = runBeside(() => {}, ['.', '--out', 'out.txt']);
    expect(inside.r.status).toBe(2);
    expect(inside.r.stderr).toMatch(/^rasid: --out out\.txt: refusing to write inside the input folder \. where --glob \*\*\/\*\.txt would read it as an input$/mu);
    // a JSON file there is fine
    const json = runBeside(() => {}, ['.', '--out', 'out.json']);
    expect(json.r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(json.dir, 'out.json'), 'utf8')).documents).toHaveLength(1);
  });

  it('--out into a missing folder, onto a folder, or under a file: one clear line, exit 2, nothing read', () => {
    const missing = runBeside(() => {}, ['good.txt', '--out', 'no/such/out.json']);
    expect(missing.r.status).toBe(2);
    expect(missing.r.stderr).toBe('rasid: --out no/such/out.json: folder no/such does not exist\n');
    const folder = runBeside((d) => mkdirSync(join(d, 'results')), ['good.txt', '--out', 'results']);
    expect(folder.r.status).toBe(2);
    expect(folder.r.stderr).toBe('rasid: --out results: is a folder\n');
    const underFile = runBeside(() => {}, ['good.txt', '--out', 'good.txt/out.json']);
    expect(underFile.r.status).toBe(2);
    expect(underFile.r.stderr).toBe('rasid: --out good.txt/out.json: good.txt is not a folder\n');
  });

  it('--out /dev/null is written to directly (a device cannot be replaced)', () => {
    const { r } = runBeside(() => {}, ['good.txt', '--out', '/dev/null']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
