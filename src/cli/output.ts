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
