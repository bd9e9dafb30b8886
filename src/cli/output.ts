/**
 * The JSON output in pieces, for when it is too big for one string (V8 caps a string at about
 * 512 M characters, and a big corpus gets there): the same bytes as `jsonOutput` (`JSON.stringify`
 * with two-space indentation; a test holds them equal), one document at a time.
 */
import type { Output } from '../schema.js';

/** `JSON.stringify(value, null, 2)` nested `depth` levels down (JSON strings never hold a raw newline). */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/gu, `\n${'  '.repeat(depth)}`);
}

function* array(items: readonly unknown[], depth: number): Generator<string> {
  if (!items.length) {
    yield '[]';
    return;
  }
  const pad = '  '.repeat(depth + 1);
  yield '[\n';
  for (let i = 0; i < items.length; i++) yield `${pad}${nested(items[i], depth + 1)}${i < items.length - 1 ? ',' : ''}\n`;
  yield `${'  '.repeat(depth)}]`;
}

export function* jsonChunks(output: Output): Generator<string> {
  const keys = Object.keys(output) as Array<keyof Output>;
  yield '{\n';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = output[key];
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value)) yield* array(value, 1);
    else yield nested(value, 1);
    yield k < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/**
 * The most characters one document may take as JSON. V8 strings stop at 2^29 - 24 characters, so a
 * document over this cannot be written (as a JSONL line or inside the JSON output) and, sent back
 * from a worker thread, would be copied string by string into the main thread's heap. A 50 MB
 * article gives about 100 M; only pathological inputs (one endless sentence repeating an event,
 * every mention carrying the whole sentence as evidence) come near this.
 */
export const MAX_DOCUMENT_CHARS = 480_000_000;

/** The error code of a result too large to write: the file fails with that message alone. */
export const RESULT_TOO_LARGE = 'RESULT_TOO_LARGE';

/**
 * Why a result is too large to write, or null: its JSON length, estimated by walking it (strings
 * counted whole, structure roughly) without building the string, stopping as soon as it is over.
 */
export const tooLargeMessage = (limit = MAX_DOCUMENT_CHARS): string => `result too large to write (over ${Math.round(limit / 1e6)} M characters of JSON)`;

export function tooLargeToWrite(value: unknown, limit = MAX_DOCUMENT_CHARS): string | null {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') total += v.length + 2;
    else if (Array.isArray(v)) {
      total += 2 + v.length;
      for (const x of v) stack.push(x);
    } else if (v && typeof v === 'object') {
      // (for-in, not Object.entries: no array of pairs per object, and a document has thousands)
      for (const k in v) {
        total += k.length + 4;
        stack.push((v as Record<string, unknown>)[k]);
      }
      total += 2;
    } else total += 8;
    if (total > limit) return tooLargeMessage(limit);
  }
  return null;
}
