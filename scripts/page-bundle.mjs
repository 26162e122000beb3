// Bundles a page's server and client entries from the built package, for the checks that run
// a server-rendered page in Chromium (check-browser-page.mjs, check-forms-browser.mjs): each
// entry is the page's `tree` module followed by its own code, with `broadsheet` pointing at dist.
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
