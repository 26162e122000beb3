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
