// The server graph of a React Server Components page, as an RSC framework bundles it: shared
// by test/rsc/flight.ts (the Server Component tests) and scripts/bench-build.mjs (the bench).
// The graph is bundled under the `react-server` export condition, and every module that
// starts with "use client" is replaced by client references, as Next.js and React's webpack
// plugin do.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const useClient = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;

/** Names the module exports, read by esbuild without bundling its imports. */
async function exportNames(file) {
  const result = await build({
    entryPoints: [file],
    bundle: false,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports);
}

/**
 * The esbuild plugin that replaces each "use client" module by client references, adding its
 * id (the path relative to `root`) to `references`; `rewrite`, by id, changes the source of
 * other modules before they are bundled.
 */
export function serverGraph({ root, references, rewrite = {} }) {
  return {
    name: 'server-graph',
    setup(context) {
      context.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        const id = path.relative(root, args.path).split(path.sep).join('/');
        const source = readFileSync(args.path, 'utf8');
        if (useClient.test(source)) {
          references.add(id);
          const names = await exportNames(args.path);
          const stubs = names.map((name) => {
            const reference = `registerClientReference(function () {
              throw new Error(${JSON.stringify(`${name} from ${id} is a client component: the server cannot call it.`)});
            }, ${JSON.stringify(id)}, ${JSON.stringify(name)})`;
            return name === 'default'
              ? `export default ${reference};`
              : `export const ${name} = ${reference};`;
          });
          return {
            contents: `import { registerClientReference } from 'react-server-dom-webpack/server';\n${stubs.join('\n')}`,
            loader: 'js',
            resolveDir: root,
          };
        }
        const change = rewrite[id];
        if (!change) return undefined;
        const ext = path.extname(args.path).slice(1);
        return {
          contents: change(source),
          loader: ext === 'tsx' || ext === 'jsx' ? ext : ext === 'ts' ? 'ts' : 'js',
          resolveDir: path.dirname(args.path),
        };
      });
    },
  };
}

/**
 * The entry module of the server graph. `pages` is code that defines `pages`, an object of
 * Server Components taking no props (`React` is in scope). The module exports
 * `render(name, manifest)`, which resolves to `{ flight, errors }`: the RSC payload as the
 * server streams it and everything React reported through `onError`; and `reactUseState`,
 * `typeof useState` as the graph sees `react` ('undefined' in React's server build).
 */
export function serverEntry(pages) {
  return `
    import { Writable } from 'node:stream';
    import * as React from 'react';
    import { renderToPipeableStream } from 'react-server-dom-webpack/server';
    ${pages}
    export const reactUseState = typeof React.useState;
    export function render(name, manifest) {
      return new Promise((resolve) => {
        const errors = [];
        const chunks = [];
        const sink = new Writable({
          write(chunk, _encoding, done) { chunks.push(Buffer.from(chunk)); done(); },
          final(done) { resolve({ flight: Buffer.concat(chunks).toString('utf8'), errors }); done(); },
        });
        renderToPipeableStream(React.createElement(pages[name]), manifest, {
          onError(error) { errors.push(error); },
        }).pipe(sink);
      });
    }
  `;
}

/** The esbuild options both share: a CommonJS bundle for Node under `react-server`. */
export const serverBuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  conditions: ['react-server'],
  jsx: 'automatic',
  tsconfigRaw: '{}',
};
