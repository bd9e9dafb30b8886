import type { Command } from 'commander';
import * as z from 'zod/mini';
import { oneOf, text, flag, wholeNumber } from '../options.js';
import { buildTimeline } from '../../export/timeline.js';
import { jsonlLine, jsonOutput } from '../../export/json.js';
import { loadGazetteer, type Gazetteer } from '../../lexicon/load.js';
import { extractDocument } from '../../pipeline.js';
import type { Document, TimelineRow } from '../../schema.js';
import { TOOL_VERSION } from '../../version.js';
import { describe, EXIT, report, Tally, UsageError } from '../errors.js';
import { collectInputs, readText } from '../inputs.js';
import { learnProfiles, profileFor, profileKeyOf } from '../profiles.js';
import { checkOut, writeAtomic } from '../io.js';
import { jsonChunks, RESULT_TOO_LARGE, tooLargeToWrite } from '../output.js';
import { inputBytes, threadsFor } from '../thread-count.js';
import { once } from 'node:events';
import { holdMainYoungGeneration } from '../young-generation.js';

const optionsSchema = z.object({
  format: oneOf(['json', 'jsonl', 'csv', 'html']),
  out: z.optional(z.string()),
  docDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'), z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date'))),
  glob: text('**/*.txt'),
  learn: flag(true),
  // (no default here: without --jobs, the threads follow the input's size, threadsFor)
  jobs: z.optional(wholeNumber(1, 256)),
  input: oneOf(['paths', 'jsonl']),
  progress: flag(true),
});

type Options = z.infer<typeof optionsSchema>;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('people, places, dates and meetings from Arabic news articles')
    .argument('[paths...]', 'files, folders (recursive) or - for stdin')
    .option('-f, --format <format>', 'json | jsonl | csv (the timeline) | html (the timeline as one self-contained page)', 'json')
    .option('-o, --out <file>', 'write here instead of stdout')
    .option('--doc-date <YYYY-MM-DD>', 'the date of articles that state none')
    .option('--glob <pattern>', 'files to take from folders', '**/*.txt')
    .option('--no-learn', 'do not learn site boilerplate from the other articles in the same folder')
    .option('-j, --jobs <n>', 'threads (default: one per 8 MB of input, up to the number of cores; on stdin, the number of cores)')
    .option('--input <kind>', 'paths (files and folders) | jsonl ({"id","text","date"?} lines on stdin, one Document per line out)', 'paths')
    .option('--no-progress', 'no progress bar on a terminal')
    .addHelpText('after', EXTRACT_HELP)
    .action(async (paths: string[], raw: unknown) => {
      const opts = optionsSchema.parse(raw);
      holdMainYoungGeneration();
      if (opts.input === 'jsonl') {
        if (paths.length) throw new UsageError('--input jsonl reads stdin: give no paths');
        process.exitCode = await runJsonlInput(opts);
        return;
      }
      if (!paths.length) throw new UsageError('give at least one file or folder (or - for stdin)');
      const code = await runExtract(paths, opts);
      process.exitCode = code;
    });
}

const EXTRACT_HELP = `
Bad inputs never stop the run: each gets one line on stderr (rasid: FILE: message), and a summary
line counts the files:
  ok       a document is in the output (also for an empty or whitespace-only file, with a warning,
           and for an article with nothing to find); the number of documents written
  skipped  not text, left out, not an error: a binary file (NUL bytes), UTF-32
  failed   not found, a broken symlink or a loop, not a regular file, cannot be read, or extraction
           failed on it
The same file reached twice is read once. Exit codes: 0 nothing failed, 1 some files failed (the
others are written), 2 usage error (nothing is read). --out is written whole at the end or not at all.`;

