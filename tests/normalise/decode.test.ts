import { describe, expect, it } from 'vitest';
import { BinaryInputError, decode } from '../../src/normalise/decode.js';

const ARABIC = 'التقى الرئيس بوتين المبعوث ويتكوف في موسكو يوم ٩ أبريل.';

/** Windows-1256 bytes of a text, by inverting the platform's decoder. */
function cp1256(text: string): Uint8Array {
  const dec = new TextDecoder('windows-1256');
  const back = new Map<string, number>();
  for (let b = 0; b < 256; b++) back.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => back.get(ch) ?? 0x3f));
}

describe('input decoding', () => {
  it('UTF-8 without BOM', () => {
    expect(decode(new TextEncoder().encode(ARABIC))).toEqual({ text: ARABIC, encoding: 'utf-8', warnings: [] });
  });
  it('UTF-8 with BOM keeps U+FEFF so offsets match what other UTF-8 readers count', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARABIC)]));
    expect(d.text).toBe(`\ufeff${ARABIC}`);
    expect(d.encoding).toBe('utf-8');
  });
  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.from(`\ufeff${ARABIC}`, 'utf16le');
    expect(decode(le).encoding).toBe('utf-16le');
    expect(decode(le).text).toBe(`\ufeff${ARABIC}`);
    const be = Buffer.from(le).swap16();
    expect(decode(be).encoding).toBe('utf-16be');
    expect(decode(be).text).toBe(`\ufeff${ARABIC}`);
  });
  it('Windows-1256 is detected, decoded and reported', () => {
    const text = 'التقى الرئيس بوتين المبعوث ويتكوف في موسكو.';
    const d = decode(cp1256(text));
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toBe(text);
    expect(d.warnings).toEqual(['decoded as Windows-1256']);
  });
  it('invalid UTF-8 is replaced and reported, never fatal', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('مرحبا '), 0xff, 0xfe, 0x41, ...new TextEncoder().encode(' عالم')]);
    const d = decode(bytes);
    expect(d.text).toContain('\ufffd');
    expect(d.warnings[0]).toMatch(/invalid UTF-8/);
  });
  it('NUL bytes mean a binary file', () => {
    expect(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(BinaryInputError);
  });
});
