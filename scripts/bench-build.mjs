// Bundles everything `npm run bench` runs, into .bench/ (run after `npm run build`):
// - lib-real.mjs and lib-real-copy.mjs: the built package (dist) as one module each, with
//   React and styled-components left to Node; two identical builds, so the bench can show how
//   far two copies of the same code disagree (its noise floor);
// - lib-standin.mjs: the same package with styled-components replaced by
//   scripts/bench-styled-standin.tsx, which renders each styled element as its plain tag;
// - rsc-server.cjs: Server Component pages bundled under the `react-server` condition, with
//   every "use client" module turned into a client reference (scripts/rsc-server-graph.mjs,
//   shared with test/rsc/flight.ts);
// - client.js: the page script for Chromium, from dist, with React's production build;
// - bench.mjs: the bench itself (scripts/bench.tsx).
// BENCH_DIST names another build to measure (default dist) and BENCH_OUT another folder to
// write to (default .bench); give the bench the same BENCH_OUT.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { serverBuildOptions, serverEntry, serverGraph } from './rsc-server-graph.mjs';

const root = process.cwd();
const distDir = path.resolve(root, process.env.BENCH_DIST ?? 'dist');
const out = path.resolve(root, process.env.BENCH_OUT ?? '.bench');
mkdirSync(out, { recursive: true });
const dist = path.join(distDir, 'index.js');
const peers = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const common = {
  absWorkingDir: root,
  bundle: true,
  jsx: 'automatic',
  tsconfigRaw: '{}',
  logLevel: 'error',
  legalComments: 'none',
};

/**
 * Points `styled-components` at the stand-in, and leaves out the cache of compiled rules that
 * wraps the styled roots, so the stand-in build carries none of the styling machinery.
 */
const standIn = {
  name: 'styled-components-stand-in',
  setup(context) {
    context.onResolve({ filter: /^styled-components$/ }, () => ({
      path: path.join(root, 'scripts/bench-styled-standin.tsx'),
    }));
    context.onLoad({ filter: /[\\/]internal[\\/]ruleCache\.js$/ }, () => ({
      contents: `export const withRuleCache = (root) => root;
        export const cacheCss = (tag) => (...template) => tag(...template);
        export const ruleCache = new Map();`,
      loader: 'js',
    }));
  },
};

const library = (outfile, plugins, external) =>
  build({
    ...common,
    entryPoints: [dist],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    plugins,
    outfile: path.join(out, outfile),
  });

const referenced = new Set();

const rscPages = `
  import { Article } from 'broadsheet';
  import { longArticle, sampleWithoutFaq } from './scripts/bench-data.tsx';
  const pages = {
    sample: () => React.createElement(Article, { article: sampleWithoutFaq }),
    long: () => React.createElement(Article, { article: longArticle() }),
  };
`;

const started = performance.now();
await Promise.all([
  library('lib-real.mjs', [], [...peers, 'styled-components']),
  library('lib-real-copy.mjs', [], [...peers, 'styled-components']),
  library('lib-standin.mjs', [standIn], peers),
  build({
    ...common,
    ...serverBuildOptions,
    stdin: {
      contents: serverEntry(rscPages),
      resolveDir: root,
      sourcefile: 'rsc-entry.js',
      loader: 'js',
    },
    alias: { broadsheet: dist },
    plugins: [serverGraph({ root, references: referenced })],
    outfile: path.join(out, 'rsc-server.cjs'),
  }).then(() => {
    // The client references the server graph made, for the Flight client's module map.
    const list = JSON.stringify([...referenced].sort());
    writeFileSync(path.join(out, 'rsc-references.json'), list);
  }),
  build({
    ...common,
    entryPoints: ['scripts/bench-client.tsx'],
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    alias: { broadsheet: dist },
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(out, 'client.js'),
  }),
  build({
    ...common,
    entryPoints: ['scripts/bench.tsx'],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { 'broadsheet/messages/ar': path.join(distDir, 'messages/ar.js') },
    outfile: path.join(out, 'bench.mjs'),
  }),
]);
console.log(
  `Bench bundles from ${path.relative(root, distDir)} written to ${path.relative(root, out)}/ in ${Math.round(performance.now() - started)} ms`,
);
