import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anercorpSourceFile, deriveAnercorpNames, nameImportContext, nameTokens, type AnercorpType } from '../../src/lexicon/import-anercorp.js';
import { SOURCES_DIR } from '../../src/lexicon/load.js';
import { formatProblem, loadSources } from '../../src/lexicon/sources.js';
import { foldKey } from '../../src/normalise/orthography.js';
import { runCli } from '../helpers.js';

/** Sentences of `token TAG`, the head of the file; the tail comes after it. */
const HEAD: string[][] = [
  ['قال O', 'بوش B-PERS', 'إن O'],
  ['وقال O', 'بوش B-PERS', 'أمس O'],
  ['رد O', 'وبوش B-PERS', 'عليه O'], // a clitic-prefixed copy: counts for بوش
  ['التقى O', 'زيد B-PERS', 'الحارثي I-PERS'], // a multi-word name seen once is enough
  ['ورد O', 'عمرو B-PERS'], // a one-word name seen once is not
  ['سلام B-PERS', 'سلام O', 'سلام O', 'سلام O', 'سلام B-PERS'], // a name in only 2 of its 5 occurrences
  ['X5 B-ORG', 'X5 B-ORG', 'CNN B-ORG', 'CNN B-ORG', 'ب B-LOC', 'ب B-LOC'], // junk
  ['موسكو B-LOC', 'موسكو B-LOC'], // the lexicon has it
  ['الشرق B-LOC', 'الشرق B-LOC'], // a common word
  ['في O', 'نيويورك B-LOC', 'ولندن I-LOC'], // two names tagged as one
  ['في O', 'منطقة B-LOC', 'البقيعة I-LOC', 'قرب O', 'طوباس B-LOC', 'وطوباس B-LOC'],
  ['حزب B-ORG', 'التحرير I-ORG'],
  ['الرئيس B-PERS', 'فلان I-PERS'], // a title is not part of a name
  ['مع O', 'وأحمد B-PERS', 'حسن I-PERS'], // و before a known first name: the bare name
];

function corpus(): string {
  const head = HEAD.flat();
  while (head.length < 90) head.push('و O');
  // the tail (the last 10% of lines): never read, however often it names someone
  const tail = ['و O', 'و O', 'و O', 'و O', 'و O', 'و O', 'و O', 'كاسياس B-PERS', 'كاسياس B-PERS', 'كاسياس B-PERS'];
  expect(head).toHaveLength(90);
  return [...head, ...tail].join('\n') + '\n';
}

const known = new Map<string, ReadonlySet<AnercorpType>>([
  [foldKey('موسكو'), new Set<AnercorpType>(['place'])],
  [foldKey('لندن'), new Set<AnercorpType>(['place'])],
]);
const options = {
  known,
  commonWords: new Set([foldKey('الشرق')]),
  firstNames: new Set([foldKey('أحمد')]),
  notNames: new Set([foldKey('الرئيس')]),
};

