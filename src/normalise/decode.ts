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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16be', warnings: [] };
  }
  if (bytes.includes(0)) throw new BinaryInputError('binary file (NUL bytes), skipped');
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', warnings: [] };
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
  const text = lenientUtf8.decode(bytes);
  let replaced = 0;
  for (const ch of text) if (ch === '\ufffd') replaced++;
  return { text, encoding: 'utf-8', warnings: [`invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`] };
}

/** Windows-1256 Arabic letters live in 0xC1-0xFE; a legacy Arabic text is mostly those among high bytes. */
function looksLikeWindows1256(bytes: Uint8Array): boolean {
  let high = 0;
  let arabic = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xc1 && b <= 0xda) || (b >= 0xdc && b <= 0xf2 && b !== 0xd7 && b !== 0xe0 && b !== 0xe2 && b !== 0xe7 && b !== 0xe8 && b !== 0xe9 && b !== 0xea && b !== 0xeb && b !== 0xee && b !== 0xef)) arabic++;
  }
  return high > 0 && arabic / high > 0.6;
}
