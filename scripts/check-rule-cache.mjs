// Checks the cache of compiled rules (src/internal/ruleCache.ts) against styled-components:
// the installed one, the lowest the peer range admits (6.4.0) and the newest 6.x on the npm
// registry that installs. For each version, the library's source is
// bundled twice with esbuild, with that styled-components and the project's own React: once
// with every component root behind the cache (the edit in scripts/rule-cache-edit.mjs) and
// once with no cache anywhere. Every page of scripts/rule-cache-pages.tsx is rendered through
// a new ServerStyleSheet three times over, in production and development mode, and the two
// builds' HTML and CSS must agree byte for byte; the cached build must also have compiled
// each rule only on the first request.
//
//   node scripts/check-rule-cache.mjs                  the installed styled-components, 6.4.0
//                                                      and the newest 6.x, each installed into
//                                                      the cache folder unless installed already
//   node scripts/check-rule-cache.mjs 6.4.0 6.6.0      those versions
//   node scripts/check-rule-cache.mjs /tmp/sc64        a folder whose node_modules holds one
//
// A version is installed, only when it is not there yet, with
// `npm install --no-save --no-package-lock --ignore-scripts --legacy-peer-deps
// styled-components@<version>` into node_modules/.cache/broadsheet-rule-cache/sc-<version>
// (RULE_CACHE_DIR names another folder). The newest 6.x is asked of the registry with
// `npm view styled-components@^6 version`; a registry that cannot be reached fails the check.
// Nothing else is written outside the system's temporary folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { adoptRuleCache, componentStyles, noRuleCache } from './rule-cache-edit.mjs';

const root = process.cwd();
const cacheDir = path.resolve(
  process.env.RULE_CACHE_DIR ?? path.join(root, 'node_modules/.cache/broadsheet-rule-cache'),
);
const requests = 3;
const targets = process.argv.slice(2);
if (targets.length === 0) targets.push('installed', '6.4.0', 'newest');
const installedDir = path.join(root, 'node_modules/styled-components');
const installedVersion = JSON.parse(
  readFileSync(path.join(installedDir, 'package.json'), 'utf8'),
).version;

/** The styled-components package folder for a target, installing a version when needed. */
function packageDir(target) {
  if (target === 'installed' || target === installedVersion) return installedDir;
  if (target === 'newest') return newestDir();
  if (/^\d+\.\d+\.\d+$/.test(target)) {
    const prefix = path.join(cacheDir, `sc-${target}`);
    const dir = path.join(prefix, 'node_modules/styled-components');
    if (!existsSync(path.join(dir, 'package.json'))) {
      mkdirSync(prefix, { recursive: true });
      writeFileSync(path.join(prefix, 'package.json'), '{"private":true}\n');
      console.log(`Installing styled-components@${target} into ${path.relative(root, prefix)}`);
      execFileSync(
        'npm',
        [
          'install',
          '--no-save',
          '--no-package-lock',
          '--ignore-scripts',
          '--legacy-peer-deps',
          '--no-audit',
          '--no-fund',
          `styled-components@${target}`,
        ],
        { cwd: prefix, stdio: 'inherit' },
      );
    }
    return dir;
  }
  const dir = path.resolve(target, 'node_modules/styled-components');
  return existsSync(dir) ? dir : path.resolve(target);
}

/** The newest 6.x release that installs, newest first; the registry is asked each run. */
function newestDir() {
  const listed = JSON.parse(
    execFileSync('npm', ['view', 'styled-components@^6', 'version', '--json'], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const versions = [listed].flat().filter((version) => /^6\.\d+\.\d+$/.test(version));
  versions.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const version of versions.slice(0, 3)) {
    try {
      const dir = packageDir(version);
      console.log(`The newest 6.x that installs is ${version}`);
      return dir;
    } catch (error) {
      console.log(`styled-components@${version} does not install: ${error.message}`);
    }
  }
  throw new Error(`None of the newest 6.x releases installs: ${versions.slice(0, 3).join(', ')}`);
}

const useRuleCache = (cached) => ({
  name: 'rule-cache',
  setup(context) {
    const styles = new Set(componentStyles.map((file) => path.join(root, file)));
    context.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (cached && styles.has(args.path)) {
        return { contents: adoptRuleCache(readFileSync(args.path, 'utf8')), loader: 'ts' };
      }
      // With no cache anywhere, the provider's own root goes without it too.
      if (!cached && args.path === path.join(root, 'src/internal/ruleCache.ts')) {
        return { contents: noRuleCache, loader: 'js' };
      }
      return undefined;
    });
  },
});

