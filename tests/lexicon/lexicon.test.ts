import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon, serialiseLexicon } from '../../src/lexicon/compile.js';
import { COMPILED_PATH, loadGazetteer, SOURCES_DIR } from '../../src/lexicon/load.js';
import { formatProblem, loadSources } from '../../src/lexicon/sources.js';
import { nameVariants, transliterationVariants } from '../../src/lexicon/variants.js';
import { extractDocument } from '../../src/pipeline.js';
import { foldKey } from '../../src/normalise/orthography.js';
import { runCli } from '../helpers.js';

describe('compiled lexicon', () => {
  const sources = loadSources(SOURCES_DIR);

  it('sources have no problems', () => {
    expect(sources.problems.map(formatProblem)).toEqual([]);
  });

  it('the committed compiled form is up to date (run `rasid lexicon build`)', () => {
    expect(readFileSync(COMPILED_PATH, 'utf8')).toBe(serialiseLexicon(compileLexicon(sources)));
  });

  it('is deterministic', () => {
    expect(serialiseLexicon(compileLexicon(loadSources(SOURCES_DIR)))).toBe(serialiseLexicon(compileLexicon(sources)));
  });

  it('covers every country, and heads of state of the G20', () => {
    const ids = new Set(sources.entries.map((e) => e.row.id));
    const countries = sources.entries.filter((e) => e.type === 'place' && 'kind' in e.row && (e.row.kind === 'country' || e.row.kind === 'territory'));
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const id of ['person:xi-jinping', 'person:narendra-modi', 'person:luiz-inacio-lula-da-silva', 'person:emmanuel-macron', 'person:recep-tayyip-erdogan', 'person:vladimir-putin', 'person:donald-trump']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('surfaces by first and second word', () => {
  const g = loadGazetteer();
  // a first word that starts hundreds of names, one that starts a few, one that starts none
  it.each(['وزاره', 'جمهوريه', 'عبد', 'بوتين', 'كلمه'])('%s: the one-word surfaces and those going on with the next word, longest first', (head) => {
    const all = g.surfacesStartingWith(head);
    for (const next of [undefined, ...new Set(all.map((s) => s.tokens[1]))]) {
      const expected = all.filter((s) => s.tokens.length === 1 || s.tokens[1] === next);
      const got = g.surfacesBefore(head, next);
      // a short list may come back whole: it is filtered by the matcher anyway
      expect(got.filter((s) => s.tokens.length === 1 || s.tokens[1] === next)).toEqual(expected);
      if (all.length > 8) expect(got).toEqual(expected);
    }
  });
});

describe('spelling variants by rule', () => {
  const VARIANTS: Array<[string, string]> = [
    ['بوتين', 'بوتن'],
    ['دميتري', 'ديمتري'],
    ['بطرسبورغ', 'بطرسبرغ'],
    ['بطرسبورغ', 'بطرسبورج'],
    ['دميترييف', 'ديميترييف'],
    ['غروندبرغ', 'غروندبيرغ'],
    ['ستولتنبرغ', 'ستولتنبيرغ'],
  ];
  it.each(VARIANTS)('%s gives %s', (name, variant) => {
    expect(transliterationVariants(foldKey(name)).has(foldKey(variant))).toBe(true);
  });
  it.each([
    ['سلمان بن عبد العزيز', 'سلمان بن عبدالعزيز'],
    ['عبدالله بن زايد', 'عبد الله بن زايد'],
    ['عبد الفتاح السيسي', 'عبدالفتاح السيسي'],
    ['أحمد أبو الغيط', 'أحمد أبوالغيط'],
    ['نبيل أبو ردينة', 'نبيل أبوردينة'],
  ])('%s is also written %s (عبد or أبو apart or joined)', (name, variant) => {
    const variants = nameVariants(foldKey(name).split(' '), false, 'none').map((v) => v.join(' '));
    expect(variants).toContain(foldKey(variant));
  });
  it.each([
    ['عبد الله الثاني بن الحسين', 'عبد الله الثاني ابن الحسين'],
    ['محمد ابن راشد', 'محمد بن راشد'],
  ])('%s is also written %s (بن or ابن inside a name)', (name, variant) => {
    expect(nameVariants(foldKey(name).split(' '), false, 'none').map((v) => v.join(' '))).toContain(foldKey(variant));
  });
  it('finds a listed person however "son of" is written', () => {
    const people = extractDocument('p', 'كما التقى جلالة الملك عبد الله الثاني ابن الحسين الوفد.', loadGazetteer()).entities.filter((e) => e.type === 'person').map((e) => e.id);
    expect(people).toEqual(['person:abdullah-ii']);
  });
  it('finds a listed person however عبد is written', () => {
    const people = (text: string): string[] => extractDocument('p', text, loadGazetteer()).entities.filter((e) => e.type === 'person').map((e) => e.id);
    expect(people('استقبل الملك سلمان بن عبدالعزيز الرئيس الفلسطيني محمود عباس.')).toContain('person:salman-bin-abdulaziz');
    expect(people('وقال الرئيس عبدالفتاح السيسي إن')).toEqual(['person:abdel-fattah-el-sisi']);
    expect(people('وقال الأمين العام أحمد أبوالغيط إن')).toEqual(['person:ahmed-aboul-gheit']);
    // (and the Kurdish press's spelling of Kurdistan)
    expect(extractDocument('p', 'وصل الوفد إلى إقليم كوردستان أمس.', loadGazetteer()).entities.map((e) => e.id)).toEqual(['place:kurdistan-region']);
  });
});

describe('a spelling made by rule', () => {
  const g = loadGazetteer();
  const owners = (form: string): string[] => g.surfacesStartingWith(foldKey(form)).filter((s) => s.tokens.length === 1).map((s) => `${s.id} ${s.kind}`);
  it('gives way to a listed person\'s surname: براك is Tom Barrack, not Prague; كاميرون Cameron, not Cameroon', () => {
    expect(owners('براك')).toEqual(['person:tom-barrack surname']);
    expect(owners('كاميرون').some((o) => o.startsWith('place:cameroon'))).toBe(false);
  });
});

describe('nationality adjectives', () => {
  const g = loadGazetteer();
  const nisbaOf = (form: string): string[] => g.surfacesStartingWith(foldKey(form)).filter((s) => s.tokens.length === 1 && s.kind === 'nisba').map((s) => s.id);
  it.each([['أمريكيا', 'place:united-states'], ['فرنسيا', 'place:france'], ['مصريا', 'place:egypt']])('%s, the indefinite accusative, is %s', (form, id) => {
    expect(nisbaOf(form)).toContain(id);
  });
  it('give way to a place\'s own name or spelling (برازيليا is Brasília, قيرغيزيا Kyrgyzstan)', () => {
    const places = (text: string): string[] => extractDocument('p', text, g).entities.filter((e) => e.type === 'place').map((e) => e.id);
    expect(places('وصل الرئيس إلى برازيليا.')).toEqual(['place:brasilia']);
    expect(g.surfacesStartingWith(foldKey('قيرغيزيا')).filter((s) => s.tokens.length === 1).map((s) => s.kind)).not.toContain('nisba');
  });
});

describe('rasid lexicon check / build on broken sources', () => {
  const broken = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-lex-'));
    mkdirSync(join(dir, 'person'));
    writeFileSync(join(dir, 'person', 'test.tsv'), [
      '# test source',
      'id\tar\ten\taliases\twikidata\tcountry\troles',
      'person:a-b\tأ ب\tA B\t\t\tRU\thead_of_state@RU:2020..',
      'person:a-b\tأ ج\tA C\t\t\tRU\t',
      'Person:bad id\tاسم\tName\t\t\t\t',
      'person:c-d\tج د\t\t\t\t\t',
      'person:e-f\tأ ب\tE F\t\t\t\t',
      'person:g-h\tح ه\tG H\t\t\tRUS\tking@RU:2020..',
      'person:x\tس\tX',
    ].join('\n'));
    return dir;
  };

  it('reports every problem as file:line: message and exits non-zero', () => {
    const r = runCli(['lexicon', 'check', '--sources', broken()]);
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => /test\.tsv:4: duplicate id person:a-b/.test(l))).toBe(true);
    expect(lines.some((l) => /test\.tsv:5: .*id/.test(l))).toBe(true);
    expect(lines.some((l) => /test\.tsv:6: .*en.*missing/.test(l))).toBe(true);
    expect(lines.some((l) => /test\.tsv:7: "أ ب" is claimed by person:a-b/.test(l))).toBe(true);
    expect(lines.some((l) => /test\.tsv:8: .*country/.test(l))).toBe(true);
    expect(lines.some((l) => /test\.tsv:8: .*roles/.test(l))).toBe(true);
    expect(lines.some((l) => /test\.tsv:9: 3 cells, but the header has 7/.test(l))).toBe(true);
  });

  it('builds nothing from broken sources', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rasid-out-')), 'g.json');
    const r = runCli(['lexicon', 'build', '--sources', broken(), '--out', out]);
    expect(r.status).not.toBe(0);
    expect(() => readFileSync(out)).toThrow();
  });

  it('builds the same bytes twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-twice-'));
    const a = runCli(['lexicon', 'build', '--out', join(dir, 'a.json')]);
    const b = runCli(['lexicon', 'build', '--out', join(dir, 'b.json')]);
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    // digests, not a byte-by-byte deep equality of two multi-megabyte buffers (slow in the matcher)
    const digest = (f: string): string => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
    expect(digest('a.json')).toBe(digest('b.json'));
  });
});
