import { fileURLToPath } from 'node:url';

// This folder is the app's root, even inside the library's repository (which has a lockfile of
// its own higher up).
const root = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
};

export default nextConfig;
