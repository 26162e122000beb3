// Installs the packed tarball into a fresh app, as a user would, and checks it there:
// - it renders on the server from ESM `import` and CommonJS `require`, with styles collected;
// - both entries export every name of the public contract (API.md's Imports section);
// - a consumer file importing every public name, `broadsheet/messages/de` and `/ar`
//   type-checks with `moduleResolution: node16` (as ESM and as CommonJS) and `bundler`,
//   with the project's own TypeScript and the project's @types/react;
// - every component renders in jsdom with Testing Library and no provider, in a Vitest run
//   inside the app, the way the app's own tests would use the package.
// Only the npm registry is used (with --prefer-offline), for the app's dependencies.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-pack-'));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Runs a command; on failure the error carries everything it printed (tsc writes to stdout). */
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw failure(command, args, cwd, error);
  }
}
async function runAsync(command, args, cwd) {
  try {
    const { stdout } = await promisify(execFile)(command, args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    throw failure(command, args, cwd, error);
  }
}
function failure(command, args, cwd, error) {
  let output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
  // tsc names lines of the generated consumer, which is gone afterwards: quote them.
  output = output.replace(/^(types\/\w+\/consumer\.tsx)\((\d+),\d+\): .*$/gm, (line, file, at) => {
    const row = Number(at);
    const source = readFileSync(path.join(cwd, file), 'utf8').split('\n');
    return `${line}\n    > ${source.slice(row - 1, row + 1).join('\n    > ')}`;
  });
  return new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output || error.message}`);
}

/** The names API.md's Imports section promises: values, and types as `Name` or `Name as Alias`. */
function readContract() {
  const file = path.join(root, 'docs/API.md');
  const section = readFileSync(file, 'utf8')
    .split(/^## Imports\s*$/m)[1]
    ?.split(/^## /m)[0];
  const code = section?.match(/```ts\n([\s\S]*?)```/)?.[1] ?? '';
  const names = (pattern) =>
    (code.match(pattern)?.[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
  const values = names(/import\s*\{([^}]*)\}\s*from\s*'broadsheet'/);
  const types = names(/import\s+type\s*\{([^}]*)\}\s*from\s*'broadsheet'/).map((spec) => {
    const [imported, local = imported] = spec.split(/\s+as\s+/);
    return { imported, local };
  });
  if (values.length < 10 || types.length < 10)
    throw new Error(
      `The Imports section of ${file} no longer reads as expected; update this check.`,
    );
  return { file, values, types };
}

/** The version installed in the project, so the app gets the same one, from the npm cache. */
function installed(name) {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

try {
  const contract = readContract();
  console.log(`Pack check: the contract is ${path.relative(root, contract.file)}`);

  const [{ filename, files }] = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', work], root),
  );
  const stray = files
    .map((file) => file.path)
    .filter((file) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(file));
  if (stray.length > 0)
    throw new Error(`The tarball holds files outside dist: ${stray.join(', ')}`);

  const app = path.join(work, 'app');
  mkdirSync(app, { recursive: true });
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  const devDependencies = JSON.parse(
    readFileSync(path.join(root, 'package.json'), 'utf8'),
  ).devDependencies;
  const version = (name) => `${name}@${installed(name) ?? devDependencies[name]}`;
  const peers = ['react', 'react-dom', 'styled-components'].map(
    (name) => `${name}@${devDependencies[name]}`,
  );
  // What an app's own type check and tests bring: the project's versions of each.
  const tools = [
    '@types/react',
    'vitest',
    'jsdom',
    '@testing-library/react',
    '@testing-library/dom',
  ].map(version);
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      path.join(work, filename),
      ...peers,
      ...tools,
    ],
    app,
  );
  console.log(`Pack check: ${filename} and the app's dependencies installed (${seconds()})`);

  // Server rendering from both module systems, as before.
  const render = `
    const html = renderToString(sheet.collectStyles(
      createElement(BroadsheetProvider, { messages: de.messages },
        createElement(Callout, { variant: 'tip' }, 'Packed and rendered'),
        createElement(FAQAccordion, { items: [{ question: 'Q?', answer: 'A.' }] }))));
    const styles = sheet.getStyleTags();
    for (const text of ['<aside', 'Profi-Tipp', 'Packed and rendered', 'Q?', 'A.']) {
      if (!html.includes(text)) throw new Error('missing ' + text + ' in ' + html);
    }
    if (!styles.includes('--bs-')) throw new Error('no styles collected');
    for (const table of [de, ar]) {
      if (!table.messages || table.default !== table.messages) throw new Error(kind + ': a messages table is not exported as messages and default');
    }
    console.log(JSON.stringify({ kind, html: html.length, styles: styles.length, names: Object.keys(broadsheet).sort() }));
  `;
  writeFileSync(
    path.join(app, 'esm.mjs'),
    `import { createElement } from 'react';
     import { renderToString } from 'react-dom/server';
     import { ServerStyleSheet } from 'styled-components';
     import * as broadsheet from 'broadsheet';
     import * as de from 'broadsheet/messages/de';
     import * as ar from 'broadsheet/messages/ar';
     const { BroadsheetProvider, Callout, FAQAccordion } = broadsheet;
     const kind = 'ESM import'; const sheet = new ServerStyleSheet();
     ${render}`,
  );
  writeFileSync(
    path.join(app, 'cjs.cjs'),
    `const { createElement } = require('react');
     const { renderToString } = require('react-dom/server');
     const { ServerStyleSheet } = require('styled-components');
     const broadsheet = require('broadsheet');
     const de = require('broadsheet/messages/de');
     const ar = require('broadsheet/messages/ar');
     const { BroadsheetProvider, Callout, FAQAccordion } = broadsheet;
     const kind = 'CommonJS require'; const sheet = new ServerStyleSheet();
     ${render}`,
  );
  // The server half of the forms, from both module systems, without React.
  const formsCheck = `
    const data = new URLSearchParams('name=Ada&body=%20Hi%20&website=');
    const parsed = forms.parseCommentForm(data);
    if (!parsed.ok || parsed.draft.body !== 'Hi') throw new Error(kind + ': parseCommentForm ' + JSON.stringify(parsed));
    const refused = forms.parseSubscribeForm(new URLSearchParams('email=a@b..c'));
    if (refused.ok || refused.state.errors.email.code !== 'invalid') throw new Error(kind + ': parseSubscribeForm');
    console.log(kind + ': broadsheet/forms checks a post without React');
  `;
  writeFileSync(
    path.join(app, 'forms.mjs'),
    `import * as forms from 'broadsheet/forms';
     const kind = 'ESM import';
     ${formsCheck}`,
  );
  writeFileSync(
    path.join(app, 'forms.cjs'),
    `const forms = require('broadsheet/forms');
     const kind = 'CommonJS require';
     ${formsCheck}
     // CommonJS lists every module it loaded: React must not be among them.
     if (Object.keys(require.cache).some((name) => name.includes('node_modules/react'))) {
       throw new Error('broadsheet/forms loads React');
     }`,
  );
  for (const file of ['forms.mjs', 'forms.cjs']) console.log(run('node', [file], app).trim());

  const rendered = ['esm.mjs', 'cjs.cjs'].map((file) => JSON.parse(run('node', [file], app)));
  for (const { kind, html, styles } of rendered) {
    console.log(`${kind}: rendered ${html} characters and ${styles} of styles`);
  }
  const [esmNames, cjsNames] = rendered.map(({ names }) => names.filter((n) => n !== 'default'));
  if (esmNames.join() !== cjsNames.join()) {
    throw new Error(
      `ESM and CommonJS export different names:\n  ESM ${esmNames.join(', ')}\n  CJS ${cjsNames.join(', ')}`,
    );
  }

  // Every value name of the contract must be exported.
  const missing = contract.values.filter((name) => !esmNames.includes(name));
  if (missing.length > 0)
    throw new Error(`The package does not export ${missing.join(', ')}, named in API.md.`);
  const { values } = contract;
  const components = values.filter((name) => /^[A-Z]/.test(name));

  writeTypeChecks(app, contract.types, values);
  writeRenderTests(app, components);
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  // The two type checks and the app's tests run side by side; each reports its own time.
  const timed = async (label, command) => {
    const begun = Date.now();
    const output = await command;
    return { label, output, time: `${((Date.now() - begun) / 1000).toFixed(1)} s` };
  };
  const settled = await Promise.allSettled([
    timed('tsc node16', runAsync('node', [tsc, '-p', 'tsconfig.node16.json'], app)),
    timed('tsc bundler', runAsync('node', [tsc, '-p', 'tsconfig.bundler.json'], app)),
    timed(
      'vitest',
      runAsync(
        'node',
        ['node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose', '--no-color'],
        app,
      ),
    ),
  ]);
  // Every run has ended before anything is reported or the app is removed.
  const failed = settled.filter(({ status }) => status === 'rejected');
  if (failed.length > 0) throw new Error(failed.map(({ reason }) => reason.message).join('\n\n'));
  const [node16, bundler, vitest] = settled.map(({ value }) => value);
  console.log(
    `Types: the consumer importing ${values.length} values, ${contract.types.length} types and both message tables type-checks under node16 (ESM and CommonJS, ${node16.time}) and bundler (${bundler.time}).`,
  );
  console.log(`Vitest in the app (${vitest.time}):`);
  process.stdout.write(
    vitest.output
      .split('\n')
      .filter((line) => /✓|×|↓|Tests /.test(line))
      .join('\n') + '\n',
  );
  console.log(
    `Pack check: ${filename} installs into a fresh app, renders from ESM and CommonJS, type-checks and renders every component in jsdom (${seconds()}).`,
  );
} finally {
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}