describe('names from ANERcorp', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'rasid-aner-')), 'train.conll');
  writeFileSync(path, corpus());
  const result = deriveAnercorpNames(path, options);
  const byAr = new Map(result.names.map((n) => [n.ar, n]));

  it('keeps names seen often enough, as that name in most of their occurrences', () => {
    expect([...byAr.keys()].sort()).toEqual(['أحمد حسن', 'بوش', 'حزب التحرير', 'زيد الحارثي', 'طوباس', 'منطقة البقيعة'].sort());
  });

  it('counts clitic-prefixed copies for the bare name and never lists them', () => {
    expect(byAr.get('بوش')).toMatchObject({ type: 'person', count: 3, occurrences: 3 });
    expect(byAr.get('طوباس')).toMatchObject({ type: 'place', count: 2 });
    expect(byAr.has('وبوش')).toBe(false);
    expect(byAr.get('أحمد حسن')?.type).toBe('person');
  });

  it('never reads the held-out tail', () => {
    expect(result.names.some((n) => n.ar === 'كاسياس')).toBe(false);
    expect(result.heldOut).toBe(11);
  });

  it('says why candidates were left out', () => {
    expect(result.skipped).toMatchObject({
      'seen too rarely': 1,
      'not that name in most occurrences': 1,
      'already in the lexicon': 1,
      'common word': 1,
      'two names joined by و': 1,
      'title or function word': 1,
    });
    expect(result.skipped['digits, Latin or punctuation']).toBe(2);
    expect(result.skipped['one-letter word']).toBe(1);
  });

  it('gives romanized ids and placeholder English names, and guesses kinds', () => {
    expect(byAr.get('بوش')).toMatchObject({ id: 'person:anercorp-bwsh', en: 'Bwsh' });
    expect(byAr.get('زيد الحارثي')).toMatchObject({ id: 'person:anercorp-zyd-alharthy', en: 'Zyd Alharthy' });
    expect(byAr.get('طوباس')?.kind).toBe('city');
    expect(byAr.get('منطقة البقيعة')?.kind).toBe('region');
    expect(byAr.get('حزب التحرير')).toMatchObject({ id: 'org:anercorp-hzb-althryr', kind: 'party' });
  });

  it('writes source files that pass the lexicon check, saying where they came from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-aner-src-'));
    for (const type of ['person', 'place', 'org'] as const) {
      const text = anercorpSourceFile(type, result.names, result.tokensUsed);
      expect(text).toMatch(/ANERcorp/u);
      expect(text).toMatch(/CC BY-SA 4\.0/u);
      expect(text).toMatch(new RegExp(`first ${result.tokensUsed} tokens`, 'u'));
      expect(text).toMatch(/romanization/u);
      mkdirSync(join(dir, type));
      writeFileSync(join(dir, type, 'anercorp.tsv'), text);
    }
    const loaded = loadSources(dir);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.entries).toHaveLength(result.names.length);
  });
});

describe('rasid lexicon import-anercorp', () => {
  it('writes the word lists and the three name files into the sources it is given, and they check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-aner-cli-'));
    cpSync(SOURCES_DIR, dir, { recursive: true });
    const path = join(dir, 'train.conll');
    writeFileSync(path, corpus());
    const r = runCli(['lexicon', 'import-anercorp', path, '--sources', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/people, \d+ places, \d+ organisations/u);
    const people = readFileSync(join(dir, 'person', 'anercorp.tsv'), 'utf8');
    expect(people).toMatch(/^person:anercorp-zyd-alharthy\tزيد الحارثي\tZyd Alharthy\t\t$/mu);
    const check = runCli(['lexicon', 'check', '--sources', dir]);
    expect(check.status, check.stderr).toBe(0);
  });
});

describe('the committed ANERcorp name files', () => {
  for (const type of ['person', 'place', 'org'] as const) {
    it(`${type}/anercorp.tsv says where it came from, and every id is an anercorp id`, () => {
      const text = readFileSync(join(SOURCES_DIR, type, 'anercorp.tsv'), 'utf8');
      expect(text).toMatch(/ANERcorp/u);
      expect(text).toMatch(/CC BY-SA 4\.0/u);
      expect(text).toMatch(/first \d+ tokens/u);
      expect(text).toMatch(/romanization/u);
      const rows = text.split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(new RegExp(`^${type}:anercorp-[a-z0-9-]+\t\\S`, 'u'));
    });
  }
  it('list no name the other sources already give, as it is written or as a spelling variant (عبدالله الثاني)', () => {
    const { known } = nameImportContext(SOURCES_DIR);
    const duplicates = loadSources(SOURCES_DIR)
      .entries.filter((e) => basename(e.file) === 'anercorp.tsv')
      .map((e) => nameTokens(e.row.ar).join(' '))
      .filter((key) => known.has(key));
    expect(duplicates).toEqual([]);
  });
});
