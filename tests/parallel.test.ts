import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../src/schema.js';
import { BIN, binEnv, fixtureFiles, readFixture, ROOT, runCli } from './helpers.js';

/** The fixtures as `--input jsonl` lines, repeated so a split has something to split. */
function corpusJsonl(): string {
  const lines: string[] = [];
  for (let round = 0; round < 3; round++) {
    for (const f of fixtureFiles()) lines.push(JSON.stringify({ id: `${round}/${f.split('/').pop()}`, text: readFixture(f), date: '2025-04-09' }));
  }
  return `${lines.join('\n')}\n`;
}

describe('--input jsonl: one document per line in, one per line out', () => {
  it('writes a valid Document per good line, in order, and one message per bad line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'التقى بوتين وويتكوف اليوم في موسكو.', date: '2025-04-09' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'وقال وزير الخارجية الروسي سيرغي لافروف إن اللقاء مهم.' }),
      JSON.stringify({ text: 'no id' }),
    ].join('\n');
    const r = runCli(['extract', '--input', 'jsonl'], { input });
    expect(r.status).toBe(1);
    const docs = r.stdout.trim().split('\n').map((l) => documentSchema.parse(JSON.parse(l)));
    expect(docs.map((d) => d.id)).toEqual(['a', 'b']);
    expect(docs[0]!.docDate).toEqual({ value: '2025-04-09', source: 'option' });
    expect(docs[0]!.events[0]!.date?.value).toBe('2025-04-09');
    expect(r.stderr).toMatch(/stdin:2: not JSON/);
    expect(r.stderr).toMatch(/stdin:4: id/);
  });

  it('refuses paths with --input jsonl (usage error)', () => {
    expect(runCli(['extract', '--input', 'jsonl', 'fixtures']).status).toBe(2);
  });
});

describe('parallel and distributed', () => {
  it('--jobs 2 writes exactly what --jobs 1 writes, in input order', () => {
    const one = runCli(['extract', '--jobs', '1', 'fixtures']);
    const two = runCli(['extract', '--jobs', '2', 'fixtures']);
    expect(two.status).toBe(0);
    expect(JSON.parse(two.stdout).documents).toEqual(JSON.parse(one.stdout).documents);
    expect(JSON.parse(two.stdout).timeline).toEqual(JSON.parse(one.stdout).timeline);
  });

  it('GNU parallel splitting the corpus across processes gives what one process gives', () => {
    const hasParallel = spawnSync('sh', ['-c', 'command -v parallel']).status === 0;
    if (!hasParallel) {
      // CI installs it (.ci/run); elsewhere the test says why it did not run
      expect(process.env.CI, 'GNU parallel is missing (apt-get install parallel)').toBeFalsy();
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'rasid-par-'));
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpusJsonl());
    const single = spawnSync(BIN, ['extract', '--input', 'jsonl', '--jobs', '1'], { input: corpusJsonl(), encoding: 'utf8', cwd: ROOT, env: binEnv(), maxBuffer: 64 * 1024 * 1024 });
    const split = spawnSync('sh', ['-c', `parallel --will-cite --pipe -N 4 --keep-order -j 2 ${JSON.stringify(BIN)} extract --input jsonl --jobs 1 < ${JSON.stringify(input)}`], {
      encoding: 'utf8',
      env: binEnv(),
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(single.status).toBe(0);
    expect(split.status).toBe(0);
    expect(split.stdout.trim().split('\n')).toHaveLength(15);
    expect(split.stdout).toBe(single.stdout);
  });
});
