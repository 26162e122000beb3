import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Every source module becomes its own output module, its relative imports kept as imports.
 * That keeps each file's "use client" directive where it was written, and lets an app's
 * bundler drop every component it does not import.
 */
function keepModules(extension: string): EsbuildPlugin {
  return {
    name: 'keep-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const absolute = path.resolve(args.resolveDir, args.path);
        const isFolder = existsSync(absolute) && statSync(absolute).isDirectory();
        const target = (isFolder ? `${args.path}/index` : args.path).replace(/\.(tsx?|jsx?)$/, '');
        return { path: `${target}${extension}`, external: true };
      });
    },
  };
}

const shared: Options = {
  entry: ['src/**/*.ts', 'src/**/*.tsx'],
  outDir: 'dist',
  bundle: true,
  splitting: false,
  // Rollup's tree-shaking pass would strip the "use client" directives.
  treeshake: false,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'styled-components'],
};

export default defineConfig([
  {
    ...shared,
    format: 'esm',
    clean: true,
    dts: true,
    outExtension: () => ({ js: '.js', dts: '.d.ts' }),
    esbuildPlugins: [keepModules('.js')],
  },
  {
    ...shared,
    format: 'cjs',
    dts: true,
    outExtension: () => ({ js: '.cjs', dts: '.d.cts' }),
    esbuildPlugins: [keepModules('.cjs')],
  },
]);
