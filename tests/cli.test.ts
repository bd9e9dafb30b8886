import { mkdtempSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema, outputSchema } from '../src/schema.js';
import { FIXTURES, fixtureFiles, runCli, slice } from './helpers.js';

describe('rasid extract on the fixtures', () => {
  const run = runCli(['extract', 'fixtures']);
  const output = JSON.parse(run.stdout);

  it('exits 0 and writes only data on stdout', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/5 ok, 0 skipped, 0 failed/);
  });

  it('validates against the output schema', () => {
    expect(() => outputSchema.parse(output)).not.toThrow();
    expect(output.documents).toHaveLength(fixtureFiles().length);
  });

  it('every offset slices the original text to the reported text', () => {
    for (const doc of output.documents) {
      const text = readFileSync(join(FIXTURES, doc.id.replace(/^fixtures\//, '')), 'utf8');
      const spans = [
        ...doc.entities.flatMap((e: { mentions: unknown[] }) => e.mentions),
        ...doc.dates,
        ...doc.boilerplate,
        ...doc.events.flatMap((e: { trigger: unknown; evidence: unknown }) => [e.trigger, e.evidence]),
      ] as Array<{ text: string; start: number; end: number }>;
      for (const s of spans) expect(slice(text, s.start, s.end)).toBe(s.text);
    }
  });

  it('takes no entity from boilerplate', () => {
    const names = output.documents.flatMap((d: { entities: Array<{ name: { ar: string } }> }) => d.entities.map((e) => e.name.ar));
    for (const forbidden of ['محمد أسامة هارون', 'أحمد نصار', 'ماريا زاخاروفا', 'Ali Hussain']) expect(names).not.toContain(forbidden);
  });

  it('gives stable ids and English names for gazetteer entities', () => {
    const putin = output.documents.flatMap((d: { entities: Array<{ id: string; name: { en?: string } }> }) => d.entities).filter((e: { id: string }) => e.id === 'person:vladimir-putin');
    expect(putin.length).toBe(5);
    for (const e of putin) expect(e.name.en).toBe('Vladimir Putin');
  });

  it('sorts the timeline by date, undated last', () => {
    const dates = output.timeline.map((r: { date: string | null }) => r.date);
    const firstNull = dates.indexOf(null);
    expect(dates.slice(firstNull).every((d: string | null) => d === null)).toBe(true);
    const dated = dates.slice(0, firstNull < 0 ? undefined : firstNull);
    expect([...dated].sort()).toEqual(dated);
  });
});

describe('formats and options', () => {
  it('JSONL: one valid document per line', () => {
    const r = runCli(['extract', 'fixtures', '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(() => documentSchema.parse(JSON.parse(l))).not.toThrow();
  });

  it('CSV: a header and one row per timeline event', () => {
    const json = JSON.parse(runCli(['extract', 'fixtures']).stdout);
    const csv = runCli(['extract', 'fixtures', '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toBe('date,grain,status,type,subtype,participants_ar,participants_en,location_ar,location_en,ordinal,duration,documents,evidence,cameo');
    const rows = csv.trim().split('\n').length - 1;
    expect(rows).toBeGreaterThanOrEqual(json.timeline.length); // quoted newlines never appear: evidence is one sentence
    expect(rows).toBe(json.timeline.length);
  });

  it('CSV cells that would run as formulas are neutralised', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-csv-'));
    writeFileSync(join(dir, 'a.txt'), '=HYPERLINK("x") التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو.\n');
    const csv = runCli(['extract', dir, '--format', 'csv']).stdout;
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain("'=HYPERLINK");
  });

  it('reads stdin with -, and --doc-date fills a missing date', () => {
    const r = runCli(['extract', '-', '--doc-date', '2025-04-09'], { input: 'التقى بوتين وويتكوف اليوم في موسكو.' });
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.id).toBe('-');
    expect(doc.docDate).toEqual({ value: '2025-04-09', source: 'option' });
    expect(doc.events[0].date.value).toBe('2025-04-09');
  });

  it('--out writes the file and nothing on stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rasid-out-')), 'out.json');
    const r = runCli(['extract', 'fixtures', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(() => outputSchema.parse(JSON.parse(readFileSync(out, 'utf8')))).not.toThrow();
  });

  it('prints the JSON Schema', () => {
    const schema = JSON.parse(runCli(['schema']).stdout);
    expect(schema.properties.documents.type).toBe('array');
  });
});

describe('errors and exit codes', () => {
  it('a usage error exits 2', () => {
    expect(runCli(['extract', 'fixtures', '--format', 'xml']).status).toBe(2);
    expect(runCli(['extract', 'fixtures', '--doc-date', '2025-13-40']).status).toBe(2);
    expect(runCli(['extract']).status).toBe(2);
  });

  it('a bad option is named in one line on stderr, nothing on stdout', () => {
    for (const [args, message] of [
      [['extract', 'fixtures', '--jobs', '0'], 'rasid: --jobs: Too small: expected number to be >=1\n'],
      [['extract', 'fixtures', '--doc-date', '2025-13-40'], 'rasid: --doc-date: not a real date\n'],
      [['normalize', 'fixtures', '--format', 'xml'], 'rasid: --format: Invalid option: expected one of "text"|"json"\n'],
      [['tag', '--conll', '-', '--chunk-tokens', 'many'], 'rasid: --chunk-tokens: Invalid input: expected number, received NaN\n'],
      [['lexicon', 'mine', 'fixtures', '--type', 'org'], 'rasid: --type: Invalid option: expected one of "person"|"place"\n'],
    ] as const) {
      const r = runCli([...args]);
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', message]);
    }
  });

  it('bad files fail alone: one line each, the rest written, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-bad-'));
    writeFileSync(join(dir, 'good.txt'), 'التقى بوتين وويتكوف في موسكو.');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
    const r = runCli(['extract', dir, join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.documents.map((d: { id: string }) => d.id.split('/').pop()).sort()).toEqual(['empty.txt', 'good.txt']);
    expect(r.stderr).toMatch(/binary\.txt: binary file/);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/broken\.txt/);
  });

  it('refuses --out pointing at an input, and a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-out-'));
    writeFileSync(join(dir, 'a.txt'), 'نص');
    expect(runCli(['extract', join(dir, 'a.txt'), '--out', join(dir, 'a.txt')]).status).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('نص');
    const r = runCli(['extract', join(dir, 'a.txt'), '--out', join(dir, 'no', 'such', 'x.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/does not exist/);
  });
});
