// The esbuild plugins of the package build (tsup.config.ts), kept apart so tests can import them.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { transformAsync, types as t, type NodePath, type PluginObj } from '@babel/core';
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

/** Stands for an interpolation while a template's CSS is read as one text. */
const HOLE = '\u0000';

/**
 * The pieces of a CSS template with the white space around `>`, `~` and `/`, and around a `+`
 * that joins selectors, dropped: styled-components' plugin keeps it. Only white space goes;
 * strings and interpolations stay as written, and a `+` in parentheses (`calc(a + b)`,
 * `:nth-child(2n + 1)`) or in a value keeps the spaces it may need.
 */
export function dropCombinatorSpace(pieces: readonly string[]): string[] {
  const css = pieces.join(HOLE);
  let result = '';
  let quote = '';
  let depth = 0;
  for (let i = 0; i < css.length; i += 1) {
    const char = css[i];
    if (quote) {
      result += char;
      if (char === '\\') result += css[(i += 1)] ?? '';
      else if (char === quote) quote = '';
    } else if (/\s/.test(char)) {
      let end = i;
      while (/\s/.test(css[end + 1] ?? '')) end += 1;
      const before = result.at(-1) ?? '';
      const after = css[end + 1] ?? '';
      const joinsSelectors =
        (before === '+' || after === '+') && depth === 0 && inSelector(css, end + 1);
      if (!/[>~/]/.test(before + after) && !joinsSelectors) result += css.slice(i, end + 1);
      i = end;
    } else {
      if (char === '"' || char === "'") quote = char;
      else if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      result += char;
    }
  }
  return result.split(HOLE);
}

/** True when the text from `index` on reaches a `{` before a `;` or `}`: a selector. */
function inSelector(css: string, index: number): boolean {
  return /^[^{;}]*\{/.test(css.slice(index));
}

/** The identifier a tag starts from: `styled` in styled.aside.withConfig(…), or `css`. */
function tagRoot(node: t.Node): t.Identifier | undefined {
  if (t.isIdentifier(node)) return node;
  if (t.isMemberExpression(node)) return tagRoot(node.object);
  if (t.isCallExpression(node)) return tagRoot(node.callee);
  return undefined;
}

/** Runs after styled-components' plugin, on the templates of its `styled` and `css` tags. */
const dropCssCombinatorSpace: PluginObj = {
  name: 'drop-css-combinator-space',
  visitor: {
    TaggedTemplateExpression(path: NodePath<t.TaggedTemplateExpression>) {
      const root = tagRoot(path.node.tag);
      const binding = root && path.scope.getBinding(root.name);
      const from = binding?.path.parentPath?.node;
      if (!t.isImportDeclaration(from) || from.source.value !== 'styled-components') return;
      const { quasis } = path.node.quasi;
      // A template with an invalid escape has no cooked text; it is left alone.
      if (quasis.some((quasi) => quasi.value.cooked == null)) return;
      const raw = dropCombinatorSpace(quasis.map((quasi) => quasi.value.raw));
      const cooked = dropCombinatorSpace(quasis.map((quasi) => quasi.value.cooked!));
      quasis.forEach((quasi, index) => {
        quasi.value = { raw: raw[index], cooked: cooked[index] };
      });
    },
  },
};

/**
 * Modules that import styled-components go through styled-components' own Babel plugin, which
 * drops comments and layout white space from their CSS, then through dropCssCombinatorSpace.
 * Everything else is left to esbuild.
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
          dropCssCombinatorSpace,
        ],
      });
      return { contents: result?.code ?? source, loader: 'jsx' };
    });
  },
};
