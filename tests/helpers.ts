/** Shared test helpers: the built CLI, the fixtures, the lexicon. */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/lexicon/load.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const BIN = join(ROOT, 'bin', 'rasid');
/** The environment of a run of bin/rasid: its `node` is this process's Node. */
export const binEnv = (env: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', ...env });

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => join(FIXTURES, f));
}

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(BIN, args, {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: binEnv(options.env),
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const gazetteer = (): ReturnType<typeof loadGazetteer> => loadGazetteer();

/** The code-point slice of a text. */
export function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
