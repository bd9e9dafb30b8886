/**
 * Build step (`npm run build`, after tsc): the compiled CLI and its worker thread, with their
 * dependencies, bundled by esbuild into one CommonJS file, dist/bundle/rasid.cjs, and V8's code
 * cache of it, dist/bundle/rasid.cjs.cache, saved from one run of `rasid extract` on a fixture.
 * bin/rasid and the worker threads start it through dist/cli/start.cjs (src/cli/start.cts). Node
 * then reads one file at start rather than resolving and linking about 200 modules (ours, zod's,
 * commander's), and runs code V8 compiled at build time: most of the cold start of `rasid
 * extract` on one article. The unbundled dist/ stays as it is (tests and `npm run bench` import it).
 *
 * A module that finds its files from `import.meta.url` (the lexicon, the pattern cache) keeps
 * finding them: each bundled module's `import.meta.url` is rewritten to its own address (in dist/
 * or node_modules/), computed from the bundle's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
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
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, __rasidBundleUrl).href`), loader: 'js' };
    });
  },
};

/**
 * zod's classic API (the output schema, the lexicon source schemas) stays in node_modules: it
 * cannot be tree-shaken, and would bring all of zod's locales along (~700 KB) where the commands'
 * options need only zod/mini. Only `rasid schema` and `rasid lexicon` load it.
 */
const classicZodExternal = {
  name: 'classic-zod-external',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', external: true }));
  },
};

/**
 * Node built-ins a dependency requires at load but uses rarely, loaded on first use instead:
 * commander's child_process (for executable subcommands, which rasid has none of) costs ~4 ms.
 */
const LAZY_BUILTINS = ['node:child_process'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, ({ path, namespace }) => (namespace === 'lazy-builtin' ? { path, external: true } : { path, namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, ({ path }) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require(${JSON.stringify(path)}))[key] });`,
      loader: 'js',
    }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  // the CLI, and the worker thread's module, run only in a worker (see src/cli/worker-start.cts)
  stdin: {
    contents: `export { main } from './cli/index.js';\nexport const startWorker = () => import('./cli/worker.js');\n`,
    resolveDir: DIST,
    sourcefile: 'bundle-entry.js',
  },
  outfile: join(OUT, 'rasid.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild rewrites a regex literal with \p{…} into `new RegExp(…)` for any Node target, which a function then rebuilds at every call
  supported: { 'regexp-unicode-property-escapes': true },
  minifySyntax: true, // (folds the constant defined below)
  // the bundled pool starts its worker threads through the code cache too (relative to dist/cli/pool.js)
  define: { RASID_BUNDLED_WORKER: JSON.stringify('./worker-start.cjs') },
  banner: { js: 'var __rasidBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [ownImportMetaUrl, classicZodExternal, lazyBuiltins],
  logLevel: 'warning',
  legalComments: 'none',
});

// the code cache, from a run on one fixture (a checkout without fixtures gets none: only slower)
const fixtures = join(ROOT, 'fixtures');
const fixture = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()[0] : undefined;
if (fixture) {
  const warm = `require(${JSON.stringify(join(DIST, 'cli', 'start.cjs'))}).writeCodeCache(['node', 'rasid', 'extract', ${JSON.stringify(join(fixtures, fixture))}])`;
  const r = spawnSync(process.execPath, ['-e', warm], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code cache: the run on ${fixture} failed (exit ${r.status}):\n${r.stderr}`);
}
process.stderr.write(`bundle: ${relative(ROOT, OUT)}/rasid.cjs${fixture ? ', code cache from fixtures/' + fixture : ' (no code cache: no fixtures)'}\n`);
