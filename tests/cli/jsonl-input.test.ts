/** `--input jsonl`: lines read from stdin as they are asked for. */
import { describe, expect, it } from 'vitest';
import { readJsonlInput, readLines } from '../../src/cli/jsonl-input.js';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** A stream of the given chunks, counting those taken. */
function chunks(parts: Array<string | Buffer>): AsyncIterable<Buffer> & { taken: number } {
  const s = {
    taken: 0,
    async *[Symbol.asyncIterator]() {
      for (const p of parts) {
        s.taken++;
        yield Buffer.isBuffer(p) ? p : Buffer.from(p);
      }
    },
  };
  return s;
}

describe('readLines', () => {
  it('splits at \\n and \\r\\n, across chunks, with or without a last line end', async () => {
    expect(await all(readLines(chunks(['a\r\nb', 'c\n\nd', 'e\r', '\nf'])))).toEqual(['a', 'bc', '', 'de', 'f']);
    expect(await all(readLines(chunks(['x\n'])))).toEqual(['x']);
    expect(await all(readLines(chunks([])))).toEqual([]);
  });

  it('keeps a character whose UTF-8 bytes fall in two chunks', async () => {
    const bytes = Buffer.from('بوتين\nموسكو');
    expect(await all(readLines(chunks([bytes.subarray(0, 3), bytes.subarray(3, 12), bytes.subarray(12)])))).toEqual(['بوتين', 'موسكو']);
  });

  it('joins a line longer than many chunks', async () => {
    const parts = Array.from({ length: 1000 }, () => 'ab');
    expect(await all(readLines(chunks([...parts, '\nz'])))).toEqual(['ab'.repeat(1000), 'z']);
  });

  it('reads no further than the lines taken (input is not buffered ahead)', async () => {
    const stream = chunks(['one\n', 'two\n', 'three\n', 'four\n']);
    const lines = readLines(stream);
    expect((await lines.next()).value).toBe('one');
    expect(stream.taken).toBe(1);
    expect((await lines.next()).value).toBe('two');
    expect(stream.taken).toBe(2);
  });
});

describe('readJsonlInput', () => {
  it('numbers the lines as given (blank ones counted, not reported) and says what is wrong with a bad one', async () => {
    const input = ['{"id":"a","text":"نص"}', '', 'not json', '{"id":"","text":"x"}', '{"id":"b","text":"y","date":"2025-4-1"}', '{"id":"c","text":"z","date":"2025-04-01"}'].join('\r\n');
    const items = await all(readJsonlInput(chunks([input])));
    expect(items.map((i) => ('doc' in i ? `${i.line} ${i.doc.id}` : `${i.line} error`))).toEqual(['1 a', '3 error', '4 error', '5 error', '6 c']);
    expect(items[2]).toEqual({ line: 4, error: 'id: Too small: expected string to have >=1 characters' });
    expect(items[3]).toEqual({ line: 5, error: 'date: date: expected YYYY-MM-DD' });
  });
});
