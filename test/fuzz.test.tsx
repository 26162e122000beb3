/**
 * Fuzzing: property-based tests (fast-check) that feed every component generated data, from
 * test/fuzz/arbitraries.ts: missing fields, empty and long lists, right-to-left text,
 * combining marks, emoji and zero-width characters, markup and script in text,
 * javascript:/data:/vbscript: URLs in every URL field, invalid dates, duplicate and cyclic ids,
 * and values of the wrong type. For each component, on the server (renderToString through a
 * ServerStyleSheet) and in the client (Testing Library's render), test/fuzz/checks.ts holds
 * that nothing throws, no element or attribute came from data text, every URL is http(s),
 * protocol-relative, relative or a fragment, every JSON-LD script parses back, every id is
 * unique and every id reference finds its element, and every valid comment is shown once.
 * A console.error (a React warning) fails the run; the warning about unknown block types is
 * expected and silenced.
 *
 * Runs: `npm test` runs each property a few hundred times (fewer for the whole page); to run
 * every property N times, with no time limit:
 *   FUZZ_RUNS=5000 npx vitest run --project unit test/fuzz.test.tsx
 * Replay: a failure prints `{ seed: S, path: "P", endOnFailure: true }` and the shrunk input;
 * run that property alone from the same point with
 *   FUZZ_SEED=S FUZZ_PATH=P npx vitest run --project unit test/fuzz.test.tsx -t '<its name>'
 * (FUZZ_SEED alone replays the whole sequence of runs from that seed). With CI set, the seed
 * is fixed unless FUZZ_SEED is given; elsewhere each run draws a new one.
 */
import { act, cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { format } from 'node:util';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Article,
  ArticleBody,
  ArticleHeader,
  Callout,
  CommentBox,
  FAQAccordion,
  JsonLd,
  NewsletterSignup,
  NumberedTrendList,
  faqPageJsonLd,
  newsArticleJsonLd,
  type ArticleProps,
  type CommentBoxProps,
  type FAQAccordionProps,
  type NewsletterSignupProps,
} from '../src';
import type { Article as ArticleData, FAQItem, Trend } from '../src/model/types';
import * as arb from './fuzz/arbitraries';
import {
  assertNone,
  commentProblems,
  jsonLdOf,
  pageProblems,
  rawHtmlProblems,
  urlProblem,
  visible,
} from './fuzz/checks';
import { renderToHtml } from './helpers';

// ---------------------------------------------------------------------------------------------
// Runs, seeds and time

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || undefined;
// A fresh random seed on a developer's machine, to keep exploring; a fixed one in CI, so that a
// red CI run always names a change, not the luck of the draw.
const FUZZ_SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.CI
    ? 20261201
    : undefined;
const FUZZ_PATH = process.env.FUZZ_PATH || undefined;

/** fast-check's settings: `runs` unless FUZZ_RUNS says otherwise, replaying FUZZ_SEED/PATH. */
function settings(runs: number): fc.Parameters<unknown> {
  return { numRuns: FUZZ_RUNS ?? runs, seed: FUZZ_SEED, path: FUZZ_PATH };
}

/** Test time limit: a minute for the default runs, none when FUZZ_RUNS asks for more. */
const TIME_LIMIT = FUZZ_RUNS ? 0 : 60_000;

// ---------------------------------------------------------------------------------------------
// The console: React reports problems (duplicate keys, bad attributes) with console.error

const UNKNOWN_BLOCK = /^Broadsheet ArticleBody: no renderer for block type/;
const consoleCalls: string[] = [];

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleCalls.push(`console.error: ${format(...args)}`);
  });
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!UNKNOWN_BLOCK.test(String(args[0]))) consoleCalls.push(`console.warn: ${format(...args)}`);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs one check with an empty console record, and fails if anything was written to it. */
async function quietly(run: () => void | Promise<void>): Promise<void> {
  consoleCalls.length = 0;
  // The spies keep every call's arguments; thousands of runs need not.
  vi.clearAllMocks();
  try {
    await run();
  } finally {
    cleanup();
  }
  assertNone(consoleCalls.splice(0), 'the console');
}

