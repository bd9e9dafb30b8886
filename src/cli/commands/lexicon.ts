import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { AnercorpType } from '../../lexicon/import-anercorp.js';
import { COMPILED_PATH, loadGazetteer, SOURCES_DIR, writeLexiconCache } from '../../lexicon/load.js';
import { decode } from '../../normalise/decode.js';
import { collectInputs } from '../inputs.js';
import { LexiconError } from '../errors.js';
import { writeAtomic } from '../io.js';
import * as z from 'zod/mini';
import { text, wholeNumber } from '../options.js';

const dirOptions = z.object({ sources: text(SOURCES_DIR), out: text(COMPILED_PATH) });
const mineOptions = z.object({ min: wholeNumber(1), type: z.enum(['person', 'place']), out: z.optional(z.string()), glob: z.string() });
const importOptions = z.extend(dirOptions, { heldOut: z.pipe(z.coerce.number(), z.number().check(z.minimum(0), z.maximum(0.9))) });

/** The lexicon tooling, loaded when a lexicon command runs, not at every start of the CLI. */
async function tooling() {
  const [compile, anercorp, sources, mine] = await Promise.all([
    import('../../lexicon/compile.js'),
    import('../../lexicon/import-anercorp.js'),
    import('../../lexicon/sources.js'),
    import('../../lexicon/mine.js'),
  ]);
  const checkedSources = (dir: string): ReturnType<typeof sources.loadSources> => {
    const loaded = sources.loadSources(dir);
    if (loaded.problems.length) {
      for (const p of loaded.problems) process.stderr.write(`${sources.formatProblem(p)}\n`);
      throw new LexiconError(`${loaded.problems.length} problem(s) in the lexicon sources; nothing was built`);
    }
    return loaded;
  };
  return { checkedSources, ...compile, ...anercorp, ...mine };
}

/** The cache that start-up reads, made anew with the compiled lexicon (a cache that cannot be written is only slower). */
function refreshLexiconCache(): void {
  try {
    writeLexiconCache();
  } catch {
    // a stale cache is never read: the compiled file's size and time no longer match it
  }
}

export function registerLexicon(program: Command): void {
  const lexicon = program.command('lexicon').description('build, check and extend the lexicons');

  lexicon
    .command('build')
    .description('regenerate the compiled lexicon from lexicons/sources (deterministic)')
    .option('--sources <dir>', 'sources folder')
    .option('--out <file>', 'compiled file to write')
    .action(async (raw) => {
      const opts = dirOptions.parse(raw);
      const { checkedSources, compileLexicon, serialiseLexicon } = await tooling();
      const loaded = checkedSources(opts.sources);
      const lex = compileLexicon(loaded);
      mkdirSync(dirname(opts.out), { recursive: true });
      writeAtomic(opts.out, serialiseLexicon(lex));
      if (resolve(opts.out) === COMPILED_PATH) refreshLexiconCache();
      process.stderr.write(`lexicon ${lex.version}: ${lex.entities.length} entities, ${lex.surfaces.length} surface forms → ${opts.out}\n`);
    });

  lexicon
    .command('check')
    .description('validate the lexicon sources; every problem as file:line: message')
    .option('--sources <dir>', 'sources folder')
    .action(async (raw) => {
      const opts = dirOptions.parse(raw);
      const { checkedSources } = await tooling();
      const loaded = checkedSources(opts.sources);
      process.stderr.write(`ok: ${loaded.entries.length} entries in ${loaded.files.length} files\n`);
    });

  lexicon
    .command('mine <paths...>')
    .description('propose people and places the patterns find but the lexicon lacks (TSV to review and append)')
    .option('--min <count>', 'propose names seen at least this often', '1')
    .option('--type <type>', 'person or place', 'person')
    .option('--out <file>', 'write here instead of stdout')
    .option('--glob <pattern>', 'files to take from folders', '**/*.txt')
    .action(async (paths: string[], raw) => {
      const opts = mineOptions.parse(raw);
      const { Miner, proposalsTsv } = await tooling();
      const miner = new Miner(loadGazetteer());
      const { files, problems } = collectInputs(paths, opts.glob);
      for (const p of problems) process.stderr.write(`rasid: ${p.id}: ${p.message}\n`);
      for (const f of files) {
        try {
          miner.add(f.id, decode(readFileSync(f.path ?? 0)).text);
        } catch (err) {
          process.stderr.write(`rasid: ${f.id}: ${(err as Error).message}\n`);
        }
      }
      const proposals = miner.proposals(opts.min);
      const tsv = proposalsTsv(proposals, opts.type);
      if (opts.out) writeAtomic(opts.out, tsv);
      else process.stdout.write(tsv);
      process.stderr.write(`${proposals.filter((p) => p.type === opts.type).length} ${opts.type} proposal(s) from ${files.length} file(s)\n`);
      if (problems.length) process.exitCode = 1;
    });

  lexicon
    .command('import-anercorp <conll>')
    .description('derive the common-word and first-name lists, and person, place and org sources, from an ANERcorp CoNLL file')
    .option('--held-out <fraction>', 'fraction of the file (its tail) left out for evaluation', '0.1')
    .option('--sources <dir>', 'sources folder')
    .action(async (conll, raw) => {
      const opts = importOptions.parse(raw);
      const { ANERCORP_SOURCE_FILE, anercorpSourceFile, deriveAnercorpLists, deriveAnercorpNames, nameImportContext, wordListFile } = await tooling();
      readFileSync(conll); // a clear error if it cannot be read
      const lists = deriveAnercorpLists(conll, opts.heldOut);
      const dir = join(opts.sources, 'words');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'common-words.txt'), wordListFile('Words almost never part of a name in news text.', lists.commonWords, lists.tokensUsed));
      writeFileSync(join(dir, 'first-names-anercorp.txt'), wordListFile('Tokens that open a multi-word person name.', lists.firstNames, lists.tokensUsed));
      process.stderr.write(`${lists.commonWords.length} common words, ${lists.firstNames.length} first names from ${lists.tokensUsed} tokens\n`);

      // names: everything the other source files (and the word lists just written) already cover is left out
      const names = deriveAnercorpNames(conll, { heldOutFraction: opts.heldOut, ...nameImportContext(opts.sources) });
      const counts: string[] = [];
      for (const type of ['person', 'place', 'org'] as AnercorpType[]) {
        mkdirSync(join(opts.sources, type), { recursive: true });
        writeFileSync(join(opts.sources, type, ANERCORP_SOURCE_FILE), anercorpSourceFile(type, names.names, names.tokensUsed));
        counts.push(`${names.names.filter((n) => n.type === type).length} ${type === 'person' ? 'people' : type === 'place' ? 'places' : 'organisations'}`);
      }
      const why = Object.entries(names.skipped).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      process.stderr.write(`${counts.join(', ')} → ${opts.sources}/*/${ANERCORP_SOURCE_FILE} (left out: ${why}); run \`rasid lexicon check && rasid lexicon build\`\n`);
    });
}
