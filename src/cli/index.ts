/** The rasid CLI: one command per file under commands/, one error handler. */
import { Command, CommanderError } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerLexicon } from './commands/lexicon.js';
import { registerNormalize } from './commands/normalize.js';
import { registerSchema } from './commands/schema.js';
import { EXIT, handleError } from './errors.js';
import { TOOL_VERSION } from '../version.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('rasid')
    .description('Who met whom, where and when, from Arabic news articles')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  // a reader that stops early (`| head`) is not an error worth a stack trace
  process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(EXIT.someFailed) : handleError(err)));
  registerExtract(program);
  registerNormalize(program);
  registerSchema(program);
  registerLexicon(program);
  (await import('./commands/tag.js')).registerTag(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') process.exit(EXIT.ok);
      process.exit(EXIT.usage);
    }
    handleError(err);
  }
}
