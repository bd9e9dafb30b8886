import type { Command } from 'commander';
import { z } from 'zod';
import { buildTimeline } from '../../export/timeline.js';
import { timelineCsv } from '../../export/csv.js';
import { timelineHtml } from '../../export/html.js';
import { jsonlLine, jsonOutput } from '../../export/json.js';
import { loadGazetteer } from '../../lexicon/load.js';
import { extractDocument } from '../../pipeline.js';
import type { Document, TimelineRow } from '../../schema.js';
import { TOOL_VERSION } from '../../version.js';
import { describe, EXIT, report, Tally } from '../errors.js';
import { collectInputs, readText } from '../inputs.js';
import { learnProfiles, profileFor } from '../profiles.js';
import { checkOut, writeAtomic } from '../io.js';

const optionsSchema = z.object({
  format: z.enum(['json', 'jsonl', 'csv', 'html']).default('json'),
  out: z.string().optional(),
  docDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date')
    .optional(),
  glob: z.string().default('**/*.txt'),
  learn: z.boolean().default(true),
});

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('people, places, dates and meetings from Arabic news articles')
    .argument('<paths...>', 'files, folders (recursive) or - for stdin')
    .option('-f, --format <format>', 'json | jsonl | csv (the timeline) | html (the timeline as one self-contained page)', 'json')
    .option('-o, --out <file>', 'write here instead of stdout')
    .option('--doc-date <YYYY-MM-DD>', 'the date of articles that state none')
    .option('--glob <pattern>', 'files to take from folders', '**/*.txt')
    .option('--no-learn', 'do not learn site boilerplate from the other articles in the same folder')
    .addHelpText('after', EXTRACT_HELP)
    .action(async (paths: string[], raw: unknown) => {
      const opts = optionsSchema.parse(raw);
      const code = await runExtract(paths, opts);
      process.exitCode = code;
    });
}

type Options = z.infer<typeof optionsSchema>;

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
  const g = loadGazetteer();
  const tally = new Tally();
  for (const p of problems) {
    report(p.id, p.message);
    tally.failed++;
  }
  for (const n of notes) report(n.id, n.message);

  const profiles = opts.learn ? learnProfiles(files) : new Map();
  // JSONL goes to stdout as each file finishes; to --out, like every format, all at once at the end
  const jsonl = opts.format === 'jsonl' ? (opts.out ? ([] as string[]) : process.stdout) : null;
  const docs: Document[] = [];
  for (const f of files) {
    const read = readText(f);
    if (read.kind !== 'text') {
      report(f.id, read.message);
      if (read.kind === 'skipped') tally.skipped++;
      else tally.failed++;
      continue;
    }
    for (const w of read.warnings) report(f.id, w);
    let doc: Document;
    try {
      const profile = profileFor(profiles, f);
      doc = extractDocument(f.id, read.text, g, {
        ...(opts.docDate ? { docDate: opts.docDate } : {}),
        ...(profile ? { profile } : {}),
        encoding: read.encoding,
        warnings: read.warnings,
      });
    } catch (err) {
      report(f.id, `extraction failed: ${describe(err)}`);
      tally.failed++;
      continue;
    }
    tally.ok++;
    if (Array.isArray(jsonl)) jsonl.push(jsonlLine(doc));
    else if (jsonl) jsonl.write(jsonlLine(doc));
    else docs.push(doc);
  }

  let code = tally.exitCode();
  if (!jsonl) {
    let timeline: TimelineRow[] = [];
    try {
      timeline = buildTimeline(docs, g);
    } catch (err) {
      // the documents are the results: a timeline that cannot be built must not take them along
      if (opts.format !== 'json') throw err;
      report('timeline', `not built (${describe(err)}): the documents are written without it`);
      code = EXIT.someFailed;
    }
    let data: string;
    if (opts.format === 'csv') data = timelineCsv(timeline);
    else if (opts.format === 'html') data = timelineHtml(docs, timeline, { version: TOOL_VERSION, lexiconVersion: g.version });
    else {
      const meta = {
        tool: 'rasid' as const,
        version: TOOL_VERSION,
        lexiconVersion: g.version,
        options: { format: opts.format, docDate: opts.docDate ?? null, glob: opts.glob, learn: opts.learn },
      };
      data = jsonOutput(meta, docs, timeline);
    }
    if (opts.out) code = writeOut(opts.out, data, code);
    else process.stdout.write(data);
  } else if (Array.isArray(jsonl)) code = writeOut(opts.out!, jsonl, code);
  process.stderr.write(tally.summary());
  return code;
}

/** Writes --out whole or not at all; a failure is one line and exit 1, never a half-written file. */
function writeOut(out: string, data: string | string[], code: number): number {
  try {
    writeAtomic(out, data);
    return code;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    report(`--out ${out}`, `cannot write (${e.code ?? describe(err)}): nothing written`);
    return EXIT.someFailed;
  }
}
