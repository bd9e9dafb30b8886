/** One place that maps error codes to exit codes and prints one clear line. */
import { isZodError } from './options.js';

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export class UsageError extends Error {
  readonly code = 'USAGE';
}

export class LexiconError extends Error {
  readonly code = 'LEXICON';
}

export function exitCodeFor(err: unknown): number {
  const code = (err as { code?: string } | null)?.code;
  if (isZodError(err) || code === 'USAGE' || code?.startsWith('commander.')) return EXIT.usage;
  if (code === 'LEXICON') return EXIT.someFailed;
  return EXIT.someFailed;
}

export function describe(err: unknown): string {
  if (isZodError(err)) {
    return err.issues.map((i) => `${i.path.length ? `--${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ''}${i.message}`).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * Text made safe for one line of a terminal: control characters (a newline in a file name, an
 * escape sequence) and bidi overrides are shown as \uXXXX, so a name can neither break the line
 * nor reorder it. Arabic letters are left alone.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A message on one line: line breaks inside it become spaces, other control characters are escaped. */
export function oneLine(message: string): string {
  return printable(message.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ').trim());
}

/** The one line about one input (or about `--out`): `rasid: <what>: <message>`. */
export function report(what: string, message: string): void {
  process.stderr.write(`rasid: ${printable(what)}: ${oneLine(message)}\n`);
}

/**
 * What happened to the inputs of a run, one count per distinct input file:
 * - ok: read and turned into a document in the output (an empty or whitespace-only file and an
 *   article with nothing to find are ok: their document is there, empty);
 * - skipped: not text, deliberately left out, not an error (a binary file, with NUL bytes);
 * - failed: cannot be found or read, or extraction failed on it; the run exits 1.
 * ok always equals the number of documents written. The same file given twice counts once.
 */
export class Tally {
  ok = 0;
  skipped = 0;
  failed = 0;

  summary(): string {
    return `rasid: ${this.ok} ok, ${this.skipped} skipped, ${this.failed} failed\n`;
  }

  exitCode(): number {
    return this.failed > 0 ? EXIT.someFailed : EXIT.ok;
  }
}

export function handleError(err: unknown): never {
  process.stderr.write(`rasid: ${oneLine(describe(err))}\n`);
  if (process.env.RASID_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(exitCodeFor(err));
}
