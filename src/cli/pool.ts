/**
 * The threads of `rasid extract --jobs N`: N - 1 worker threads and the main thread itself, so N
 * jobs cost N V8 heaps, not N + 1. Documents are independent, so each goes to the next free
 * thread; the caller keeps the output in input order.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../schema.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Gazetteer } from '../lexicon/load.js';
import type { SiteProfile } from '../normalise/site-profile.js';
import { runJob, type Job, type JobResult, type Profiles } from './job.js';
import { holdStateForWorkers, holdWaitsFor } from './young-generation.js';

/** Set by scripts/bundle.mjs in the bundled CLI: the bundled worker, relative to this module. */
declare const RASID_BUNDLED_WORKER: string | undefined;
const WORKER_URL = new URL(typeof RASID_BUNDLED_WORKER === 'string' ? RASID_BUNDLED_WORKER : './worker.js', import.meta.url);

/**
 * A worker's heap. The young generation is held to 24 MB (V8 gives a thread up to ~48 MB of
 * short-lived objects; smaller still, more garbage is promoted and collected at more cost); the old
 * generation may grow to 3 GB, enough for a 50 MB article (about 2.5 GB at its peak). A document
 * that needs more kills its worker, and fails alone.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 3072 };

/**
 * Documents longer than this go to a worker thread, never to the main thread: one that exhausts a
 * worker's heap fails alone, where on the main thread it would end the run.
 */
export const MAIN_THREAD_MAX_CHARS = 1 << 20;

/** Documents sent to a worker ahead of the one it is on, so it never waits while the main thread extracts. */
const AHEAD = 1;

interface Waiter {
  resolve: (d: Document | string) => void;
  reject: (e: Error) => void;
}

export class ExtractPool {
  private readonly workers: Worker[] = [];
  /** One per worker started: settled when it has compiled the bundle, or stopped. */
  private readonly starting: Array<Promise<void>> = [];
  /** What each worker has been sent and not yet answered, in the order sent (it works through them in that order). */
  private readonly sent = new Map<Worker, Job[]>();
  private readonly queue: Job[] = [];
  private readonly waiting = new Map<number, Waiter>();
  private readonly profiles = new Map<string, SiteProfile>();
  private seq = 0;
  private profilesMessage: Profiles | null = null;
  private closing = false;
  /** The main thread has a document scheduled or under way. */
  private mainBusy = false;

  /**
   * `jobs` threads in all: `jobs - 1` workers and this one, which loads the lexicon (`lexicon`)
   * when it first takes a document.
   */
  constructor(
    jobs: number,
    private readonly lexicon: () => Gazetteer,
  ) {
    for (let i = 1; i < jobs; i++) this.spawn();
  }

