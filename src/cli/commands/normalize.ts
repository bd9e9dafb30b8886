import type { Command } from 'commander';
import * as z from 'zod/mini';
import { flag, oneOf, text } from '../options.js';
import { keptLines, lineSpan, normaliseDocument } from '../../normalise/index.js';
import { isoDay } from '../../extract/dates/calendar.js';
import { describe, report, Tally } from '../errors.js';
import { collectInputs, readText } from '../inputs.js';
import { learnProfiles, profileFor } from '../profiles.js';

const optionsSchema = z.object({
  format: oneOf(['text', 'json']),
  show: flag(false),
  glob: text('**/*.txt'),
  learn: flag(true),
});

export function registerNormalize(program: Command): void {
  program
    .command('normalize')
    .alias('normalise')
    .description('strip site boilerplate; print the cleaned text, or --format json for ranges, date and sentences')
    .argument('<paths...>', 'files, folders or - for stdin')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--show', 'print the original with stripped lines dimmed and the reason beside them')
    .option('--glob <pattern>', 'files to take from folders', '**/*.txt')
    .option('--no-learn', 'do not learn site boilerplate from the other articles in the same folder')
    .action(async (paths: string[], raw: unknown) => {
      const opts = optionsSchema.parse(raw);
      // colour only on a terminal, never with NO_COLOR
      const { Chalk } = await import('chalk');
      const chalk = new Chalk({ level: process.stdout.isTTY && !process.env.NO_COLOR ? 1 : 0 });
      const { files, problems, notes } = collectInputs(paths, opts.glob);
      const tally = new Tally();
      const profiles = opts.learn ? learnProfiles(files) : new Map();
      for (const p of problems) {
        report(p.id, p.message);
        tally.failed++;
      }
      for (const n of notes) report(n.id, n.message);
      for (const f of files) {
        const read = readText(f);
        if (read.kind !== 'text') {
          report(f.id, read.message);
          if (read.kind === 'skipped') tally.skipped++;
          else tally.failed++;
          continue;
        }
        for (const w of read.warnings) report(f.id, w);
        const { text, encoding } = read;
        const profile = profileFor(profiles, f);
        let doc: ReturnType<typeof normaliseDocument>;
        try {
          doc = normaliseDocument(text, profile ? { profile } : {});
        } catch (err) {
          report(f.id, `normalisation failed: ${describe(err)}`);
          tally.failed++;
          continue;
        }
        tally.ok++;
        const stripped = new Map(doc.boilerplate.map((b) => [b.start, b]));
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify({
            id: f.id,
            encoding,
            docDate: doc.docDate ? { value: isoDay(doc.docDate.date), source: doc.docDate.source } : null,
            headline: doc.headline ? doc.source.mention(doc.headline.start, doc.headline.end) : null,
            dateline: doc.dateline ? { ...doc.dateline, text: doc.source.slice(doc.dateline.start, doc.dateline.end) } : null,
            kept: keptLines(doc).map((k) => ({ ...k, text: doc.source.slice(k.start, k.end) })),
            boilerplate: doc.boilerplate,
            sentences: doc.sentences.map((s) => doc.source.mention(s.start, s.end)),
          })}\n`);
          continue;
        }
        const lines: string[] = [];
        for (const l of doc.lines) {
          const { start, end } = lineSpan(doc.source, l);
          const original = doc.source.slice(start, end);
          const b = stripped.get(start);
          if (opts.show) lines.push(b ? `${chalk.dim(original)}  ${chalk.yellow(`[${b.reason}]`)}` : original);
          else if (!b) lines.push(original);
        }
        process.stdout.write(`${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`);
      }
      process.stderr.write(tally.summary());
      process.exitCode = tally.exitCode();
    });
}
