/**
 * A pool of worker threads for `rasid extract --jobs N`. Documents are independent, so each goes
 * to the next free worker; the caller keeps the output in input order.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../schema.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Job, JobResult, Profiles } from './worker.js';
import type { SiteProfile } from '../normalise/site-profile.js';

/** Set by scripts/bundle.mjs in the bundled CLI: the bundled worker, relative to this module. */
declare const RASID_BUNDLED_WORKER: string | undefined;
const WORKER_URL = new URL(typeof RASID_BUNDLED_WORKER === 'string' ? RASID_BUNDLED_WORKER : './worker.js', import.meta.url);

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly waiting = new Map<number, { resolve: (d: Document | string) => void; reject: (e: Error) => void }>();
  private seq = 0;

  private profilesMessage: Profiles | null = null;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /**
   * A worker. One that dies (out of memory, a crash) fails the document it was working on, and a
   * fresh worker takes its place; the run goes on. One that dies idle is not replaced, and when
   * none is left, what is still queued fails rather than waiting for ever.
   */
  private spawn(): Worker {
    const w = new Worker(WORKER_URL);
    if (this.profilesMessage) w.postMessage(this.profilesMessage);
    w.on('message', (r: JobResult) => {
      const waiter = this.waiting.get(r.seq);
      this.waiting.delete(r.seq);
      this.owner.delete(r.seq);
      if ('doc' in r) waiter?.resolve(r.doc);
      else if ('line' in r) waiter?.resolve(r.line);
      else waiter?.reject(Object.assign(new Error(r.error), r.code ? { code: r.code } : {}));
      this.next(w);
    });
    let failure: Error | undefined;
    w.on('error', (err) => {
      failure = err;
    });
    w.on('exit', (code) => {
      this.workers.splice(this.workers.indexOf(w) >>> 0, 1);
      const idleAt = this.idle.indexOf(w);
      if (idleAt >= 0) this.idle.splice(idleAt, 1);
      if (this.closing) return;
      const why = failure ?? new Error(`worker thread stopped (exit code ${code})`);
      let held = false;
      for (const [seq, owner] of [...this.owner]) {
        if (owner !== w) continue;
        held = true;
        this.owner.delete(seq);
        const waiter = this.waiting.get(seq);
        this.waiting.delete(seq);
        waiter?.reject(why);
      }
      if (held) this.next(this.spawn());
      else if (!this.workers.length) {
        for (const job of this.queue.splice(0)) {
          const waiter = this.waiting.get(job.seq);
          this.waiting.delete(job.seq);
          waiter?.reject(why);
        }
      }
    });
    this.workers.push(w);
    return w;
  }

  private readonly owner = new Map<number, Worker>();

  private next(w: Worker): void {
    const job = this.queue.shift();
    if (!job) {
      this.idle.push(w);
      return;
    }
    this.owner.set(job.seq, w);
    w.postMessage(job);
  }

  /** Sends the site profiles to every worker, once; jobs then name theirs by key. */
  shareProfiles(profiles: Map<string, SiteProfile>): void {
    const message: Profiles = { profiles: [...profiles] };
    this.profilesMessage = message;
    for (const w of this.workers) w.postMessage(message);
  }

  extract(id: string, text: string, options: ExtractOptions, profileKey?: string): Promise<Document> {
    return this.run({ seq: this.seq++, id, text, options, ...(profileKey ? { profileKey } : {}) }) as Promise<Document>;
  }

  /** The document as its JSONL line, serialised on the worker. */
  extractLine(id: string, text: string, options: ExtractOptions, profileKey?: string): Promise<string> {
    return this.run({ seq: this.seq++, id, text, options, asLine: true, ...(profileKey ? { profileKey } : {}) }) as Promise<string>;
  }

  private run(job: Job): Promise<Document | string> {
    return new Promise<Document | string>((resolve, reject) => {
      if (!this.workers.length) return reject(new Error('no worker thread left'));
      this.waiting.set(job.seq, { resolve, reject });
      const w = this.idle.pop();
      if (w) {
        this.owner.set(job.seq, w);
        w.postMessage(job);
      } else this.queue.push(job);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
