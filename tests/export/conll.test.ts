import { describe, expect, it } from 'vitest';
import { ConllScorer, ConllTagger, formatTaggedLine, parseConllLine, spansOf, tagTokens, type TaggedLine } from '../../src/export/conll.js';
import { gazetteer, runCli } from '../helpers.js';

const g = gazetteer();

/** A hand-made CoNLL snippet: token, gold tag (as ANERcorp tags it). */
const SNIPPET: Array<[string, string] | null> = [
  ['وقال', 'O'],
  ['الرئيس', 'O'],
  ['الروسي', 'O'],
  ['فلاديمير', 'B-PERS'],
  ['بوتين', 'I-PERS'],
  ['في', 'O'],
  ['موسكو', 'B-LOC'],
  ['إن', 'O'],
  ['الأمم', 'B-ORG'],
  ['المتحدة', 'I-ORG'],
  ['تتابع', 'O'],
  ['الوضع', 'O'],
  ['في', 'O'],
  ['قطاع', 'O'],
  ['غزة', 'B-LOC'],
  ['\u200f.\u200f', 'O'],
  null, // a sentence break
  ['وصل', 'O'],
  ['الوفد', 'O'],
  ['بواشنطن', 'B-LOC'],
  ['أمس', 'O'],
  ['.', 'O'],
];

const input = (withTags: boolean): string => SNIPPET.map((l) => (l === null ? '' : withTags ? `${l[0]} ${l[1]}` : l[0])).join('\n') + '\n';

describe('parseConllLine', () => {
  it.each([
    ['بوتين I-PERS', { kind: 'token', token: 'بوتين', gold: 'I-PERS' }],
    ['بوتين', { kind: 'token', token: 'بوتين', gold: null }],
    ['بوتين\tO\r', { kind: 'token', token: 'بوتين', gold: 'O' }],
    // ANERcorp's malformed lines: an empty token, a token holding a space and bidi marks
    [' O', { kind: 'token', token: '', gold: 'O' }],
    ['الأمن\u200f1706 \u200f I-ORG', { kind: 'token', token: 'الأمن\u200f1706 \u200f', gold: 'I-ORG' }],
    ['', { kind: 'break' }],
    ['   ', { kind: 'break' }],
  ])('%j', (line, expected) => {
    expect(parseConllLine(line)).toEqual(expected);
  });
});

describe('rasid tag --conll', () => {
  it('tags the snippet as ANERcorp does, keeping every token byte for byte and the sentence break', () => {
    const r = runCli(['tag', '--conll', '-'], { input: input(false) });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    lines.pop();
    expect(lines).toHaveLength(SNIPPET.length);
    SNIPPET.forEach((l, i) => {
      if (l === null) expect(lines[i]).toBe('');
      else expect(lines[i]).toBe(`${l[0]} ${l[1]}`);
    });
  });

  it('ignores a gold column, and scores against it with --eval (conlleval, on stderr)', () => {
    const r = runCli(['tag', '--conll', '-', '--eval'], { input: input(true) });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(input(true));
    expect(r.stderr).toMatch(/processed 21 tokens with 5 phrases; found: 5 phrases; correct: 5\./u);
    expect(r.stderr).toMatch(/PERS: precision: +100\.00%; recall: +100\.00%; FB1: +100\.00/u);
    expect(r.stderr).toMatch(/LOC: precision: +100\.00%; recall: +100\.00%; FB1: +100\.00/u);
  });

  it('streams in small chunks with the same tokens and order', () => {
    const r = runCli(['tag', '--conll', '-', '--chunk-tokens', '1'], { input: input(true) });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(input(true).split('\n').map((l) => l.split(' ')[0]));
  });

  it('says so when there is nothing to score, and fails clearly on a missing file', () => {
    const r = runCli(['tag', '--conll', '-', '--eval', '--no-output'], { input: input(false) });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no gold tags/u);
    const missing = runCli(['tag', '--conll', '/nonexistent/file.conll']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read/u);
  });
});

