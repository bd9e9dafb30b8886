import type { Command } from 'commander';
import { z } from 'zod';
import { outputSchema } from '../../schema.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of `rasid extract --format json` output')
    .action(() => {
      process.stdout.write(`${JSON.stringify(z.toJSONSchema(outputSchema), null, 2)}\n`);
    });
}
