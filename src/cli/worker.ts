/** A worker thread of `rasid extract --jobs N`: loads the lexicon once, then extracts the documents it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../lexicon/load.js';
import type { SiteProfile } from '../normalise/site-profile.js';
import { runJob, type Job, type Profiles } from './job.js';
import { keepHoldInWorker } from './young-generation.js';

keepHoldInWorker((workerData as { youngGenerationHold?: unknown } | null)?.youngGenerationHold);
// compiled: the main thread may go on (pool.ts, ready)
parentPort?.postMessage({ ready: true });

const g = loadGazetteer();
const profiles = new Map<string, SiteProfile>();
parentPort?.on('message', (message: Job | Profiles) => {
  if ('profiles' in message) {
    for (const [k, p] of message.profiles) profiles.set(k, p);
    return;
  }
  parentPort!.postMessage(runJob(message, g, profiles));
});
