/* global document, window -- the callbacks given to page.evaluate and the like run in the page. */
// A server-rendered page from the built package, hydrated in Chromium, the way an app's reader
// meets it: no hydration warning; find-in-page (a text fragment link, which Chromium resolves
// like a find) reaches a closed answer before the script has loaded, and once hydrated opens
// the item that holds the text; a #id link opens its question; and with JavaScript off every
// answer is shown, under questions that are plain text rather than collapsed buttons.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { checkList, pageBundler } from './page-bundle.mjs';

const root = process.cwd();
const work = path.join(root, 'node_modules', '.cache', 'broadsheet-check-browser-page');
mkdirSync(work, { recursive: true });

const tree = `
  import { createElement as h } from 'react';
  import { Article, BroadsheetProvider } from 'broadsheet';
  import { sampleArticle } from './samples/index.ts';
  export const tree = h(BroadsheetProvider, null, h(Article, { article: sampleArticle }));
`;

const bundle = pageBundler({ root, work, tree });

const server = await bundle(
  'server.mjs',
  `import { renderToString } from 'react-dom/server';
   import { ServerStyleSheet } from 'styled-components';
   const sheet = new ServerStyleSheet();
   const html = renderToString(sheet.collectStyles(tree));
   process.stdout.write(JSON.stringify({ html, styles: sheet.getStyleTags() }));`,
  { platform: 'node', packages: 'external' },
);
await bundle(
  'client.js',
  `import { hydrateRoot } from 'react-dom/client';
   hydrateRoot(document.getElementById('root'), tree);`,
  { platform: 'browser', define: { 'process.env.NODE_ENV': '"development"' } },
);
const { html, styles } = JSON.parse(execFileSync(process.execPath, [server], { encoding: 'utf8' }));
writeFileSync(
  path.join(work, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broadsheet</title>${styles}</head>` +
    `<body><div id="root">${html}</div><script type="module" src="client.js"></script></body></html>`,
);

const files = { '/': 'index.html', '/client.js': 'client.js' };
const http = createServer((request, response) => {
  const file = files[new URL(request.url, 'http://x').pathname];
  if (!file) return response.writeHead(404).end();
  response.writeHead(200, {
    'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
  });
  response.end(readFileSync(path.join(work, file)));
});
http.listen(0, '127.0.0.1');
await once(http, 'listening');
const base = `http://127.0.0.1:${http.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const { check, finish } = checkList(work);

/** Each question of the page's FAQ with whether it is open. */
const questions = (page) =>
  page.$$eval('button[aria-expanded]', (buttons) =>
    buttons.map((button) => ({
      id: button.closest('[data-part="item"]').id,
      open: button.getAttribute('aria-expanded') === 'true',
      hidden: document.getElementById(button.getAttribute('aria-controls')).getAttribute('hidden'),
      answer: document.getElementById(button.getAttribute('aria-controls')).textContent,
    })),
  );

try {
  // Hydration, with React's development build reporting any mismatch.
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(m.text()));
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('[hidden="until-found"]'));
  const offline = /ERR_NAME_NOT_RESOLVED|Failed to load resource/;
  const warnings = messages.filter((text) => !offline.test(text));
  check(warnings.length === 0, `console errors after hydration: ${warnings.join(' | ')}`);
  const closed = await questions(page);
  check(
    closed.length >= 2 && closed.every((q) => !q.open && q.hidden === 'until-found'),
    `after hydration every answer should be closed and until-found: ${JSON.stringify(closed)}`,
  );
  await page.close();

  // Find-in-page, after hydration: a text fragment link (which Chromium resolves as a find)
  // to words inside the last, closed answer, followed from the hydrated page itself.
  const last = closed.at(-1);
  const words = last.answer.trim().split(/\s+/).slice(0, 4).join(' ');
  const found = await browser.newPage();
  await found.goto(base, { waitUntil: 'networkidle' });
  await found.waitForFunction(() => document.querySelector('[hidden="until-found"]'));
  await found.evaluate(() => (window.broadsheetMarker = true));
  await found.goto(`${base}#:~:text=${encodeURIComponent(words).replace(/-/g, '%2D')}`);
  await found.waitForTimeout(300);
  check(await found.evaluate(() => window.broadsheetMarker === true), 'the page was reloaded');
  const afterFind = await questions(found);
  check(
    afterFind
      .filter((q) => q.open)
      .map((q) => q.id)
      .join() === last.id,
    `find-in-page for "${words}" should open only ${last.id}: ${JSON.stringify(afterFind)}`,
  );
  await found.close();

  // Find-in-page before any script runs (the script never arrives): the server HTML's
  // hidden="until-found" lets the browser reveal the closed answer that holds the text.
  const early = await browser.newPage();
  await early.route('**/client.js', (route) => route.abort());
  await early.goto(`${base}#:~:text=${encodeURIComponent(words).replace(/-/g, '%2D')}`);
  await early.waitForTimeout(500);
  const revealed = await early.$$eval('[data-part="answer"]', (answers) =>
    answers.map((answer) => answer.offsetHeight > 0),
  );
  check(
    revealed.at(-1) === true && revealed.slice(0, -1).every((shown) => !shown),
    `before hydration, find-in-page should reveal only the last answer: ${revealed}`,
  );
  await early.close();

  // A deep link to the second question, far down the page: it opens, in view.
  const linked = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await linked.goto(`${base}#${closed[1].id}`);
  await linked.waitForFunction(
    (id) => document.getElementById(id)?.querySelector('[aria-expanded="true"]'),
    closed[1].id,
    { timeout: 5000 },
  );
  await linked.waitForTimeout(300);
  const top = await linked.evaluate(
    (id) => document.getElementById(id).getBoundingClientRect().top,
    closed[1].id,
  );
  const scrolled = await linked.evaluate(() => window.scrollY);
  check(scrolled > 600 && top >= -2 && top < 300, `the linked question is not in view: ${top}`);
  await linked.close();

  // JavaScript off: no hydration, and every answer is shown.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(base);
  const shown = await still.$$eval('button[aria-expanded]', (buttons) =>
    buttons.map((b) => ({
      answer: document.getElementById(b.getAttribute('aria-controls')).offsetHeight,
      button: b.offsetHeight,
      text: b.parentElement.querySelector('[data-part="question-text"]').offsetHeight,
    })),
  );
  check(
    shown.length === closed.length && shown.every((q) => q.answer > 0),
    `with JavaScript off every answer should be shown: ${JSON.stringify(shown)}`,
  );
  // A screen reader must not hear "collapsed" over an answer that is shown.
  check(
    shown.every((q) => q.button === 0 && q.text > 0),
    `with JavaScript off each question should be plain text, not a button: ${JSON.stringify(shown)}`,
  );
  await context.close();
} finally {
  await browser.close();
  http.close();
}

finish(
  'Browser page check: hydrates with no warning; find-in-page, a #id link and JavaScript off ' +
    'each show the right answers in Chromium.',
);
