/**
 * Build step (`npm run build`): load every module that defines patterns, then save what XRegExp
 * composed to patterns.cache.json beside the compiled patterns module. Generated; never edited.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { built } = await import('./patterns.js');
await import('../pipeline.js');
await import('../normalise/index.js');
await import('../lexicon/mine.js');
const sorted = Object.fromEntries([...built.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const path = fileURLToPath(new URL('./patterns.cache.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(sorted)}\n`);
process.stderr.write(`patterns cache: ${built.size} patterns → ${path}\n`);
