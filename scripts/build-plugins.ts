// The esbuild plugins of the package build (tsup.config.ts), kept apart so tests can import them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Options } from 'tsup';
import { tokens } from '../src/theme/tokens';

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

/** CSS with its comments and layout white space dropped; interpolations and strings kept. */
export function minifyCssTemplate(template: string): string {
  return (
    template
      .replace(/\/\*[\s\S]*?\*\//g, '')
      // Odd parts are what the pattern captured: `${…}`, '…' and "…", left as written.
      .split(/(\$\{[^}]*\}|'[^'\n]*'|"[^"\n]*")/)
      .map((part, index) => (index % 2 === 1 ? part : minifyCss(part)))
      .join('')
      .trim()
  );
}

function minifyCss(css: string): string {
  return (
    css
      .replace(/\s+/g, ' ')
      // Spaces around + and - stay: calc() needs them.
      .replace(/ ?([{};,>/]|!important) ?/g, '$1')
      .replace(/: /g, ':')
      // 0.5rem is .5rem; a digit, letter or dot before the 0 keeps it (10.5, x0.5).
      .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}')
  );
}

type TokenTable = Record<string, Record<string, unknown>>;

/**
 * Writes each `${tokens.group.name}` in a style module as the text it stands for,
 * `var(--bs-group-name, fallback)`, so a component ships the tokens it reads and not the
 * whole table. An unknown token fails the build.
 */
export function inlineTokens(
  source: string,
  table: TokenTable = tokens as unknown as TokenTable,
): string {
  return source.replace(
    /\$\{\s*tokens\.(\w+)\.(\w+)\s*\}/g,
    (reference, group: string, name: string) => {
      const value = Object.hasOwn(table, group) ? table[group][name] : undefined;
      if (typeof value !== 'string') throw new Error(`No design token for ${reference}`);
      // The text lands inside a template literal.
      return value.replace(/[`\\]|\$\{/g, (special) => `\\${special}`);
    },
  );
}

/** Style modules (`*.styles.ts` and the theme's mixins) hold only CSS in their template literals. */
export const minifyStyles: EsbuildPlugin = {
  name: 'minify-styles',
  setup(build) {
    build.onLoad({ filter: /(\.styles|[\\/]theme[\\/]\w+)\.ts$/ }, (args) => ({
      contents: inlineTokens(readFileSync(args.path, 'utf8')).replace(
        /`([^`]*)`/g,
        (_, css: string) => `\`${minifyCssTemplate(css)}\``,
      ),
      loader: 'ts',
    }));
  },
};