describe('tagTokens', () => {
  it('tags a clitic-prefixed token as a whole, and leaves nisbas and roles out', () => {
    const { tags } = tagTokens(['التقى', 'الرئيس', 'الأمريكي', 'وزير', 'الخارجية', 'الروسي', 'بواشنطن'], g);
    expect(tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'B-LOC']);
  });

  it('leaves an honorific pronoun out: it stands for a person without naming them', () => {
    const { tags } = tagTokens(['استقبل', 'صاحب', 'السمو', 'الشيخ', 'تميم', 'بن', 'حمد', 'آل', 'ثاني', 'الوفد', '.', 'وأكد', 'سموه', 'متانة', 'العلاقات'], g);
    expect(tags.slice(4, 9)).toEqual(['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
    expect(tags[12]).toBe('O');
  });

  it('keeps head words inside the name on request', () => {
    expect(tagTokens(['في', 'قطاع', 'غزة'], g).tags).toEqual(['O', 'O', 'B-LOC']);
    expect(tagTokens(['في', 'قطاع', 'غزة'], g, undefined, { keepHeads: true }).tags).toEqual(['O', 'B-LOC', 'I-LOC']);
    // a title inside a listed alias ("الشيخة حسينة واجد") stays outside too
    const alias = ['وقالت', 'الشيخة', 'حسينة', 'واجد', 'إن'];
    expect(tagTokens(alias, g).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O']);
    expect(tagTokens(alias, g, undefined, { keepHeads: true }).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  });

  it('tags a city playing a match as a team, and leaves a quoted name (stadium, newspaper) untagged as a place', () => {
    const tags = (sentence: string): string[] => tagTokens(sentence.split(' '), g).tags;
    expect(tags('بفوزه على كوبنهاغن 1 - صفر')).toEqual(['O', 'O', 'B-ORG', 'O', 'O', 'O']);
    expect(tags('هامبورغ ( ألمانيا ) 1 - 1')).toEqual(['B-ORG', 'O', 'B-LOC', 'O', 'O', 'O', 'O']);
    expect(tags('على استاد " سانتياغو برنابيو " في مدريد')).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC']);
    expect(tags('وصل الوفد إلى كوبنهاغن أمس')).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
  });

  it('never runs a name across a sentence break', () => {
    const tagger = new ConllTagger(g);
    const out: TaggedLine[] = [];
    for (const l of ['موسكو', '', 'موسكو']) out.push(...tagger.push(l));
    out.push(...tagger.end());
    expect(out.map(formatTaggedLine)).toEqual(['موسكو B-LOC', '', 'موسكو B-LOC']);
  });
});

describe('conlleval spans and scores', () => {
  it('starts a chunk at B-, at I- after O or another type, and ends it at a break', () => {
    expect(spansOf(['B-PERS', 'I-PERS', 'I-LOC', 'O', 'I-ORG', 'I-ORG', null, 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PERS' },
      { start: 2, end: 3, type: 'LOC' },
      { start: 4, end: 6, type: 'ORG' },
      { start: 6, end: 7, type: 'ORG' },
    ]);
  });

  it('counts exact span and type only', () => {
    const s = new ConllScorer();
    const line = (gold: string, tag: string): TaggedLine => ({ kind: 'token', token: 'x', gold, tag });
    // gold: [PERS PERS] [LOC]  [ORG]; output: [PERS] [PERS] [LOC] O
    for (const [gold, tag] of [['B-PERS', 'B-PERS'], ['I-PERS', 'B-PERS'], ['B-LOC', 'B-LOC'], ['B-ORG', 'O']] as const) s.add(line(gold, tag));
    const score = s.score();
    const by = Object.fromEntries(score.types.map((t) => [t.type, t]));
    expect(by.LOC).toMatchObject({ gold: 1, found: 1, correct: 1, f1: 1 });
    expect(by.PERS).toMatchObject({ gold: 1, found: 2, correct: 0, f1: 0 });
    expect(by.ORG).toMatchObject({ gold: 1, found: 0, correct: 0, recall: 0 });
    expect(score.overall).toMatchObject({ gold: 3, found: 3, correct: 1 });
  });
});
