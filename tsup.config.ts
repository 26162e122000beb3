import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** Drops comments and layout white space from CSS written in template literals. */
export function minifyCssTemplate(template: string): string {
  return template
    .split(/(\$\{[^}]*\})/)
    .map((part) =>
      part.startsWith('${')
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s*\n\s*/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('');
}

/** Style modules (`*.styles.ts` and the theme's mixins) hold only CSS in their template literals. */
const minifyStyles: EsbuildPlugin = {
  name: 'minify-styles',
  setup(build) {
    build.onLoad({ filter: /(\.styles|[\\/]theme[\\/]\w+)\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        /`([^`]*)`/g,
        (_, css: string) => `\`${minifyCssTemplate(css)}\``,
      ),
      loader: 'ts',
    }));
  },
};

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
    esbuildPlugins: [minifyStyles, keepModules('.js')],
  },
  {
    ...shared,
    format: 'cjs',
    dts: true,
    outExtension: () => ({ js: '.cjs', dts: '.d.cts' }),
    esbuildPlugins: [minifyStyles, keepModules('.cjs')],
  },
]);
