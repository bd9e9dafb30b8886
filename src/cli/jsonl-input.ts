/**
 * `rasid extract --input jsonl`: documents as JSON lines on stdin (`{"id", "text", "date"?}`), one
 * Document per line out, each independent of the others, so the same binary runs unchanged under
 * GNU parallel, Hadoop Streaming or Spark's RDD.pipe.
 */
import { createInterface } from 'node:readline';
import * as z from 'zod/mini';

export const inputLine = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date: expected YYYY-MM-DD'))),
});
export type InputLine = z.infer<typeof inputLine>;

export type InputItem = { line: number; doc: InputLine } | { line: number; error: string };

export async function* readJsonlInput(stream: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
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
