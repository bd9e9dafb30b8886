import { createWriteStream, existsSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { buildTimeline } from '../../export/timeline.js';
import { timelineCsv } from '../../export/csv.js';
import { timelineHtml } from '../../export/html.js';
import { jsonlLine, jsonOutput } from '../../export/json.js';
import { loadGazetteer } from '../../lexicon/load.js';
import { decode } from '../../normalise/decode.js';
import { extractDocument } from '../../pipeline.js';
import type { Document } from '../../schema.js';
import { TOOL_VERSION } from '../../version.js';
import { EXIT, UsageError } from '../errors.js';
import { collectInputs } from '../inputs.js';
import { learnProfiles, profileFor } from '../profiles.js';
import { writeAtomic } from '../io.js';

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
    .action(async (paths: string[], raw: unknown) => {
      const opts = optionsSchema.parse(raw);
      const code = await runExtract(paths, opts);
      process.exitCode = code;
    });
}

type Options = z.infer<typeof optionsSchema>;

async function runExtract(paths: string[], opts: Options): Promise<number> {
  if (opts.out) checkOut(opts.out, paths);
  const g = loadGazetteer();
  const { files, problems } = collectInputs(paths, opts.glob);
  let failed = 0;
  let skipped = 0;
  for (const p of problems) {
    process.stderr.write(`rasid: ${p.id}: ${p.message}\n`);
    failed++;
  }

  const profiles = opts.learn ? learnProfiles(files) : new Map();
  const tmp = opts.out ? `${resolve(opts.out)}.${process.pid}.tmp` : null;
  const jsonl = opts.format === 'jsonl' ? (tmp ? createWriteStream(tmp) : process.stdout) : null;
  const docs: Document[] = [];
  try {
    for (const f of files) {
      let bytes: Buffer;
      try {
        bytes = f.path === null ? readFileSync(0) : readFileSync(f.path);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        process.stderr.write(`rasid: ${f.id}: cannot read (${e.code === 'EISDIR' ? 'a folder' : e.code ?? e.message})\n`);
        failed++;
        continue;
      }
      let doc: Document;
      try {
        const decoded = decode(bytes);
        for (const w of decoded.warnings) process.stderr.write(`rasid: ${f.id}: ${w}\n`);
        if (!decoded.text.trim()) {
          process.stderr.write(`rasid: ${f.id}: empty file\n`);
        }
        const profile = profileFor(profiles, f);
        doc = extractDocument(f.id, decoded.text, g, {
          ...(opts.docDate ? { docDate: opts.docDate } : {}),
          ...(profile ? { profile } : {}),
          encoding: decoded.encoding,
          warnings: decoded.warnings,
        });
      } catch (err) {
        const e = err as Error & { code?: string };
        process.stderr.write(`rasid: ${f.id}: ${e.message}\n`);
        if (e.code === 'BINARY_INPUT') skipped++;
        else failed++;
        continue;
      }
      if (jsonl) jsonl.write(jsonlLine(doc));
      else docs.push(doc);
    }
    if (jsonl && jsonl !== process.stdout) await new Promise<void>((res, rej) => (jsonl as ReturnType<typeof createWriteStream>).end((e?: Error) => (e ? rej(e) : res())));
    if (tmp && jsonl) renameSync(tmp, resolve(opts.out!));
  } catch (err) {
    if (tmp) rmSync(tmp, { force: true });
    throw err;
  }

  if (!jsonl) {
    const timeline = buildTimeline(docs, g);
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
    if (opts.out) writeAtomic(resolve(opts.out), data);
    else process.stdout.write(data);
  }
  const ok = files.length - failed - skipped + problems.length;
  process.stderr.write(`rasid: ${ok} ok, ${skipped} skipped, ${failed} failed\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** `--out` must not overwrite an input, and its folder must exist. */
function checkOut(out: string, paths: string[]): void {
  const target = resolve(out);
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) {
    throw new UsageError(`--out ${out}: folder ${dirname(out)} does not exist`);
  }
  const real = existsSync(target) ? realpathSync(target) : target;
  for (const p of paths) {
    if (p === '-' || !existsSync(p)) continue;
    const rp = realpathSync(p);
    if (rp === real || (statSync(rp).isDirectory() && real.startsWith(`${rp}/`) && /\.txt$/u.test(real))) {
      throw new UsageError(`--out ${out}: refusing to overwrite an input`);
    }
  }
}
