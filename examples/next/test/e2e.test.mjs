// End-to-end tests of the example against its production build (`next build` first; the
// repository's `npm run test:example` does both). Each run starts `next start` on 127.0.0.1
// with a database of its own in a temporary folder, and drives Debian's Chromium (or
// CHROMIUM_PATH) through Playwright, with JavaScript on and off.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-example-'));
const dataDir = path.join(workDir, 'data');
const faultFile = path.join(workDir, 'database-down');
const WAIT = 30_000;
/** Everything the server wrote, across restarts. */
const serverLog = [];
let server;
let baseUrl;
let browser;
/** Console messages and page errors from every page that ran the script. */
const browserProblems = [];
let counter = 0;

/** A word no other test writes, to find one comment again. */
const unique = (label) => `${label}-${Date.now().toString(36)}-${++counter}`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(
    path.join(exampleDir, 'node_modules/.bin/next'),
    ['start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: exampleDir,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        // The app closes its database and exits on SIGTERM (lib/store.ts).
        NEXT_MANUAL_SIG_HANDLE: '1',
        EXAMPLE_DATA_DIR: dataDir,
        EXAMPLE_DB_FAULT_FILE: faultFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout.on('data', (chunk) => serverLog.push(String(chunk)));
  server.stderr.on('data', (chunk) => serverLog.push(String(chunk)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${serverLog.join('')}`);
    try {
      // The first request opens the database and creates its tables.
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer:\n${serverLog.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** A page with JavaScript on (the default) or off, whose console is watched. */
async function openPage({ javaScript = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      browserProblems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => browserProblems.push(`pageerror: ${error.message}`));
  await page.goto(`${baseUrl}/`);
  return { page, requests, close: () => context.close() };
}

const commentForm = (page) => page.locator('form[data-part="form"]');
const thread = (page) => page.locator('[data-part="thread"]');
const sentNotice = (page) =>
  commentForm(page)
    .locator('[data-part="sent"]')
    .filter({ hasText: 'Thank you. Your comment is awaiting moderation.' });
const commentByText = (page, text) =>
  thread(page).locator('[data-part="comment"]').filter({ hasText: text });

/**
 * Waits until CommentBox has hydrated: its form's key is made in the browser, so a filled key
 * field means the script runs. Buttons that only script serves (Reply, Show more comments)
 * do nothing before then.
 */
async function hydrated(page) {
  await page.waitForFunction(
    () => globalThis.document.querySelector('form[data-part="form"] input[name="key"]')?.value,
  );
}

async function fillComment(page, { name = 'Test Reader', body }) {
  const form = commentForm(page);
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Comment', { exact: true }).fill(body);
}

/** The comments in one list of the moderation page (`pending`, `published`) that hold `text`. */
async function listedWith(page, text, list = 'pending') {
  await page.goto(`${baseUrl}/moderation`);
  return page.locator(`[data-list="${list}"] li[data-comment-id]`).filter({ hasText: text });
}
const pendingWith = (page, text) => listedWith(page, text, 'pending');

/**
 * Presses Approve or Remove on the one comment of a moderation list that holds `text`, waits
 * for the Server Action's answer, and for the comment to leave that list.
 */
async function decide(page, text, list, button) {
  const item = await listedWith(page, text, list);
  assert.equal(await item.count(), 1, `one ${list} comment holds "${text}"`);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    item.getByRole('button', { name: button }).click(),
  ]);
  await (await listedWith(page, text, list)).first().waitFor({ state: 'detached' });
}
const approve = (page, text) => decide(page, text, 'pending', 'Approve');

/**
 * The fields of the page's comment form as a browser would post them without script, with
 * some replaced: a forged or repeated post, sent as the form's own multipart body.
 */
async function formFields(page, changes = {}) {
  const fields = await commentForm(page)
    .locator('input[name], textarea[name]')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.type !== 'submit')
        .map((element) => [element.name, element.value]),
    );
  const multipart = Object.fromEntries(fields);
  return { ...multipart, ...changes };
}

async function postFormDirectly(page, fields) {
  const response = await page.request.post(`${baseUrl}/`, { multipart: fields });
  return { status: response.status(), html: await response.text() };
}

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  await startServer();
});

after(async () => {
  await browser?.close();
  await stopServer();
  rmSync(workDir, { recursive: true, force: true });
});

describe('with JavaScript', () => {
  test('the page is styled before the script runs', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    // styled-components' CSS for the client forms is in the head, the article's beside it.
    const head = html.slice(0, html.indexOf('<body'));
    assert.match(head, /<style data-styled[^>]*>[^<]*\[data-part='field'\]/);
    const [, classes] = html.match(/<article[^>]*class="([^"]+)"/) ?? [];
    assert.ok(
      classes?.split(' ').some((name) => html.includes(`.${name}{`)),
      'the article root has rules',
    );
    // Without script, the forms look as they will after hydration.
    const { page, close } = await openPage({ javaScript: false });
    const button = commentForm(page).getByRole('button', { name: 'Post comment' });
    const background = await button.evaluate(
      (element) => globalThis.getComputedStyle(element).backgroundColor,
    );
    assert.equal(background, 'rgb(138, 28, 28)');
    await close();
  });

  test('load more adds the next threads', async () => {
    const { page, close } = await openPage();
    const oldest = 'Giving up on NATO feels like a huge gamble';
    await hydrated(page);
    assert.equal(await commentByText(page, oldest).count(), 0);
    await page.getByRole('button', { name: 'Show more comments' }).click();
    await commentByText(page, oldest).waitFor();
    // Its replies come with it; then there is nothing more to load.
    await commentByText(page, 'Harder, yes. Impossible, no.').waitFor();
    await page.getByRole('button', { name: 'Show more comments' }).waitFor({ state: 'detached' });
    await close();
  });

  test('a comment awaits moderation, and shows as published once approved', async () => {
    const { page, close } = await openPage();
    const body = unique('A comment with script');
    await fillComment(page, { name: 'Jo Script', body });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    const shown = commentByText(page, body);
    await shown.waitFor();
    await shown.getByText('Awaiting moderation').waitFor();
    await sentNotice(page).waitFor();
    // The comment field empties, the name stays.
    assert.equal(await commentForm(page).getByLabel('Comment', { exact: true }).inputValue(), '');

    await approve(page, body);
    await page.goto(`${baseUrl}/`);
    await commentByText(page, body).waitFor();
    assert.equal(await commentByText(page, body).getByText('Awaiting moderation').count(), 0);
    await close();
  });

  test('a double click stores one comment', async () => {
    const { page, close } = await openPage();
    const body = unique('Double click');
    await fillComment(page, { body });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).dblclick();
    await commentByText(page, body).waitFor();
    assert.equal(await (await pendingWith(page, body)).count(), 1);
    await close();
  });

  test('the same post sent twice (the same key) is stored once', async () => {
    // A hydrated form posts a key that stays the same for every retry of one draft; here the
    // same post goes out twice at once, as a retry after a lost answer would.
    const { page, close } = await openPage({ javaScript: false });
    const body = unique('Sent twice');
    await fillComment(page, { body });
    const fields = await formFields(page, { key: unique('draft-key') });
    const [first, second] = await Promise.all([
      postFormDirectly(page, fields),
      postFormDirectly(page, fields),
    ]);
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.equal(await (await pendingWith(page, body)).count(), 1);
    await close();
  });

  test('an empty comment shows the error summary and keeps the name', async () => {
    const { page, close } = await openPage();
    await fillComment(page, { name: 'Kept Name', body: '' });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await commentForm(page).getByRole('alert').getByText('There is a problem').waitFor();
    await commentForm(page).getByText('Enter your comment').first().waitFor();
    assert.equal(
      await commentForm(page).getByLabel('Name', { exact: true }).inputValue(),
      'Kept Name',
    );
    await close();
  });

  test('sign up, then sign up again: already', async () => {
    const { page, close } = await openPage();
    const email = `${unique('reader')}@example.com`;
    const signup = page.getByRole('region', { name: 'Sign up for our newsletter' });
    await signup.getByLabel('Email address').fill(email);
    await signup.getByRole('button', { name: 'Subscribe' }).click();
    await signup.getByText('Check your inbox to confirm.').waitFor();

    // The confirmation link is in the server log; opening it confirms the sign-up.
    const link = serverLog
      .join('')
      .match(/confirm at (\S+\/newsletter\/confirm\?token=[\w-]+)/g)
      ?.at(-1);
    assert.ok(link, 'the server logs a confirmation link');
    const confirm = await fetch(link.replace(/^confirm at /, ''));
    assert.equal(confirm.status, 200);
    assert.match(await confirm.text(), /confirmed/);

    await page.goto(`${baseUrl}/`);
    await signup.getByLabel('Email address').fill(email.toUpperCase());
    await signup.getByRole('button', { name: 'Subscribe' }).click();
    await signup.getByText('You’re already subscribed.').waitFor();
    await close();
  });
});

describe('with JavaScript off', () => {
  test('a comment posts with the form, and nothing typed lands in a URL', async () => {
    const { page, requests, close } = await openPage({ javaScript: false });
    const name = unique('NoScriptName');
    const body = unique('A comment without script');
    await fillComment(page, { name, body });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await sentNotice(page).waitFor();
    for (const url of [...requests, page.url()]) {
      assert.ok(!url.includes(name) && !url.includes(body), `no typed text in ${url}`);
    }
    await approve(page, body);
    await page.goto(`${baseUrl}/`);
    await commentByText(page, body).waitFor();
    assert.equal(await commentByText(page, body).getByText('Awaiting moderation').count(), 0);
    await close();
  });

  test('the comment just posted shows in the thread, awaiting moderation', async () => {
    const { page, close } = await openPage({ javaScript: false });
    const body = unique('Shown after a post without script');
    await fillComment(page, { body });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await sentNotice(page).waitFor();
    await commentByText(page, body).getByText('Awaiting moderation').waitFor({ timeout: 2000 });
    await close();
  });

  test('a refusal comes back in the page, with nothing typed in a URL', async () => {
    const { page, requests, close } = await openPage({ javaScript: false });
    const name = unique('Kept');
    await fillComment(page, { name, body: '   ' });
    await commentForm(page).getByLabel('Email address').fill('not-an-address');
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    const summary = commentForm(page).getByRole('alert');
    await summary.getByText('There is a problem').waitFor();
    await summary.getByText('Enter your comment').waitFor();
    await summary.getByText(/Enter an email address in the correct format/).waitFor();
    for (const url of [...requests, page.url()]) assert.ok(!url.includes(name), url);
    await close();
  });

  test('a refusal keeps every value', async () => {
    const { page, close } = await openPage({ javaScript: false });
    const name = unique('Kept');
    await fillComment(page, { name, body: '   ' });
    await commentForm(page).getByLabel('Email address').fill('not-an-address');
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await commentForm(page).getByText('There is a problem').waitFor();
    assert.equal(await commentForm(page).getByLabel('Name', { exact: true }).inputValue(), name);
    assert.equal(
      await commentForm(page).getByLabel('Email address').inputValue(),
      'not-an-address',
    );
    await close();
  });

  test('sign up, sign up again, and a bad address kept with its error', async () => {
    const { page, requests, close } = await openPage({ javaScript: false });
    const email = `${unique('offline')}@example.com`;
    const signup = page.getByRole('region', { name: 'Sign up for our newsletter' });
    await signup.getByLabel('Email address').fill(email);
    await signup.getByRole('button', { name: 'Subscribe' }).click();
    await signup.getByText('Check your inbox to confirm.').waitFor();
    await page.goto(`${baseUrl}/`);
    await signup.getByLabel('Email address').fill(email);
    await signup.getByRole('button', { name: 'Subscribe' }).click();
    await signup.getByText('You’re already subscribed.').waitFor();

    await page.goto(`${baseUrl}/`);
    await signup.getByLabel('Email address').fill('nobody@nowhere');
    await signup.getByRole('button', { name: 'Subscribe' }).click();
    await signup
      .getByText(/Enter an email address in the correct format/)
      .first()
      .waitFor();
    assert.equal(await signup.getByLabel('Email address').inputValue(), 'nobody@nowhere');
    for (const url of [...requests, page.url()]) {
      assert.ok(!url.includes(encodeURIComponent(email)) && !url.includes(email), url);
      assert.ok(!url.includes('nobody'), url);
    }
    await close();
  });
});

describe('faults', () => {
  test('a database error keeps the text, says so, logs it, and a retry goes through', async () => {
    const { page, close } = await openPage();
    const body = unique('Written while the database is down');
    await fillComment(page, { body });
    writeFileSync(faultFile, '');
    try {
      await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
      await commentForm(page).getByText('Your comment could not be posted. Try again.').waitFor();
    } finally {
      rmSync(faultFile, { force: true });
    }
    assert.equal(await commentForm(page).getByLabel('Comment', { exact: true }).inputValue(), body);
    assert.match(serverLog.join(''), /Could not store a comment: .*database unavailable/);
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await commentByText(page, body).getByText('Awaiting moderation').waitFor();
    assert.equal(await (await pendingWith(page, body)).count(), 1);
    await close();
  });

  test('two tabs posting at once: both stored, each once', async () => {
    const first = await openPage();
    const second = await openPage();
    const bodies = [unique('From the first tab'), unique('From the second tab')];
    await fillComment(first.page, { body: bodies[0] });
    await fillComment(second.page, { body: bodies[1] });
    await Promise.all(
      [first, second].map(({ page }) =>
        commentForm(page).getByRole('button', { name: 'Post comment' }).click(),
      ),
    );
    await commentByText(first.page, bodies[0]).waitFor();
    await commentByText(second.page, bodies[1]).waitFor();
    for (const body of bodies) assert.equal(await (await pendingWith(first.page, body)).count(), 1);
    await first.close();
    await second.close();
  });

  test('a restart keeps every stored comment', async () => {
    const { page, close } = await openPage();
    const published = unique('Published before the restart');
    const pending = unique('Pending before the restart');
    for (const body of [published, pending]) {
      await page.goto(`${baseUrl}/`);
      await fillComment(page, { body });
      await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
      await commentByText(page, body).waitFor();
    }
    await approve(page, published);
    await close();

    await stopServer();
    await startServer();

    const after = await openPage();
    await commentByText(after.page, published).waitFor();
    assert.equal(await (await pendingWith(after.page, pending)).count(), 1);
    await after.close();
  });
});

describe('hostile input', () => {
  test('markup and SQL are stored and shown as plain text', async () => {
    const { page, close } = await openPage();
    const marker = unique('hostile');
    const body = `${marker} </script><script>window.__owned = 1</script> <b>bold</b> '); drop table comments; -- "quoted" \\ $1`;
    await fillComment(page, { name: `<img src=x onerror="window.__owned = 2">`, body });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await commentByText(page, marker).waitFor();
    await approve(page, marker);
    await page.goto(`${baseUrl}/`);
    const shown = commentByText(page, marker);
    await shown.waitFor();
    assert.equal(
      // textContent: innerText is empty for a comment the page has not drawn yet (off screen).
      (await shown.locator('[data-part="body"]').textContent()).trim(),
      body,
      'the text comes back exactly as typed',
    );
    assert.equal(await page.evaluate(() => globalThis.__owned), undefined);
    assert.equal(await shown.locator('b, script, img[src="x"]').count(), 0);
    await close();
  });

  test('a 100 kB comment is refused, without script too, and nothing is stored', async () => {
    const { page, close } = await openPage({ javaScript: false });
    const marker = unique('huge');
    const body = `${marker} ${'x'.repeat(100_000)}`;
    await fillComment(page, { body });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await commentForm(page)
      .getByText(/Comment must be 5,?000 characters or fewer/)
      .first()
      .waitFor();
    assert.equal(await commentForm(page).getByLabel('Comment', { exact: true }).inputValue(), body);
    assert.equal(await (await pendingWith(page, marker)).count(), 0);
    await close();
  });

  test('a reply to a comment that does not exist, or is on another article, is refused', async () => {
    const { page, close } = await openPage({ javaScript: false });
    for (const parentId of ['no-such-comment', 'ar-c1']) {
      await page.goto(`${baseUrl}/`);
      const marker = unique(`forged-${parentId}`);
      await fillComment(page, { body: marker });
      const { status, html } = await postFormDirectly(page, await formFields(page, { parentId }));
      assert.equal(status, 200);
      assert.ok(
        html.includes('The comment you replied to is not on this page.'),
        `the reply to ${parentId} is refused in the page`,
      );
      assert.equal(await (await pendingWith(page, marker)).count(), 0, parentId);
    }
    await close();
  });
});

describe('moderation', () => {
  test('a published comment removed with replies leaves a placeholder, and its words nowhere', async () => {
    const { page, close } = await openPage();
    const name = unique('Parent');
    const body = unique('Words a moderator will remove');
    const reply = unique('A reply that stays');
    await fillComment(page, { name, body });
    await commentForm(page).getByRole('button', { name: 'Post comment' }).click();
    await sentNotice(page).waitFor();
    await approve(page, body);

    await page.goto(`${baseUrl}/`);
    await hydrated(page);
    await commentByText(page, body)
      .getByRole('button', { name: `Reply to ${name}` })
      .click();
    const replyForm = page.locator('form[data-part="reply-form"]');
    await replyForm.getByLabel('Name', { exact: true }).fill('Replying Reader');
    await replyForm.getByLabel('Comment', { exact: true }).fill(reply);
    await replyForm.getByRole('button', { name: 'Post comment' }).click();
    await commentByText(page, reply).waitFor();
    await approve(page, reply);

    await decide(page, body, 'published', 'Remove');

    // The server's page: the placeholder in the comment's place, the reply under it, and the
    // removed words in neither the HTML nor the data it carries for hydration.
    const html = await (await fetch(`${baseUrl}/`)).text();
    assert.ok(!html.includes(body), 'the removed words are not in the page');
    await page.goto(`${baseUrl}/`);
    const placeholder = thread(page)
      .locator('[data-part="item"]')
      .filter({ has: page.getByText('This comment was removed by a moderator.') })
      .filter({ hasText: reply });
    await placeholder.waitFor();
    await placeholder.locator('[data-part="replies"]').getByText(reply).waitFor();
    // Removing the reply as well leaves nothing of the thread.
    await decide(page, reply, 'published', 'Remove');
    const after = await (await fetch(`${baseUrl}/`)).text();
    assert.ok(!after.includes(reply), 'the removed reply is not in the page');
    assert.ok(!after.includes(name), 'a thread with nothing published is left out');
    await close();
  });
});

describe('wiring', () => {
  test('no hydration warnings and no script errors on any page', () => {
    const hydration = browserProblems.filter((text) =>
      /hydrat|did not match|#418|#423|#425/i.test(text),
    );
    assert.deepEqual(hydration, []);
    const errors = browserProblems.filter((text) => text.startsWith('pageerror'));
    assert.deepEqual(errors, []);
  });
});