async function runExtract(paths: string[], opts: Options): Promise<number> {
  const { files, problems, notes } = collectInputs(paths, opts.glob);
  if (opts.out) checkOut(opts.out, paths, files, opts.glob);
  // with worker threads, this thread needs the lexicon only for the timeline (not for JSONL)
  let gazetteer: Gazetteer | undefined;
  const lexicon = (): Gazetteer => (gazetteer ??= loadGazetteer());
  const tally = new Tally();
  for (const p of problems) {
    report(p.id, p.message);
    tally.failed++;
  }
  for (const n of notes) report(n.id, n.message);

  // documents go to the threads (worker threads and this one); results come back in any order and are written in input order.
  // The workers start first, and this thread waits until they have compiled (young-generation.ts);
  // they load the lexicon while it learns the site profiles
  const jobs = Math.min(opts.jobs ?? threadsFor(inputBytes(files)), files.length);
  const pool = jobs > 1 ? await startPool(jobs, lexicon) : null;
  await pool?.ready();
  const profiles = opts.learn ? learnProfiles(files) : new Map();
  pool?.shareProfiles(profiles);
  // JSONL goes to stdout as each file finishes; to --out, like every format, all at once at the end
  const jsonl = opts.format === 'jsonl' ? (opts.out ? ([] as string[]) : process.stdout) : null;
  const docs: Document[] = [];
  const bar = await progressBar(opts.progress, files.length);
  const say = (id: string, message: string): void => (bar ? bar.log(`rasid: ${id}: ${message}\n`) : report(id, message));

  interface Outcome {
    id: string;
    doc?: Document;
    /** For JSONL from worker threads: the line, serialised there. */
    line?: string;
    failure?: { skipped: boolean; message: string };
    warnings: string[];
  }
  const work = async (f: (typeof files)[number]): Promise<Outcome> => {
    holdMainYoungGeneration();
    const read = readText(f);
    if (read.kind !== 'text') return { id: f.id, failure: { skipped: read.kind === 'skipped', message: read.message }, warnings: [] };
    const profile = profileFor(profiles, f);
    const options = {
      ...(opts.docDate ? { docDate: opts.docDate } : {}),
      encoding: read.encoding,
      warnings: read.warnings,
    };
    try {
      const profileKey = profile ? profileKeyOf(f) : undefined;
      if (pool && jsonl) return { id: f.id, line: await pool.extractLine(f.id, read.text, options, profileKey), warnings: read.warnings };
      const doc = pool
        ? await pool.extract(f.id, read.text, options, profileKey)
        : extractDocument(f.id, read.text, lexicon(), { ...options, ...(profile ? { profile } : {}) });
      const tooLarge = pool ? null : tooLargeToWrite(doc); // (a worker checks its own)
      if (tooLarge) return { id: f.id, failure: { skipped: false, message: tooLarge }, warnings: read.warnings };
      return { id: f.id, doc, warnings: read.warnings };
    } catch (err) {
      const message = (err as { code?: string }).code === RESULT_TOO_LARGE ? describe(err) : `extraction failed: ${describe(err)}`;
      return { id: f.id, failure: { skipped: false, message }, warnings: read.warnings };
    }
  };
  const emit = (o: Outcome): void => {
    bar?.increment();
    for (const w of o.warnings) say(o.id, w);
    if (o.failure) {
      say(o.id, o.failure.message);
      if (o.failure.skipped) tally.skipped++;
      else tally.failed++;
      return;
    }
    // a document too big to serialise (V8 strings stop at ~512 M characters) fails alone, not the run
    let line: string;
    try {
      line = o.line ?? jsonlLine(o.doc!);
    } catch (err) {
      say(o.id, `result too large to write (${describe(err)})`);
      tally.failed++;
      return;
    }
    tally.ok++;
    if (Array.isArray(jsonl)) jsonl.push(line);
    else if (jsonl) jsonl.write(line);
    else docs.push(o.doc!);
  };
  const inflight: Array<Promise<Outcome>> = [];
  for (const f of files) {
    inflight.push(work(f));
    if (inflight.length >= Math.max(1, jobs * 4)) {
      emit(await inflight.shift()!);
      if (jsonl === process.stdout) await drained();
    }
  }
  while (inflight.length) emit(await inflight.shift()!);
  bar?.stop();
  await pool?.close();

  let code = tally.exitCode();
  if (!jsonl) {
    let timeline: TimelineRow[] = [];
    try {
      timeline = buildTimeline(docs, lexicon());
    } catch (err) {
      // the documents are the results: a timeline that cannot be built must not take them along
      if (opts.format !== 'json') throw err;
      report('timeline', `not built (${describe(err)}): the documents are written without it`);
      code = EXIT.someFailed;
    }
    let data: string | Iterable<string>;
    if (opts.format === 'csv') data = (await import('../../export/csv.js')).timelineCsv(timeline);
    else if (opts.format === 'html') data = (await import('../../export/html.js')).timelineHtml(docs, timeline, { version: TOOL_VERSION, lexiconVersion: lexicon().version });
    else {
      const meta = {
        tool: 'rasid' as const,
        version: TOOL_VERSION,
        lexiconVersion: lexicon().version,
        options: { format: opts.format, docDate: opts.docDate ?? null, glob: opts.glob, learn: opts.learn },
      };
      try {
        data = jsonOutput(meta, docs, timeline);
      } catch (err) {
        // too big for one string: the same bytes, one document at a time
        if (!(err instanceof RangeError)) throw err;
        data = jsonChunks({ meta, documents: docs, timeline });
      }
    }
    if (opts.out) code = writeOut(opts.out, data, code);
    else for (const chunk of typeof data === 'string' ? [data] : data) process.stdout.write(chunk);
  } else if (Array.isArray(jsonl)) code = writeOut(opts.out!, jsonl, code);
  process.stderr.write(tally.summary());
  return code;
}

