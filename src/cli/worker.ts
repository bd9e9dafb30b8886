/** A worker thread of `rasid extract --jobs N`: loads the lexicon once, then extracts the documents it is sent. */
import { parentPort } from 'node:worker_threads';
import { loadGazetteer } from '../lexicon/load.js';
import { extractDocument, type ExtractOptions } from '../pipeline.js';
import type { SiteProfile } from '../normalise/site-profile.js';
import { RESULT_TOO_LARGE, tooLargeToWrite } from './output.js';

export interface Job {
  seq: number;
  id: string;
  text: string;
  options: ExtractOptions;
  /** The site profile to apply, sent once per worker (see `Profiles`), not with every document. */
  profileKey?: string;
}

/** Site profiles, sent to every worker once before the documents. */
export interface Profiles {
  profiles: Array<[string, SiteProfile]>;
}

export type JobResult = { seq: number; doc: ReturnType<typeof extractDocument> } | { seq: number; error: string; code?: string };

const g = loadGazetteer();
const profiles = new Map<string, SiteProfile>();
parentPort?.on('message', (message: Job | Profiles) => {
  if ('profiles' in message) {
    for (const [k, p] of message.profiles) profiles.set(k, p);
    return;
  }
  const job = message;
  let result: JobResult;
  try {
    const profile = job.profileKey ? profiles.get(job.profileKey) : undefined;
    const doc = extractDocument(job.id, job.text, g, { ...job.options, ...(profile ? { profile } : {}) });
    // checked here: posted, a document too big to write would be copied into the main thread and could exhaust its heap
    const tooLarge = tooLargeToWrite(doc);
    result = tooLarge ? { seq: job.seq, error: tooLarge, code: RESULT_TOO_LARGE } : { seq: job.seq, doc };
  } catch (err) {
    result = { seq: job.seq, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(result);
});
