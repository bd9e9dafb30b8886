/**
 * Output files: written whole or not at all, and never over an input.
 *
 * Nothing is written to `--out` until the run has everything: the data then goes to a temporary
 * sibling (`.NAME.PID.tmp`, hidden, in the same folder so that the rename is atomic), which is
 * flushed to disk and renamed over the target. A run stopped before that point leaves no file at
 * all (and an older `--out` untouched); SIGINT, SIGTERM or SIGHUP arriving during the write take
 * effect once the rename is done, and a failed write removes its temporary file.
 */
import { accessSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, chmodSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from './errors.js';
import type { InputFile } from './inputs.js';

/** Writes a file through a temporary sibling and a rename, so readers never see half a file. */
export function writeAtomic(path: string, data: string | Iterable<string>): void {
  let target = resolve(path);
  try {
    target = realpathSync(target); // through a symlink, to the file it names
  } catch {
    // a new file
  }
  let existing: Stats | undefined;
  try {
    existing = statSync(target);
  } catch {
    // a new file: the umask decides its mode
  }
  // a device or a FIFO (--out /dev/null) cannot be replaced, and holds no half-file: written to directly
  if (existing && (existing.isCharacterDevice() || existing.isFIFO())) return writeDirect(target, data);
  const mode = existing ? existing.mode & 0o7777 : undefined;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  pending.add(tmp);
  guardSignals();
  let fd: number | undefined;
  try {
    rmSync(tmp, { force: true });
    fd = openSync(tmp, 'wx');
    for (const chunk of typeof data === 'string' ? [data] : data) writeAll(fd, Buffer.from(chunk, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    pending.delete(tmp);
    releaseSignals();
  }
}

function writeDirect(target: string, data: string | Iterable<string>): void {
  const fd = openSync(target, 'w');
  try {
    for (const chunk of typeof data === 'string' ? [data] : data) writeAll(fd, Buffer.from(chunk, 'utf8'));
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, buf: Buffer): void {
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
}

/** Temporary files being written: removed if a signal ends the process. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let guarded = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
  unguard();
  process.kill(process.pid, signal); // the default action now: end as the signal says
}

function guardSignals(): void {
  if (guarded) return;
  guarded = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

/**
 * The write is synchronous, so a signal that arrived during it is delivered only when the event
 * loop next polls: the handlers stay until a full turn has passed (two immediates: the first may
 * run in the very turn the write happened in, after its poll), so that the signal still ends the
 * process, after the rename. Outside a write, no handler is installed and a signal ends the process at once.
 */
function releaseSignals(): void {
  setImmediate(() =>
    setImmediate(() => {
      if (!pending.size) unguard();
    }),
  );
}

function unguard(): void {
  if (!guarded) return;
  guarded = false;
  for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * `--out` must name a file (not a folder, not a device) in a folder that exists and can be
 * written, and must be neither one of the inputs nor a file the glob would read from a folder
 * given as input (the next run would read the output as an article). Throws a UsageError.
 */
export function checkOut(out: string, paths: string[], files: InputFile[], glob: string): void {
  const target = resolve(out);
  const folder = dirname(target);
  const shownFolder = dirname(out);
  let folderStat;
  try {
    folderStat = statSync(folder);
  } catch {
    throw new UsageError(`--out ${out}: folder ${shownFolder} does not exist`);
  }
  if (!folderStat.isDirectory()) throw new UsageError(`--out ${out}: ${shownFolder} is not a folder`);
  // (a device or a FIFO is written to directly, the folder untouched: /dev is not a plain user's)
  const direct = writtenDirectly(target);
  try {
    accessSync(direct ? target : folder, constants.W_OK);
  } catch {
    throw new UsageError(direct ? `--out ${out}: not writable` : `--out ${out}: folder ${shownFolder} is not writable`);
  }
  let real = join(realpathSync(folder), basename(target));
  try {
    const s = statSync(target);
    if (s.isDirectory()) throw new UsageError(`--out ${out}: is a folder`);
    if (!s.isFile() && !s.isCharacterDevice() && !s.isFIFO()) throw new UsageError(`--out ${out}: not a regular file`);
    real = realpathSync(target);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    // does not exist yet (or a broken link: the rename replaces it)
  }
  const inputs = new Set(files.flatMap((f) => (f.path === null ? [] : [realOr(f.path)])));
  if (inputs.has(real)) throw new UsageError(`--out ${out}: refusing to overwrite an input`);
  const matches = picomatch(glob, { dot: false });
  for (const p of paths) {
    if (p === '-') continue;
    let rp: string;
    try {
      rp = realpathSync(p);
      if (!statSync(rp).isDirectory()) continue;
    } catch {
      continue;
    }
    if (real.startsWith(`${rp}${sep}`) && matches(relative(rp, real).split(sep).join('/'))) {
      throw new UsageError(`--out ${out}: refusing to write inside the input folder ${p} where --glob ${glob} would read it as an input`);
    }
  }
}

/** An existing character device or FIFO, which writeOut writes to directly. */
function writtenDirectly(target: string): boolean {
  try {
    const s = statSync(target);
    return s.isCharacterDevice() || s.isFIFO();
  } catch {
    return false;
  }
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
