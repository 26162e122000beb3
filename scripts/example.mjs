#!/usr/bin/env node
// The Next.js example (examples/next), run the way an app from the registry would run it:
//
//   node scripts/example.mjs            build and pack the library, install the tarball into the
//                                        example, build the example and start it (npm run example)
//   node scripts/example.mjs test       the same preparation, then the end-to-end tests
//                                        (npm run test:example)
//   node scripts/example.mjs prepare    the preparation alone
//   node scripts/example.mjs reset      empty the example's database (npm run example:reset)
//
// `--reuse-dist` skips the library build when dist/ is already built (CI builds it just before).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples/next');
const args = process.argv.slice(2);
const command = args.find((arg) => !arg.startsWith('--')) ?? 'start';
const reuseDist = args.includes('--reuse-dist') && existsSync(path.join(root, 'dist/index.js'));

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, cmdArgs, cwd = root) {
  console.log(
    `\n$ ${[cmd, ...cmdArgs].join(' ')}${cwd === root ? '' : `   (in ${path.relative(root, cwd)})`}`,
  );
  const result = spawnSync(cmd, cmdArgs, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${cmd} ${cmdArgs.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

/** The sample article and comments, written as a module of the example's own. */
async function writeSampleData() {
  const { build } = await import('esbuild');
  const bundled = await build({
    entryPoints: [path.join(root, 'samples/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const code = bundled.outputFiles[0].text;
  const samples = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  const json = (value) => JSON.stringify(value, null, 2);
  const out = path.join(example, 'sample');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'data.ts'),
    [
      "// Written by scripts/example.mjs from the repository's samples/: do not edit.",
      "import type { Article, ArticleClosing, Comment } from 'broadsheet';",
      '',
      `export const sampleArticle: Article = ${json(samples.sampleArticle)};`,
      '',
      `export const sampleClosing: ArticleClosing = ${json(samples.sampleClosing)};`,
      '',
      `export const sampleComments: Comment[] = ${json(samples.sampleComments)};`,
      '',
      `export const arabicArticleId = ${json(samples.arabicArticle.id)};`,
      '',
      `export const arabicComments: Comment[] = ${json(samples.arabicComments)};`,
      '',
    ].join('\n'),
  );
  cpSync(path.join(root, 'samples/images'), path.join(example, 'public/sample-images'), {
    recursive: true,
    filter: (source) => !source.endsWith('.md'),
  });
}

/**
 * The example's lockfile pins every package but the library: with the tarball's checksum in
 * it, `npm ci` would install the copy of an older build from npm's cache instead of the new one.
 */
function forgetTarballChecksum() {
  const file = path.join(example, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const entry = lock.packages?.['node_modules/broadsheet'];
  if (entry && 'integrity' in entry) {
    delete entry.integrity;
    writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  }
}

function prepare() {
  const started = Date.now();
  if (!reuseDist) run(npm, ['run', 'build']);
  const packDir = path.join(example, '.pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const packed = spawnSync(npm, ['pack', '--json', '--pack-destination', packDir], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (packed.status !== 0) process.exit(packed.status || 1);
  const [{ filename }] = JSON.parse(packed.stdout);
  // A fixed name, so the example's package.json can point at it.
  cpSync(path.join(packDir, filename), path.join(packDir, 'broadsheet.tgz'));
  rmSync(path.join(packDir, filename));
  console.log(`\nPacked the library: examples/next/.pack/broadsheet.tgz (from ${filename})`);
  forgetTarballChecksum();
  return writeSampleData().then(() => {
    run(npm, ['ci', '--no-audit', '--no-fund'], example);
    run(npm, ['run', 'build'], example);
    console.log(`\nExample prepared in ${Math.round((Date.now() - started) / 1000)} s`);
  });
}

function start() {
  const port = process.env.PORT || '3000';
  const server = spawn(
    path.join(example, 'node_modules/.bin/next'),
    ['start', '--hostname', '127.0.0.1', '--port', port],
    // The app closes its database and then exits on Ctrl+C or SIGTERM (lib/store.ts).
    {
      cwd: example,
      env: { ...env, NEXT_MANUAL_SIG_HANDLE: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let announced = false;
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started/i.test(String(chunk))) {
      announced = true;
      console.log(`\nBroadsheet example: http://127.0.0.1:${port}/`);
      console.log(`Moderation page:    http://127.0.0.1:${port}/moderation\n`);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

if (command === 'reset') {
  const dataDir = path.join(example, '.data');
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Emptied ${path.relative(root, dataDir)}/: the next start creates the tables again.`);
} else if (command === 'test') {
  await prepare();
  const started = Date.now();
  run(process.execPath, ['--test', '--test-concurrency=1', path.join(example, 'test')], example);
  console.log(`\nEnd-to-end tests took ${Math.round((Date.now() - started) / 1000)} s`);
} else if (command === 'prepare') {
  await prepare();
} else if (command === 'start') {
  await prepare();
  start();
} else {
  console.error(`Unknown command "${command}": use start, prepare, test or reset.`);
  process.exit(1);
}
