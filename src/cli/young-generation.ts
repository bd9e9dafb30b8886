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
 * factor is set to 1 and it grows no more. V8 sets the factor back to 2 when it makes a worker
 * thread's heap: a worker that starts after the hold sets it again, and `rasid extract` starts its
 * workers, and waits until they have compiled the bundle, before the work that brings the main
 * thread to the size: V8 refuses a code cache made under other flags.
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

let held = false;
let watching = false;

/**
 * The main thread's young generation stops growing once it reaches MAIN_NEW_SPACE_BYTES. Called
 * where the main thread starts work and at each document or file it reads: it checks at once (a
 * few microseconds; nothing once held), and the first call also checks after each collection from
 * then on. Both are needed: collections are reported on the event loop, and a run over a folder
 * keeps the main thread busy for long stretches (learning the site profiles, extracting with one
 * job) in which the young generation would grow past the size unseen. Nothing on a worker thread
 * (the growth factor is V8's, for the whole process; a worker's limit is set).
 */
export function holdMainYoungGeneration(): void {
  if (held || !isMainThread) return;
  if (stopAtSize()) return;
  if (watching) return;
  watching = true;
  const collections = new PerformanceObserver(() => {
    if (stopAtSize()) collections.disconnect();
  });
  collections.observe({ entryTypes: ['gc'] });
}

/**
 * Whether the main thread's young generation is held (1) or not yet (0), shared with the worker
 * threads (`workerData`): V8 sets the growth factor back to 2 whenever it makes a thread's heap, so
 * a worker sets the hold again once it has compiled the bundle (`keepHoldInWorker`).
 */
let holdShared: Int32Array | undefined;
export function holdStateForWorkers(): Int32Array {
  return (holdShared ??= new Int32Array(new SharedArrayBuffer(4)));
}

/** On a worker thread, first thing once the bundle is compiled: the main thread's hold set again if it is in place. */
export function keepHoldInWorker(state: unknown): void {
  if (!isMainThread && state instanceof Int32Array && Atomics.load(state, 0) === 1) setFlagsFromString(GROW_NO_MORE);
}

const GROW_NO_MORE = '--semi-space-growth-factor=1';

let compiling = 0;
/** A worker thread started: the hold waits until `compiled` settles (it has compiled the bundle, or stopped). */
export function holdWaitsFor(compiled: Promise<unknown>): void {
  compiling++;
  void compiled.finally(() => compiling--);
}

function stopAtSize(): boolean {
  if (held) return true;
  // (a worker compiling would find V8's flags changed under it, and be refused the code cache)
  if (compiling > 0 || newSpaceBytes() < MAIN_NEW_SPACE_BYTES) return false;
  setFlagsFromString(GROW_NO_MORE);
  held = true;
  Atomics.store(holdStateForWorkers(), 0, 1);
  return true;
}
