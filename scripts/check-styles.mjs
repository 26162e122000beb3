// The build rewrites every style module: design tokens become their var(--bs-…) text and the
// CSS loses its layout white space. This check renders the same pages from the source and from
// dist, each in a process of its own, and fails unless both give the same HTML and the same
// CSS, once class names are numbered by component and spacing after commas and leading zeros
// (the only things the minifier is meant to change) are written one way.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = process.cwd();
// Inside the project, so the bundles find react and styled-components in its node_modules.
const work = path.join(root, 'node_modules', '.cache', 'broadsheet-check-styles');
mkdirSync(work, { recursive: true });

const page = `
  import { createElement as h, Fragment } from 'react';
  import { renderToString } from 'react-dom/server';
  import { ServerStyleSheet } from 'styled-components';
  import * as lib from 'broadsheet';
  import { sampleArticle, rtlArticle, hostileArticle } from './samples/index.ts';

  const faqItems = sampleArticle.body.find((block) => block.type === 'faq').items;
  const tree = h(Fragment, null,
    h(lib.Article, { article: sampleArticle }),
    h(lib.BroadsheetProvider, { theme: lib.darkTheme, locale: 'ar' },
      h(lib.Article, { article: rtlArticle })),
    h(lib.Article, { article: hostileArticle }),
    ...['didYouKnow', 'tip', 'note', 'warning'].map((variant) =>
      h(lib.Callout, { key: variant, variant }, variant)),
    h(lib.FAQAccordion, {
      items: faqItems, title: 'FAQ', showExpandAll: true, defaultValue: [faqItems[0].id ?? ''],
    }),
    h(lib.FAQAccordion, { items: faqItems, type: 'single', headingLevel: 4 }),
  );
  const sheet = new ServerStyleSheet();
  const html = renderToString(sheet.collectStyles(tree));
  process.stdout.write(JSON.stringify({ html, css: sheet.getStyleTags() }));
`;

/** Renders the page with `broadsheet` resolved to the given file, in a fresh Node process. */
async function render(name, entry) {
  const outfile = path.join(work, `${name}.mjs`);
  await build({
    stdin: { contents: page, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    alias: { broadsheet: path.join(root, entry) },
    jsx: 'automatic',
    tsconfigRaw: {},
    logLevel: 'warning',
    outfile,
  });
  const output = execFileSync(process.execPath, [outfile], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return normalise(JSON.parse(output));
}

/** Numbers generated class names per component; writes ", " as "," and "0.5" as ".5". */
function normalise({ html, css }) {
  const names = new Map();
  for (const [, id, list] of css.matchAll(/\[id="([\w-]+)"\]\{content:"([^"]*)"\}/g)) {
    list
      .split(',')
      .filter(Boolean)
      .forEach((name, index) => names.set(name, `${id}~${index}`));
  }
  const rename = (text) =>
    text.replace(/[\w-]+/g, (word) => names.get(word) ?? word).replace(/sc-[\w-]+/g, 'sc');
  const tidy = (text) =>
    text
      .replace(/data-styled\.g\d+/g, 'data-styled.g')
      .replace(/([,:]) /g, '$1')
      .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2');
  return { html: rename(html), css: tidy(rename(css)) };
}

/** The first place two texts part, with some context on each side. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `source: …${a.slice(Math.max(0, i - 80), i + 80)}…\n  dist: …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

{
  const source = await render('source', 'src/index.ts');
  const built = await render('dist', 'dist/index.js');
  if (source.html !== built.html) {
    throw new Error(
      `dist renders other HTML than the source:\n${firstDifference(source.html, built.html)}`,
    );
  }
  if (source.css !== built.css) {
    throw new Error(
      `dist writes other CSS than the source:\n${firstDifference(source.css, built.css)}`,
    );
  }
  if (!/var\(--bs-color-text,#1a1a1a\)/.test(built.css)) {
    throw new Error('The rendered CSS holds no design tokens: the check compared nothing.');
  }
  console.log(
    `Styles check: dist and source render the same ${source.html.length} characters of HTML ` +
      `and ${source.css.length} of CSS.`,
  );
  // Kept when the check fails, to be looked at.
  rmSync(work, { recursive: true, force: true });
}