/** Writes --out whole or not at all; a failure is one line and exit 1, never a half-written file. */
function writeOut(out: string, data: string | Iterable<string>, code: number): number {
  try {
    writeAtomic(out, data);
    return code;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    report(`--out ${out}`, `cannot write (${e.code ?? describe(err)}): nothing written`);
    return EXIT.someFailed;
  }
}

/** `--input jsonl`: one JSON document per line in, one Document per line out, in order. */
async function runJsonlInput(opts: Options): Promise<number> {
  const tally = new Tally();
  let gazetteer: Gazetteer | undefined;
  const lexicon = (): Gazetteer => (gazetteer ??= loadGazetteer());
  const jobs = opts.jobs ?? threadsFor(undefined);
  const pool = jobs > 1 ? await startPool(jobs, lexicon) : null;
  await pool?.ready();
  type Outcome = { line: number; id: string; doc?: Document; jsonl?: string; error?: string };
  const inflight: Array<Promise<Outcome>> = [];
  const emit = (o: Outcome): void => {
    if (o.error) {
      report(`stdin:${o.line}${o.id ? ` (${o.id})` : ''}`, o.error);
      tally.failed++;
    } else {
      let line: string;
      try {
        line = o.jsonl ?? jsonlLine(o.doc!);
      } catch (err) {
        report(`stdin:${o.line} (${o.id})`, `result too large to write (${describe(err)})`);
        tally.failed++;
        return;
      }
      tally.ok++;
      process.stdout.write(line);
    }
  };
  const { readJsonlInput } = await import('../jsonl-input.js');
  for await (const item of readJsonlInput(process.stdin)) {
    holdMainYoungGeneration();
    if ('error' in item) {
      inflight.push(Promise.resolve({ line: item.line, id: '', error: item.error }));
    } else {
      const { id, text, date } = item.doc;
      const docDate = date ?? opts.docDate;
      const options = docDate ? { docDate } : {};
      inflight.push(
        (pool ? pool.extractLine(id, text, options).then((jsonl) => ({ jsonl })) : Promise.resolve({ doc: extractDocument(id, text, lexicon(), options) }))
          .then((done): Outcome => ({ line: item.line, id, ...done }))
          .catch((err: unknown) => ({ line: item.line, id, error: (err as { code?: string }).code === RESULT_TOO_LARGE ? describe(err) : `extraction failed: ${describe(err)}` })),
      );
    }
    if (inflight.length >= Math.max(1, jobs * 4)) {
      emit(await inflight.shift()!);
      await drained();
    }
  }
  while (inflight.length) emit(await inflight.shift()!);
  await pool?.close();
  process.stderr.write(tally.summary());
  return tally.exitCode();
}

/** The threads (worker threads loaded only when there are some). */
async function startPool(jobs: number, lexicon: () => Gazetteer): Promise<import('../pool.js').ExtractPool> {
  const { ExtractPool } = await import('../pool.js');
  return new ExtractPool(jobs, lexicon);
}

/** Output not yet taken by a slow reader of stdout holds reading more input back (resolves at once when none is pending). */
async function drained(): Promise<void> {
  if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
}

/** A progress bar on stderr, only on a terminal, for more than one file. */
async function progressBar(wanted: boolean, total: number): Promise<{ increment(): void; log(s: string): void; stop(): void } | null> {
  if (!wanted || total < 2 || !process.stderr.isTTY) return null;
  const { MultiBar, Presets } = await import('cli-progress');
  const multi = new MultiBar(
    { stream: process.stderr, format: 'rasid {bar} {value}/{total} files {eta_formatted}', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  const bar = multi.create(total, 0);
  return { increment: () => bar.increment(), log: (s) => multi.log(s), stop: () => multi.stop() };
}
