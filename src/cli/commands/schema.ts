import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of `rasid extract --format json` output')
    .action(async () => {
      const { outputJsonSchema } = await import('../json-schema.js');
      process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    });
}
