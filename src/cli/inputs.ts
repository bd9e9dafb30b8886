/** Turning the paths a user gives into a deduplicated, ordered list of files (or stdin). */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import picomatch from 'picomatch';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';

export interface InputFile {
  /** The path as the user gave it (or as found under a folder they gave); "-" for stdin. */
  id: string;
  path: string | null;
}

export interface InputProblem {
  id: string;
  message: string;
}

export function collectInputs(paths: string[], glob: string): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const push = (id: string, path: string): void => {
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      // reported when read
    }
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ id, path });
  };
  for (const p of paths) {
    if (p === '-') {
      if (!seen.has('-')) files.push({ id: '-', path: null });
      seen.add('-');
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({ id: p, message: code === 'ENOENT' ? 'no such file or folder (or a broken symlink)' : code === 'ELOOP' ? 'symlink loop' : (err as Error).message });
      continue;
    }
    if (stat.isDirectory()) {
      const base = p.replace(/\/+$/, '');
      const found = globSync(glob, { cwd: p, onlyFiles: true, followSymbolicLinks: true, dot: false }).sort();
      for (const f of found) push(`${base}/${f}`, resolve(p, f));
      // links the walk cannot follow are reported, not silently dropped
      const matches = picomatch(glob, { dot: false });
      for (const entry of readdirSync(p, { recursive: true, withFileTypes: true })) {
        if (!entry.isSymbolicLink()) continue;
        const full = resolve(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
        const rel = full.slice(resolve(p).length + 1);
        if (!matches(rel)) continue;
        try {
          statSync(full);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          problems.push({ id: `${base}/${rel}`, message: code === 'ELOOP' ? 'symlink loop' : 'broken symlink' });
        }
      }
    } else push(p, p);
  }
  return { files, problems };
}
