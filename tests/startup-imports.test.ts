/**
 * What the extractor loads at start-up: zod (some 45 ms of a cold start) validates lexicon sources
 * and options, and no module the pipeline imports for its values may pull it in.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
/** Value imports and re-exports (not `import type`, not `type` names alone), relative or bare. */
const IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gmu;

/** The modules `entry` loads for their values, transitively: source files and bare packages. */
function loads(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!spec!.startsWith('.')) seen.add(spec!);
      else walk(resolve(dirname(file), spec!.replace(/\.js$/u, '.ts')));
    }
  };
  walk(entry);
  return seen;
}

describe('what the pipeline loads', () => {
  it('is no zod: the extractor reads the role list, not the schema that validates sources', () => {
    const packages = [...loads(join(SRC, 'pipeline.ts'))].filter((m) => !m.startsWith('/'));
    expect(packages.filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    // (the walk does reach the packages it should: it reads the imports it claims to)
    expect(packages).toContain('date-fns/previousDay');
  });
});
