// Renders React Server Components the way an RSC framework does: the server graph is bundled
// with esbuild under the `react-server` export condition (scripts/rsc-server-graph.mjs, which
// the bench shares), so `react`, `react-dom` and `react-server-dom-webpack/server` are React's
// server builds (no useState, no createContext), and every module that starts with
// "use client" is replaced by a client reference, as Next.js and the React webpack plugin do.
// The bundle is loaded with Node's own `require`, outside Vitest's module graph and its copy
// of React.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ReactNode } from 'react';
import { ServerStyleSheet } from 'styled-components';
import { serverBuildOptions, serverEntry, serverGraph } from '../../scripts/rsc-server-graph.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What rendering one page produced. */
export interface FlightRender {
  /** The RSC payload ("flight") exactly as the server streams it to the browser. */
  flight: string;
  /** Everything React reported through `onError`. */
  errors: unknown[];
}

/** The server graph, bundled and loaded. */
export interface ServerBundle {
  /** Renders the named export of the pages module to the RSC payload. */
  render(page: string): Promise<FlightRender>;
  /** `typeof useState` as the bundled server graph sees `react`: 'undefined' in React's server build. */
  reactUseState: string;
  /** Modules replaced by client references, relative to the repository root. */
  clientReferences: string[];
  /** Every module bundled into the server graph, relative to the repository root. */
  serverModules: string[];
}

export interface BundleOptions {
  /** The module whose named exports are the pages (Server Components taking no props). */
  pages: string;
  /**
   * Rewrites a module's source before it is bundled, keyed by its path relative to the
   * repository root. The test uses it to prove that a hook the server build lacks fails here.
   */
  rewrite?: Record<string, (source: string) => string>;
}

/** Bundles the pages with React's server build and loads the bundle. */
export async function bundleServerGraph(options: BundleOptions): Promise<ServerBundle> {
  const clientReferences = new Set<string>();
  const pages = path.resolve(root, options.pages);
  const entry = serverEntry(`import * as pages from ${JSON.stringify(pages)};`);
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: entry, resolveDir: root, sourcefile: 'rsc-entry.js', loader: 'js' },
    ...serverBuildOptions,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [serverGraph({ root, references: clientReferences, rewrite: options.rewrite })],
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-rsc-'));
  let loaded: {
    render: (name: string, manifest: object) => Promise<FlightRender>;
    reactUseState: string;
  };
  try {
    const file = path.join(dir, 'server.cjs');
    writeFileSync(file, result.outputFiles[0].text);
    loaded = createRequire(import.meta.url)(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The client manifest a bundler would write: each client module is one chunk-less module.
  const manifest = Object.fromEntries(
    [...clientReferences].map((id) => [id, { id, chunks: [], name: '*' }]),
  );
  return {
    render: (page) => loaded.render(page, manifest),
    reactUseState: loaded.reactUseState,
    clientReferences: [...clientReferences].sort(),
    serverModules: Object.keys(result.metafile.inputs).sort(),
  };
}

/**
 * Turns an RSC payload into HTML the way an RSC framework's SSR pass does: React's Flight
 * client (the ordinary, non-server build of React) reads the payload, loading each client
 * reference from `clientModules` (keyed by the ids in `ServerBundle.clientReferences`), and
 * react-dom prerenders the result. Client components' styles are collected through a
 * ServerStyleSheet, as the styled-components registry of a Next.js app collects them.
 * Returns the HTML, those style tags and any error react-dom reported.
 */
export async function flightToHtml(
  flight: string,
  clientModules: Record<string, Record<string, unknown>>,
): Promise<{ html: string; clientStyles: string; errors: unknown[] }> {
  const { createFromNodeStream } = await import('react-server-dom-webpack/client.node');
  const { prerenderToNodeStream } = await import('react-dom/static');
  const moduleMap = Object.fromEntries(
    Object.keys(clientModules).map((id) => [id, { '*': { id, chunks: [], name: '*' } }]),
  );
  const global = globalThis as { __webpack_require__?: (id: string) => unknown };
  const previous = global.__webpack_require__;
  // The Flight client loads a client reference's module through the bundler's require.
  global.__webpack_require__ = (id) => {
    if (!Object.hasOwn(clientModules, id)) throw new Error(`No client module given for ${id}`);
    return clientModules[id];
  };
  const errors: unknown[] = [];
  const sheet = new ServerStyleSheet();
  try {
    const tree = await createFromNodeStream<ReactNode>(Readable.from([Buffer.from(flight)]), {
      moduleMap,
      serverModuleMap: null,
      moduleLoading: null,
    });
    const { prelude } = await prerenderToNodeStream(sheet.collectStyles(tree), {
      onError: (error) => {
        errors.push(error);
      },
    });
    const chunks: Buffer[] = [];
    for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
    const html = Buffer.concat(chunks).toString('utf8');
    return { html, clientStyles: sheet.getStyleTags(), errors };
  } finally {
    sheet.seal();
    global.__webpack_require__ = previous;
  }
}
