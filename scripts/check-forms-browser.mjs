/* global document, window -- the callbacks given to page.evaluate and the like run in the page. */
// The forms of the built package in Chromium, as a reader meets them on a server-rendered
// page: with JavaScript off a comment and a sign-up post as POST with nothing in the URL, and
// the server's refusal comes back in the page with the summary and every value, no script
// needed; text typed while the script is still on its way survives hydration and is what is
// sent; and the page hydrates with no warning.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { checkList, pageBundler } from './page-bundle.mjs';

const root = process.cwd();
const work = path.join(root, 'node_modules', '.cache', 'broadsheet-check-forms');
mkdirSync(work, { recursive: true });

// The page: a comment box and a sign-up that post to /comments and /subscribe without script,
// and send through handlers (which record what they got) once hydrated. The state a post
// brought back arrives as JSON in a script tag.
const tree = `
  import { createElement as h } from 'react';
  import { BroadsheetProvider, CommentBox, NewsletterSignup } from 'broadsheet';
  export const tree = (state) =>
    h(BroadsheetProvider, null,
      h(NewsletterSignup, {
        action: '/subscribe',
        consentLabel: 'Email me the newsletter',
        state: state.subscribe,
        onSubscribe: async (request, { key }) => {
          window.sent = { ...request, key };
          return { status: 'pending' };
        },
      }),
      h(CommentBox, {
        action: '/comments',
        state: state.comment,
        onSubmit: async (draft, { key }) => {
          window.sent = { ...draft, key };
        },
      }));
`;

const bundle = pageBundler({ root, work, tree });

// Renders the page for a state given as JSON on standard input.
const server = await bundle(
  'server.mjs',
  `import { renderToString } from 'react-dom/server';
   import { ServerStyleSheet } from 'styled-components';
   import { readFileSync } from 'node:fs';
   const state = JSON.parse(readFileSync(0, 'utf8') || '{}');
   const sheet = new ServerStyleSheet();
   const html = renderToString(sheet.collectStyles(tree(state)));
   process.stdout.write(JSON.stringify({ html, styles: sheet.getStyleTags() }));`,
  { platform: 'node', packages: 'external' },
);
await bundle(
  'client.js',
  `import { hydrateRoot } from 'react-dom/client';
   const state = JSON.parse(document.getElementById('state').textContent);
   hydrateRoot(document.getElementById('root'), tree(state));
   window.hydrated = true;`,
  { platform: 'browser', define: { 'process.env.NODE_ENV': '"development"' } },
);
// The server half, as an app's server would use it.
const forms = await import(path.join(root, 'dist/forms/index.js'));