const entry = `
  import { createElement, useContext } from 'react';
  import { StyleSheetContext, version } from 'styled-components';
  import * as lib from './src/index.ts';
  import { ruleCache } from './src/internal/ruleCache.ts';
  import { ruleCachePages, serve } from './scripts/rule-cache-pages.tsx';
  const pages = ruleCachePages(lib);
  export const names = Object.keys(pages);
  export const render = (name) => serve(pages[name]);
  export { ruleCache, version };
  // Rule sets stylis compiles for a page: the sheet's own stylis, counted on the way through.
  let count = 0;
  let stylis;
  const counting = Object.assign((...args) => ((count += 1), stylis(...args)), { hash: '' });
  function Counting({ children }) {
    const value = useContext(StyleSheetContext);
    stylis = value.stylis;
    return createElement(StyleSheetContext.Provider, { value: { ...value, stylis: counting } }, children);
  }
  export function compiles(name) {
    count = 0;
    serve(createElement(Counting, null, pages[name]));
    return count;
  }
`;

/** The library, bundled with the given styled-components, loaded into this process. */
async function load(scDir, main, cached, mode, file) {
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: entry, resolveDir: root, sourcefile: 'rule-cache-entry.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    jsx: 'automatic',
    tsconfigRaw: '{}',
    logLevel: 'error',
    write: false,
    alias: { 'styled-components': path.join(scDir, main) },
    // styled-components installed elsewhere finds React (and only this one) here.
    nodePaths: [path.join(root, 'node_modules')],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    plugins: [useRuleCache(cached)],
  });
  writeFileSync(file, result.outputFiles[0].text);
  return createRequire(import.meta.url)(file);
}

const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-rule-cache-'));
const failures = [];
const checked = new Set();
try {
  for (const target of targets) {
    const scDir = packageDir(target);
    const { version: expected, main } = JSON.parse(
      readFileSync(path.join(scDir, 'package.json'), 'utf8'),
    );
    if (checked.has(scDir)) {
      console.log(`styled-components ${expected} (${target}): checked above`);
      continue;
    }
    checked.add(scDir);
    for (const mode of ['production', 'development']) {
      const file = (kind) => path.join(work, `${expected}-${mode}-${kind}.cjs`);
      const plain = await load(scDir, main, false, mode, file('plain'));
      const cached = await load(scDir, main, true, mode, file('cached'));
      const label = `styled-components ${cached.version}, ${mode}`;
      if (cached.version !== expected || plain.version !== expected) {
        failures.push(`${label}: bundled ${plain.version}/${cached.version}, not ${expected}`);
      }
      // Counted first, while the cache is empty: the first request compiles as many rule sets
      // as with no cache, the next ones none.
      const counts = [0, 1, 2].map(() => [
        plain.compiles('sample page'),
        cached.compiles('sample page'),
      ]);
      if (counts[0][1] !== counts[0][0] || counts[1][1] !== 0 || counts[2][1] !== 0) {
        failures.push(`${label}: the cached build compiled ${counts.map((c) => c[1])} rule sets`);
      }
      if (counts[0][0] === 0 || counts.some(([p]) => p !== counts[0][0])) {
        failures.push(`${label}: the plain build compiled ${counts.map((c) => c[0])} rule sets`);
      }
      let pages = 0;
      let bytes = 0;
      for (let request = 1; request <= requests; request += 1) {
        for (const name of plain.names) {
          const a = plain.render(name);
          const b = cached.render(name);
          if (!a.includes('<style')) failures.push(`${label}: ${name} has no styles`);
          if (a !== b) {
            let at = 0;
            while (a[at] === b[at]) at += 1;
            failures.push(
              `${label}: ${name}, request ${request}, differs at ${at}: ` +
                `${JSON.stringify(a.slice(at, at + 80))} / ${JSON.stringify(b.slice(at, at + 80))}`,
            );
          }
          pages += 1;
          bytes += a.length;
        }
      }
      const ids = new Set([...cached.ruleCache.values()].map(([others]) => others.split('\0')[2]));
      for (const id of [
        'bs-theme',
        'bs-article',
        'bs-body',
        'bs-header',
        'bs-callout',
        'bs-comments',
        'bs-faq',
        'bs-newsletter',
        'bs-trends',
      ]) {
        if (!ids.has(id)) failures.push(`${label}: nothing cached for ${id}`);
      }
      console.log(
        `${label}: ${pages} renders, ${(bytes / 1024).toFixed(0)} KiB, byte-identical with and ` +
          `without the cache; ${cached.ruleCache.size} rule sets cached; sample page compiles ` +
          `${counts.map((c) => c[0]).join('/')} rule sets without it, ` +
          `${counts.map((c) => c[1]).join('/')} with it`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nThe cache of compiled rules failed its check:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
