// The esbuild plugins of the package build (tsup.config.ts), kept apart so tests can import them.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { transformAsync } from '@babel/core';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Every source module becomes its own output module, its relative imports kept as imports.
 * That keeps each file's "use client" directive where it was written, and lets an app's
 * bundler drop every component it does not import.
 */
export function keepModules(extension: string): EsbuildPlugin {
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

/**
 * Modules that import styled-components go through styled-components' own Babel plugin, which
 * drops comments and layout white space from their CSS. Everything else is left to esbuild.
 */
export const minifyStyledCss: EsbuildPlugin = {
  name: 'minify-styled-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes("from 'styled-components'")) return undefined;
      const result = await transformAsync(source, {
        filename: args.path,
        babelrc: false,
        configFile: false,
        presets: [['@babel/preset-typescript', { isTSX: true, allExtensions: true }]],
        plugins: [
          [
            'babel-plugin-styled-components',
            // Component ids are fixed in the source with withConfig; only the CSS is touched.
            {
              minify: true,
              transpileTemplateLiterals: false,
              displayName: false,
              ssr: false,
              fileName: false,
              pure: true,
            },
          ],
        ],
      });
      return { contents: result?.code ?? source, loader: 'jsx' };
    });
  },
};
