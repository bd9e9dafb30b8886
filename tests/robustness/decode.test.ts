/** Decoding arbitrary bytes: never a crash, only text (with warnings) or a binary skip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryInputError, decode } from '../../src/normalise/decode.js';

const ARABIC = 'التقى الرئيس بوتين المبعوث ويتكوف في موسكو.\n';

describe('decode: the cases beyond the plain ones', () => {
  it('UTF-16 without a BOM (LE and BE) is recognised from where its NUL bytes fall', () => {
    const le = Buffer.from(ARABIC, 'utf16le');
    expect(decode(le)).toEqual({ text: ARABIC, encoding: 'utf-16le', warnings: ['no byte order mark: decoded as UTF-16LE'] });
    const be = Buffer.from(le).swap16();
    expect(decode(be)).toEqual({ text: ARABIC, encoding: 'utf-16be', warnings: ['no byte order mark: decoded as UTF-16BE'] });
  });

  it('NUL bytes that do not make UTF-16 text mean binary', () => {
    expect(() => decode(new Uint8Array([0x41, 0, 0, 0x42]))).toThrow(BinaryInputError); // both sides of a pair
    expect(() => decode(new Uint8Array([0x01, 0, 0x02, 0]))).toThrow(BinaryInputError); // control characters
    expect(() => decode(new Uint8Array([0x41, 0, 0x42]))).toThrow(BinaryInputError); // odd length
    expect(() => decode(new Uint8Array([0]))).toThrow(/binary file \(NUL bytes\), skipped/u);
  });

  it('UTF-32 (either BOM) is skipped as unsupported, not read as UTF-16', () => {
    const le = new Uint8Array([0xff, 0xfe, 0, 0, 0x27, 0x06, 0, 0]);
    expect(() => decode(le)).toThrow(/UTF-32 text \(not supported\), skipped/u);
    expect(() => decode(new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0x06, 0x27]))).toThrow(BinaryInputError);
  });

  it('UTF-16 with broken surrogates or an odd last byte: replaced and said, offsets on the replaced text', () => {
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('أ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('ب', 'utf16le')]);
    const d = decode(lone);
    expect(d.text).toBe('\ufeffأ\ufffdب');
    expect(d.warnings).toEqual(['invalid UTF-16LE: 1 unpaired surrogate(s) replaced with U+FFFD']);
    const odd = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('أب', 'utf16le').swap16(), Buffer.from([0x06])]);
    const o = decode(odd);
    expect(o.text).toBe('\ufeffأب\ufffd');
    expect(o.warnings).toEqual(['invalid UTF-16BE: odd number of bytes, the last one replaced with U+FFFD']);
  });

  it('a valid U+FFFD already in the text is not counted as a replacement', () => {
    const bytes = Buffer.concat([Buffer.from('أ\ufffdب'), Buffer.from([0xff])]);
    const d = decode(bytes);
    expect(d.warnings).toEqual(['invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD']);
    expect(d.text).toBe('أ\ufffdب\ufffd');
  });

  it('an empty input is empty UTF-8 text', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });
});

describe('decode: properties over arbitrary bytes', () => {
  it('returns text or throws BinaryInputError, nothing else; UTF-8 text is what a UTF-8 reader sees', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        let d;
        try {
          d = decode(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(BinaryInputError);
          return;
        }
        expect(typeof d.text).toBe('string');
        if (d.encoding === 'utf-8') expect(d.text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
        if (bytes.includes(0)) expect(d.encoding).toMatch(/^utf-16/u);
        expect(d.warnings.every((w) => !w.includes('\n'))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('mostly-Arabic UTF-8 with stray bytes stays UTF-8 (never mistaken for Windows-1256)', () => {
    // two letters on each side of three stray bytes that are Windows-1256 letters: CI's seed 792523719
    expect(decode(Buffer.concat([Buffer.from('  بب '), Buffer.from([0xc1, 0xc1, 0xc1]), Buffer.from('  بب ')])).encoding).toBe('utf-8');
    const someLetters = fc.array(fc.constantFrom(...'بوتين موسكو الرئيس'), { minLength: 5, maxLength: 80 }).filter((chars) => chars.filter((c) => c !== ' ').length >= 2);
    fc.assert(
      fc.property(someLetters, fc.uint8Array({ minLength: 1, maxLength: 3 }).filter((b) => b.every((x) => x >= 0x80)), (chars, junk) => {
        const bytes = Buffer.concat([Buffer.from(chars.join('')), Buffer.from(junk), Buffer.from(chars.join(''))]);
        const d = decode(bytes);
        expect(d.encoding).toBe('utf-8');
      }),
      { numRuns: 500 },
    );
  });

  it('Arabic words in Windows-1256 are read as Windows-1256, with its punctuation between them', () => {
    const cp1256 = new Map([...new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((ch, i) => [ch, i]));
    const letters = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 2, maxLength: 8 }).map((w) => w.join(''));
    // غ (0xDB) is a letter, and a letter before ؟ makes a UTF-8 sequence: both found by 100,000 runs
    for (const t of ['غء؟ ءء، ءء؟ ', 'ءت؛ ءب؟ ءء ']) expect(decode(Uint8Array.from([...t].map((ch) => cp1256.get(ch)!))).encoding).toBe('windows-1256');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '، ', '؛ ', '؟ ', '. ', '\n')), { minLength: 3, maxLength: 40 }).map((ws) => ws.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Uint8Array.from([...t].map((ch) => cp1256.get(ch)!));
        const d = decode(bytes);
        expect(d.encoding).toBe('windows-1256');
        expect(d.text).toBe(t);
      }),
      { numRuns: 500 },
    );
  });
});