// ---------------------------------------------------------------------------------------------
// Rendering

// One inert document to parse server HTML into, reused: jsdom keeps every document it makes,
// so a new one per run grows the heap by half a megabyte a run (out of memory at FUZZ_RUNS=3000).
const inert = document.implementation.createHTMLDocument('');

/** Server-renders, parses the HTML as a browser would, and checks the page and the raw HTML. */
function serverPage(ui: ReactElement, allowed?: ReadonlySet<string>): HTMLElement {
  const { html } = renderToHtml(ui);
  const body = inert.body;
  body.innerHTML = html;
  assertNone([...pageProblems(body, allowed), ...rawHtmlProblems(html, body)], 'server HTML');
  return body;
}

/** Renders in the document with Testing Library and checks the page. */
function clientPage(ui: ReactElement, allowed?: ReadonlySet<string>): HTMLElement {
  const { container } = render(ui);
  assertNone(pageProblems(container, allowed), 'client DOM');
  return container;
}

/** Both renders of `ui`, with the component's own checks run on each page. */
function renderBoth(
  ui: () => ReactElement,
  check?: (page: HTMLElement) => string[],
  allowed?: ReadonlySet<string>,
) {
  return quietly(() => {
    const server = serverPage(ui(), allowed);
    if (check) assertNone(check(server), 'server HTML');
    const client = clientPage(ui(), allowed);
    if (check) assertNone(check(client), 'client DOM');
  });
}

