/**
 * The main thread's young generation (where V8 puts new objects until they survive a collection)
 * held to 8 MB of new space. V8 lets it grow to 32 MB; with two threads streaming news articles
 * the process then peaked above 300 MB. Held to 8 MB, the peak fell by 60-90 MB (to 240-255 MB on
 * 30 MB of real news), for no loss of speed we could measure (README, bench). Worker threads'
 * young generations are set when they are made (`WORKER_LIMITS`, pool.ts); holding them smaller
 * too saved nothing more and cost time.
 *
 * The main thread's size limit V8 reads only at process start, so it is held another way: V8
 * doubles the young generation when enough has survived since it last grew, by a factor it reads
 * at each growth (`--semi-space-growth-factor`); once the main thread's has reached the size, the
 * factor is set to 1 and it grows no more.
 */
import { isMainThread } from 'node:worker_threads';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The main thread's new space (both semi-spaces), in bytes, at which it stops growing. */
export const MAIN_NEW_SPACE_BYTES = 8 << 20;

/** The size of this thread's new space (both semi-spaces), in bytes. */
export function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

let watching = false;

/**
 * From now on, the main thread's young generation stops growing once it reaches
 * MAIN_NEW_SPACE_BYTES, checked after each of its collections. Once per process; nothing on a
 * worker thread (the growth factor is V8's, for the whole process; a worker's limit is set).
 */
export function holdMainYoungGeneration(): void {
  if (!isMainThread || watching) return;
  watching = true;
  const stopAtSize = (): boolean => {
    if (newSpaceBytes() < MAIN_NEW_SPACE_BYTES) return false;
    setFlagsFromString('--semi-space-growth-factor=1');
    return true;
  };
  if (stopAtSize()) return;
  // (GC entries come on the event loop, between documents: a young generation can outgrow the
  // size while one long document is extracted, by a doubling or two, and is then held there)
  const collections = new PerformanceObserver(() => {
    if (stopAtSize()) collections.disconnect();
  });
  collections.observe({ entryTypes: ['gc'] });
}
