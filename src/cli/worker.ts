/** A worker thread of `rasid extract --jobs N`: loads the lexicon once, then extracts the documents it is sent. */
import { parentPort } from 'node:worker_threads';
import { loadGazetteer } from '../lexicon/load.js';
import { extractDocument, type ExtractOptions } from '../pipeline.js';
import type { SiteProfile } from '../normalise/site-profile.js';

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

export type JobResult = { seq: number; doc: ReturnType<typeof extractDocument> } | { seq: number; error: string };

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
    result = { seq: job.seq, doc: extractDocument(job.id, job.text, g, { ...job.options, ...(profile ? { profile } : {}) }) };
  } catch (err) {
    result = { seq: job.seq, error: (err as Error).message };
  }
  parentPort!.postMessage(result);
});
