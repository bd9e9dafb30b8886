/** Helpers for the robustness tests: fresh folders, the CLI run asynchronously, injected faults. */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, FIXTURES, ROOT, binEnv, fixtureFiles, slice } from '../helpers.js';

export { BIN, FIXTURES, ROOT, binEnv, fixtureFiles, slice };

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A fresh, empty folder for one test. */
export function freshDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `rasid-robust-${label}-`));
}

/** A short article that names people, a place and a meeting (so that it always yields something). */
export const ARTICLE = 'التقى الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف في موسكو يوم 9 أبريل 2025.\n';

/** The fixture articles, as text, in order. */
export function fixtureTexts(): string[] {
  return fixtureFiles().map((f) => readFileSync(f, 'utf8'));
}

/** Copies the fixture articles into a folder under their own names. */
export function copyFixtures(dir: string): string[] {
  const names: string[] = [];
  for (const f of fixtureFiles()) {
    const name = f.split('/').pop()!;
    writeFileSync(join(dir, name), readFileSync(f));
    names.push(name);
  }
  return names;
}

export interface AsyncResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/**
 * Runs the built CLI without blocking the test worker; `timeoutMs` kills it (SIGKILL) and says so.
 * `stdin` names a file to read on stdin; `onSpawn` gets the child, to signal it mid-run.
 */
export function runCliAsync(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; stdin?: string; onSpawn?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<AsyncResult> {
  const started = performance.now();
  const stdin = options.stdin ? openSync(options.stdin, 'r') : 'ignore';
  const child = spawn(BIN, args, {
    cwd: options.cwd ?? ROOT,
    env: binEnv(options.env),
    stdio: [stdin, 'pipe', 'pipe'],
  });
  if (typeof stdin === 'number') closeSync(stdin); // (the child has its own)
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs)
    : undefined;
  options.onSpawn?.(child);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - started,
        timedOut,
      });
    });
  });
}

/** The lines rasid printed about one input (`rasid: <id>: …`). */
export function linesAbout(stderr: string, id: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith(`rasid: ${id}: `));
}

/** The summary line's counts. */
export function summary(stderr: string): { ok: number; skipped: number; failed: number } {
  const m = /^rasid: (\d+) ok, (\d+) skipped, (\d+) failed$/mu.exec(stderr);
  if (!m) throw new Error(`no summary line in:\n${stderr}`);
  return { ok: Number(m[1]), skipped: Number(m[2]), failed: Number(m[3]) };
}

/** Leftover temporary files of atomic writes in a folder. */
export function tmpFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

/**
 * A module for `NODE_OPTIONS=--import …` that patches node:fs in the CLI's process, to make faults
 * that root (which CI runs as) cannot make with permissions: `body` runs with `fs` in scope.
 */
export function preload(dir: string, body: string): Record<string, string> {
  const file = join(dir, `preload-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, `import fs from 'node:fs';\nimport { syncBuiltinESMExports } from 'node:module';\n${body}\nsyncBuiltinESMExports();\n`);
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${JSON.stringify(file).slice(1, -1)}`.trim() };
}

/** Every span a document reports: entity mentions, dates, boilerplate, event triggers and evidence. */
export function spansOf(doc: {
  entities: Array<{ mentions: Array<{ text: string; start: number; end: number }> }>;
  dates: Array<{ text: string; start: number; end: number }>;
  boilerplate: Array<{ text: string; start: number; end: number }>;
  events: Array<{ trigger: { text: string; start: number; end: number }; evidence: { text: string; start: number; end: number } }>;
  headline: { text: string; start: number; end: number } | null;
}): Array<{ text: string; start: number; end: number }> {
  return [
    ...doc.entities.flatMap((e) => e.mentions),
    ...doc.dates,
    ...doc.boilerplate,
    ...doc.events.flatMap((e) => [e.trigger, e.evidence]),
    ...(doc.headline ? [doc.headline] : []),
  ];
}

/** A minimal RFC 4180 reader (quoted cells, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
