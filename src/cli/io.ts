import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes a file through a temporary sibling and a rename, so readers never see half a file. */
export function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
