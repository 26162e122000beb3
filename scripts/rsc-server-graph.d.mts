import type { BuildOptions, Plugin } from 'esbuild';

/** Replaces each "use client" module by client references; `rewrite` changes other sources. */
export function serverGraph(options: {
  root: string;
  references: Set<string>;
  rewrite?: Record<string, (source: string) => string>;
}): Plugin;
/** The entry module's source, given code that defines `pages`. */
export function serverEntry(pages: string): string;
/** The esbuild options of a server graph bundle. */
export const serverBuildOptions: BuildOptions;
