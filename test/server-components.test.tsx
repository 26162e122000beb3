import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// React's server-components build has neither createContext nor useContext. The library's
// modules see that build here; react-dom's renderer keeps the full one.
vi.mock('react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react')>();
  return { ...actual, createContext: undefined, useContext: undefined };
});

describe('under React Server Components', () => {
  it('renders the presentational components with the default words, and no provider', async () => {
    const { BroadsheetContext } = await import('../src/provider/context');
    const { Callout } = await import('../src/components/Callout');
    const { ArticleHeader } = await import('../src/components/ArticleHeader');
    const { NumberedTrendList } = await import('../src/components/NumberedTrendList');
    expect(BroadsheetContext).toBeNull();

    const html = renderToString(
      <>
        <Callout variant="didYouKnow">A fact.</Callout>
        <ArticleHeader
          headline="Kyiv weighs guarantees"
          authors={[{ name: 'Chief Editor' }]}
          publishedAt="2025-06-14T09:30:00Z"
        />
        <NumberedTrendList items={[{ title: 'Bilateral guarantees', body: 'Pacts.' }]} />
      </>,
    );
    expect(html).toContain('Did you know?');
    expect(html).toContain('By <');
    expect(html).toContain('Chief Editor');
    expect(html).toContain('Bilateral guarantees');
    expect(html).toContain('<time dateTime="2025-06-14T09:30:00.000Z"');
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
