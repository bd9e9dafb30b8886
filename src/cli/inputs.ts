/**
 * Turning the paths a user gives into a deduplicated, ordered list of files (or stdin), and reading
 * one of them as text. Nothing here throws for a bad input: every problem becomes one message.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { BinaryInputError, decode, type Encoding } from '../normalise/decode.js';
import { describe } from './errors.js';

export interface InputFile {
  /** The path as the user gave it (or as found under a folder they gave); "-" for stdin. */
  id: string;
  path: string | null;
  /** Can be read only once (stdin, a FIFO named on the command line): nothing is learnt from it beforehand. */
  stream?: boolean;
}

export interface InputProblem {
  id: string;
  message: string;
}

export interface Inputs {
  files: InputFile[];
  /** Inputs that cannot be read at all: each is a failed file. */
  problems: InputProblem[];
  /** Things worth a line that are not failures (the same file given twice, a folder with nothing to read). */
  notes: InputProblem[];
}

/**
 * Files from the paths given, in the order given (a folder's files sorted), each file once: the
 * same file reached twice (named twice, named and inside a folder named, through a symlink) is read
 * once, under the first name it was given (inside a folder, under its own path rather than a
 * link's). A FIFO named on the command line is read like stdin; inside a folder, only regular files
 * (and links to them) are read, and anything else that matches the glob is reported.
 */
export function collectInputs(paths: string[], glob: string): Inputs {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const notes: InputProblem[] = [];
  const seen = new Map<string, string>();
  const push = (id: string, path: string | null, stream: boolean): void => {
    const key = path === null ? '-' : realOr(path);
    const first = seen.get(key);
    if (first !== undefined) {
      notes.push({ id, message: first === id ? 'given more than once: read once' : `same file as ${first}: read once` });
      return;
    }
    seen.set(key, id);
    files.push({ id, path, ...(stream ? { stream } : {}) });
  };
  for (const p of paths) {
    if (p === '-') {
      push('-', null, true);
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(p);
    } catch (err) {
      problems.push({ id: p, message: whyUnreachable(p, err) });
      continue;
    }
    if (stat.isDirectory()) {
      const before = problems.length;
      const found = walk(p, glob, problems);
      if (!found.length && problems.length === before) notes.push({ id: p, message: `no files matching ${glob}` });
      // (links inside the folder to its own files were already folded by the walk, silently)
      for (const f of found) push(f.id, f.path, false);
    } else if (stat.isFile()) push(p, p, false);
    else if (stat.isFIFO() || stat.isCharacterDevice()) push(p, p, true);
    else problems.push({ id: p, message: `not a regular file (${kindOf(stat)}): cannot read` });
  }
  // the same bad path reached twice is one failure
  const reported = new Set<string>();
  const once = problems.filter((p) => !reported.has(resolve(p.id)) && !!reported.add(resolve(p.id)));
  const said = new Set<string>();
  return { files, problems: once, notes: notes.filter((n) => !said.has(`${n.id}\n${n.message}`) && !!said.add(`${n.id}\n${n.message}`)) };
}

/** The files under a folder that match the glob, each once, sorted; what cannot be read goes to `problems`. */
function walk(dir: string, glob: string, problems: InputProblem[]): Array<{ id: string; path: string }> {
  const base = dir.length > 1 ? dir.replace(/\/+$/u, '') : dir;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let found: string[];
  try {
    found = globSync(glob, { cwd: dir, onlyFiles: true, followSymbolicLinks: true, dot: false }).sort();
  } catch (err) {
    problems.push({ id: dir, message: `folder cannot be read (${codeOf(err)})` });
    return [];
  }
  // a file reached through links as well as directly keeps its own path, else its shortest one
  const root = realOr(dir);
  const byReal = new Map<string, string>();
  const rank = (rel: string, real: string): [number, number] => [join(root, rel) === real ? 0 : 1, rel.split('/').length];
  for (const rel of found) {
    const real = realOr(resolve(dir, rel));
    const held = byReal.get(real);
    if (held === undefined) byReal.set(real, rel);
    else {
      const [a, b] = [rank(rel, real), rank(held, real)];
      if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) byReal.set(real, rel);
    }
  }
  const kept = [...byReal.values()].sort();
  scanForUnreadable(dir, prefix, glob, problems);
  return kept.map((rel) => ({ id: `${prefix}${rel}`, path: resolve(dir, rel) }));
}

