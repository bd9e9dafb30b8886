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
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, 'dist');
const OUT = resolve(DIST, 'bundle');

/**
 * fdir (tinyglobby's crawler) loads picomatch, if installed, by a require at load time that
 * esbuild leaves to run: a module loaded so cannot be in the startup snapshot. Imported instead.
 */
const FDIR_OPTIONAL_PICOMATCH = 'pm = __require("picomatch");';
function importFdirPicomatch(path, source) {
  if (!/[\\/]fdir[\\/]dist[\\/]index\.mjs$/.test(path)) return source;
  if (!source.includes(FDIR_OPTIONAL_PICOMATCH)) throw new Error(`bundle: ${path}: fdir no longer loads picomatch as "${FDIR_OPTIONAL_PICOMATCH}"; update scripts/bundle.mjs`);
  return `import __fdirPicomatch from "picomatch";\n${source.replace('__require.resolve("picomatch");', '').replace(FDIR_OPTIONAL_PICOMATCH, 'pm = __fdirPicomatch;')}`;
}

/** `import.meta.url` in a bundled module → that module's own URL, computed from the bundle's. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, async ({ path }) => {
      const original = await readFile(path, 'utf8');
      const source = importFdirPicomatch(path, original);
      if (!source.includes('import.meta.url')) return source === original ? undefined : { contents: source, loader: 'js' };
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
    contents: `export { main } from './cli/index.js';\nexport const startWorker = () => import('./cli/worker.js');\nexport { startFromSnapshot, warmUpForSnapshot } from './cli/snapshot.js';\n`,
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

/** Built-ins the bundle gets on first use while the snapshot is made (see writeSnapshot). */
const SNAPSHOT_LAZY_BUILTINS = ['node:worker_threads', 'worker_threads', 'node:perf_hooks', 'perf_hooks'];

// the code cache, from a run on one fixture (a checkout without fixtures gets none: only slower)
const fixtures = join(ROOT, 'fixtures');
const articles = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort() : [];
const fixture = articles[0];
if (fixture) {
  const warm = `require(${JSON.stringify(join(DIST, 'cli', 'start.cjs'))}).writeCodeCache(['node', 'rasid', 'extract', ${JSON.stringify(join(fixtures, fixture))}])`;
  const r = spawnSync(process.execPath, ['-e', warm], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code cache: the run on ${fixture} failed (exit ${r.status}):\n${r.stderr}`);
}
const snapshot = articles.length ? writeSnapshot(articles.map((f) => join(fixtures, f))) : 'no startup snapshot: no fixtures';
process.stderr.write(`bundle: ${relative(ROOT, OUT)}/rasid.cjs${fixture ? ', code cache from fixtures/' + fixture : ' (no code cache: no fixtures)'}; ${snapshot}\n`);

/**
 * V8's startup snapshot (src/cli/snapshot.ts), dist/bundle/rasid.blob, with the Node binary it is
 * for in rasid.blob.node (bin/rasid starts from it only under that binary). Saved by `node
 * --build-snapshot` from a script made here: the bundle, its `require` (which in that script knows
 * only Node's built-ins) given Node's own for other modules on first use, then warmed on `articles`.
 * Regexes are compiled to bytecode meanwhile, not machine code, which V8 cannot save; the flag is
 * undone before saving (V8 refuses a snapshot saved under other flags), and V8 compiles them to
 * machine code at their first runs after a start. A Node that cannot make it leaves none: bin/rasid
 * then starts from the code cache. Returns what was done, for the build's line.
 */
function writeSnapshot(articles) {
  const bundlePath = realpathSync(join(OUT, 'rasid.cjs'));
  const blob = join(dirname(bundlePath), 'rasid.blob');
  const entry = join(OUT, 'snapshot-entry.cjs');
  const { HEAP_GROWING_PERCENT } = createRequire(import.meta.url)(join(DIST, 'cli', 'start.cjs'));
  writeFileSync(entry, `// made by scripts/bundle.mjs for \`node --build-snapshot\`, and removed
const v8 = require('node:v8');
v8.setFlagsFromString('--regexp-interpret-all');
let userRequire;
const nodeModules = () => (userRequire ??= require('node:module').createRequire(${JSON.stringify(bundlePath)}));
// (Node's worker_threads, loaded while a snapshot is made, cannot start a worker once restored: its
// counters shared with workers are made while SharedArrayBuffer is unavailable. It and perf_hooks,
// which the young generation's hold reads, are loaded on first use; the bundle reads them as
// \`module.name\`, never copied.)
const onFirstUse = (id) => { let m; return new Proxy({}, { get: (_, key) => (m ??= require(id))[key] }); };
const bundleRequire = (id) => (${JSON.stringify(SNAPSHOT_LAZY_BUILTINS)}.includes(id) ? onFirstUse(id) : require('node:module').isBuiltin(id) ? require(id) : nodeModules()(id));
bundleRequire.resolve = (id, options) => nodeModules().resolve(id, options);
const bundle = ((module, exports, require, __filename, __dirname) => {
${readFileSync(bundlePath, 'utf8')}
;return module.exports;
})({ exports: {} }, {}, bundleRequire, ${JSON.stringify(bundlePath)}, ${JSON.stringify(dirname(bundlePath))});
bundle.warmUpForSnapshot(${JSON.stringify(articles)});
v8.setFlagsFromString('--no-regexp-interpret-all');
v8.setFlagsFromString('--regexp-tier-up');
v8.startupSnapshot.setDeserializeMainFunction(() => {
  v8.setFlagsFromString('--heap-growing-percent=${HEAP_GROWING_PERCENT}');
  bundle.startFromSnapshot(${JSON.stringify(blob)}, bundle.main);
});
`);
  rmSync(blob, { force: true });
  rmSync(`${blob}.node`, { force: true });
  const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  rmSync(entry, { force: true });
  if (r.status !== 0 || !existsSync(blob)) {
    rmSync(blob, { force: true });
    const why = (r.stderr ?? '').split('\n').filter((l) => l && !/Warning|may still work|issue tracker|--trace-warnings/.test(l)).slice(0, 3).join(' ');
    return `no startup snapshot (node --build-snapshot exit ${r.status}: ${why || r.error?.message})`;
  }
  writeFileSync(`${blob}.node`, `${realpathSync(process.execPath)}\n`);
  return `startup snapshot ${relative(ROOT, blob)} from ${articles.length} fixtures`;
}
