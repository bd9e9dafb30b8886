#!/usr/bin/env node
// Thin launcher: the CLI is bundled in dist/ with a V8 code cache (built by `npm install` through the prepare script).
// bin/rasid starts from the startup snapshot instead where it can, and from here otherwise.
import('../dist/cli/start.cjs')
  .then(({ default: start }) => start.bundle().main(process.argv))
  .catch((err) => {
    const unbuilt = err && (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ENOENT');
    process.stderr.write(`rasid: ${unbuilt ? 'not built yet: run `npm install` (or `npm run build`)' : err}\n`);
    process.exit(2);
  });
