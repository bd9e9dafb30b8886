/**
 * Bundles the compiled CLI (dist/cli/index.js) and its worker thread (dist/cli/worker.js), with
 * their dependencies, into one ESM file each under dist/bundle/: Node then resolves, reads and
 * links two files at start rather than about 200 (our modules, zod's, commander's), which is most
 * of the cold start of `rasid extract` on one article. The unbundled dist/ stays as it is (tests
 * and `npm run bench` import it).
 *
 * A module that finds its files from `import.meta.url` (the lexicon, the pattern cache) keeps
 * finding them: each bundled module's `import.meta.url` is rewritten to its own address (in dist/
 * or node_modules/), relative to the bundle.
 */
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, 'dist');
const OUT = resolve(DIST, 'bundle');

/** `import.meta.url` in a bundled module → that module's own URL, computed from the bundle's. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const rel = relative(OUT, path).split('\\').join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

/**
 * zod's classic API (the output schema, the lexicon source schemas) stays in node_modules: it
 * cannot be tree-shaken, and bundled it would share a chunk with the zod/mini that every command
 * loads, and bring all of zod's locales along (~700 KB). Only `rasid schema` and `rasid lexicon`
 * load it.
 */
const classicZodExternal = {
  name: 'classic-zod-external',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', external: true }));
  },
};

rmSync(OUT, { recursive: true, force: true }); // (chunk names change with their content)
await build({
  entryPoints: { rasid: resolve(DIST, 'cli/index.js'), worker: resolve(DIST, 'cli/worker.js') },
  outdir: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // what a command loads only when it runs (the worker pool, CSV and HTML, the lexicon tooling, the
  // JSON Schema) goes to chunks of its own, read only then
  splitting: true,
  // (beside the entries: a module's rewritten import.meta.url is relative to the bundle's folder)
  chunkNames: '[name]-[hash]',
  target: 'node20',
  minifySyntax: true, // (folds the constants defined below)
  // the bundled pool starts the bundled worker (see src/cli/pool.ts)
  define: { RASID_BUNDLED_WORKER: JSON.stringify('../bundle/worker.js') },
  // a CommonJS dependency's require() of a Node built-in needs a require in an ES module
  banner: { js: "import { createRequire as __rasidCreateRequire } from 'node:module'; const require = __rasidCreateRequire(import.meta.url);" },
  plugins: [ownImportMetaUrl, classicZodExternal],
  logLevel: 'warning',
  legalComments: 'none',
});
process.stderr.write(`bundle: ${relative(ROOT, OUT)}/{rasid,worker}.js\n`);
