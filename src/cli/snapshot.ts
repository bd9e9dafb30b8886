/**
 * V8's startup snapshot of the CLI, dist/bundle/rasid.blob (made by scripts/bundle.mjs; bin/rasid
 * starts from it when it can). At build time the bundle is loaded and run on the fixtures, and the
 * heap is saved: a start then finds the functions compiled and the regexes and tables the pipeline
 * builds on first use already built, which a start from the code cache (start.cts) does anew. The
 * snapshot holds code, not data: the articles' words and the gazetteer are dropped before it is
 * saved (the gazetteer is read from its cache in some 20 ms; restored from a snapshot it took 170).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { forgetHijriFormat } from '../extract/dates/calendar.js';
import { forgetWords } from '../extract/tokens.js';
import { forgetGazetteer, loadGazetteer } from '../lexicon/load.js';
import { extractDocument } from '../pipeline.js';

/**
 * Build time: the pipeline run on `files` and their documents serialised (its code compiled), then
 * what it kept dropped: the articles' words, the gazetteer, and the Hijri calendar's format (V8
 * cannot save an Intl object).
 */
export function warmUpForSnapshot(files: readonly string[]): void {
  const g = loadGazetteer();
  for (const f of files) JSON.stringify(extractDocument(basename(f), readFileSync(f, 'utf8'), g));
  forgetWords();
  forgetGazetteer();
  forgetHijriFormat();
}

/** The snapshot this process started from (`node --snapshot-blob FILE`), if any. */
function blobOfThisProcess(): string | undefined {
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--snapshot-blob') return args[i + 1];
    if (args[i]!.startsWith('--snapshot-blob=')) return args[i]!.slice('--snapshot-blob='.length);
  }
  return undefined;
}

/**
 * At start, restored: the CLI on this process's arguments (`node --snapshot-blob FILE ARGS…` has no
 * script among them). A snapshot restored from another place than it was saved at (the install
 * moved, and the paths it holds to the lexicon and caches with it) starts its own install's bundle
 * from the code cache instead, as bin/rasid.mjs does.
 */
export function startFromSnapshot(savedAt: string, main: (argv: string[]) => Promise<void>): void {
  const argv = [process.argv[0]!, 'rasid', ...process.argv.slice(1)];
  const blob = blobOfThisProcess();
  const moved = blob !== undefined && resolve(blob) !== savedAt;
  if (process.env.RASID_DEBUG) process.stderr.write(moved ? `rasid: startup snapshot saved at ${savedAt}, restored from ${blob}: the bundle is started from the code cache\n` : 'rasid: started from the startup snapshot\n');
  const ownStart = (): Promise<void> => {
    const start = join(dirname(resolve(blob!)), '..', 'cli', 'start.cjs');
    try {
      return (createRequire(start)(start) as { bundle(): { main(argv: string[]): Promise<void> } }).bundle().main(argv);
    } catch (err) {
      return Promise.reject(new Error(`startup snapshot ${blob} is away from its install (${start}: ${(err as NodeJS.ErrnoException).code ?? String(err)}); run bin/rasid`));
    }
  };
  const run = moved ? ownStart() : main(argv);
  run.catch((err: unknown) => {
    process.stderr.write(`rasid: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
}
