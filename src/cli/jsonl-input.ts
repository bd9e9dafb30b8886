/**
 * `rasid extract --input jsonl`: documents as JSON lines on stdin (`{"id", "text", "date"?}`), one
 * Document per line out, each independent of the others, so the same binary runs unchanged under
 * GNU parallel, Hadoop Streaming or Spark's RDD.pipe.
 */
import { StringDecoder } from 'node:string_decoder';
import * as z from 'zod/mini';
import './options.js'; // (English messages)

export const inputLine = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date: expected YYYY-MM-DD'))),
});
export type InputLine = z.infer<typeof inputLine>;

export type InputItem = { line: number; doc: InputLine } | { line: number; error: string };

/**
 * The lines of a stream (`\n` or `\r\n` at their ends), read as they are asked for: the stream is
 * read a chunk at a time and only when the lines read so far are taken, so input is not buffered
 * ahead of the threads that extract it.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let partial: string[] = []; // a line longer than a chunk, in pieces (joined once, not chunk by chunk)
  const line = (end: string): string => {
    const whole = partial.length ? partial.join('') + end : end;
    partial = [];
    return whole.endsWith('\r') ? whole.slice(0, -1) : whole;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      yield line(text.slice(from, nl));
      from = nl + 1;
    }
    if (from < text.length) partial.push(text.slice(from));
  }
  const rest = decoder.end();
  if (rest) partial.push(rest);
  if (partial.length) yield line('');
}

export async function* readJsonlInput(stream: AsyncIterable<Buffer | string>): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const raw of readLines(stream)) {
    n++;
    if (!raw.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      yield { line: n, error: `not JSON (${(err as Error).message})` };
      continue;
    }
    const ok = inputLine.safeParse(parsed);
    if (ok.success) yield { line: n, doc: ok.data };
    else yield { line: n, error: ok.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') };
  }
}
