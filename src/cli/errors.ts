/** One place that maps error codes to exit codes and prints one clear line. */
import { ZodError } from 'zod';

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export class UsageError extends Error {
  readonly code = 'USAGE';
}

export class LexiconError extends Error {
  readonly code = 'LEXICON';
}

export function exitCodeFor(err: unknown): number {
  const code = (err as { code?: string } | null)?.code;
  if (err instanceof ZodError || code === 'USAGE' || code?.startsWith('commander.')) return EXIT.usage;
  if (code === 'LEXICON') return EXIT.someFailed;
  return EXIT.someFailed;
}

export function describe(err: unknown): string {
  if (err instanceof ZodError) {
    return err.issues.map((i) => `${i.path.length ? `--${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ''}${i.message}`).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}

export function handleError(err: unknown): never {
  process.stderr.write(`rasid: ${describe(err)}\n`);
  process.exit(exitCodeFor(err));
}