function page(state = {}) {
  const { html, styles } = JSON.parse(
    execFileSync(process.execPath, [server], { input: JSON.stringify(state), encoding: 'utf8' }),
  );
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forms</title>${styles}</head>` +
    `<body><div id="root">${html}</div><script id="state" type="application/json">${json}</script>` +
    `<script type="module" src="/client.js"></script></body></html>`
  );
}

const requests = [];
// Holds the script back until released, to type before it arrives.
let releaseScript = () => {};
let holdScript = false;
const http = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://x');
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString('utf8');
  requests.push({ method: request.method, url: request.url, body });
  if (url.pathname === '/client.js') {
    if (holdScript) await new Promise((release) => (releaseScript = release));
    response.writeHead(200, { 'content-type': 'text/javascript' });
    return response.end(readFileSync(path.join(work, 'client.js')));
  }
  let state = {};
  if (request.method === 'POST') {
    const data = new URLSearchParams(body);
    if (url.pathname === '/comments') {
      const parsed = forms.parseCommentForm(data);
      state.comment = parsed.ok ? forms.commentPosted() : parsed.state;
    } else if (url.pathname === '/subscribe') {
      const parsed = forms.parseSubscribeForm(data, { requireConsent: true });
      state.subscribe = parsed.ok ? forms.subscribeDone('pending', parsed.request) : parsed.state;
    }
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(page(state));
});
http.listen(0, '127.0.0.1');
await once(http, 'listening');
const base = `http://127.0.0.1:${http.address().port}/article`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const { check, finish } = checkList(work);
const posts = () => requests.filter((r) => r.method === 'POST');

try {
  // JavaScript off: the comment form posts, the server refuses an empty comment, and the page
  // it sends back shows the summary and every value with no script at all.
  const off = await browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(base);
  await still.fill('[data-part="form"] [name="name"]', 'Ada Reader');
  await still.fill('[data-part="form"] [name="email"]', 'ada@example.com');
  requests.length = 0;
  await Promise.all([still.waitForNavigation(), still.click('[data-part="form"] [type="submit"]')]);
  const refused = posts().at(-1);
  check(
    refused?.method === 'POST',
    `a comment without script should POST: ${JSON.stringify(refused)}`,
  );
  check(
    !still.url().includes('?') && !still.url().includes('ada%40example'),
    `nothing typed may reach the URL: ${still.url()}`,
  );
  check(/email=ada%40example\.com/.test(refused?.body ?? ''), 'the email goes in the body');
  const back = await still.evaluate(() => ({
    summary: document.querySelector('[data-part="error-summary"]')?.textContent ?? '',
    name: document.querySelector('[data-part="form"] [name="name"]').value,
    email: document.querySelector('[data-part="form"] [name="email"]').value,
    shown: document.querySelector('[data-part="error-summary"]')?.offsetHeight ?? 0,
  }));
  check(
    back.summary.includes('Enter your comment') && back.shown > 0,
    `the refusal should show in a summary: ${JSON.stringify(back)}`,
  );
  check(
    back.name === 'Ada Reader' && back.email === 'ada@example.com',
    `values should come back: ${JSON.stringify(back)}`,
  );
  // Then a comment that goes through.
  await still.fill('[data-part="form"] [name="body"]', 'Posted without script.');
  await Promise.all([still.waitForNavigation(), still.click('[data-part="form"] [type="submit"]')]);
  const posted = posts().at(-1);
  check(
    posted?.method === 'POST' && /body=Posted\+without\+script/.test(posted.body),
    `the comment should be posted: ${JSON.stringify(posted)}`,
  );
  check(
    (await still.textContent('body')).includes('awaiting moderation'),
    'the posted comment should be confirmed',
  );
  // The sign-up, the same way.
  await still.fill('[name="email"][autocomplete="email"] >> nth=0', 'reader@example.com');
  await still.check('[name="consent"]');
  await Promise.all([still.waitForNavigation(), still.click('[data-part="submit"] >> nth=0')]);
  const signUp = posts().at(-1);
  check(
    signUp?.method === 'POST' && signUp.url === '/subscribe' && /consent=yes/.test(signUp.body),
    `the sign-up should POST to /subscribe: ${JSON.stringify(signUp)}`,
  );
  check(!still.url().includes('?'), `nothing typed may reach the URL: ${still.url()}`);
  check(
    (await still.textContent('[data-part="confirmation"]'))?.includes('Check your inbox'),
    'the sign-up should be confirmed in place of the form',
  );
  await off.close();

  // A slow script: the reader types before it arrives; hydration keeps the text, no warning
  // is logged, and Post sends what was typed.
  holdScript = true;
  const slow = await browser.newPage();
  const messages = [];
  slow.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(m.text()));
  slow.on('pageerror', (error) => messages.push(error.message));
  // A module script holds DOMContentLoaded back, so the page is used as soon as it shows.
  await slow.goto(base, { waitUntil: 'commit' });
  await slow.waitForSelector('[data-part="form"] [name="body"]');
  await slow.fill('[data-part="form"] [name="name"]', 'Early Reader');
  await slow.fill('[data-part="form"] [name="body"]', 'Typed before the script.');
  holdScript = false;
  releaseScript();
  await slow.waitForFunction(() => window.hydrated === true);
  await slow.waitForTimeout(100);
  check(
    (await slow.inputValue('[data-part="form"] [name="body"]')) === 'Typed before the script.',
    'text typed before hydration should stay',
  );
  await slow.click('[data-part="form"] [type="submit"]');
  await slow.waitForFunction(() => window.sent);
  const sent = await slow.evaluate(() => window.sent);
  check(
    sent.name === 'Early Reader' && sent.body === 'Typed before the script.' && sent.key,
    `what was typed before hydration should be sent: ${JSON.stringify(sent)}`,
  );
  check(messages.length === 0, `console errors: ${messages.join(' | ')}`);
  await slow.close();
} finally {
  releaseScript();
  await browser.close();
  http.close();
}

finish(
  'Forms check: with JavaScript off both forms POST with nothing in the URL and a refusal comes ' +
    'back with its summary and values; text typed before hydration is kept and sent.',
);
