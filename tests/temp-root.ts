/**
 * vitest's global setup: the whole run writes its temporary folders (mkdtemp in the tests, the CLI
 * runs they spawn) under one root of its own, removed when the run ends, so repeated runs leave
 * nothing behind in the system's temporary folder. Workers and their children inherit TMPDIR.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'rasid-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    try {
      rmSync(root, { recursive: true, force: true });
    } catch {
      // (run as a plain user, a folder a test left at mode 000 cannot be emptied: give it back first)
      unlock(root);
      rmSync(root, { recursive: true, force: true });
    }
  };
}

function unlock(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) unlock(join(dir, entry.name));
}
