/**
 * How many threads `rasid extract` runs when `--jobs` is not given. Each thread compiles its own
 * code and fills its own tables before it runs at full speed, some 2 s of CPU, and costs 60-80 MB:
 * on the bench, two jobs over 5 MB of articles took longer than one (4.4-4.6 s against 3.6-4.3 s),
 * over 10 MB 1.1× less time, over 100 MB 1.35-1.6× less. So a thread is added for every
 * BYTES_PER_THREAD of input, up to the number of cores. On stdin the size is not known beforehand:
 * a stream is taken to be long.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { InputFile } from './inputs.js';

/** Input a thread must have before it pays for starting. */
export const BYTES_PER_THREAD = 8 << 20;

/** Threads for `bytes` of input (undefined: not known), on `cores` cores. */
export function threadsFor(bytes: number | undefined, cores = availableParallelism()): number {
  if (bytes === undefined) return cores;
  return Math.max(1, Math.min(cores, Math.ceil(bytes / BYTES_PER_THREAD)));
}

/** The input's size in bytes, as far as it matters (counting stops at what would take every core); undefined if some is a stream. */
export function inputBytes(files: readonly InputFile[], cores = availableParallelism()): number | undefined {
  let bytes = 0;
  for (const f of files) {
    if (f.stream || f.path === null) return undefined;
    try {
      bytes += statSync(f.path).size;
    } catch {
      // (reported when the file is read)
    }
    if (bytes >= cores * BYTES_PER_THREAD) break;
  }
  return bytes;
}
