// Bundles a page's server and client entries from the built package, for the checks that run
// a server-rendered page in Chromium (check-browser-page.mjs, check-forms-browser.mjs): each
// entry is the page's `tree` module followed by its own code, with `broadsheet` pointing at dist.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** A bundler that writes into `work`, prefixing every entry with `tree`. */
export function pageBundler({ root, work, tree }) {
  return async function bundle(name, contents, options) {
    const outfile = path.join(work, name);
    await build({
      stdin: { contents: `${tree}\n${contents}`, resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      alias: { broadsheet: path.join(root, 'dist/index.js') },
      logLevel: 'warning',
      outfile,
      ...options,
    });
    return outfile;
  };
}

/**
 * The checks' record: `check(ok, message)` notes a failure; `finish(message)` prints every
 * failure and exits 1, or removes `work` and prints what passed.
 */
export function checkList(work) {
  const failures = [];
  return {
    check: (ok, message) => ok || failures.push(message),
    finish(passed) {
      if (failures.length > 0) {
        console.error(failures.map((failure) => `✗ ${failure}`).join('\n'));
        process.exit(1);
      }
      rmSync(work, { recursive: true, force: true });
      console.log(passed);
    },
  };
}
