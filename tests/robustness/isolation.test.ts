/**
 * Bad files change nothing for the good ones: the fixture articles in a folder full of bad inputs
 * give exactly the documents (and timeline) they give in a folder of their own, in every format.
 * (The site profile is learnt per folder, so this also checks that bad files teach it nothing.)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { copyFixtures, freshDir, summary } from './helpers.js';

/** Every kind of bad input that is not an article, side by side. */
function addBadFiles(dir: string, goodNames: string[]): number {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\t\r\n\n');
  writeFileSync(join(dir, 'english.txt'), 'Home | World | Sport\nBreaking news from nowhere.\nHome | World | Sport\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
  writeFileSync(join(dir, 'utf32.txt'), Buffer.from([0xff, 0xfe, 0, 0, 0x27, 0x06, 0, 0]));
  // invalid UTF-8 without a single Arabic letter: bytes that decode to replacement characters and Latin
  writeFileSync(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? 0x41 + (i % 26) : 0x80 + ((i * 37) % 64)))));
  execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
  symlinkSync('nowhere.txt', join(dir, 'broken.txt'));
  symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
  symlinkSync(goodNames[0]!, join(dir, 'zz-same-as-first.txt'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync('..', join(dir, 'sub', 'parent'));
  writeFileSync(join(dir, 'new\nline.txt'), Buffer.from([0, 0]));
  return 13;
}

interface Run {
  status: number | null;
  stderr: string;
  documents: Array<{ id: string }>;
  timeline: unknown[];
}

function run(dir: string, format: 'json' | 'jsonl' = 'json'): Run {
  const r = runCli(['extract', '.', '--format', format], { cwd: dir });
  if (format === 'jsonl') return { status: r.status, stderr: r.stderr, documents: r.stdout.trim().split('\n').map((l) => JSON.parse(l)), timeline: [] };
  const out = JSON.parse(r.stdout);
  return { status: r.status, stderr: r.stderr, documents: out.documents, timeline: out.timeline };
}

describe('good files are untouched by bad ones', () => {
  let goodNames: string[];
  let alone: Run;
  let mixed: Run;
  let goodDir: string;
  let mixedDir: string;

  beforeAll(() => {
    goodDir = freshDir('good');
    mixedDir = freshDir('mixed');
    goodNames = copyFixtures(goodDir);
    copyFixtures(mixedDir);
    addBadFiles(mixedDir, goodNames);
    alone = run(goodDir);
    mixed = run(mixedDir);
  });

  it('the run with bad files still writes every good file, and says what happened to each bad one', () => {
    expect(alone.status).toBe(0);
    expect(mixed.status).toBe(1);
    // ok: the 5 articles + empty, blank, english, garbage; skipped: binary, utf32, the NUL file;
    // failed: fifo, broken, loop-a, loop-b. The link to the first article is that article.
    expect(summary(mixed.stderr)).toEqual({ ok: 9, skipped: 3, failed: 4 });
    expect(mixed.documents).toHaveLength(9);
    const lines = mixed.stderr.trim().split('\n');
    // one line per bad input that is not fine as it is (english is fine), and the summary
    expect(lines).toHaveLength(10 + 1);
  });

  it('the good documents are identical, one by one', () => {
    const byId = new Map(mixed.documents.map((d) => [d.id, d]));
    expect(alone.documents.map((d) => d.id)).toEqual(goodNames.map((n) => `./${n}`));
    for (const doc of alone.documents) expect(byId.get(doc.id)).toEqual(doc);
  });

  it('and so is the timeline (the bad files name no event)', () => {
    expect(mixed.timeline).toEqual(alone.timeline);
  });

  it('the same holds for JSONL', () => {
    const a = run(goodDir, 'jsonl');
    const m = run(mixedDir, 'jsonl');
    const byId = new Map(m.documents.map((d) => [d.id, d]));
    for (const doc of a.documents) expect(byId.get(doc.id)).toEqual(doc);
  });
});