/** A consumer importing every public name, type-checked as node16 ESM, node16 CommonJS and bundler. */
function writeTypeChecks(app, types, values) {
  const has = (name) => values.includes(name);
  // How the app uses each value; every one the contract names must be used here.
  const uses = {
    ArticleHeader: '<ArticleHeader {...article} headingLevel={1} structuredData />',
    Callout: '<Callout variant={variant} title="Title" ref={asideRef}>Text</Callout>',
    NumberedTrendList:
      '<NumberedTrendList items={[trend]} title="Trends" headingLevel={2} start={1} />',
    FAQAccordion:
      '<FAQAccordion items={[faq]} title="FAQ" headingLevel={3} type="multiple" structuredData />',
    CommentBox:
      '<CommentBox onSubmit={submitComment} comments={[comment]} title="Comments" maxLength={5000} requireEmail={false} draftKey="draft" closed={false} hasMore={false} />',
    NewsletterSignup:
      '<NewsletterSignup onSubscribe={subscribe} title="News" description="Weekly" consentLabel="I agree" privacyUrl="/privacy" action="/subscribe" list="weekly" />',
    ArticleBody: '<ArticleBody blocks={article.body} />',
    Article:
      '<Article article={article} comments={[comment]} onCommentSubmit={submitComment} onSubscribe={subscribe} />',
    JsonLd: '<JsonLd data={faqPageJsonLd([faq])} />',
    BroadsheetProvider: null, // wraps the page below
    lightTheme: null,
    darkTheme: null,
    defaultMessages: null,
    newsArticleJsonLd: null,
    faqPageJsonLd: null,
  };
  const unknown = values.filter((name) => !Object.hasOwn(uses, name));
  if (unknown.length > 0)
    throw new Error(`check-pack.mjs has no type-level use for ${unknown.join(', ')}: add one.`);
  const typeName = (name) => types.find((type) => type.imported === name)?.local ?? name;
  const T = new Proxy({}, { get: (_, name) => typeName(name) });
  const source = `// Written by scripts/check-pack.mjs: every public name of API.md, as an app imports it.
import { createRef, type ReactElement } from 'react';
import { ${values.join(', ')} } from 'broadsheet';
import type { ${types.map(({ imported, local }) => (imported === local ? imported : `${imported} as ${local}`)).join(', ')} } from 'broadsheet';
import { messages as de } from 'broadsheet/messages/de';
import ar from 'broadsheet/messages/ar';

const image: ${T.Image} = { src: '/hero.jpg', alt: '', width: 1600, height: 900, caption: 'A caption' };
const author: ${T.Author} = { name: 'Chief Editor', role: 'Editor', url: '/authors/chief', avatar: image };
const trend: ${T.Trend} = { id: 'one', title: 'A trend', body: ['A paragraph.', 'Another.'] };
const faq: ${T.FAQItem} = { id: 'why', question: 'Why?', answer: 'Because.' };
const variant: ${T.CalloutVariant} = 'didYouKnow';
const related: ${T.RelatedLink} = { title: 'More', url: '/more', kicker: 'Europe', image };
const blocks: ${T.Block}[] = [
  { type: 'paragraph', text: 'Text.' },
  { type: 'heading', text: 'A heading', id: 'a-heading' },
  { type: 'callout', variant, title: 'Title', text: 'Text.' },
  { type: 'trends', title: 'Trends', items: [trend] },
  { type: 'faq', title: 'FAQ', items: [faq] },
  { type: 'quote', text: 'Words.', cite: 'Someone' },
  { type: 'image', image },
];
const article: ${T.Article} = {
  id: 'a', url: 'https://example.com/a', language: 'en', kicker: 'Europe', headline: 'Headline',
  standfirst: 'Standfirst', authors: [author], publishedAt: '2025-06-14T09:30:00Z',
  updatedAt: '2025-06-14T16:05:00Z', hero: image, body: blocks, tags: ['nato'], related: [related],
};
const comment: ${T.Comment} = {
  id: 'c1', parentId: null, author: { name: 'Reader', avatar: image }, body: 'Plain text.',
  createdAt: '2025-06-14T10:00:00Z', status: 'pending',
};
const draft: ${T.CommentDraft} = { name: 'Reader', email: 'r@example.com', body: 'Hi', parentId: comment.id };
const submitComment = async (sent: ${T.CommentDraft}): Promise<${T.Comment} | void> => ({ ...comment, body: sent.body });
const request: ${T.SubscribeRequest} = { email: 'r@example.com', consent: true, list: 'weekly' };
const subscribe = async (sent: ${T.SubscribeRequest}): Promise<${T.SubscribeResult}> =>
  sent.consent ? { status: 'pending' } : undefined;
const words: ${T.Messages} = { ...defaultMessages, ...de };
const arabic: Partial<${T.Messages}> = ar;
const themes = [lightTheme, darkTheme];
const structured: object[] = [newsArticleJsonLd(article), faqPageJsonLd([faq])];
const asideRef = createRef<HTMLElement>();

export const page: ReactElement = (
  <BroadsheetProvider theme={darkTheme} locale="de" messages={words}>
    ${values
      .map((name) => uses[name])
      .filter(Boolean)
      .join('\n    ')}
  </BroadsheetProvider>
);
export const used = [draft, request, arabic, themes, structured];

// skipLibCheck hides errors inside declaration files: a broken one turns a name into \`any\` (or
// an unresolved type) and everything above would still pass. Each line below is an error only
// while the name has its real type, and an unused @ts-expect-error is an error itself.
${[...values, 'de', 'ar']
  .map((name) => `// @ts-expect-error: no such property\n${name}.notAProperty;`)
  .join('\n')}
