/**
 * Results too big for one string never take the run down: a document whose JSON is over V8's
 * string limit fails alone, and a whole output over it is written in pieces, byte for byte the same.
 * (A real case: 256 KB of one unpunctuated sentence repeating a meeting gives one event with
 * thousands of mentions, each carrying the whole sentence as evidence: over 512 M characters.)
 * The limit is simulated here by making JSON.stringify throw where it would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonOutput } from '../../src/export/json.js';
import { jsonChunks } from '../../src/cli/output.js';
import { runCli } from '../helpers.js';
import { ARTICLE, FIXTURES, freshDir, preload, summary } from './helpers.js';

describe('jsonChunks writes exactly what jsonOutput writes', () => {
  it('on the fixtures, and on empty lists', () => {
    const out = JSON.parse(runCli(['extract', FIXTURES]).stdout);
    expect([...jsonChunks(out)].join('')).toBe(jsonOutput(out.meta, out.documents, out.timeline));
    expect([...jsonChunks({ ...out, documents: [], timeline: [] })].join('')).toBe(jsonOutput(out.meta, [], []));
  });
});

describe('too big for one string', () => {
  const throwsFor = (dir: string, condition: string): Record<string, string> =>
    preload(dir, `
      const real = JSON.stringify;
      JSON.stringify = function (v, ...rest) {
        if (v && typeof v === 'object' && (${condition})) throw new RangeError('Invalid string length');
        return real.call(this, v, ...rest);
      };`);

  it('one document: fails alone with one line, the others written, exit 1', () => {
    const dir = freshDir('huge');
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'huge.txt'), ARTICLE.replace('موسكو', 'الرياض'));
    for (const format of ['json', 'jsonl']) {
      const r = runCli(['extract', '.', '--format', format], { cwd: dir, env: throwsFor(dir, `typeof v.id === 'string' && v.id.endsWith('huge.txt') && 'entities' in v`) });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^rasid: \.\/huge\.txt: result too large to write \(Invalid string length\)$/mu);
      expect(summary(r.stderr)).toEqual({ ok: 1, skipped: 0, failed: 1 });
      const ids = format === 'json' ? JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id) : r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
      expect(ids).toEqual(['./good.txt']);
    }
  });

  it('the whole output: written in pieces, the same bytes, to stdout and to --out', () => {
    const dir = freshDir('whole');
    const normal = runCli(['extract', FIXTURES]);
    const env = throwsFor(dir, `'documents' in v && 'meta' in v`);
    const pieces = runCli(['extract', FIXTURES], { env });
    expect(pieces.status).toBe(0);
    expect(pieces.stdout).toBe(normal.stdout);
    const out = join(dir, 'out.json');
    expect(runCli(['extract', FIXTURES, '--out', out], { env }).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(normal.stdout);
  });
});
