// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { within } from '@testing-library/dom';
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../src';
import { renderToHtml } from './helpers';
import { bundleServerGraph, flightToHtml, type ServerBundle } from './rsc/flight';
import { longArticle } from './rsc/longArticle';

// The pages in test/rsc/pages.tsx are bundled with the `react-server` export condition, so the
// library's modules see React's real server build (no useState, useContext or createContext)
// and every "use client" module becomes a client reference, as in a Next.js App Router page.
// Each page is rendered to the RSC payload with react-server-dom-webpack, then that payload is
// turned into HTML by React's Flight client, as the framework's SSR pass does, and read back
// into a document to be queried by role and name.

/** Bundling takes a fraction of a second; a loaded 2-core machine gets room to spare. */
const slow = 30_000;

const presentational = ['Callout', 'ArticleHeader', 'NumberedTrendList', 'ArticleBody', 'Article'];

/** The CSS in some HTML: the bytes of every <style> element's text, and how many there are. */
function cssIn(html: string): { bytes: number; count: number } {
  const styles = [...new JSDOM(html).window.document.querySelectorAll('style')];
  const bytes = styles.reduce((sum, style) => sum + Buffer.byteLength(style.textContent ?? ''), 0);
  return { bytes, count: styles.length };
}

describe('under React Server Components', () => {
  let server: ServerBundle;
  const clientModules: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    server = await bundleServerGraph({ pages: 'test/rsc/pages.tsx' });
    // What the SSR pass loads for each client reference: the client graph, as Vitest loads it.
    for (const id of server.clientReferences) {
      const file = fileURLToPath(new URL(`../${id}`, import.meta.url));
      clientModules[id] = await import(/* @vite-ignore */ file);
    }
  }, slow);

  /**
   * Renders a page to the RSC payload and to HTML, failing on any error either step reports.
   * Returns the payload, the HTML as a document, Testing Library queries on its body and its text.
   */
  async function renderPage(page: string) {
    const { flight, errors } = await server.render(page);
    expect(errors, `${page}: errors reported through onError`).toEqual([]);
    const ssr = await flightToHtml(flight, clientModules);
    expect(ssr.errors, `${page}: errors reported while rendering the payload`).toEqual([]);
    // A page's leading <style> lands in the head, as in a browser: query the whole document.
    const { document } = new JSDOM(ssr.html).window;
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    return { flight, document, screen: within(document.body), text, ssr };
  }

  /** The CSS a page ships: the styles written inline by Server Components and the client's. */
  async function cssOfPage(page: string): Promise<{ bytes: number; count: number }> {
    const { ssr } = await renderPage(page);
    const inline = cssIn(ssr.html);
    const client = cssIn(ssr.clientStyles);
    return { bytes: inline.bytes + client.bytes, count: inline.count + client.count };
  }

  it('bundles against React’s server build, with client components as references only', () => {
    expect(server.reactUseState).toBe('undefined');
    for (const name of presentational) {
      const entry = `src/components/${name}/index.ts`;
      expect(server.serverModules, `${name} is a server module`).toContain(entry);
      expect(server.clientReferences).not.toContain(entry);
    }
    expect(server.clientReferences).toContain('src/components/FAQAccordion/index.ts');
    expect(server.clientReferences).toContain('src/provider/BroadsheetProvider.tsx');
    // The accordion's implementation never enters the server graph, only its reference.
    expect(server.serverModules).not.toContain('src/components/FAQAccordion/FAQAccordion.tsx');
  });

  it('renders Callout with its default title, no provider', { timeout: slow }, async () => {
    const { flight, document, screen } = await renderPage('CalloutPage');
    expect(flight).toContain('"Did you know?"');
    const note = screen.getByRole('note', { name: 'Did you know?' });
    expect(note.getAttribute('data-variant')).toBe('didYouKnow');
    expect(note.textContent).toContain('71 % of Ukrainians ranked NATO membership first.');
    // styled-components writes its CSS inline in a Server Component.
    expect(document.querySelector('style')?.textContent).toContain('--bs-color-didYouKnow');
  });

  it(
    'renders ArticleHeader with the default byline and date words',
    { timeout: slow },
    async () => {
      const { flight, document, screen, text } = await renderPage('ArticleHeaderPage');
      expect(flight).toContain('"Kyiv weighs guarantees"');
      screen.getByRole('heading', { level: 1, name: 'Kyiv weighs guarantees' });
      expect(text).toContain('By Chief Editor');
      expect(text).toMatch(/Published June 14, 2025/);
      expect(document.querySelector('time')?.getAttribute('datetime')).toBe(
        '2025-06-14T09:30:00.000Z',
      );
      expect(document.querySelector('style')).not.toBeNull();
    },
  );

  it('renders NumberedTrendList', { timeout: slow }, async () => {
    const { flight, screen } = await renderPage('NumberedTrendListPage');
    expect(flight).toContain('"Bilateral guarantees"');
    screen.getByRole('heading', { level: 2, name: 'Trends to watch' });
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    screen.getByRole('heading', { level: 3, name: 'Bilateral guarantees' });
    screen.getByText('Pacts between a few states.');
  });

  it('renders ArticleBody without an FAQ block', { timeout: slow }, async () => {
    const { flight, document, screen } = await renderPage('ArticleBodyPage');
    expect(flight).toContain('"A paragraph of running text."');
    expect(flight).not.toContain('FAQAccordion');
    screen.getByText('A paragraph of running text.');
    screen.getByRole('heading', { level: 2, name: 'A section heading' });
    expect(screen.getByRole('note', { name: 'Pro tip' }).textContent).toContain(
      'Ask a think tank.',
    );
    screen.getByRole('heading', { level: 3, name: 'Track-two diplomacy' });
    expect(document.querySelector('blockquote')?.textContent).toBe('A quoted sentence.');
  });

  it('renders Article for an article without FAQ blocks', { timeout: slow }, async () => {
    const { flight, screen, text } = await renderPage('ArticlePage');
    expect(flight).not.toContain('FAQAccordion');
    screen.getByRole('article');
    screen.getByRole('heading', { level: 1, name: /^Zelensky Offers NATO Exit/ });
    expect(text).toContain('By Chief Editor');
    screen.getByRole('note', { name: 'Did you know?' });
    screen.getByRole('note', { name: 'Pro tip' });
    screen.getByRole('heading', { level: 3, name: 'Bilateral Guarantees as a New Norm' });
    screen.getByRole('navigation', { name: 'You may also like' });
  });

  it('passes an FAQ block to FAQAccordion as a client reference', { timeout: slow }, async () => {
    const { flight, screen } = await renderPage('ArticleBodyWithFaqPage');
    // An import row naming the client module and its export, and the props it is given.
    expect(flight).toContain('"src/components/FAQAccordion/index.ts"');
    expect(flight).toMatch(
      /:I\[("src\/components\/FAQAccordion\/index\.ts"|"\$\w+"),\[\],"FAQAccordion"\]/,
    );
    expect(flight).toContain('"question":"Why?"');
    screen.getByText('Before the questions.');
    const question = screen.getByRole('button', { name: 'Why?' });
    expect(question.getAttribute('aria-expanded')).toBe('false');
    screen.getByText('Because.');
  });

  it('translates through props, as the README’s German page does', { timeout: slow }, async () => {
    const { messages: de } = await import('../src/messages/de');
    const { screen, text } = await renderPage('GermanArticlePage');
    screen.getByRole('note', { name: de.calloutTip });
    screen.getByRole('note', { name: de.calloutDidYouKnow });
    screen.getByRole('navigation', { name: de.articleRelatedTitle });
    expect(text).toContain(de.published);
    expect(text).toContain('Juni 2025');
    expect(text).not.toContain('Pro tip');
  });

  it(
    'writes each component’s CSS once, however many callouts and trend lists a page has',
    { timeout: slow },
    async () => {
      // Under Server Components styled-components writes a styled element's CSS before each
      // instance, so a box drawn by its own styled root would repeat its CSS once per box.
      const long = await cssOfPage('LongArticlePage');
      const longer = await cssOfPage('LongerArticlePage');
      // Twelve more callouts and four more trend lists add no style element and next to no CSS
      // (less than one callout's rules).
      expect(longer.count).toBe(long.count);
      expect(longer.bytes - long.bytes).toBeLessThan(256);
      // The classic server render writes every rule once, in one style element: the Server
      // Component page stays within a small margin of it.
      const classic = cssIn(renderToHtml(<Article article={longArticle()} />).styles);
      expect(classic.count).toBe(1);
      expect(long.bytes).toBeLessThan(classic.bytes * 1.1);
    },
  );

  it('fails a component that calls a hook the server build lacks', { timeout: slow }, async () => {
    // A copy of Callout that calls useState: the check above must not be able to miss it.
    const withState = await bundleServerGraph({
      pages: 'test/rsc/pages.tsx',
      rewrite: {
        // The component is renamed and wrapped by one that calls useState first.
        'src/components/Callout/Callout.tsx': (source) => {
          if (!source.includes('export const Callout = ')) {
            throw new Error('Callout.tsx changed shape: update this test’s rewrite');
          }
          return `${source.replace('export const Callout = ', 'const StatelessCallout = ')}
            import { createElement as h, forwardRef as wrap, useState as useLocalState } from 'react';
            export const Callout = wrap(function Callout(props, ref) {
              useLocalState(0);
              return h(StatelessCallout, { ...props, ref });
            });`;
        },
      },
    });
    const { errors } = await withState.render('CalloutPage');
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/useState.* is not a function/);
  });
});

describe('translated without a provider', () => {
  it('takes locale and messages as props, as a Server Component page passes them', async () => {
    const { Article } = await import('../src/components/Article');
    const { messages: de } = await import('../src/messages/de');
    const { sampleArticle } = await import('../samples');
    const html = renderToString(<Article article={sampleArticle} locale="de" messages={de} />);
    expect(html).toContain(de.calloutTip);
    expect(html).toContain(de.calloutDidYouKnow);
    expect(html).toContain(de.articleRelatedTitle);
    expect(html).toContain(de.published);
    expect(html).toContain('Juni 2025');
    expect(html).not.toContain('Pro tip');
  });
});