${types
  .map(
    ({ local }) =>
      `// @ts-expect-error: not a ${local}\nexport const not${local}: ${local} = Symbol();`,
  )
  .join('\n')}

// And the types are not loose: each line must be an error.
// @ts-expect-error: not a variant
export const loud: ${T.CalloutVariant} = 'loud';
// @ts-expect-error: an article needs a headline
export const headless: ${T.Article} = { id: 'b', authors: [], publishedAt: '2025-06-14T09:30:00Z', body: [] };
${has('Callout') ? '// @ts-expect-error: Callout\'s children are required\nexport const empty = <Callout variant="tip" />;' : ''}
`;
  for (const kind of ['esm', 'cjs']) {
    mkdirSync(path.join(app, 'types', kind), { recursive: true });
    writeFileSync(path.join(app, 'types', kind, 'consumer.tsx'), source);
    writeFileSync(
      path.join(app, 'types', kind, 'package.json'),
      JSON.stringify({ type: kind === 'esm' ? 'module' : 'commonjs' }),
    );
  }
  const options = {
    strict: true,
    jsx: 'react-jsx',
    noEmit: true,
    // As apps set it, and it keeps the check fast. The package's own declarations are checked
    // where tsup writes them; the consumer fails if a name collapses to any.
    skipLibCheck: true,
    types: [],
    lib: ['ES2022', 'DOM'],
    target: 'ES2022',
  };
  writeFileSync(
    path.join(app, 'tsconfig.node16.json'),
    JSON.stringify({
      compilerOptions: { ...options, module: 'node16', moduleResolution: 'node16' },
      files: ['types/esm/consumer.tsx', 'types/cjs/consumer.tsx'],
    }),
  );
  writeFileSync(
    path.join(app, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...options, module: 'esnext', moduleResolution: 'bundler' },
      files: ['types/esm/consumer.tsx'],
    }),
  );
}

/** A Vitest file in the app: each component of the contract rendered in jsdom, no provider. */
function writeRenderTests(app, components) {
  writeFileSync(
    path.join(app, 'vitest.config.mjs'),
    `export default { test: { environment: 'jsdom', globals: true, include: ['render.test.mjs'], testTimeout: 30000 } };\n`,
  );
  writeFileSync(
    path.join(app, 'render.test.mjs'),
    `import { createElement as h } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import * as broadsheet from 'broadsheet';