  /**
   * A worker. One that dies (out of memory, a crash) fails the document it was working on, and a
   * fresh worker takes its place; the documents sent to it after that one go to the others. One
   * that dies idle is not replaced; the main thread then takes every document.
   */
  private spawn(): Worker {
    const w = new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS, workerData: { youngGenerationHold: holdStateForWorkers() } });
    const compiled = new Promise<void>((resolve) => {
      const onReady = (m: unknown): void => {
        if (m && typeof m === 'object' && 'ready' in m) {
          w.off('message', onReady);
          resolve();
        }
      };
      w.on('message', onReady);
      w.once('exit', () => resolve());
    });
    holdWaitsFor(compiled);
    this.starting.push(compiled);
    if (this.profilesMessage) w.postMessage(this.profilesMessage);
    this.sent.set(w, []);
    w.on('message', (r: JobResult | { ready: true }) => {
      if ('ready' in r) return;
      const mine = this.sent.get(w)!;
      const at = mine.findIndex((j) => j.seq === r.seq);
      if (at >= 0) mine.splice(at, 1);
      this.settle(r);
      this.dispatch();
    });
    let failure: Error | undefined;
    w.on('error', (err) => {
      failure = err;
      // (a worker that dies before its first document is replaced by no one, and says so nowhere else)
      if (process.env.RASID_DEBUG) process.stderr.write(`rasid: worker thread failed: ${err.message}\n`);
    });
    w.on('exit', (code) => {
      this.workers.splice(this.workers.indexOf(w) >>> 0, 1);
      const held = this.sent.get(w) ?? [];
      this.sent.delete(w);
      if (this.closing) return;
      if (held.length) {
        // the first was under way: it fails; the others were only waiting, and go back to the queue
        const [current, ...rest] = held;
        this.fail(current!.seq, failure ?? new Error(`worker thread stopped (exit code ${code})`));
        this.queue.unshift(...rest);
        this.spawn();
      }
      this.dispatch();
    });
    this.workers.push(w);
    return w;
  }

  /**
   * Every worker has compiled the bundle (or stopped). The main thread waits for it before its own
   * heavy work: holding its young generation changes V8's flags, and a worker compiling meanwhile
   * would be refused the code cache (young-generation.ts).
   */
  ready(): Promise<void> {
    return Promise.all(this.starting).then(() => undefined);
  }

  /** Sends the site profiles to every worker, once; jobs then name theirs by key. */
  shareProfiles(profiles: Map<string, SiteProfile>): void {
    const message: Profiles = { profiles: [...profiles] };
    this.profilesMessage = message;
    for (const [k, p] of profiles) this.profiles.set(k, p);
    for (const w of this.workers) w.postMessage(message);
  }

  extract(id: string, text: string, options: ExtractOptions, profileKey?: string): Promise<Document> {
    return this.run({ seq: this.seq++, id, text, options, ...(profileKey ? { profileKey } : {}) }) as Promise<Document>;
  }

  /** The document as its JSONL line, serialised by the thread that extracted it. */
  extractLine(id: string, text: string, options: ExtractOptions, profileKey?: string): Promise<string> {
    return this.run({ seq: this.seq++, id, text, options, asLine: true, ...(profileKey ? { profileKey } : {}) }) as Promise<string>;
  }

  private run(job: Job): Promise<Document | string> {
    return new Promise<Document | string>((resolve, reject) => {
      this.waiting.set(job.seq, { resolve, reject });
      this.queue.push(job);
      this.dispatch();
    });
  }

  private settle(r: JobResult): void {
    const waiter = this.waiting.get(r.seq);
    this.waiting.delete(r.seq);
    if ('doc' in r) waiter?.resolve(r.doc);
    else if ('line' in r) waiter?.resolve(r.line);
    else waiter?.reject(Object.assign(new Error(r.error), r.code ? { code: r.code } : {}));
  }

  private fail(seq: number, err: Error): void {
    const waiter = this.waiting.get(seq);
    this.waiting.delete(seq);
    waiter?.reject(err);
  }

  /** Workers first (each up to one document ahead), then the main thread, for a document it may take. */
  private dispatch(): void {
    if (this.closing) return;
    for (let depth = 0; depth <= AHEAD && this.queue.length; depth++) {
      for (const w of this.workers) {
        const mine = this.sent.get(w)!;
        if (mine.length > depth || !this.queue.length) continue;
        const job = this.queue.shift()!;
        mine.push(job);
        w.postMessage(job);
      }
    }
    if (this.mainBusy || !this.forMain()) return;
    this.mainBusy = true;
    // (on a later turn of the event loop: input, output and the workers' answers go on between documents)
    setImmediate(() => {
      this.mainBusy = false;
      const job = this.closing ? undefined : this.forMain();
      if (!job) return;
      this.queue.splice(this.queue.indexOf(job), 1);
      this.settle(runJob(job, this.lexicon(), this.profiles));
      this.dispatch();
    });
  }

  /** The next document the main thread may take: any when no worker is left, else one that is not too long. */
  private forMain(): Job | undefined {
    return this.workers.length ? this.queue.find((j) => j.text.length <= MAIN_THREAD_MAX_CHARS) : this.queue[0];
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
