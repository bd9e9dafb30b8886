/**
 * Starts the bundled CLI (dist/bundle/rasid.cjs, made by scripts/bundle.mjs) from V8's code cache
 * (dist/bundle/rasid.cjs.cache, made by the build from one run of `rasid extract`): the functions
 * a run needs come compiled, not parsed and compiled anew at every start. bin/rasid and the worker
 * threads start here. A cache that V8 refuses (another Node version, other flags) or that is older
 * than the bundle is ignored: the bundle is then compiled as usual.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * How far past what is live a heap may grow before V8 collects it. By default up to 4 times: each
 * thread of `rasid extract`, streaming news articles, then held 150-200 MB, mostly garbage; at 50%
 * 100 MB of JSONL with --jobs 2 stays under 300 MB, for some 5-15% more time spent collecting. A
 * V8 flag, for every thread of the process; set here, before the bundle is compiled, because V8
 * refuses a code cache made under other flags (the build's run makes it under this one).
 */
export const HEAP_GROWING_PERCENT = 50;
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

/** What the bundle exports (its entry is written by scripts/bundle.mjs). */
export interface Bundle {
  main(argv: string[]): Promise<void>;
  startWorker(): Promise<unknown>;
}

export const BUNDLE_PATH = join(__dirname, '..', 'bundle', 'rasid.cjs');
export const CODE_CACHE_PATH = `${BUNDLE_PATH}.cache`;

/** The code cache, unless there is none or it is older than the bundle. */
export function cachedData(bundlePath = BUNDLE_PATH, cachePath = CODE_CACHE_PATH): Buffer | undefined {
  try {
    if (statSync(cachePath).mtimeMs < statSync(bundlePath).mtimeMs) return undefined;
    return readFileSync(cachePath);
  } catch {
    return undefined;
  }
}

function compile(useCache: boolean): { script: Script; bundle: Bundle } {
  const source = readFileSync(BUNDLE_PATH, 'utf8');
  const cache = useCache ? cachedData() : undefined;
  const script = new Script(Module.wrap(source), { filename: BUNDLE_PATH, cachedData: cache });
  if (process.env.RASID_DEBUG && (!cache || script.cachedDataRejected)) {
    process.stderr.write(`rasid: code cache ${cache ? 'refused by V8' : 'missing or stale'}; the bundle is compiled anew\n`);
  }
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const module = { exports: {} as Bundle };
  wrapper.call(module.exports, module.exports, Module.createRequire(BUNDLE_PATH), module, BUNDLE_PATH, dirname(BUNDLE_PATH));
  return { script, bundle: module.exports };
}

let loaded: Bundle | undefined;

/** The bundle, compiled once per thread. */
export function bundle(): Bundle {
  return (loaded ??= compile(true).bundle);
}

/**
 * Build step: compiles the bundle afresh, runs the CLI with `argv` (its output discarded by the
 * caller), then saves what V8 compiled meanwhile as the code cache.
 */
export async function writeCodeCache(argv: string[]): Promise<void> {
  const { script, bundle } = compile(false);
  await bundle.main(argv);
  // the run may have held its young generation by setting V8's growth factor (young-generation.ts);
  // V8 stamps the cache with the flags of the moment, and refuses it under others: V8's own factor
  setFlagsFromString('--semi-space-growth-factor=2');
  writeFileSync(CODE_CACHE_PATH, script.createCachedData());
}