import { messages as de } from 'broadsheet/messages/de';

// Written by scripts/check-pack.mjs from the names in API.md.
const components = ${JSON.stringify(components)};

const article = {
  id: 'a', headline: 'Kyiv weighs guarantees', authors: [{ name: 'Chief Editor' }],
  publishedAt: '2025-06-14T09:30:00Z',
  body: [{ type: 'paragraph', text: 'The running text.' }, { type: 'callout', variant: 'tip', text: 'A tip.' }],
  related: [{ title: 'A related story', url: '/related' }],
};
const text = () => document.body.textContent.replace(/\\s+/g, ' ');

// What each component must show with no provider: its role, its text, its English words.
const checks = {
  Callout: ({ Callout }) => {
    render(h(Callout, { variant: 'didYouKnow' }, 'A fact.'));
    expect(screen.getByRole('note', { name: 'Did you know?' }).textContent).toContain('A fact.');
  },
  ArticleHeader: ({ ArticleHeader }) => {
    render(h(ArticleHeader, article));
    screen.getByRole('heading', { level: 1, name: 'Kyiv weighs guarantees' });
    expect(text()).toContain('By Chief Editor');
    expect(text()).toMatch(/Published June 14, 2025/);
  },
  NumberedTrendList: ({ NumberedTrendList }) => {
    render(h(NumberedTrendList, { title: 'Trends', items: [{ title: 'A trend', body: 'Its text.' }] }));
    screen.getByRole('heading', { level: 2, name: 'Trends' });
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(list.querySelectorAll('li')).toHaveLength(1);
    screen.getByRole('heading', { level: 3, name: 'A trend' });
    screen.getByText('Its text.');
  },
  FAQAccordion: ({ FAQAccordion }) => {
    render(h(FAQAccordion, { items: [{ question: 'Why?', answer: 'Because.' }] }));
    const button = screen.getByRole('button', { name: 'Why?' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Because.').closest('[hidden]')).not.toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Because.').closest('[hidden]')).toBeNull();
  },
  CommentBox: ({ CommentBox }) => {
    render(h(CommentBox, { onSubmit: async () => {} }));
    screen.getByRole('heading', { name: 'Leave a comment' });
    screen.getByRole('textbox', { name: /Comment/ });
    screen.getByRole('button', { name: 'Post comment' });
  },
  NewsletterSignup: ({ NewsletterSignup }) => {
    render(h(NewsletterSignup, { onSubscribe: async () => ({ status: 'subscribed' }) }));
    screen.getByRole('textbox', { name: /Email address/ });
    screen.getByRole('button', { name: 'Subscribe' });
  },
  ArticleBody: ({ ArticleBody }) => {
    render(h(ArticleBody, { blocks: article.body }));
    screen.getByText('The running text.');
    expect(screen.getByRole('note', { name: 'Pro tip' }).textContent).toContain('A tip.');
  },
  Article: ({ Article }) => {
    render(h(Article, { article }));
    expect(screen.getByRole('article').textContent).toContain('The running text.');
    screen.getByRole('heading', { level: 1, name: 'Kyiv weighs guarantees' });
    screen.getByRole('note', { name: 'Pro tip' });
    const related = screen.getByRole('navigation', { name: 'You may also like' });
    expect(related.querySelector('a').getAttribute('href')).toBe('/related');
  },
  BroadsheetProvider: ({ BroadsheetProvider, Callout }) => {
    render(h(BroadsheetProvider, { locale: 'de', messages: de }, h(Callout, { variant: 'tip' }, 'Text.')));
    screen.getByRole('note', { name: de.calloutTip });
  },
  JsonLd: ({ JsonLd }) => {
    const data = { '@context': 'https://schema.org', '@type': 'Thing', name: '</script><b>x</b>' };
    const { container } = render(h(JsonLd, { data }));
    const script = container.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script.textContent)).toEqual(data);
    expect(container.querySelector('b')).toBeNull();
  },
};

let problems;
beforeEach(() => {
  problems = [];
  for (const level of ['error', 'warn']) {
    vi.spyOn(console, level).mockImplementation((...args) => problems.push(args.join(' ')));
  }
});
afterEach(() => vi.restoreAllMocks());

for (const name of components) {
  it(name + ' renders from the tarball with no provider', () => {
    expect(checks[name], 'scripts/check-pack.mjs has no render check for ' + name).toBeTypeOf('function');
    checks[name](broadsheet);
    expect(problems, 'React or the component logged').toEqual([]);
  });
}

it('writes structured data for an article and its questions', () => {
  expect(broadsheet.newsArticleJsonLd(article)['@type']).toBe('NewsArticle');
  expect(broadsheet.faqPageJsonLd([{ question: 'Why?', answer: 'Because.' }])['@type']).toBe('FAQPage');
  expect(broadsheet.defaultMessages.calloutDidYouKnow).toBe('Did you know?');
  expect(broadsheet.lightTheme).not.toEqual(broadsheet.darkTheme);
});
`,
  );
}
