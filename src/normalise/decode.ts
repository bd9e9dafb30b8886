/**
 * Input decoding. Offsets index the decoded text exactly as a UTF-8 reader would see it, so a BOM
 * is kept as U+FEFF (it is invisible to matching) rather than silently shifting every offset.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Human-readable notes about the decoding (replacement characters, legacy code page). */
  warnings: string[];
}

export class BinaryInputError extends Error {
  readonly code = 'BINARY_INPUT';
}

// (made per file, not held by the module: a decoder cannot be saved in the startup snapshot)
const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = () => new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  // UTF-32 first: its little-endian BOM begins like UTF-16's
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
    throw new BinaryInputError('UTF-32 text (not supported), skipped');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', []);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', []);
  if (bytes.includes(0)) {
    const unmarked = utf16WithoutBom(bytes);
    if (unmarked) return unmarked;
    throw new BinaryInputError('binary file (NUL bytes), skipped');
  }
  try {
    return { text: strictUtf8().decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // not valid UTF-8: a legacy Arabic page is the usual cause
  }
  if (looksLikeWindows1256(bytes)) {
    return {
      text: new TextDecoder('windows-1256').decode(bytes),
      encoding: 'windows-1256',
      warnings: ['decoded as Windows-1256'],
    };
  }
  // each maximal invalid sequence becomes one U+FFFD (WHATWG), so offsets index this text exactly
  const text = lenientUtf8().decode(bytes);
  const replaced = count(text, '\ufffd') - countBytes(bytes, [0xef, 0xbf, 0xbd]);
  return { text, encoding: 'utf-8', warnings: [`invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`] };
}

/** UTF-16 (the BOM kept as U+FEFF, as for UTF-8): unpaired surrogates and an odd last byte are replaced, and said. */
function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (text.includes('\u0000')) throw new BinaryInputError(`binary file (NUL characters in ${label(encoding)}), skipped`);
  const unpaired = unpairedSurrogates(bytes, encoding === 'utf-16le');
  const out = [...warnings];
  if (unpaired) out.push(`invalid ${label(encoding)}: ${unpaired} unpaired surrogate(s) replaced with U+FFFD`);
  if (bytes.length % 2) out.push(`invalid ${label(encoding)}: odd number of bytes, the last one replaced with U+FFFD`);
  return { text, encoding, warnings: out };
}

/**
 * UTF-16 without a BOM: NUL bytes all on one side of each pair (the high byte of ASCII
 * characters), valid UTF-16, and no control character a text would not have. Anything else with
 * NUL bytes is binary.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  const encoding = even === 0 ? 'utf-16le' : odd === 0 ? 'utf-16be' : null;
  if (!encoding) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffe\uffff]/u.test(text)) return null;
  return { text, encoding, warnings: [`no byte order mark: decoded as ${label(encoding)}`] };
}

const label = (e: 'utf-16le' | 'utf-16be'): string => (e === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE');

function unpairedSurrogates(bytes: Uint8Array, le: boolean): number {
  let n = 0;
  let pendingHigh = false;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    const high = u >= 0xd800 && u <= 0xdbff;
    const low = u >= 0xdc00 && u <= 0xdfff;
    if (pendingHigh && !low) n++;
    if (!pendingHigh && low) n++;
    pendingHigh = high;
  }
  return n + (pendingHigh ? 1 : 0);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

function countBytes(bytes: Uint8Array, seq: number[]): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(seq);
  let n = 0;
  for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * A legacy Arabic page: its high bytes outside well-formed UTF-8 sequences are at least as many
 * as the sequences, and most of them are Arabic letters in Windows-1256. UTF-8 with a few stray
 * bytes has more characters than strays; in Windows-1256 a letter is never a continuation byte,
 * so only a letter before ، ؛ or ؟ makes a sequence, and each word has a letter outside one.
 */
function looksLikeWindows1256(bytes: Uint8Array): boolean {
  let sequences = 0;
  let stray = 0;
  let arabic = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    if (length) {
      sequences++;
      i += length;
      continue;
    }
    stray++;
    if (isCp1256Letter(b)) arabic++;
    i++;
  }
  return stray > 0 && stray >= sequences && arabic / stray > 0.6;
}

/** The bytes Windows-1256 maps to Arabic letters and to its harakat, read from the platform's own table. */
const CP1256_ARABIC = (() => {
  const chars = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from([...chars], (ch) => (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) || /\p{M}/u.test(ch) ? 1 : 0);
})();

function isCp1256Letter(b: number): boolean {
  return CP1256_ARABIC[b] === 1;
}

/** The length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7), or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
