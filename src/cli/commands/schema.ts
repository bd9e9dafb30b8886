import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of `rasid extract --format json` output')
    .action(async () => {
      const { outputSchema } = await import('../../schema.js');
      const { z } = await import('zod');
      process.stdout.write(`${JSON.stringify(z.toJSONSchema(outputSchema), null, 2)}\n`);
    });
}
