/**
 * One document of `rasid extract --jobs N`, as a worker thread or the main thread runs it: the
 * messages between the pool (pool.ts) and its workers (worker.ts), and the work itself.
 */
import type { Gazetteer } from '../lexicon/load.js';
import type { SiteProfile } from '../normalise/site-profile.js';
import { extractDocument, type ExtractOptions } from '../pipeline.js';
import { jsonlLine } from '../export/json.js';
import { MAX_DOCUMENT_CHARS, RESULT_TOO_LARGE, tooLargeMessage, tooLargeToWrite } from './output.js';

export interface Job {
  seq: number;
  id: string;
  text: string;
  options: ExtractOptions;
  /** The site profile to apply, sent once per worker (see `Profiles`), not with every document. */
  profileKey?: string;
  /** Send back the JSONL line rather than the document: one string crosses to the main thread, not a tree of objects. */
  asLine?: boolean;
}

/** Site profiles, sent to every worker once before the documents. */
export interface Profiles {
  profiles: Array<[string, SiteProfile]>;
}

export type JobResult =
  | { seq: number; doc: ReturnType<typeof extractDocument> }
  | { seq: number; line: string }
  | { seq: number; error: string; code?: string };

/** The document's JSONL line; one too big to serialise fails alone. */
function lineResult(seq: number, doc: ReturnType<typeof extractDocument>): JobResult {
  try {
    const line = jsonlLine(doc);
    // (the line is the measure: no walk over the document first)
    if (line.length > MAX_DOCUMENT_CHARS) return { seq, error: tooLargeMessage(), code: RESULT_TOO_LARGE };
    return { seq, line };
  } catch (err) {
    return { seq, error: `result too large to write (${err instanceof Error ? err.message : String(err)})`, code: RESULT_TOO_LARGE };
  }
}

/** Extracts one document; an error is a result, not a throw. */
export function runJob(job: Job, g: Gazetteer, profiles: ReadonlyMap<string, SiteProfile>): JobResult {
  try {
    const profile = job.profileKey ? profiles.get(job.profileKey) : undefined;
    const doc = extractDocument(job.id, job.text, g, { ...job.options, ...(profile ? { profile } : {}) });
    if (job.asLine) return lineResult(job.seq, doc);
    // checked here: posted, a document too big to write would be copied into the main thread and could exhaust its heap
    const tooLarge = tooLargeToWrite(doc);
    if (tooLarge) return { seq: job.seq, error: tooLarge, code: RESULT_TOO_LARGE };
    return { seq: job.seq, doc };
  } catch (err) {
    return { seq: job.seq, error: err instanceof Error ? err.message : String(err) };
  }
}