/**
 * The glob walk passes over what it cannot read (broken links, link loops, FIFOs, folders without
 * permission); this walk (which does not follow links) finds those so that each is reported.
 */
function scanForUnreadable(dir: string, prefix: string, glob: string, problems: InputProblem[]): void {
  const matches = picomatch(glob, { dot: false });
  const wantsDot = /(^|\/)\./u.test(glob);
  const found: InputProblem[] = [];
  const scan = (abs: string, rel: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      if (rel) found.push({ id: `${prefix}${rel}`, message: `folder cannot be read (${codeOf(err)})` });
      else found.push({ id: dir, message: `folder cannot be read (${codeOf(err)})` });
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const full = join(abs, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') || wantsDot) scan(full, r);
        continue;
      }
      if (e.isFile() || !matches(r)) continue;
      if (e.isSymbolicLink()) {
        try {
          const s = statSync(full);
          if (!s.isFile() && !s.isDirectory()) found.push({ id: `${prefix}${r}`, message: `not a regular file (${kindOf(s)}): cannot read` });
        } catch (err) {
          found.push({ id: `${prefix}${r}`, message: whyUnreachable(full, err) });
        }
        continue;
      }
      found.push({ id: `${prefix}${r}`, message: `not a regular file (${kindOf(e)}): cannot read` });
    }
  };
  scan(dir, '');
  problems.push(...found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** Why `stat` failed, in words. */
function whyUnreachable(path: string, err: unknown): string {
  const code = codeOf(err);
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return `broken symlink (to ${readlinkSync(path)}, which does not exist)`;
    } catch {
      // not even a link
    }
    return 'no such file or folder';
  }
  if (code === 'ELOOP') return 'symlink loop';
  if (code === 'ENOTDIR') return 'no such file or folder (a part of the path is a file, not a folder)';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  if (code === 'ENAMETOOLONG') return 'path too long';
  return `cannot read (${code})`;
}

function kindOf(s: Stats | Dirent): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isDirectory()) return 'a folder';
  return 'not a file';
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException | null)?.code ?? describe(err);
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** One input read as text, or why not. */
export type ReadResult =
  | { kind: 'text'; text: string; encoding: Encoding; warnings: string[] }
  | { kind: 'skipped'; message: string }
  | { kind: 'failed'; message: string };

/**
 * Reads and decodes one input. A binary file is skipped; a file that cannot be read fails; an empty
 * or whitespace-only file is text (its document is empty) with a warning saying so. Warnings are
 * the lines to print, and go into the document too.
 */
export function readText(f: InputFile, read: (fd: number | string) => Buffer = readFileSync): ReadResult {
  let bytes: Buffer;
  try {
    bytes = read(f.path ?? 0);
  } catch (err) {
    return { kind: 'failed', message: whyUnreadable(err) };
  }
  try {
    const decoded = decode(bytes);
    const warnings = [...decoded.warnings];
    if (bytes.length === 0) warnings.push('empty file');
    else if (!decoded.text.trim().replace(/[\ufeff\u200b-\u200f\u2060]/gu, '')) warnings.push('whitespace only: no text');
    return { kind: 'text', text: decoded.text, encoding: decoded.encoding, warnings };
  } catch (err) {
    if (err instanceof BinaryInputError) return { kind: 'skipped', message: err.message };
    return { kind: 'failed', message: `cannot decode: ${describe(err)}` };
  }
}

function whyUnreadable(err: unknown): string {
  const code = codeOf(err);
  if (code === 'EISDIR') return 'cannot read: a folder';
  if (code === 'ENOENT') return 'cannot read: no longer exists';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'cannot read: too large (over 2 GiB)';
  if (code === 'EAGAIN') return 'cannot read: not ready (a non-blocking stream)';
  return `cannot read (${code})`;
}
