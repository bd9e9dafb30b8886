/**
 * A pool of worker threads for `rasid extract --jobs N`. Documents are independent, so each goes
 * to the next free worker; the caller keeps the output in input order.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../schema.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Job, JobResult, Profiles } from './worker.js';
import type { SiteProfile } from '../normalise/site-profile.js';

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly waiting = new Map<number, { resolve: (d: Document) => void; reject: (e: Error) => void }>();
  private seq = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url));
      w.on('message', (r: JobResult) => {
        const waiter = this.waiting.get(r.seq);
        this.waiting.delete(r.seq);
        if ('doc' in r) waiter?.resolve(r.doc);
        else waiter?.reject(new Error(r.error));
        this.next(w);
      });
      w.on('error', (err) => {
        // a crashed worker fails what it was doing; the run goes on with the others
        for (const [seq, waiter] of this.waiting) if (this.owner.get(seq) === w) waiter.reject(err);
      });
      this.workers.push(w);
      this.idle.push(w);
    }
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
    for (const w of this.workers) w.postMessage(message);
  }

  extract(id: string, text: string, options: ExtractOptions, profileKey?: string): Promise<Document> {
    const job: Job = { seq: this.seq++, id, text, options, ...(profileKey ? { profileKey } : {}) };
    return new Promise<Document>((resolve, reject) => {
      this.waiting.set(job.seq, { resolve, reject });
      const w = this.idle.pop();
      if (w) {
        this.owner.set(job.seq, w);
        w.postMessage(job);
      } else this.queue.push(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
