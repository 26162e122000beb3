import { defineConfig, type Options } from 'tsup';
import { keepModules, minifyStyledCss } from './scripts/build-plugins';

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
    esbuildPlugins: [minifyStyledCss, keepModules('.js')],
  },
  {
    ...shared,
    format: 'cjs',
    dts: true,
    outExtension: () => ({ js: '.cjs', dts: '.d.cts' }),
    esbuildPlugins: [minifyStyledCss, keepModules('.cjs')],
  },
]);
