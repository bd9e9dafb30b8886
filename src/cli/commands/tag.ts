import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import * as z from 'zod/mini';
import { flag, wholeNumber } from '../options.js';
import { ConllScorer, ConllTagger, DEFAULT_CHUNK_TOKENS, formatScore, formatTaggedLine, type TaggedLine } from '../../export/conll.js';
import { loadGazetteer } from '../../lexicon/load.js';
import { EXIT, UsageError } from '../errors.js';

const optionsSchema = z.object({
  conll: z.string({ error: 'required: a CoNLL file, or - for stdin' }).check(z.minLength(1)),
  eval: flag(false),
  output: flag(true),
  chunkTokens: z._default(wholeNumber(1), DEFAULT_CHUNK_TOKENS),
  keepHeads: flag(false),
});

export function registerTag(program: Command): void {
  program
    .command('tag')
    .description('tag a CoNLL token stream (token [TAG] per line) with B-/I- PERS, LOC, ORG and O')
    .option('--conll <file>', 'one token per line, blank lines between sentences; - for stdin')
    .option('--eval', 'the input has gold tags: print entity-level precision, recall and F1 per type on stderr')
    .option('--no-output', 'print no tagged lines (with --eval: the scores only)')
    .option('--keep-heads', 'keep head words inside names ("قطاع غزة"); by default they stay outside, as ANERcorp tags them ("قطاع [غزة]")')
    .option('--chunk-tokens <n>', 'tokens per chunk before the next sentence end', String(DEFAULT_CHUNK_TOKENS))
    .action(async (raw: unknown) => {
      const opts = optionsSchema.parse(raw);
      process.exitCode = await runTag(opts);
    });
}

type Options = z.infer<typeof optionsSchema>;

async function runTag(opts: Options): Promise<number> {
  const g = loadGazetteer();
  const input = opts.conll === '-' ? process.stdin : createReadStream(opts.conll);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === process.stdin) resolve();
    input.once('error', (err: NodeJS.ErrnoException) => reject(new UsageError(`--conll ${opts.conll}: cannot read (${err.code ?? err.message})`)));
    input.once('readable', () => resolve());
  });
  const tagger = new ConllTagger(g, { chunkTokens: opts.chunkTokens, keepHeads: opts.keepHeads });
  const scorer = opts.eval ? new ConllScorer() : null;
  const out = process.stdout;
  let buffer = '';
  const emit = async (lines: TaggedLine[]): Promise<void> => {
    for (const l of lines) {
      scorer?.add(l);
      if (opts.output) buffer += `${formatTaggedLine(l)}\n`;
    }
    if (buffer.length < 1 << 16) return;
    const full = !out.write(buffer);
    buffer = '';
    if (full) await once(out, 'drain');
  };
  await opened;
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) await emit(tagger.push(line));
  await emit(tagger.end());
  if (buffer) out.write(buffer);

  if (scorer) {
    if (!scorer.hasGold) process.stderr.write('rasid: the input has no gold tags: nothing to score\n');
    else process.stderr.write(formatScore(scorer.score()));
  }
  return EXIT.ok;
}