/** Server-renders, puts the HTML in the document and hydrates it: no mismatch, no warning. */
async function hydrate(ui: () => ReactElement): Promise<void> {
  const { html } = renderToHtml(ui());
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const recoverable: string[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  try {
    await act(async () => {
      root = hydrateRoot(container, ui(), {
        onRecoverableError: (error) => void recoverable.push(String(error)),
      });
    });
    assertNone(recoverable, 'hydration');
    assertNone(pageProblems(container), 'hydrated DOM');
  } finally {
    act(() => root?.unmount());
    container.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Oracles written from the rules, not from the library's code

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// U+0000 counts as nothing: an HTML parser drops it from text.
function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.replace(/\0/g, '').trim() !== '';
}

/** The items of a list that have text in `field`: the ones a component must show. */
function withText(items: unknown, field: string): Record<string, unknown>[] {
  return Array.isArray(items) ? items.filter(isRecord).filter((item) => hasText(item[field])) : [];
}

/** The texts of the elements matching `selector`. */
function texts(page: ParentNode, selector: string): string[] {
  return Array.from(page.querySelectorAll(selector), (element) => element.textContent ?? '');
}

/** Where the FAQPage JSON-LD does not name the questions shown, in order. */
function faqJsonLdProblems(page: ParentNode, expectScript: boolean): string[] {
  const pages = jsonLdOf(page).filter((data) => data['@type'] === 'FAQPage');
  if (!expectScript) return pages.length === 0 ? [] : ['FAQPage JSON-LD not asked for'];
  if (pages.length !== 1) return [`${pages.length} FAQPage scripts`];
  const names = (pages[0].mainEntity as { name: string }[]).map((q) => visible(q.name));
  const shown = texts(page, '[data-part="question-text"]').map(visible);
  return JSON.stringify(names) === JSON.stringify(shown)
    ? []
    : [`FAQPage names ${JSON.stringify(names)}, the page shows ${JSON.stringify(shown)}`];
}

const noSubmit = () => Promise.resolve();

// ---------------------------------------------------------------------------------------------
// Properties

describe('fuzzing', () => {
  it(
    'Callout: any variant, title and text',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          // An app's prop, not JSON: strings and primitives, no objects.
          fc.oneof(
            fc.constantFrom('didYouKnow', 'tip', 'note', 'warning', 'toString', '__proto__'),
            fc.string(),
            fc.constantFrom(undefined, null, 0, NaN),
          ),
          fc.option(fc.oneof(arb.text, fc.integer()), { nil: undefined }),
          arb.text,
          (variant, title, text) =>
            renderBoth(
              () => (
                <Callout variant={variant as never} title={title}>
                  <p>{text}</p>
                </Callout>
              ),
              (page) => {
                const note = page.querySelectorAll('[role="note"]');
                return note.length === 1 ? [] : [`${note.length} notes`];
              },
            ),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'NumberedTrendList: any items, title, level and start',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          arb.trends,
          fc.option(arb.text, { nil: undefined }),
          arb.headingLevel,
          fc.oneof(fc.integer({ min: -3, max: 1000 }), arb.junk),
          arb.rootId,
          (items, title, headingLevel, start, id) =>
            renderBoth(
              () => (
                <NumberedTrendList
                  items={items as Trend[]}
                  title={title}
                  headingLevel={headingLevel}
                  start={start as number}
                  id={id}
                />
              ),
              (page) => {
                const shown = page.querySelectorAll('[data-part="item"]').length;
                const valid = withText(items, 'title').length;
                return shown === valid ? [] : [`${shown} trends shown, ${valid} valid`];
              },
            ),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'FAQAccordion: any items, mode, open values and structured data',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          arb.faqItems,
          fc.record(
            {
              title: arb.text,
              headingLevel: arb.headingLevel,
              type: fc.constantFrom('single', 'multiple'),
              // The app's state, not JSON: a value of either mode, but strings.
              defaultValue: fc.oneof(
                arb.idText,
                fc.array(arb.idText, { maxLength: 3 }),
                fc.constant(null),
              ),
              structuredData: fc.boolean(),
              showExpandAll: fc.boolean(),
              id: arb.rootId,
            },
            { requiredKeys: [], noNullPrototype: true },
          ),
          (items, props) =>
            renderBoth(
              () => <FAQAccordion {...(props as FAQAccordionProps)} items={items as FAQItem[]} />,
              (page) => {
                const shown = page.querySelectorAll('[data-part="item"]').length;
                const valid = withText(items, 'question').length;
                return [
                  ...(shown === valid ? [] : [`${shown} questions shown, ${valid} valid`]),
                  ...faqJsonLdProblems(page, Boolean(props.structuredData) && valid > 0),
                ];
              },
            ),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'ArticleHeader: any article, with fields given as their own props too',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          arb.article,
          fc.record(
            {
              headline: arb.text,
              kicker: arb.text,
              authors: fc.array(arb.author, { maxLength: 3 }),
              hero: arb.image,
              publishedAt: arb.date,
              url: arb.url,
              headingLevel: arb.headingLevel,
              structuredData: fc.boolean(),
              locale: arb.locale,
              timeZone: arb.timeZone,
            },
            { requiredKeys: [], noNullPrototype: true },
          ),
          (article, props) =>
            renderBoth(
              () => (
                <ArticleHeader {...(props as object)} article={article as unknown as ArticleData} />
              ),
              (page) => {
                const headline = hasText(props.headline) ? props.headline : article.headline;
                const news = jsonLdOf(page).filter((data) => data['@type'] === 'NewsArticle');
                const expected = props.structuredData && hasText(headline) ? 1 : 0;
                const shown = texts(page, '[data-part="headline"]');
                return [
                  ...(news.length === expected ? [] : [`${news.length} NewsArticle scripts`]),
                  ...(news.length === 1 && visible(String(news[0].headline)) !== visible(shown[0])
                    ? [`NewsArticle headline differs from the page's`]
                    : []),
                ];
              },
            ),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'ArticleHeader spread as {...article}: no field runs, writes HTML or breaks the render',
    async () => {
      // The API documents `<ArticleHeader {...article} />`. An article from JSON carries more
      // than the Article fields: a CMS's own keys, and keys React reads as props. The header
      // takes its root's attributes, so a key such as `title` or `slug` may stand as a text
      // attribute; nothing may become a handler, markup, or a crash.
      await fc.assert(
        fc.asyncProperty(arb.article, arb.extraArticleFields, (article, extra) =>
          renderBoth(
            () => <ArticleHeader {...({ ...article, ...extra } as unknown as ArticleData)} />,
            undefined,
            new Set(
              Object.keys(extra)
                .filter((name) => !/^on|^dangerously|^children$/i.test(name))
                .map((name) => (name === 'className' ? 'class' : name.toLowerCase())),
            ),
          ),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'ArticleBody: blocks of every type, the app’s own and junk',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { arbitrary: fc.array(arb.block, { maxLength: 15 }), weight: 8 },
            { arbitrary: arb.junk, weight: 1 },
          ),
          arb.headingLevel,
          arb.rootId,
          (blocks, headingLevel, id) =>
            renderBoth(() => (
              <ArticleBody blocks={blocks as never[]} headingLevel={headingLevel} id={id} />
            )),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'CommentBox: every valid comment shown once, whatever the list holds',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          arb.comments,
          fc.record(
            {
              closed: fc.boolean(),
              maxDepth: fc.oneof(fc.integer({ min: -1, max: 6 }), arb.junk),
              defaultSort: fc.constantFrom('newest', 'oldest', 'sideways'),
              hasMore: fc.boolean(),
              totalCount: fc.oneof(fc.integer({ min: -5, max: 10_000 }), arb.junk),
              headingLevel: arb.headingLevel,
              locale: arb.locale,
              timeZone: arb.timeZone,
              id: arb.rootId,
            },
            { requiredKeys: [], noNullPrototype: true },
          ),
          fc.boolean(),
          (comments, props, loadMore) =>
            renderBoth(
              () => (
                <CommentBox
                  {...(props as Partial<CommentBoxProps>)}
                  comments={comments as CommentBoxProps['comments']}
                  onSubmit={noSubmit}
                  onLoadMore={loadMore ? noSubmit : undefined}
                />
              ),
              (page) => commentProblems(page, comments),
            ),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'NewsletterSignup: any settings, with unsafe privacy and action URLs',
    async () => {
      await fc.assert(
        fc.asyncProperty(arb.newsletterSettings, (props) =>
          renderBoth(
            () => (
              <NewsletterSignup
                {...(props as unknown as Partial<NewsletterSignupProps>)}
                onSubscribe={noSubmit}
              />
            ),
            (page) => {
              // The form, or the confirmation of a sign-up the server reports, never both.
              const shown =
                page.querySelectorAll('form').length +
                page.querySelectorAll('[data-part="confirmation"]').length;
              const posts = Array.from(page.querySelectorAll('form'), (form) =>
                form.getAttribute('method'),
              );
              return [
                ...(shown === 1 ? [] : [`${shown} forms and confirmations`]),
                ...posts.filter((method) => method !== 'post').map((m) => `method ${m}`),
              ];
            },
          ),
        ),
        settings(300),
      );
    },
    TIME_LIMIT,
  );

  it(
    'Article: the whole page, with sign-up, comments and structured data',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          arb.article,
          arb.pageComments,
          fc.record(
            {
              onCommentSubmit: fc.constant(noSubmit),
              onSubscribe: fc.constant(noSubmit),
              newsletterProps: arb.newsletterSettings,
              closing: fc.record({ title: arb.text, text: arb.text }, { requiredKeys: ['text'] }),
              structuredData: fc.boolean(),
              locale: arb.locale,
              timeZone: arb.timeZone,
              id: arb.rootId,
            },
            { requiredKeys: [], noNullPrototype: true },
          ),
          (article, comments, props) =>
            renderBoth(
              () => (
                <Article
                  {...(props as unknown as Partial<ArticleProps>)}
                  article={article as unknown as ArticleData}
                  comments={comments as ArticleProps['comments']}
                />
              ),
              (page) => {
                const problems = props.onCommentSubmit ? commentProblems(page, comments) : [];
                const news = jsonLdOf(page).filter((data) => data['@type'] === 'NewsArticle');
                const headline = texts(page, '[data-part="headline"]');
                if (news.length > 1) problems.push(`${news.length} NewsArticle scripts`);
                if (
                  news.length === 1 &&
                  visible(String(news[0].headline)) !== visible(headline[0])
                ) {
                  problems.push('NewsArticle headline differs from the page’s');
                }
                if (!props.structuredData && jsonLdOf(page).length > 0) {
                  problems.push('JSON-LD not asked for');
                }
                return problems;
              },
            ),
        ),
        settings(200),
      );
    },
    TIME_LIMIT,
  );

  it(
    'Article: the server HTML hydrates with no mismatch and no warning',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          arb.article,
          arb.pageComments,
          arb.locale,
          arb.timeZone,
          (article, comments, locale, timeZone) =>
            quietly(() =>
              hydrate(() => (
                <Article
                  article={article as unknown as ArticleData}
                  comments={comments as ArticleProps['comments']}
                  onCommentSubmit={noSubmit}
                  onSubscribe={noSubmit}
                  structuredData
                  locale={locale}
                  timeZone={timeZone}
                />
              )),
            ),
        ),
        settings(100),
      );
    },
    TIME_LIMIT,
  );

  it(
    'Article: ids from the body and from the comments never clash',
    async () => {
      // The body's and the comments' ids both come with the data and are written as given.
      await fc.assert(
        fc.asyncProperty(arb.article, arb.clashingComments, (article, comments) =>
          renderBoth(() => (
            <Article
              article={article as unknown as ArticleData}
              comments={comments as ArticleProps['comments']}
              onCommentSubmit={noSubmit}
            />
          )),
        ),
        settings(100),
      );
    },
    TIME_LIMIT,
  );

  it(
    'JsonLd: any JSON written into the page parses back to the same data',
    async () => {
      const json = fc.jsonValue({
        maxDepth: 3,
        stringUnit: fc.oneof(
          fc.constantFrom(...arb.NASTY_STRINGS, '<', '>', '&', '</', 'script', '\u2028', '\u2029'),
          fc.string({ unit: 'binary', maxLength: 2 }),
        ),
      });
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.string(), json, { maxKeys: 4 }), (data) =>
          renderBoth(
            () => <JsonLd data={data} />,
            (page) => {
              const [parsed] = jsonLdOf(page);
              return JSON.stringify(parsed) === JSON.stringify(data)
                ? []
                : [`parsed back as ${JSON.stringify(parsed)}`];
            },
          ),
        ),
        settings(500),
      );
    },
    TIME_LIMIT,
  );

  it(
    'newsArticleJsonLd and faqPageJsonLd: junk in, schema.org with safe URLs out',
    () => {
      fc.assert(
        fc.property(arb.article, arb.faqItems, (article, items) => {
          const news = newsArticleJsonLd(article as unknown as ArticleData);
          const faq = faqPageJsonLd(items as FAQItem[]);
          expect(news['@type']).toBe('NewsArticle');
          expect(faq['@type']).toBe('FAQPage');
          const urls = [
            ...((news.image as string[] | undefined) ?? []),
            ...((news.author as { url?: string }[] | undefined) ?? []).flatMap((a) => a.url ?? []),
            (news.mainEntityOfPage as { '@id'?: string } | undefined)?.['@id'] ?? '',
          ];
          assertNone(
            urls.flatMap((url) => urlProblem(url) ?? []),
            'JSON-LD URLs',
          );
        }),
        settings(1000),
      );
    },
    TIME_LIMIT,
  );
});
